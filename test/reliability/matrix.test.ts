/**
 * The bad-input and fault matrix, tried as a user would: each case runs the
 * built CLI and checks that nothing the user owns is lost, half written or
 * silently changed, and that every bad input is a usage error (exit 2) or a
 * per-file error while the run goes on.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers.js';
import { cliAsOtherUser, projectFiles, otherUserUnavailable, OTHER_USER, shell, tempFiles } from './support.js';

const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const FIXED = NEEDS_FIX.replace('self.assertTrue(1 == 1)', 'self.assertEqual(1, 1)');

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** A tree of fixable test modules, to see whether a run touched them. */
function suite(count = 3, extra: Record<string, string | Buffer> = {}): string {
  return makeTree({ ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`tests/test_${i}.py`, NEEDS_FIX])), ...extra });
}

/** Whether every module of {@link suite} still has its original text. */
function untouched(dir: string, count = 3): boolean {
  return Array.from({ length: count }, (_, i) => read(dir, `tests/test_${i}.py`)).every((text) => text === NEEDS_FIX);
}

describe('1. - is standard input, never the working directory', () => {
  it('fixes the source piped in, writes it to stdout, and leaves the files under the working directory alone', () => {
    const dir = suite();
    const run = shell(`printf '%s' '${NEEDS_FIX}' | $CLI -`, dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(FIXED);
    expect(untouched(dir)).toBe(true);
  });
});

describe('2. a file CPython cannot compile is reported and left byte for byte', () => {
  it.each([
    ['a Python 2 print statement', `${NEEDS_FIX}        print 'done'\n`],
    ['two statements run together', `${NEEDS_FIX}        from a import b as ctest import x\n`],
    ['a tab where the block indents with spaces', `${NEEDS_FIX}\tpass\n`],
    ['except X, e', `${NEEDS_FIX}        try:\n            pass\n        except ValueError, e:\n            pass\n`],
    ['5,000 nested parentheses', `${NEEDS_FIX}        x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`],
  ])('%s', (_, source) => {
    const dir = makeTree({ 'test_bad.py': source });
    const run = runCli(['test_bad.py'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/test_bad\.py: skipped \(syntax error in the input at line \d+: /);
    expect(read(dir, 'test_bad.py')).toBe(source);
  });
});

describe('5. modes and owners', () => {
  it.each([0o4755, 0o2755, 0o1755, 0o640])('keeps mode %o, setuid, setgid and sticky bits included', (mode) => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    chmodSync(path.join(dir, 'test_a.py'), mode);
    expect(runCli(['test_a.py'], dir).status).toBe(0);
    expect(read(dir, 'test_a.py')).toBe(FIXED);
    expect(statSync(path.join(dir, 'test_a.py')).mode & 0o7777).toBe(mode);
  });

  const unavailable = otherUserUnavailable();

  it.skipIf(unavailable !== null)(`keeps another user's ownership when root fixes the file${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    chownSync(path.join(dir, 'test_a.py'), OTHER_USER.uid, OTHER_USER.gid);
    expect(runCli(['test_a.py'], dir).status).toBe(0);
    const stats = statSync(path.join(dir, 'test_a.py'));
    expect([stats.uid, stats.gid, read(dir, 'test_a.py')]).toEqual([OTHER_USER.uid, OTHER_USER.gid, FIXED]);
  });

  it.skipIf(unavailable !== null)(`refuses a file another user owns when it cannot keep the owner, and says so${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
    const dir = makeTree({ 'shared/test_a.py': NEEDS_FIX, 'shared/test_mine.py': NEEDS_FIX });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'shared'), 0o777);
    chmodSync(path.join(dir, 'shared/test_a.py'), 0o666);
    chownSync(path.join(dir, 'shared/test_mine.py'), OTHER_USER.uid, OTHER_USER.gid);
    const run = cliAsOtherUser(['shared'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('shared/test_a.py: error (not written: it belongs to user 0, and only its owner or root can give the new version that owner');
    expect(read(dir, 'shared/test_a.py')).toBe(NEEDS_FIX);
    expect(statSync(path.join(dir, 'shared/test_a.py')).uid).toBe(0);
    expect(read(dir, 'shared/test_mine.py')).toBe(FIXED);
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('6. files that are not regular files', () => {
  it('reports a FIFO named on the command line, without waiting on it, and does the other files', () => {
    const dir = suite(1);
    spawnSync('mkfifo', [path.join(dir, 'tests/test_fifo.py')]);
    const started = Date.now();
    const run = runCli(['tests/test_fifo.py', 'tests'], dir);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('tests/test_fifo.py: error (not a regular file (a FIFO); testmend reads only regular files)');
    expect(read(dir, 'tests/test_0.py')).toBe(FIXED);
  });

  it('reports a character device named on the command line', () => {
    const run = runCli(['/dev/null'], makeTree({}));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('/dev/null: error (not a regular file (a character device)');
  });
});

describe('7. standard output closed or full', () => {
  it('ends quietly when the reader of a pipe goes away', () => {
    // More diff than a pipe holds, so the run writes after the reader has gone, however fast it runs.
    const long = NEEDS_FIX + Array.from({ length: 400 }, (_, i) => `        self.assertTrue(${i} == ${i})\n`).join('');
    const dir = makeTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`tests/test_${i}.py`, long])));
    const run = shell('$CLI --dry . | head -1', dir);
    expect(run.stdout).toMatch(/^--- a\/tests\/test_\d+\.py\n$/);
    expect(run.status).toBe(141);
    expect(run.stderr).not.toMatch(/Error|at .*\.js/);
  });

  it('reports a full disk under standard output with exit code 4', () => {
    const dir = suite(3);
    const run = shell('$CLI --dry . > /dev/full', dir);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('testmend: cannot write to standard output: no space left on device');
    expect(run.stderr).not.toMatch(/at .*\.js/);
    expect(untouched(dir)).toBe(true);
  });
});

describe('8. output paths are checked before any file is touched', () => {
  it.each([
    [['--report-file', 'missing/dir/r.txt'], "--report-file: the directory 'missing/dir' does not exist"],
    [['--test-id-map', 'missing/m.json'], "--test-id-map: the directory 'missing' does not exist"],
    [['--report-file', 'tests'], "--report-file: 'tests' is a directory"],
    [['--report-file', 'tests/test_0.py'], 'tests/test_0.py is also a file to transform'],
    [['--report-file', 'same.json', '--test-id-map', 'same.json'], '--report-file and --test-id-map name the same file'],
  ])('%j', (args, message) => {
    const dir = suite();
    const run = runCli([...args, '.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(untouched(dir)).toBe(true);
  });

  it('writes the report whole: a report file that cannot be written keeps its last version', () => {
    const dir = suite(1, { 'report.txt': 'the last report\n' });
    expect(runCli(['--report-file', 'report.txt', '.'], dir).status).toBe(0);
    expect(read(dir, 'report.txt')).toContain('tests/test_0.py: changed');
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('9. bad option values are usage errors, before any file is touched', () => {
  it.each([
    [['-t', ''], '-t, --transforms: no name given'],
    [['--skip', ','], '--skip: no name given'],
    [['--rename', 'srv=9bad-name'], "--rename: 'srv=9bad-name': '9bad-name' is not a Python name"],
    [['--rename', 'srv'], "--rename: 'srv' has no '='"],
    [['--rename', 'a=x', '--rename', 'b=x'], '--rename: both a and b would become x'],
    [['--rename-file', 'missing.json'], "--rename-file: cannot read 'missing.json': no such file"],
    [['--rename-file', 'bad.json'], "--rename-file: 'bad.json' is not valid JSON"],
    [['--rename-file', 'list.json'], "--rename-file: 'list.json' must hold one JSON object of names"],
    [['--rename-file', 'bad.txt'], "--rename-file: in 'bad.txt', 'srv' has no '='"],
    [['--wait-helper', 'nocolon'], "--wait-helper: 'nocolon' is neither module.path:function nor a preset"],
    [['--wait-helper', 'a.b:'], "--wait-helper: 'a.b:' is neither"],
    [['--wait-helper', ':fn'], "--wait-helper: ':fn' is neither"],
    [['--wait-helper', 'a..b:fn'], "--wait-helper: 'a..b:fn' is neither"],
    [['--extract-depth', '-5'], "--extract-depth: '-5': give a whole number of at least 1"],
    [['--extract-lines', '2.5'], "--extract-lines: '2.5': give a whole number of at least 1"],
    [['--split-statements', 'abc'], '--split-statements: not a number: give a number'],
    [['--naming-style', 'kebab'], 'Invalid values'],
    [['--jobs', '0'], "testmend: --jobs: '0': give a whole number of at least 1"],
    [['--dry', '--check'], '--dry and --check do not go together'],
  ])('%j', (args, message) => {
    const dir = suite(3, { 'bad.json': '{"a": ', 'list.json': '["a=b"]', 'bad.txt': 'srv\n' });
    const run = runCli([...args, 'tests'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run testmend --help for usage.');
    expect(untouched(dir)).toBe(true);
  });
});

describe('9. bad values in a configuration file are usage errors too, named where they are', () => {
  it.each([
    ['extract-depth = -5', "'extract-depth' in [tool.testmend] of", "'-5': give a whole number of at least 1"],
    ['rename = ["srv=9bad-name"]', "'rename' in [tool.testmend] of", "'9bad-name' is not a Python name"],
    ['wait-helper = "nocolon"', "'wait-helper' in [tool.testmend] of", "'nocolon' is neither module.path:function nor a preset"],
    ['report-file = "missing/r.txt"', "'report-file' in [tool.testmend] of", 'does not exist: create it first'],
  ])('%s', (line, where, problem) => {
    const dir = suite(3, { 'pyproject.toml': `[tool.testmend]\n${line}\n` });
    const run = runCli(['tests'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(where);
    expect(run.stderr).toContain(problem);
    expect(untouched(dir)).toBe(true);
  });
});

describe('10. messages say what is wrong, in words', () => {
  it('calls a UTF-16 file UTF-16, with and without a byte-order mark', () => {
    const text = 'x = 1\n';
    const dir = makeTree({
      'test_bom.py': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'test_nobom.py': Buffer.from(text, 'utf16le'),
    });
    const run = runCli(['.'], dir);
    expect(run.stderr).toContain('test_bom.py: error (it is UTF-16 text (it starts with a UTF-16 byte-order mark)');
    expect(run.stderr).toContain('test_nobom.py: error (it looks like UTF-16 text (every other byte is NUL)');
  });

  it('never echoes a raw NUL byte', () => {
    const dir = makeTree({ 'test_nul.py': `${'# padding\n'.repeat(1000)}x = "\0"\n` });
    const run = runCli(['.'], dir);
    expect(run.stderr).toContain('test_nul.py: error (it contains a NUL byte (line 1001), which CPython refuses in source code');
    expect(run.stderr).not.toContain('\0');
  });

  it('reads a file with CR line ends as CPython does, and writes it back with CR', () => {
    const dir = makeTree({ 'test_cr.py': NEEDS_FIX.replaceAll('\n', '\r') });
    expect(runCli(['.'], dir).status).toBe(0);
    expect(read(dir, 'test_cr.py')).toBe(FIXED.replaceAll('\n', '\r'));
  });

  it('places 2,000 nested ifs where CPython does, not on line 1', () => {
    const nested = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('') + `${' '.repeat(2000)}pass\n`;
    const run = runCli(['.'], makeTree({ 'test_deep.py': nested }));
    expect(run.stderr).toContain('test_deep.py: skipped (syntax error in the input at line 101: too many levels of indentation (CPython allows 99))');
  });

  it('refuses a binary review without echoing it', () => {
    const dir = suite(1, { 'review.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]) });
    const run = runCli(['--from-review', 'review.bin', '.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('testmend: the review review.bin is not UTF-8 text: give the review as a plain text or Markdown file');
    expect(run.stderr).not.toContain('PNG');
    expect(untouched(dir, 1)).toBe(true);
  });

  it('keeps a space between a wide column number and the status', () => {
    const wide = `import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        x = 1; ${'y = 2; '.repeat(15_000)}self.assertTrue(1 == 1)\n`;
    const run = runCli(['--dry', '--verbose', '.'], makeTree({ 'test_wide.py': wide }));
    expect(run.stderr).toMatch(/ 6:\d{6} TM\d{3} applied {12}/);
  });
});

describe('12. hard links and read-only files are left alone, and reported', () => {
  it('refuses a file with another hard link, which a rewrite would split', () => {
    const dir = makeTree({ 'tests/test_a.py': NEEDS_FIX });
    mkdirSync(path.join(dir, 'elsewhere'));
    linkSync(path.join(dir, 'tests/test_a.py'), path.join(dir, 'elsewhere/copy.py'));
    const run = runCli(['tests'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('tests/test_a.py: error (not written: it has 2 hard links; replacing it would leave the other names with the old text');
    expect([read(dir, 'tests/test_a.py'), read(dir, 'elsewhere/copy.py')]).toEqual([NEEDS_FIX, NEEDS_FIX]);
  });

  it('refuses a read-only file', () => {
    const dir = makeTree({ 'test_a.py': NEEDS_FIX });
    chmodSync(path.join(dir, 'test_a.py'), 0o444);
    const run = runCli(['.'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('test_a.py: error (not written: it is read-only (mode 0444); testmend does not write files made read-only');
    expect(read(dir, 'test_a.py')).toBe(NEEDS_FIX);
    expect(projectFiles(dir)).toEqual(['test_a.py']);
    expect(tempFiles(dir)).toEqual([]);
  });
});
