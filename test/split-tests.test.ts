/**
 * split-tests: phases, slices, names and ids, and behaviour. The fixtures
 * named splits-* are unittest modules: before and after the split every test
 * passes, and the split tests together make at least as many assertions as
 * the original ones, counted by test/python/count_assertions.py.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { readTestDecorators } from '../src/python/mock-patches.js';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { findTestDefinitions } from '../src/testing/discovery.js';
import { countStatements, readPhases } from '../src/testing/phases.js';
import { phaseGroups, readNewTests } from '../transforms/split-tests/reread.js';
import { uuid5 } from '../transforms/split-tests/uuid5.js';
import splitTests from '../transforms/split-tests/index.js';
import { fixtureCases, makeTree, ROOT, runPython } from './helpers.js';

const COUNTER = path.join(ROOT, 'test', 'python', 'count_assertions.py');

interface Counted {
  readonly run: number;
  readonly failures: number;
  readonly errors: number;
  readonly skipped: number;
  readonly assertions: number;
  readonly problems: readonly string[];
}

/** Runs a unittest module under the assertion counter. */
function countAssertions(file: string): Counted {
  const dir = makeTree({});
  copyFileSync(file, path.join(dir, 'module_under_test.py'));
  const run = runPython([COUNTER, dir, 'module_under_test'], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Counted;
}

function split(source: string, settings: Record<string, unknown> = {}) {
  return transformSource('tests/test_servers.py', source, { transforms: [splitTests], unsafe: true, settings });
}

/** The body of the first function in a snippet. */
function firstBody(source: string) {
  const tree = parsePython(source);
  return tree.rootNode.descendantsOfType('function_definition')[0];
}

const SPLITS = fixtureCases().filter((c) => c.transform === 'split-tests' && c.name.startsWith('splits-'));

it('has runnable splits-* fixtures', () => {
  expect(SPLITS.length).toBeGreaterThan(0);
});

describe.each(SPLITS)('$name', ({ input, output }) => {
  it('passes before and after; the new tests run every assertion the original ran', () => {
    const before = countAssertions(input);
    const after = countAssertions(output);
    expect(before.problems).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(after.failures + after.errors + after.skipped).toBe(0);
    expect(after.run).toBeGreaterThan(before.run);
    expect(after.assertions).toBeGreaterThanOrEqual(before.assertions);
    expect(before.assertions).toBeGreaterThan(0);
  });
});

describe('phases', () => {
  it('are separated by blank lines and comments, after a set-up that asserts nothing', () => {
    const source = [
      'def test_x(self):',
      '    """Doc."""',
      '    a = make()',
      '',
      '    b = act(a)',
      '    self.assertTrue(b)',
      '    # Second',
      '    c = act(a)',
      '    self.assertTrue(c)',
      '    self.assertFalse(b)',
      '',
    ].join('\n');
    const fn = firstBody(source);
    const phases = readPhases(fn.childForFieldName('body')!, source);
    expect(phases.docstring?.text).toBe('"""Doc."""');
    expect(phases.prologue).toEqual([0]);
    expect(phases.phases.map((p) => p.statements)).toEqual([[1, 2], [3, 4, 5]]);
    expect(phases.phases[1].comments.map((c) => c.text)).toEqual(['# Second']);
    expect(phases.trailing).toEqual([]);
    expect(countStatements(fn.childForFieldName('body')!)).toBe(6);
  });

  it('leave a comment at the end of a line with its statement', () => {
    const source = ['def test_x(self):', '    a = make()  # one', '    self.assertTrue(a)  # two', '    b = make()', '    self.assertTrue(b)', ''].join('\n');
    const phases = readPhases(firstBody(source).childForFieldName('body')!, source);
    expect(phases.statements.map((s) => [s.separated, s.comments.length])).toEqual([[false, 0], [false, 0], [false, 0], [false, 0]]);
    expect(phases.phases.map((p) => p.statements)).toEqual([[0, 1], [2, 3]]);
  });

  it('are marked by acting again after asserting, and a block counts as one statement', () => {
    const source = [
      'def test_x(self):',
      '    a = act()',
      '    self.assertTrue(a)',
      '    for x in a:',
      '        use(x)',
      '    mock_x.assert_called_once_with(a)',
      '    with self.assertRaises(ValueError):',
      '        act(None)',
      '    cleanup()',
      '',
    ].join('\n');
    const fn = firstBody(source);
    const phases = readPhases(fn.childForFieldName('body')!, source);
    expect(phases.prologue).toEqual([]);
    expect(phases.phases.map((p) => p.statements)).toEqual([[0, 1], [2, 3, 4]]);
    expect(phases.statements.map((s) => s.asserts)).toEqual([false, true, false, true, true, false]);
    expect(phases.trailing).toEqual([5]);
    expect(countStatements(fn.childForFieldName('body')!)).toBe(8);
  });
});

/** The statements of a body a reader counts, read node by node: nested ones, not docstrings nor comments. */
function countByNodes(node: ReturnType<typeof firstBody>): number {
  return node.namedChildren.reduce((count, child) => {
    const statement = /_statement$|^(?:function_definition|class_definition|decorated_definition)$/.test(child.type);
    const docstring = child.type === 'expression_statement' && child.namedChildren.length === 1 && child.namedChildren[0].type === 'string';
    return count + (statement && !docstring ? 1 : 0) + (child.type === 'comment' ? 0 : countByNodes(child));
  }, 0);
}

describe('countStatements', () => {
  it('counts as a walk over the nodes does, in every function of every fixture module', () => {
    let functions = 0;
    for (const file of new Set(fixtureCases().flatMap((c) => [c.input, c.output]))) {
      for (const fn of parsePython(readFileSync(file, 'utf8')).rootNode.descendantsOfType('function_definition')) {
        expect(countStatements(fn.childForFieldName('body')!), `${file}:${fn.startPosition.row + 1}`).toBe(countByNodes(fn.childForFieldName('body')!));
        functions++;
      }
    }
    expect(functions).toBeGreaterThan(100);
  });

  it('counts nested blocks, definitions and their statements, but no docstring or comment', () => {
    const source = [
      'def test_x(self):',
      '    """Doc."""',
      '    # a comment',
      '    @decorate',
      '    def check(value):',
      '        """Nested doc."""',
      '        return value  # trailing',
      '    class Holder:',
      '        """Class doc."""',
      '        x = 1; y = 2',
      '    if check(1):',
      '        pass',
      '    self.assertTrue(lambda: (yield))',
      '',
    ].join('\n');
    expect(countStatements(firstBody(source).childForFieldName('body')!)).toBe(9);
  });
});

describe('mock arguments', () => {
  it('are matched to their patch decorators from the bottom up; patches given `new` pass nothing', () => {
    const source = [
      "@mock.patch('a.b')",
      "@mock.patch.object(C, 'd', new=1)",
      "@mock.patch.object(C, 'e')",
      "@mock.patch.dict('os.environ', {})",
      'def test_x(self, mock_e, mock_b):',
      '    pass',
      '',
    ].join('\n');
    const read = readTestDecorators(firstBody(source));
    expect('refusal' in read).toBe(false);
    if ('refusal' in read) return;
    expect(read.decorators).toHaveLength(4);
    expect(read.mocks.map((m) => [m.name, m.decorator.text])).toEqual([
      ['mock_e', "@mock.patch.object(C, 'e')"],
      ['mock_b', "@mock.patch('a.b')"],
    ]);
  });

  it('that do not match the decorators are refused', () => {
    const read = readTestDecorators(firstBody("@mock.patch('a.b')\ndef test_x(self, mock_b, mock_c):\n    pass\n"));
    expect(read).toEqual({ refusal: 'it takes 2 arguments after self but its decorators pass 1 mock (a class-level patch?)' });
  });
});

describe('uuid5', () => {
  it("is Python's uuid.uuid5", () => {
    const cases: [string, string][] = [
      ['80a8094c-211e-440a-ab88-9e59d556c7ee', '2'],
      ['6B3C8A9E-2F0D-4C51-9F6E-1A2B3C4D5E6F', '3'],
      ['00000000-0000-0000-0000-000000000000', 'phase'],
      ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'naïve'],
    ];
    const script = 'import sys, uuid\nfor i in range(1, len(sys.argv), 2):\n    print(uuid.uuid5(uuid.UUID(sys.argv[i]), sys.argv[i + 1]))';
    const run = runPython(['-c', script, ...cases.flat()], process.cwd());
    expect(run.stdout.trim().split('\n')).toEqual(cases.map(([namespace, name]) => uuid5(namespace, name)));
  });
});

describe('split-tests', () => {
  const threePhases = [
    'class ServersTest(test.TestCase):',
    "    @decorators.idempotent_id('80a8094c-211e-440a-ab88-9e59d556c7ee')",
    '    def test_limits(self):',
    '        # Too small',
    '        self.assertRaises(ValueError, parse, -1)',
    '',
    '        # Just right',
    '        self.assertEqual(1, parse(1))',
    '',
    '        # Too big',
    '        self.assertRaises(ValueError, parse, 99)',
    '',
  ].join('\n');

  it('keeps the old tempest id on the first new test and gives the n-th uuid5(old, str(n))', () => {
    const outcome = split(threePhases);
    const ids = [...outcome.output.matchAll(/idempotent_id\('([^']+)'\)/g)].map((m) => m[1]);
    expect(ids).toEqual(['80a8094c-211e-440a-ab88-9e59d556c7ee', uuid5('80a8094c-211e-440a-ab88-9e59d556c7ee', '2'), uuid5('80a8094c-211e-440a-ab88-9e59d556c7ee', '3')]);
  });

  it('maps the old test id to the new ones, with the module name', () => {
    const outcome = split(threePhases);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0].testIds).toEqual({
      from: 'test_servers.ServersTest.test_limits',
      to: ['test_servers.ServersTest.test_limits_too_small', 'test_servers.ServersTest.test_limits_just_right', 'test_servers.ServersTest.test_limits_too_big'],
    });
  });

  it('considers only tests with enough statements or phases (--split-statements, --split-phases)', () => {
    expect(split(threePhases, { 'split-phases': 4 }).findings).toEqual([]);
    expect(split(threePhases, { 'split-phases': 4, 'split-statements': 3 }).findings[0].status).toBe('applied');
    const twoPhases = threePhases.split('\n').slice(0, 9).join('\n') + '\n';
    expect(split(twoPhases).findings).toEqual([]);
    expect(split(twoPhases, { 'split-phases': 2 }).output).toContain('def test_limits_just_right(self):');
  });

  it('copies an earlier step that a later phase reads, and refuses a lifecycle', () => {
    const twoSteps = [
      'class ServersTest(test.TestCase):',
      '    def test_migrate(self):',
      "        server = self.api.create_server('web')",
      "        self.assertEqual('compute1', server['host'])",
      '',
      "        self.api.live_migrate(server['id'], 'compute2')",
      "        self.assertEqual('compute2', self.api.get_server(server['id'])['host'])",
      '',
      "        self.assertEqual('web', server['name'])",
      '',
    ].join('\n');
    const outcome = split(twoSteps);
    expect(outcome.output).toBe(
      [
        'class ServersTest(test.TestCase):',
        '    def test_migrate_create_server(self):',
        "        server = self.api.create_server('web')",
        "        self.assertEqual('compute1', server['host'])",
        '',
        '    def test_migrate_live(self):',
        "        server = self.api.create_server('web')",
        '',
        "        self.api.live_migrate(server['id'], 'compute2')",
        "        self.assertEqual('compute2', self.api.get_server(server['id'])['host'])",
        '',
        '    def test_migrate_3(self):',
        "        server = self.api.create_server('web')",
        '',
        "        self.assertEqual('web', server['name'])",
        '',
      ].join('\n'),
    );
    const lifecycle = twoSteps.replace("self.assertEqual('web', server['name'])", "self.api.delete_server(server['id'])\n        self.assertEqual({}, self.api.servers)");
    const refused = split(lifecycle);
    expect(refused.status).toBe('unchanged');
    expect(refused.findings[0].reason).toBe('the phase at line 9 needs the steps of the phases at lines 3 and 6: a lifecycle (create → update → delete) has no independent parts');
  });

  it('peels off the independent phases and keeps a lifecycle together, in order', () => {
    const source = [
      'class VolumesTest(test.TestCase):',
      '    def test_volumes(self):',
      "        self.assertEqual(1, parse_size('1G'))",
      '',
      "        volume = self.api.create('v1')",
      "        self.assertEqual('available', volume['status'])",
      '',
      "        self.api.extend(volume['id'], 2)",
      "        self.assertEqual(2, self.api.show(volume['id'])['size'])",
      '',
      "        self.api.delete(volume['id'])",
      '        self.assertEqual([], self.api.list())',
      '',
    ].join('\n');
    const outcome = split(source);
    expect(outcome.findings[0].message).toBe(
      'test_volumes (7 statements, 4 phases) → test_volumes_1, test_volumes_create_extend_delete; ' +
        'test_volumes_create_extend_delete keeps the phases at lines 5, 8 and 11 together (a lifecycle: later phases need the steps of several earlier ones)',
    );
    expect(outcome.findings[0].testIds?.to).toEqual(['test_servers.VolumesTest.test_volumes_1', 'test_servers.VolumesTest.test_volumes_create_extend_delete']);
    expect(outcome.output).toContain("    def test_volumes_create_extend_delete(self):\n        volume = self.api.create('v1')\n");
    const again = split(outcome.output);
    expect(again.status).toBe('unchanged');
    expect(again.findings.map((f) => f.reason)).toEqual(['the phase at line 12 needs the steps of the phases at lines 6 and 9: a lifecycle (create → update → delete) has no independent parts']);
  });

  it('leaves whole a test whose phases kept together the next run would split (CPython test_collections: test_union_operators)', () => {
    const source = readFileSync(path.join(ROOT, '__fixtures__', 'split-tests', 'splits-stable.input.py'), 'utf8');
    const outcome = split(source);
    expect(outcome.findings.map((f) => [f.status, f.reason])).toEqual([
      ['no-fix', 'the phases at lines 15, 24 and 26 would stay together in test_union_return_chain_subclass, but the next run would split that test again: the split would not be stable'],
      ['applied', null],
    ]);
  });

  it('judges the stability of a test that declares a global name, or whose class shares its name, in the module as split', () => {
    const source = readFileSync(path.join(ROOT, '__fixtures__', 'split-tests', 'splits-stable.input.py'), 'utf8');
    const declaring = source.replace('        merged = first | second\n', '        global merged\n        merged = first | second\n');
    const twice = source.replace("\n\nif __name__ == '__main__':", "\n\nclass ChainMapTests(unittest.TestCase):\n    def test_empty(self):\n        self.assertFalse(ChainMap())\n\n\nif __name__ == '__main__':");
    for (const variant of [declaring, twice]) {
      expect(variant).not.toBe(source);
      expect(split(variant).findings[0].reason).toContain('would stay together in test_union_return_chain_subclass, but the next run would split that test again');
    }
  });

  it('keeps a phase that needs steps which also check with those steps', () => {
    const source = [
      'class ServersTest(test.TestCase):',
      '    def test_servers(self):',
      '        server = self.api.create()',
      '        self.assertTrue(self._check_and_get(server))',
      '',
      "        self.assertEqual('web', self.api.show(server)['name'])",
      '',
      '        self.assertEqual(1, parse(1))',
      '',
    ].join('\n');
    const outcome = split(source, { 'split-phases': 2 });
    expect(outcome.findings[0].message).toBe(
      'test_servers (4 statements, 3 phases) → test_servers_create, test_servers_2; test_servers_create keeps the phases at lines 3 and 6 together (a later phase needs steps that also check)',
    );
  });

  it('refuses a test whose name the module spells elsewhere: an override or a caller would lose it', () => {
    const source = `${threePhases}\n\nclass QuickServersTest(ServersTest):\n    def test_limits(self):\n        pass\n`;
    const outcome = split(source);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.findings[0].reason).toBe('the module names it again at line 15 (a call, an override in another class, a string): that code would lose it');
  });

  it('gives a new test a name the class and its bases in the file do not have', () => {
    const source = threePhases.replace('class ServersTest(test.TestCase):', 'class Base(test.TestCase):\n    def test_limits_too_small(self):\n        pass\n\n\nclass ServersTest(Base):');
    expect(split(source).findings.at(-1)!.message).toContain('→ test_limits_too_small_2, test_limits_just_right, test_limits_too_big');
  });
});

/** How each test method of a module groups its phases: read in the module, and read on its own in a stand-in class with the module's names. */
function groupingsBothWays(source: string) {
  const root = parsePython(source).rootNode;
  const scopes = analyzeScopes(root);
  return findTestDefinitions(root, source).flatMap((test) => {
    if (test.kind !== 'method') return [];
    const decorators = readTestDecorators(test.node);
    const phases = readPhases(test.node.childForFieldName('body')!, source);
    if ('refusal' in decorators || phases.phases.length < 2 || test.node.descendantsOfType('global_statement').length > 0) return [];
    const holder = test.node.parent!.type === 'decorated_definition' ? test.node.parent! : test.node;
    const start = source.lastIndexOf('\n', holder.startIndex - 1) + 1;
    const alone = readNewTests(source.slice(start, test.node.endIndex) + '\n', '\n', [test.name]);
    const fn = alone.tests[0]!;
    const own = readPhases(fn.childForFieldName('body')!, alone.source);
    const ownDecorators = readTestDecorators(fn);
    return [
      {
        test: test.name,
        inModule: phaseGroups(test.node, phases, decorators.mocks, scopes),
        alone: 'refusal' in ownDecorators ? null : phaseGroups(fn, own, ownDecorators.mocks, analyzeScopes(alone.root), scopes.module),
      },
    ];
  });
}

describe('a new test read on its own', () => {
  it('groups its phases as it does in its module (every fixture module, input and output)', () => {
    const modules = fixtureCases().flatMap((c) => [c.input, c.output]);
    let compared = 0;
    for (const file of new Set(modules)) {
      for (const { test, inModule, alone } of groupingsBothWays(readFileSync(file, 'utf8'))) {
        expect(alone, `${file}: ${test}`).toEqual(inModule);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("reads the module's names: a shared file, a name the stand-in class would shadow, a local that shadows one, a closure's nonlocal", () => {
    const source = [
      'import unittest',
      "TESTFN = 'data'",
      '_ = str',
      '',
      '',
      'class FilesTest(unittest.TestCase):',
      '    def test_file(self):',
      "        with open(TESTFN, 'w') as f:",
      "            f.write('x')",
      '        self.assertTrue(f.closed)',
      '',
      '        size = len(_(TESTFN))',
      '        self.assertEqual(4, size)',
      '',
      "        TESTFN2 = TESTFN + '2'",
      '        self.assertTrue(TESTFN2)',
      '',
      '        count = 0',
      '        def bump():',
      '            nonlocal count',
      '            count += 1',
      '        bump()',
      '        self.assertEqual(1, count)',
      '',
    ].join('\n');
    const [grouping] = groupingsBothWays(source);
    expect(grouping.inModule.groups.length).toBeLessThan(3);
    expect(grouping.alone).toEqual(grouping.inModule);
  });
});

describe('examples/', () => {
  it('has a test to split', () => {
    const example = readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py'), 'utf8');
    const outcome = transformSource('test_server_actions.py', example, { transforms: [splitTests], unsafe: true });
    expect(outcome.findings.filter((f) => f.status === 'applied').length).toBeGreaterThan(0);
  });
});
