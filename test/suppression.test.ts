/** Suppression comments: # testmend: ignore[...], # testmend: skip-file and # noqa, applied by the engine to every transform. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { selectTransforms } from '../src/core/registry.js';
import { defaultCodes } from '../src/core/selection.js';
import { makeTree, runCli } from './helpers.js';

const HEAD = 'import unittest\n\n\nclass T(unittest.TestCase):\n';

/** Runs transforms over a test method body (lines indented by 8) and returns the output and the findings as `line code status`. */
function run(body: string, transforms = ['assert-methods'], codes?: readonly string[]) {
  const outcome = transformSource('test_s.py', `${HEAD}    def test_a(self):\n${body}`, { transforms: selectTransforms(transforms), unsafe: false, codes });
  return { output: outcome.output.slice(HEAD.length + '    def test_a(self):\n'.length), outcome, found: outcome.findings.map((f) => `${f.line} ${f.code} ${f.status}`) };
}

const ALIAS = '        self.assertEquals(1, 1)';
const FIXED = '        self.assertEqual(1, 1)';

describe('# testmend: ignore', () => {
  it('finds the comment that reaches a line among many, the first of them when several do', () => {
    // More comments than lines a finding touches: the engine looks comments up by line.
    const lines = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? `${ALIAS}  # testmend: ignore[TM110]` : i % 3 === 1 ? `${ALIAS}  # noqa: E501` : `${ALIAS}  # testmend: ignore[TM101]`,
    );
    const { output, outcome } = run(`${lines.join('\n')}\n`);
    expect(output.split('\n').slice(0, 3)).toEqual([`${ALIAS}  # testmend: ignore[TM110]`, `${FIXED}  # noqa: E501`, `${FIXED}  # testmend: ignore[TM101]`]);
    const statuses = outcome.findings.filter((f) => f.code === 'TM110').map((f) => f.status);
    expect(statuses).toEqual(Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 'suppressed' : 'applied')));
    expect(outcome.findings.filter((f) => f.code === 'TM001').map((f) => f.line)).toEqual([]);
    const unused = transformSource('test_s.py', `${HEAD}    def test_a(self):\n${lines.join('\n')}\n`, { transforms: selectTransforms(['assert-methods']), unsafe: false, codes: [...defaultCodes(), 'TM001'] });
    expect(unused.findings.filter((f) => f.code === 'TM001').map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => 8 + 3 * i));
  });

  it('keeps the line it is on as it is, and says so', () => {
    const { output, outcome } = run(`${ALIAS}  # testmend: ignore\n${ALIAS}\n`);
    expect(output).toBe(`${ALIAS}  # testmend: ignore\n${FIXED}\n`);
    expect(outcome.findings[0]).toMatchObject({ line: 6, code: 'TM110', status: 'suppressed', reason: "suppressed by '# testmend: ignore' on line 6" });
  });

  it('names what it keeps: codes, prefixes and transforms, and nothing else', () => {
    const { output, found } = run(
      [
        '        self.assertTrue(a == b)  # testmend: ignore[TM110]',
        '        self.assertTrue(a == b)  # testmend: ignore[TM110, TM101]',
        '        self.assertTrue(a == b)  # testmend: ignore[TM1]',
        '        self.assertTrue(a == b)  # testmend: ignore [assert-methods]',
        '        self.assertTrue(a == b)  # testmend:ignore[sleep-to-wait]',
        '',
      ].join('\n'),
    );
    expect(found).toEqual(['6 TM101 applied', '7 TM101 suppressed', '8 TM101 suppressed', '9 TM101 suppressed', '10 TM101 applied']);
    expect(output.split('\n').map((line) => line.includes('assertEqual(a, b)'))).toEqual([true, false, false, false, true, false]);
  });

  it('on any line of a statement that spans several, keeps the whole statement', () => {
    for (const body of [
      '        self.assertTrue(  # testmend: ignore\n            a == b)\n',
      '        self.assertTrue(\n            a == b)  # testmend: ignore\n',
      '        self.assertTrue(\n            # testmend: ignore\n            a == b)\n',
    ]) {
      expect(run(body).found).toEqual(['6 TM101 suppressed']);
    }
  });

  it('on the header of a def or class, or on a decorator, keeps the whole definition', () => {
    const source = `${HEAD}    def test_a(self):  # testmend: ignore[TM110]\n${ALIAS}\n        self.assertTrue(a == b)\n\n    @property  # testmend: ignore\n    def b(self):\n${ALIAS}\n\n${ALIAS.slice(4)}\n`;
    const outcome = transformSource('test_s.py', source, { transforms: selectTransforms(['assert-methods']), unsafe: false });
    expect(outcome.findings.map((f) => `${f.line} ${f.code} ${f.status}`)).toEqual(['6 TM110 suppressed', '7 TM101 applied', '11 TM110 suppressed', '13 TM110 applied']);
    const cls = transformSource('test_s.py', source.replace('class T(unittest.TestCase):\n', 'class T(unittest.TestCase):  # testmend: ignore\n'), {
      transforms: selectTransforms(['assert-methods']),
      unsafe: false,
    });
    expect(cls.findings.map((f) => `${f.line} ${f.code} ${f.status}`)).toEqual(['6 TM110 suppressed', '7 TM101 suppressed', '11 TM110 suppressed', '13 TM110 suppressed']);
    expect(cls.status).toBe('unchanged');
  });

  it('on the header of an if, for or with, keeps only the header, not the block', () => {
    // The blocks are indented under their headers: a header with no block is not Python, and is left alone whole.
    const { found } = run(`        if self.assertTrue(a == b):  # testmend: ignore\n    ${ALIAS}\n        with self.assertRaises(\n                E):  # testmend: ignore\n    ${ALIAS}\n`);
    expect(found).toEqual(['6 TM101 suppressed', '7 TM110 applied', '10 TM110 applied']);
  });

  it('on a line of its own, keeps nothing', () => {
    expect(run(`        # testmend: ignore\n${ALIAS}\n`).found).toEqual(['7 TM110 applied']);
  });

  it('in a string is no comment and keeps nothing', () => {
    expect(run(`        x = "# testmend: ignore"; self.assertEquals(1, 1)\n        y = '''\n        # testmend: ignore'''; self.assertEquals(1, 1)\n`).found).toEqual([
      '6 TM110 applied',
      '8 TM110 applied',
    ]);
  });

  it('keeps what every transform finds, each through the engine', () => {
    const style = run(`        x=1  # testmend: ignore\n        y=2\n`, ['style']);
    expect(style.output).toBe('        x=1  # testmend: ignore\n        y = 2\n');
    const docstrings = transformSource('test_s.py', `${HEAD}    """Tests."""\n\n    def test_a(self):  # testmend: ignore\n        # Boots a server\n        pass\n`, {
      transforms: selectTransforms(['docstrings']),
      unsafe: false,
    });
    expect(docstrings.status).toBe('unchanged');
    expect(docstrings.findings.map((f) => `${f.code} ${f.status}`)).toEqual(['TM401 suppressed']);
    const waits = transformSource(
      'test_s.py',
      'import time\n\n\ndef test_a(api):\n    for _ in range(10):  # testmend: ignore\n        if api.ready():\n            break\n        time.sleep(1)\n    else:\n        raise AssertionError("late")\n    for _ in range(10):\n        if api.ready():\n            break\n        time.sleep(1)\n    else:\n        raise AssertionError("late")\n',
      { transforms: selectTransforms(['sleep-to-wait']), unsafe: false },
    );
    expect(waits.findings.map((f) => `${f.line} ${f.code} ${f.status}`)).toEqual(['5 TM801 suppressed', '11 TM801 applied']);
    expect(waits.output).toContain('    for _ in range(10):  # testmend: ignore\n');
  });
});

describe('a fix that changes a kept line', () => {
  it('is kept whole: a rename whose use sits on a kept line renames nothing there', () => {
    const source = 'def test_a():\n    srv = 1\n    total = srv + 1  # testmend: ignore\n    return srv, total\n';
    const outcome = transformSource('test_s.py', source, { transforms: selectTransforms(['rename']), unsafe: false, settings: { rename: ['srv=server'] } });
    expect(outcome.output).toBe(source);
    expect(outcome.findings.map((f) => `${f.line} ${f.code} ${f.status}`)).toEqual(['2 TM201 suppressed']);
  });

  it('is not kept for an insertion between lines: a helper inserted before a kept class', () => {
    const loop = '        for _ in range(10):\n            if api.ready():\n                break\n            time.sleep(1)\n        else:\n            raise AssertionError("late")\n';
    const source = `import time\n\n\nclass A(object):  # testmend: ignore\n    def test_a(self, api):\n${loop}\n\nclass B(object):\n    def test_b(self, api):\n${loop}`;
    const outcome = transformSource('test_s.py', source, { transforms: selectTransforms(['sleep-to-wait']), unsafe: false });
    expect(outcome.findings.map((f) => `${f.line} ${f.code} ${f.status}`)).toEqual(['6 TM801 suppressed', '16 TM801 applied']);
    expect(outcome.output).toContain('def wait_until(');
  });

  it('stops a rename across files when one file keeps a line that spells the name', () => {
    const files = {
      'pkg/__init__.py': '',
      'pkg/base.py': 'class Base(object):\n    def _boot(self):\n        return 1\n\n\ndef _make(serverName=None):\n    return serverName\n',
      'pkg/test_a.py': 'from pkg.base import Base\n\n\nclass T(Base):\n    def test_a(self):\n        return self._boot()  # testmend: ignore\n',
      'pkg/test_b.py': 'from pkg import base\n\n\ndef test_b():\n    return base._make(serverName=1)  # noqa\n',
    };
    const dir = makeTree(files);
    const run = runCli(['--all-files', '-t', 'rename', '--rename', '_boot=_create', '--rename', 'serverName=server_name', '--report', 'json', 'pkg'], dir);
    expect(run.status).toBe(0);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(text);
    const reasons = JSON.parse(run.stderr).files.flatMap((f: { findings: { reason: string | null }[] }) => f.findings.map((x) => x.reason));
    expect(reasons).toContain('a comment keeps the line at pkg/test_a.py:6 as it is, and it spells _boot: a rename must reach every use, so _boot keeps its name');
    expect(reasons).toContain('a comment keeps the line at pkg/test_b.py:5 as it is, and it spells serverName: a rename must reach every use, so serverName keeps its name');
    const skipped = makeTree({ ...files, 'pkg/test_a.py': `# testmend: skip-file\n${files['pkg/test_a.py'].replace('  # testmend: ignore', '')}` });
    runCli(['--all-files', '-t', 'rename', '--rename', '_boot=_create', 'pkg'], skipped);
    expect(readFileSync(path.join(skipped, 'pkg/base.py'), 'utf8')).toBe(files['pkg/base.py']);
  });
});

describe('# noqa', () => {
  it('bare, keeps its line from every transform, as it keeps it from every linter', () => {
    expect(run(`${ALIAS}  # noqa\n${ALIAS}  # NOQA\n`).found).toEqual(['6 TM110 suppressed', '7 TM110 suppressed']);
  });

  it('with codes, keeps only the TM codes it names: the others belong to other tools', () => {
    expect(run(`${ALIAS}  # noqa: E501\n${ALIAS}  # noqa:TM110,E501\n${ALIAS}  # noqa: TM101\n`).found).toEqual(['6 TM110 applied', '7 TM110 suppressed', '8 TM110 applied']);
  });
});

describe('comments that do nothing', () => {
  const withUnused = [...defaultCodes(), 'TM001'];

  it('are listed as TM001 only when it is selected, as Ruff lists unused noqa with RUF100', () => {
    const body = `${ALIAS}  # testmend: ignore[TM101]\n        x = 1  # testmend: ignore\n${ALIAS}  # noqa\n        y = 1  # noqa\n        z = 1  # noqa: TM110, E501\n`;
    expect(run(body).found).toEqual(['6 TM110 applied', '8 TM110 suppressed']);
    const listed = run(body, ['assert-methods'], withUnused).outcome.findings.filter((f) => f.code === 'TM001');
    expect(listed.map((f) => [f.line, f.column, f.transform, f.message])).toEqual([
      [6, 34, 'testmend', "TM101 in '# testmend: ignore[TM101]' suppresses nothing"],
      [7, 16, 'testmend', "'# testmend: ignore' suppresses nothing"],
      [10, 16, 'testmend', "TM110 in '# noqa: TM110, E501' suppresses nothing"],
    ]);
    expect(listed[0].reason).toBe('no finding of TM101 on line 6 was left to suppress; remove it, or name what it is for');
  });

  it('are not called unused for codes the run does not select', () => {
    const body = `        x = 1  # testmend: ignore[TM101]\n        y = 1  # testmend: ignore[style]\n`;
    expect(run(body, ['assert-methods'], ['TM110', 'TM001']).found).toEqual([]);
    expect(run(body, ['assert-methods'], withUnused).found).toEqual(['6 TM001 no-fix']);
  });

  it('are TM002 when they name what does not exist, with the nearest valid name', () => {
    const { outcome, output } = run(`${ALIAS}  # testmend: ignore[TM1100]\n${ALIAS}  # testmend: ignroe\n`);
    const problems = outcome.findings.filter((f) => f.code === 'TM002');
    expect(problems.map((f) => [f.line, f.message, f.reason])).toEqual([
      [6, "'# testmend: ignore[TM1100]' names an unknown code, prefix or transform: TM1100", 'did you mean TM110? it suppresses nothing for TM1100'],
      [7, "'# testmend: ignroe' is not a testmend directive", 'did you mean ignore? testmend knows # testmend: ignore, # testmend: ignore[CODES] and # testmend: skip-file'],
    ]);
    expect(output).toBe(`${FIXED}  # testmend: ignore[TM1100]\n${FIXED}  # testmend: ignroe\n`);
  });
});

describe('# testmend: skip-file', () => {
  it('leaves the whole file as it is and says why', () => {
    const source = `# testmend: skip-file\n${HEAD}    def test_a(self):\n${ALIAS}\n`;
    const outcome = transformSource('test_s.py', source, { transforms: selectTransforms(['assert-methods', 'style']), unsafe: false });
    expect(outcome).toMatchObject({ status: 'unchanged', output: source, findings: [], reason: "left out by '# testmend: skip-file' on line 1" });
  });

  it('takes no codes: one that names some is TM002 and skips nothing', () => {
    const outcome = transformSource('test_s.py', `# testmend: skip-file[TM110]\n${HEAD}    def test_a(self):\n${ALIAS}\n`, { transforms: selectTransforms(['assert-methods']), unsafe: false });
    expect(outcome.findings.map((f) => `${f.code} ${f.status}`)).toEqual(['TM002 no-fix', 'TM110 applied']);
  });
});

describe('suppression on the command line', () => {
  const SOURCE = `${HEAD}    def test_a(self):\n${ALIAS}  # testmend: ignore[TM110]\n${ALIAS}\n        self.assertTrue(a == b)  # noqa\n        x = 1  # testmend: ignore[TM101]\n`;

  it('keeps the suppressed lines, counts them in the report, and lists unused comments with --extend-select TM001', () => {
    const dir = makeTree({ 'test_a.py': SOURCE, 'test_b.py': `# testmend: skip-file\n${HEAD}    def test_a(self):\n${ALIAS}\n` });
    const plain = runCli(['--dry', '.'], dir);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(
      ['--- a/test_a.py', '+++ b/test_a.py', '@@ -4,6 +4,6 @@', ' class T(unittest.TestCase):', '     def test_a(self):', `${' '}${ALIAS}  # testmend: ignore[TM110]`, `-${ALIAS}`, `+${FIXED}`, '         self.assertTrue(a == b)  # noqa', '         x = 1  # testmend: ignore[TM101]', ''].join('\n'),
    );
    expect(plain.stderr).toMatch(/assert-methods\s+1 applied, 2 suppressed/);
    expect(plain.stderr).not.toContain('TM001');
    const listed = runCli(['--dry', '--extend-select', 'TM001', '--report', 'json', '.'], dir);
    const report = JSON.parse(listed.stderr);
    expect(report.files.map((f: { path: string; status: string; reason: string | null }) => [f.path, f.status, f.reason])).toEqual([
      ['test_a.py', 'changed', null],
      ['test_b.py', 'unchanged', "left out by '# testmend: skip-file' on line 1"],
    ]);
    expect(report.files[0].findings.map((f: { line: number; code: string; status: string }) => `${f.line} ${f.code} ${f.status}`)).toEqual([
      '6 TM110 suppressed',
      '7 TM110 applied',
      '8 TM101 suppressed',
      '9 TM001 no-fix',
    ]);
    expect(report.totals.findings.suppressed).toBe(2);
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe(SOURCE);
  });

  it('treats a bad name in a comment as a finding of the file, not a usage error', () => {
    const dir = makeTree({ 'test_a.py': SOURCE.replace('ignore[TM110]', 'ignore[TM1100]') });
    const run = runCli(['--report', 'json', '.'], dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stderr).files[0].findings.find((f: { code: string }) => f.code === 'TM002').message).toContain('TM1100');
  });
});
