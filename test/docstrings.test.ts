/**
 * The docstrings transform beyond its fixture pairs: what unittest shows for
 * the docstrings it adds, the hacking rules its docstrings follow, and the
 * project configuration it reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { configFrom, readIniSections } from '../src/core/lint-config.js';
import type { ReportedFinding } from '../src/core/types.js';
import docstrings from '../transforms/docstrings/index.js';
import { fixtureCases, makeTree, ROOT, runCli, runPython } from './helpers.js';

/** Prints every test of a module with what its shortDescription() returns, as JSON. */
const SHORT_DESCRIPTIONS = `
import importlib, json, sys, unittest
def flat(suite):
    for test in suite:
        yield from flat(test) if isinstance(test, unittest.TestSuite) else [test]
module = importlib.import_module(sys.argv[1])
tests = flat(unittest.defaultTestLoader.loadTestsFromModule(module))
print(json.dumps({test._testMethodName: test.shortDescription() for test in tests}))
`;

/**
 * Checks hacking's docstring rules on every class and function docstring of
 * the files named, and prints the violations, one a line: H401 (no leading
 * space), H402 (a one-line docstring ends in punctuation), H403 (a multi-line
 * one closes on its own line), H404 (no leading newline), H405 (a blank line
 * after the summary); and E501 on docstring lines.
 */
const HACKING_DOCSTRINGS = `
import ast, sys
for name in sys.argv[1:]:
    source = open(name, encoding='latin-1' if 'latin-1' in name else 'utf-8').read()
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        first = node.body[0]
        if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)):
            continue
        text = ast.get_source_segment(source, first.value).lstrip('rRuU')
        quote = text[:3]
        if quote not in ('"""', "'''"):
            continue
        inner = text[3:-3]
        where = '%s:%d' % (name, first.lineno)
        doc_lines = inner.split('\\n')
        if inner.startswith(' '):
            print(where, 'H401')
        if len(doc_lines) == 1 and inner[-1:] not in '.!?':
            print(where, 'H402')
        if len(doc_lines) > 1:
            if doc_lines[-1].strip():
                print(where, 'H403')
            if not doc_lines[0].strip():
                print(where, 'H404')
            if doc_lines[1].strip():
                print(where, 'H405')
        for number in range(first.lineno, first.end_lineno + 1):
            if len(lines[number - 1]) > 79:
                print(where, 'E501')
`;

function transform(source: string, options: { unsafe?: boolean; path?: string } = {}) {
  return transformSource(options.path ?? 'test_module.py', source, { transforms: [docstrings], unsafe: options.unsafe ?? false });
}

/** What each applied finding says shortDescription() now returns, by test name. */
function reportedDescriptions(findings: readonly ReportedFinding[]): Record<string, string> {
  return Object.fromEntries(
    findings
      .filter((finding) => finding.status === 'applied' && finding.message.includes('shortDescription'))
      .map((finding) => {
        const [, name] = /to (\w+) from/.exec(finding.message)!;
        const [, , summary] = /shortDescription now returns (['"])(.*)\1$/.exec(finding.message)!;
        return [name, summary];
      }),
  );
}

function shortDescriptions(source: string): Record<string, string | null> {
  const dir = makeTree({ 'module_under_test.py': source });
  const run = runPython(['-c', SHORT_DESCRIPTIONS, 'module_under_test'], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

const SERVERS = [
  'import unittest',
  '',
  '',
  'class ServersTest(unittest.TestCase):',
  '    def test_multi_create(self):',
  '        # Boot two servers in a multi-create request',
  '        self.assertTrue(True)',
  '',
  '    def test_rebuild(self):',
  '        # Rebuild the server with a new image.',
  '        #',
  '        # The image must fit the only compute host.',
  '        self.assertTrue(True)',
  '',
  '    def test_log(self):',
  "        # Match the console log against r'\\d+ bytes'",
  '        self.assertTrue(True)',
  '',
  '    def test_live_migrate_one_multi_created_instance(self): pass',
  '',
  '    def test_documented(self):',
  '        """Already documented."""',
  '',
].join('\n');

describe('docstrings and unittest', () => {
  it("makes shortDescription() return the line each finding names, where it returned None", () => {
    const outcome = transform(SERVERS, { unsafe: true });
    const reported = reportedDescriptions(outcome.findings);
    expect(reported).toEqual({
      test_multi_create: 'Boot two servers in a multi-create request.',
      test_rebuild: 'Rebuild the server with a new image.',
      test_log: "Match the console log against r'\\d+ bytes'.",
      test_live_migrate_one_multi_created_instance: 'Live migrate one multi created instance.',
    });
    expect(shortDescriptions(SERVERS)).toEqual({
      test_documented: 'Already documented.',
      test_live_migrate_one_multi_created_instance: null,
      test_log: null,
      test_multi_create: null,
      test_rebuild: null,
    });
    expect(shortDescriptions(outcome.output)).toEqual({ ...reported, test_documented: 'Already documented.' });
  });

  it('shows the docstring in verbose runs', () => {
    const dir = makeTree({ 'verbose_module.py': transform(SERVERS).output });
    const run = runPython(['-m', 'unittest', '-v', 'verbose_module'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('test_multi_create (verbose_module.ServersTest.test_multi_create)\nBoot two servers in a multi-create request. ... ok');
  });

  it('reports a summary made from the name as unsafe, and applies it only with --unsafe', () => {
    const outcome = transform(SERVERS);
    const fromName = outcome.findings.find((finding) => finding.message.includes('test_live_migrate_one_multi_created_instance'))!;
    expect(fromName.status).toBe('unsafe-not-enabled');
    expect(fromName.safety).toBe('unsafe');
    expect(outcome.output).toContain('    def test_live_migrate_one_multi_created_instance(self): pass\n');
  });

  it("splits a one-line body with the file's line endings and indentation", () => {
    const source = 'class ServersTest(test.TestCase):\r\n\t"""Servers."""\r\n\r\n\tdef test_boot(self): pass\r\n';
    expect(transform(source, { unsafe: true }).output).toBe(
      'class ServersTest(test.TestCase):\r\n\t"""Servers."""\r\n\r\n\tdef test_boot(self):\r\n\t\t"""Boot."""\r\n\t\tpass\r\n',
    );
  });

  it('says why a comment stays a comment', () => {
    const source = 'class ServersTest(test.TestCase):\n    """Servers."""\n\n    def test(self):\n        # TODO(someone): boot two\n        pass\n';
    const [finding] = transform(source, { unsafe: true }).findings;
    expect(finding).toMatchObject({ status: 'no-fix', message: 'test has no docstring' });
    expect(finding.reason).toBe('its leading comment is a TODO, FIXME, XXX, HACK or NOTE remark, not a description; a summary of its name would be empty');
  });
});

describe('docstrings on examples/', () => {
  it('finds work there, and the module keeps its tests and passes', () => {
    const example = readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py'), 'utf8');
    const outcome = transform(example, { unsafe: true });
    expect(outcome.status).toBe('changed');
    expect(outcome.findings.filter((finding) => finding.safety === 'safe' && finding.status === 'applied').length).toBeGreaterThan(0);
    const before = shortDescriptions(example);
    const after = shortDescriptions(outcome.output);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.values(after)).not.toContain(null);
    const run = runPython(['-m', 'unittest', 'fixed_example'], makeTree({ 'fixed_example.py': outcome.output }));
    expect(run.status).toBe(0);
  });
});

describe('docstrings and the hacking rules', () => {
  it('every docstring in the fixture outputs passes H401-H405 and fits in 79 columns', () => {
    const outputs = fixtureCases()
      .filter((c) => c.transform === 'docstrings')
      .map((c) => c.output);
    const run = runPython(['-c', HACKING_DOCSTRINGS, ...outputs], process.cwd());
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
  });
});

describe('docstrings and the project configuration', () => {
  const WRAPPED = [
    'class IdentityTest(test.TestCase):',
    '    def test_forbidden_action_no_message(self):',
    '        # When no custom message is given when the ForbiddenAction (or other',
    '        # SecurityError subclass) is created the exposed message is the same',
    '        # whether debug is enabled or not.',
    '',
    '        self.assertTrue(True)',
    '',
  ].join('\n');

  const findingOn = (findings: readonly ReportedFinding[], name: string) => findings.find((finding) => finding.message.includes(` ${name} `))!;

  it('refuses a first sentence over several lines where H405 is checked', () => {
    const dir = makeTree({ 'tox.ini': '[flake8]\nshow-source = True\n' });
    const outcome = transform(WRAPPED, { path: path.join(dir, 'test_identity.py') });
    expect(outcome.output).toBe(WRAPPED);
    expect(findingOn(outcome.findings, 'test_forbidden_action_no_message').message).toContain('H405 wants a one-line summary');
  });

  it('keeps the comment as it is where the project ignores H405, as nova does', () => {
    const dir = makeTree({ 'tox.ini': '[flake8]\n# H405 is only a guideline\nignore = E121,E122,E123,E124,E125,E126,E127,E128,E129,E131,E251,H405,W504\n' });
    const outcome = transform(WRAPPED, { path: path.join(dir, 'nova', 'tests', 'test_identity.py') });
    expect(outcome.output).toBe(
      [
        'class IdentityTest(test.TestCase):',
        '    def test_forbidden_action_no_message(self):',
        '        """When no custom message is given when the ForbiddenAction (or other',
        '        SecurityError subclass) is created the exposed message is the same',
        '        whether debug is enabled or not.',
        '        """',
        '',
        '        self.assertTrue(True)',
        '',
      ].join('\n'),
    );
    expect(reportedDescriptions(outcome.findings)).toEqual({
      test_forbidden_action_no_message: 'When no custom message is given when the ForbiddenAction (or other',
    });
  });

  it("takes the nearest file's settings", () => {
    const dir = makeTree({ 'tox.ini': '[flake8]\nignore = H405\n', 'sub/setup.cfg': '[flake8]\nmax-line-length = 79\n' });
    expect(transform(WRAPPED, { path: path.join(dir, 'sub', 'test_identity.py') }).output).toBe(WRAPPED);
    expect(transform(WRAPPED, { path: path.join(dir, 'test_identity.py') }).output).not.toBe(WRAPPED);
  });

  const LONG = 'class ServersTest(test.TestCase):\n    def test_boot(self):\n        # Boot a server with a flavor that has far too much memory for the host\n        pass\n';

  it('keeps docstrings within max-line-length and max-doc-length', () => {
    const at = (config: string) => transform(LONG, { path: path.join(makeTree({ 'setup.cfg': config }), 'test_servers.py') });
    const boot = (config: string) => findingOn(at(config).findings, 'test_boot');
    expect(boot('[flake8]\n').status).toBe('unsafe-not-enabled');
    expect(boot('[flake8]\n').message).toContain('its leading comment would make a docstring line of 84 characters, over the max-line-length of 79');
    expect(at('[flake8]\nmax-line-length = 100\n').output).toContain('        """Boot a server with a flavor that has far too much memory for the host."""\n');
    expect(at('[flake8]\nextend-ignore = E501\n').output).toContain('"""Boot a server with a flavor');
    expect(boot('[flake8]\nmax-line-length = 100\nmax-doc-length = 72\n').message).toContain('over the max-doc-length of 72');
  });

  it('reads the configuration through the command line', () => {
    const dir = makeTree({ 'tox.ini': '[flake8]\nmax-line-length = 100\n', 'tests/test_servers.py': LONG });
    const run = runCli(['--dry', '-t', 'docstrings', 'tests'], dir);
    expect(run.stdout).toContain('+        """Boot a server with a flavor that has far too much memory for the host."""\n');
  });
});

describe('lint settings', () => {
  const settings = (text: string) => {
    const sections = readIniSections(text);
    return configFrom(null, sections.length > 0 ? sections : [{}]);
  };

  it('reads flake8 defaults when nothing is set', () => {
    const none = settings('');
    expect(none.maxLineLength).toBe(79);
    expect(none.maxDocLength).toBeNull();
    expect(none.checks('H405')).toBe(true);
    expect(none.checks('E501')).toBe(true);
    expect(none.checks('W503')).toBe(false);
  });

  it('matches codes by prefix, with select and ignore', () => {
    expect(settings('[flake8]\nignore = H4\n').checks('H405')).toBe(false);
    expect(settings('[flake8]\nignore = H4\n').checks('W503')).toBe(true);
    expect(settings('[flake8]\nextend-ignore = H405\n').checks('W503')).toBe(false);
    expect(settings('[flake8]\nselect = E,W,F\n').checks('H405')).toBe(false);
    expect(settings('[flake8]\nselect = E,W,F,H\nignore = H\nextend-select = H405\n').checks('H405')).toBe(true);
  });

  it('reads continuation lines, comments and underscores', () => {
    const text = '[metadata]\nname = nova\n\n[flake8]\n; why\nignore =\n    E121,  # a comment\n    H405\nmax_line_length: 99\n';
    expect(readIniSections(text)).toEqual([{ ignore: ['E121', 'H405'], maxLineLength: 99 }]);
    expect(settings(text).checks('H405')).toBe(false);
    expect(settings(text).checks('E122')).toBe(true);
    expect(settings(text).maxLineLength).toBe(99);
  });

  it('takes the line length from [pycodestyle] when flake8 sets none', () => {
    expect(settings('[pycodestyle]\nmax-line-length = 120\n').maxLineLength).toBe(120);
  });

  it('reads max-doc-length', () => {
    expect(settings('[flake8]\nmax-doc-length = 72\n').maxDocLength).toBe(72);
  });
});
