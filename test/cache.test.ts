/**
 * The cache, through the built CLI on real files. The probe plugin logs every
 * file a transform reads (collect, the first pass; create, the second), so
 * the tests see which files were read again and which came from the cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../src/core/cache.js';
import { CLI, makeTree, PROBE, runCli, runScript } from './helpers.js';

const NEEDS_FIX = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const CLEAN = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n';

/** A project of clean test files, with a pyproject.toml the cache goes beside. */
function project(files: Record<string, string> = {}): string {
  return makeTree({ 'pyproject.toml': '', 'tests/test_a.py': CLEAN, 'tests/test_b.py': CLEAN, 'tests/test_c.py': CLEAN, ...files });
}

/**
 * Runs the CLI with the probe, and returns the run, its JSON report and the
 * files the probe read, by pass. The log is removed first: a file an option
 * names is an input of the run.
 */
function probed(dir: string, args: readonly string[] = []) {
  const log = path.join(dir, 'probe.log');
  rmSync(log, { force: true });
  const report = path.join(dir, 'report.json');
  const run = runCli(['--plugin', PROBE, '-t', 'assert-methods,probe', '--probe-log', log, '--report', 'json', '--report-file', report, ...args, 'tests'], dir);
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
  const read = (event: string) => [...new Set(calls.filter((call) => call.event === event).map((call) => call.path))].sort();
  return { ...run, collected: read('collect'), created: read('create'), report: readReport(report) };
}

/** A JSON report without its timing, which differs from run to run. */
function readReport(file: string) {
  const { timing: _timing, ...rest } = JSON.parse(readFileSync(file, 'utf8'));
  return rest;
}

const ALL = ['tests/test_a.py', 'tests/test_b.py', 'tests/test_c.py'];

describe('the cache', () => {
  it('reads no file unchanged since the last run, and reports the same', () => {
    const dir = project();
    const first = probed(dir);
    expect(first.status).toBe(0);
    expect(first.collected).toEqual(ALL);
    expect(first.created).toEqual(ALL);
    const second = probed(dir);
    expect(second.collected).toEqual([]);
    expect(second.created).toEqual([]);
    expect(second.report).toEqual(first.report);
    expect(second.report.files[0].findings[0].message).toBe('test_a: 7 lines, 1 of 3 files');
  });

  it('reads a changed file again; the others too when the first pass learned something new of it', () => {
    const dir = project();
    probed(dir);
    writeFileSync(path.join(dir, 'tests/test_b.py'), CLEAN.replace('(1, 1)', '(2, 2)'));
    const sameFacts = probed(dir);
    expect(sameFacts.collected).toEqual(['tests/test_b.py']);
    expect(sameFacts.created).toEqual(['tests/test_b.py']);
    writeFileSync(path.join(dir, 'tests/test_b.py'), `${CLEAN}\n\n# one more line\n`);
    const newFacts = probed(dir);
    expect(newFacts.collected).toEqual(['tests/test_b.py']);
    expect(newFacts.created).toEqual(ALL);
    writeFileSync(path.join(dir, 'tests/test_d.py'), CLEAN);
    const added = probed(dir);
    expect(added.collected).toEqual(['tests/test_d.py']);
    expect(added.report.files[0].findings[0].message).toBe('test_a: 7 lines, 1 of 4 files');
  });

  it('keeps a cross-file rename right: a file unchanged itself is renamed once the other file defines the name', () => {
    const dir = makeTree({
      'pyproject.toml': '',
      'tests/__init__.py': '',
      'tests/helpers.py': 'def other():\n    return 1\n',
      'tests/test_a.py': 'from tests import helpers\n\n\ndef test_a():\n    return helpers.make_server()\n',
    });
    const args = ['--all-files', '--unsafe', '--rename', 'make_server=create_server', 'tests'];
    expect(runCli(args, dir).stderr).toContain('files: 0 changed, 3 unchanged');
    writeFileSync(path.join(dir, 'tests/helpers.py'), 'def make_server():\n    return 1\n');
    expect(runCli(args, dir).stderr).toContain('files: 2 changed, 1 unchanged');
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toContain('helpers.create_server()');
  });

  it('reads every file again when an option, --unsafe, a plugin option or the transforms differ', () => {
    const dir = project();
    probed(dir);
    expect(probed(dir, ['--unsafe']).created).toEqual(ALL);
    expect(probed(dir, ['--probe-delay', '1']).created).toEqual(ALL);
    expect(probed(dir, ['--skip', 'assert-methods']).created).toEqual(ALL);
    expect(probed(dir).created).toEqual([]);
  });

  it('asks the surroundings again: a configuration file a transform read, and the module name', () => {
    const dir = makeTree({ 'setup.cfg': '[pycodestyle]\nignore = E225\n', 'tests/test_a.py': 'def test_a():\n    x=1\n    return x\n' });
    expect(runCli(['--check', '-t', 'style', 'tests'], dir).status).toBe(0);
    writeFileSync(path.join(dir, 'setup.cfg'), '[pycodestyle]\nmax-line-length = 100\n');
    expect(runCli(['--check', '-t', 'style', 'tests'], dir).status).toBe(1);
    const probe = project();
    expect(probed(probe).report.files[0].findings[0].message).toMatch(/^test_a:/);
    writeFileSync(path.join(probe, 'tests/__init__.py'), '');
    const packaged = probed(probe);
    expect(packaged.created).toContain('tests/test_a.py');
    expect(packaged.report.files.find((f: { path: string }) => f.path === 'tests/test_a.py').findings[0].message).toMatch(/^tests\.test_a:/);
  });

  it("asks again for the modules a transform looked for: sleep-to-wait's shared helper, created by the run that fixes", () => {
    const polling = [
      'import time',
      'import unittest',
      '',
      '',
      'class OrdersTest(unittest.TestCase):',
      '    def test_ships(self):',
      '        for _ in range(50):',
      "            if self.status('o1') == 'shipped':",
      '                break',
      '            time.sleep(0.01)',
      '        else:',
      "            self.fail('never shipped')",
      '',
    ].join('\n');
    const dir = makeTree({ 'pyproject.toml': '', 'shop/__init__.py': '', 'shop/tests/__init__.py': '', 'shop/tests/test_orders.py': polling });
    const dry = runCli(['--dry', '-t', 'sleep-to-wait', 'shop'], dir);
    expect(dry.stdout).toContain('+++ b/shop/tests/polling.py');
    expect(runCli(['--dry', '-t', 'sleep-to-wait', 'shop'], dir).stdout).toBe(dry.stdout);
    expect(runCli(['-t', 'sleep-to-wait', 'shop'], dir).status).toBe(0);
    const helper = readFileSync(path.join(dir, 'shop/tests/polling.py'), 'utf8');
    writeFileSync(path.join(dir, 'shop/tests/test_orders.py'), polling);
    const again = runCli(['--dry', '-t', 'sleep-to-wait', 'shop'], dir);
    expect(again.stdout).toContain('+from shop.tests import polling');
    expect(again.stdout).not.toContain('+++ b/shop/tests/polling.py');
    expect(readFileSync(path.join(dir, 'shop/tests/polling.py'), 'utf8')).toBe(helper);
  });

  it('keeps the new text of a file that changes: a dry run shows its diff, and a run that fixes writes it, without parsing it again', () => {
    const dir = project({ 'tests/test_fix.py': NEEDS_FIX });
    const first = probed(dir, ['--dry']);
    expect(first.created).toEqual([...ALL, 'tests/test_fix.py'].sort());
    const dry = probed(dir, ['--dry']);
    expect(dry.created).toEqual([]);
    expect(dry.stdout).toBe(first.stdout);
    expect(dry.stdout).toContain('+        self.assertEqual(1, 1)');
    const fix = probed(dir);
    expect(fix.created).toEqual([]);
    expect(readFileSync(path.join(dir, 'tests/test_fix.py'), 'utf8')).toBe(CLEAN);
    expect(fix.report).toEqual({ ...dry.report, mode: 'fix' });
  });

  it('goes beside the nearest pyproject.toml, setup.cfg or tox.ini, and git leaves it out', () => {
    const dir = makeTree({ 'repo/tox.ini': '[tox]\n', 'repo/pkg/tests/test_a.py': CLEAN });
    const repo = path.join(dir, 'repo');
    runCli([], path.join(repo, 'pkg'));
    expect(existsSync(path.join(repo, '.testmend_cache', 'CACHEDIR.TAG'))).toBe(true);
    expect(existsSync(path.join(repo, 'pkg', '.testmend_cache'))).toBe(false);
    const git = (args: string[]) => spawnSyncText('git', args, repo);
    git(['init', '-q']);
    expect(git(['status', '--porcelain', '--untracked-files=all'])).toBe('?? pkg/tests/test_a.py\n?? tox.ini\n');
  });

  it("goes beside the working directory's configuration, and a configuration may put it elsewhere or turn it off", () => {
    const dir = makeTree({ 'setup.cfg': '[testmend]\nunsafe = false\n', 'sub/pyproject.toml': '[project]\nname = "sub"\n', 'sub/tests/test_a.py': CLEAN });
    runCli([], path.join(dir, 'sub'));
    expect(existsSync(path.join(dir, '.testmend_cache', 'CACHEDIR.TAG'))).toBe(true);
    expect(existsSync(path.join(dir, 'sub', '.testmend_cache'))).toBe(false);
    const moved = makeTree({ 'pyproject.toml': '[tool.testmend]\ncache-dir = "build/cache"\n', 'tests/test_a.py': CLEAN });
    runCli([], path.join(moved, 'tests'));
    expect(existsSync(path.join(moved, 'build', 'cache', 'CACHEDIR.TAG'))).toBe(true);
    const off = makeTree({ 'pyproject.toml': '[tool.testmend]\ncache = false\n', 'tests/test_a.py': CLEAN });
    runCli([], off);
    expect(existsSync(path.join(off, '.testmend_cache'))).toBe(false);
  });

  it('--no-cache reads every file and leaves no cache; --cache-dir puts it elsewhere', () => {
    const dir = project();
    probed(dir, ['--no-cache']);
    expect(existsSync(path.join(dir, '.testmend_cache'))).toBe(false);
    expect(probed(dir, ['--no-cache']).created).toEqual(ALL);
    const elsewhere = path.join(dir, 'elsewhere');
    probed(dir, ['--cache-dir', elsewhere]);
    expect(probed(dir, ['--cache-dir', elsewhere]).created).toEqual([]);
    expect(existsSync(path.join(dir, '.testmend_cache'))).toBe(false);
  });

  it('refuses a --cache-dir that is a file, or empty, before any file is read', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const [value, message] of [
      ['a-file', "--cache-dir: 'a-file' is not a directory: give the path of one, or of one to create"],
      ['', '--cache-dir: no path given: give the path of a directory'],
    ]) {
      const run = runCli(['--cache-dir', value, 'tests'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(existsSync(path.join(dir, '.testmend_cache'))).toBe(false);
  });

  it('is safe under concurrent runs, and takes a corrupt entry for a miss', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`tests/test_${i}.py`, i % 4 === 0 ? NEEDS_FIX : CLEAN]));
    const dir = makeTree({ 'pyproject.toml': '', ...files });
    const report = (run: number) => ['--check', '--jobs', '2', '--report', 'json', '--report-file', path.join(dir, `report-${run}.json`), 'tests'];
    const runs = await Promise.all([0, 1, 2, 3].map((run) => runAsync(report(run), dir)));
    expect(runs.map((run) => run.status)).toEqual([1, 1, 1, 1]);
    const reports = [0, 1, 2, 3].map((run) => readReport(path.join(dir, `report-${run}.json`)));
    for (const report of reports) expect(report).toEqual(reports[0]);
    const entries = cacheEntries(dir);
    expect(entries.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    // sleep-to-wait, a default transform, collects: each file has an entry for each pass.
    expect(entries.filter((entry) => path.basename(path.dirname(entry)) === 'collect')).toHaveLength(40);
    expect(entries.filter((entry) => path.basename(path.dirname(entry)) === 'process')).toHaveLength(40);

    const saved = new Map(entries.map((entry) => [entry, readFileSync(entry)]));
    for (const [index, entry] of entries.entries()) {
      const bytes = readFileSync(entry);
      writeFileSync(entry, index % 2 === 0 ? bytes.subarray(0, bytes.length - 7) : Buffer.from('not an entry'));
    }
    expect(runCli(report(4), dir).status).toBe(1);
    expect(readReport(path.join(dir, 'report-4.json'))).toEqual(reports[0]);
    for (const [entry, bytes] of saved) expect(readFileSync(entry).equals(bytes), entry).toBe(true);
  });
});

describe("the cache's key", () => {
  it("holds testmend's own code, so a rebuilt checkout of the same version reads every file again", () => {
    const build = makeTree({ 'src/core/engine.js': 'a', 'transforms/style/index.js': 'b', 'src/core/engine.d.ts': 'c', 'README.md': 'd' });
    const before = codeDigest(build, '.js');
    writeFileSync(path.join(build, 'src/core/engine.d.ts'), 'changed');
    writeFileSync(path.join(build, 'README.md'), 'changed');
    expect(codeDigest(build, '.js')).toBe(before);
    writeFileSync(path.join(build, 'transforms/style/index.js'), 'b2');
    expect(codeDigest(build, '.js')).not.toBe(before);
  });
});

describe('the cache through the API', () => {
  it('is kept where the command line keeps it when asked, and not by default', () => {
    const dir = project();
    const log = path.join(dir, 'probe.log');
    const run = runScript(
      `import { existsSync, readFileSync, rmSync } from 'node:fs';
       import { run } from 'testmend';
       const created = async (cache) => {
         rmSync(${JSON.stringify(log)}, { force: true });
         await run(['tests'], { plugins: [${JSON.stringify(PROBE)}], transforms: ['probe'], settings: { 'probe-log': ${JSON.stringify(log)} }, cache, jobs: 1 });
         return existsSync(${JSON.stringify(log)}) ? readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n').filter((line) => line.includes('create')).length : 0;
       };
       console.log(JSON.stringify([await created(true), await created(true), await created(undefined)]));`,
      dir,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([3, 0, 3]);
    expect(existsSync(path.join(dir, '.testmend_cache', 'CACHEDIR.TAG'))).toBe(true);
  });
});

/** Every entry file under the cache of `dir`. */
function cacheEntries(dir: string): string[] {
  const root = path.join(dir, '.testmend_cache');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !['.gitignore', 'CACHEDIR.TAG'].includes(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function spawnSyncText(command: string, args: readonly string[], cwd: string): string {
  return spawnSync(command, args, { cwd, encoding: 'utf8' }).stdout;
}

/** Runs the built CLI without waiting for it, so that several run at once. */
function runAsync(args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => (stdout += data));
    child.stderr.on('data', (data) => (stderr += data));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
