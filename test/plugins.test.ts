/**
 * Plugins: transforms written outside testmend, loaded with --plugin or the
 * API. The example plugin in examples/plugins/ runs through the built CLI
 * and through the package's API in a process of its own, as a user runs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, PROBE, probeRun, ROOT, runCli, runScript } from './helpers.js';

const EXAMPLE = path.join(ROOT, 'examples', 'plugins', 'legacy-asserts.js');

const LEGACY = `import http
import unittest


class ServersTest(unittest.TestCase):
    def test_list(self):
        resp = self.api.get('/servers')
        self.assertResponseCode(resp, 200)
        self.assertResponseCode(self.api.get('/flavors'), http.HTTPStatus.OK)
        self.assertResponseCode(self.api.delete('/servers/1'), self.expected)
`;

const FIXED = LEGACY.replace("self.assertResponseCode(resp, 200)", 'self.assertEqual(200, resp.status_code)').replace(
  "self.assertResponseCode(self.api.get('/flavors'), http.HTTPStatus.OK)",
  "self.assertEqual(http.HTTPStatus.OK, self.api.get('/flavors').status_code)",
);

describe('--plugin', () => {
  it('runs the example plugin as a built-in transform: fixes, refusals with their reason, and the report', () => {
    const dir = makeTree({ 'tests/test_servers.py': LEGACY });
    const run = runCli(['--plugin', EXAMPLE, '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_servers.py'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toContain('tests/test_servers.py: changed — 2 applied (LA101 ×2)');
    expect(run.stderr).toMatch(/10:9 +LA103 no-fix +assertResponseCode\(self\.api\.delete\('\/servers\/1'\), self\.expected\): the legacy helper\n +assertEqual would evaluate/);
    expect(run.stderr).toContain('legacy-asserts    2 applied, 1 no-fix  (use the standard assertion instead of the legacy helper)');
    expect(run.stderr).toMatch(/LA101 legacy-response-assert +2 applied\n +LA103 legacy-assert-order +1 no-fix/);
    expect(runCli(['--plugin', EXAMPLE, '--check', '.'], dir).status).toBe(0);
  });

  it('gives the plugin its place in -t, --list, --help, explain and its own option', () => {
    const dir = makeTree({ 'tests/test_servers.py': LEGACY.replaceAll('assertResponseCode', 'assertStatus') });
    expect(runCli(['--plugin', EXAMPLE, '--list'], dir).stdout).toMatch(/\nlegacy-asserts +LA101-LA103 +safe +default +use the standard assertion instead of the legacy helper +Replace/);
    expect(runCli(['--plugin', EXAMPLE, '--help'], dir).stdout).toMatch(/--legacy-helper +legacy-asserts: the name of the project's legacy helper/);
    const explain = runCli(['--plugin', EXAMPLE, 'explain', 'legacy-asserts'], dir).stdout;
    expect(explain).toContain("legacy-asserts: Replace the project's legacy assertResponseCode(response, code)");
    expect(explain).toContain("Options\n  --legacy-helper STRING: legacy-asserts: the name of the project's legacy\n      helper. Default: assertResponseCode.");
    const dry = runCli(['--plugin', EXAMPLE, '-t', 'legacy-asserts', '--legacy-helper', 'assertStatus', '--dry', '.'], dir);
    expect(dry.stdout).toContain('+        self.assertEqual(200, resp.status_code)');
    expect(dry.stderr).not.toContain('assert-methods');
  });

  it("loads the plugins a project's configuration names, relative to it, with their options as keys", () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\nplugins = ["tools/legacy-asserts.js"]\nlegacy-helper = "assertStatus"\n',
      'tools/legacy-asserts.js': `export { default } from ${JSON.stringify(EXAMPLE)};\n`,
      'tests/test_servers.py': LEGACY.replaceAll('assertResponseCode', 'assertStatus'),
    });
    const run = runCli(['--dry', '-t', 'legacy-asserts', '.'], path.join(dir, 'tests'));
    expect(run.stderr).toContain('legacy-asserts    2 applied, 1 no-fix');
    expect(run.stdout).toContain('+        self.assertEqual(200, resp.status_code)');
  });

  it('loads the plugins in every worker thread', () => {
    const { run, files, calls } = probeRun(24);
    expect(run.status).toBe(0);
    expect(calls.filter((call) => call.event === 'create').map((call) => call.path).sort()).toEqual(Object.keys(files).sort());
    // With two jobs, one worker thread runs beside this one and takes the first batch.
    expect(calls.some((call) => call.event === 'create' && call.thread !== 0)).toBe(true);
    expect(run.stderr).toContain('probe             24 no-fix');
    expect(run.stderr).toContain('test_7: 2 lines, 1 of 24 files');
  });

  it.each([
    ['a missing file', 'missing.js', '', /cannot load the plugin .*missing\.js: no such file/],
    ['a module without a default export', 'plugin.js', 'export const x = 1;\n', /plugin\.js has no default export: end it with export default defineTransform/],
    ['a module that throws', 'plugin.js', "throw new Error('boom');\n", /cannot load the plugin .*plugin\.js: boom/],
    ['a transform without docs', 'plugin.js', "export default { meta: { name: 'x', summary: 's', suggestion: 's', safety: 'safe', defaultEnabled: true }, create: () => [] };\n", /plugin\.js: meta\.docs must be an object/],
    ['a name taken by a built-in transform', 'plugin.js', `import probe from '${PROBE}';\nexport default { ...probe, meta: { ...probe.meta, name: 'style' } };\n`, /there is already a transform named style/],
    ['an option of testmend', 'plugin.js', `import probe from '${PROBE}';\nexport default { ...probe, meta: { ...probe.meta, options: { dry: { type: 'boolean', describe: 'd' } } } };\n`, /probe declares --dry, which is an option of testmend/],
  ])('refuses %s as a usage error before reading any file', (_, file, text, message) => {
    const dir = makeTree({ 'test_a.py': 'self.assertTrue(a == b)\n', ...(text ? { [file]: text } : {}) });
    const run = runCli(['--plugin', file, '.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(path.join(dir, 'test_a.py'), 'utf8')).toBe('self.assertTrue(a == b)\n');
  });

  it('says how to load an ES module plugin that Node reads as CommonJS', () => {
    const dir = makeTree({ 'package.json': '{ "type": "commonjs" }', 'test_a.py': 'self.assertTrue(a == b)\n', 'plugin.js': `import probe from '${PROBE}';\nexport default probe;\n` });
    const run = runCli(['--plugin', 'plugin.js', '.'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/plugin\.js: Node reads it as CommonJS, so its import statements fail; name it \.mjs, or set "type": "module" in its package\.json/);
  });
});

describe('the codes of a plugin', () => {
  const codesOf = (dir: string, args: readonly string[]) => {
    const run = runCli(['--plugin', EXAMPLE, '--check', '--no-cache', '--report', 'json', '--report-file', 'report.json', ...args, 'tests'], dir);
    expect(run.stderr).toBe('');
    return JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).files.flatMap((file: { findings: { code: string; status: string }[] }) => file.findings.map((f) => `${f.code} ${f.status}`));
  };

  it('are chosen, suppressed and explained as built-in codes are', () => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY, 'tests/test_b.py': LEGACY.replace("self.assertResponseCode(resp, 200)", 'self.assertResponseCode(resp, 200)  # noqa: LA101') });
    expect(codesOf(dir, ['--select', 'LA1'])).toEqual(['LA101 applied', 'LA101 applied', 'LA103 no-fix', 'LA101 suppressed', 'LA101 applied', 'LA103 no-fix']);
    expect(codesOf(dir, ['--select', 'legacy-asserts', '--ignore', 'LA103'])).toEqual(['LA101 applied', 'LA101 applied', 'LA101 suppressed', 'LA101 applied']);
    expect(codesOf(dir, ['--select', 'LA103,TM1'])).toEqual(['LA103 no-fix', 'LA103 no-fix']);
    const code = runCli(['--plugin', EXAMPLE, 'explain', 'LA103'], dir);
    expect(code.stdout).toMatch(/^LA103 legacy-assert-order\n/);
    expect(code.stdout).toContain('Transform: legacy-asserts');
    expect(runCli(['--plugin', EXAMPLE, 'explain', 'LA'], dir).stdout).toMatch(/LA101[^\n]*\n[\s\S]*LA102[\s\S]*LA103/);
    expect(runCli(['--plugin', EXAMPLE, 'explain', 'legacy-asserts'], dir).stdout).toMatch(/Codes\n[\s\S]*LA101/);
    const unknown = runCli(['--plugin', EXAMPLE, '--select', 'LA109', 'tests'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown code, prefix or transform 'LA109' in --select");
  });

  const plugin = (codes: string, code = 'LA901') =>
    `import example from '${EXAMPLE}';\nexport default { ...example, meta: { ...example.meta, name: 'other', options: {}, codes: ${codes} }, create: () => [{ code: '${code}', start: 0, end: 0, message: 'm', fix: null, reason: 'r' }] };\n`;
  const info = (name: string) => `{ name: '${name}', summary: 'a summary', fix: 'none' }`;

  it.each([
    ['testmend\'s letters', `{ TM901: ${info('x')} }`, /meta\.codes\['TM901'\] must be named by two capital letters of the plugin's own \(TM is testmend's\)/],
    ['codes in two hundreds', `{ LB101: ${info('x')}, LB201: ${info('y')} }`, /meta\.codes must be in one hundred/],
    ['a code without a fix', `{ LB101: { name: 'x', summary: 's' } }`, /meta\.codes\['LB101'\] must be an object with a kebab-case name, a one-line summary and a fix/],
    ['no codes', '{}', /meta\.codes must be an object of the codes its findings carry/],
    ['a hundred another transform has', `{ LA901: ${info('x')} }`, /other: the codes LA9xx|other: the codes LA1xx/],
    ['a name another code has', `{ LB101: ${info('legacy-assert-order')} }`, /other: LB101 is named legacy-assert-order, as a code of legacy-asserts is/],
  ])('refuses a plugin with %s as a usage error', (_, codes, message) => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY, 'other.mjs': plugin(codes.replace('LA901', 'LA101')) });
    const run = runCli(['--plugin', EXAMPLE, '--plugin', 'other.mjs', '--check', 'tests'], dir);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });

  it('makes a file an error when a finding carries a code its transform does not declare', () => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY, 'other.mjs': plugin(`{ LB101: ${info('x')} }`, 'LB102') });
    const run = runCli(['--plugin', 'other.mjs', '-t', 'other', '--check', 'tests'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('transform other failed: a finding carries the code LB102, which its meta.codes does not declare');
  });
});

describe('the example plugin', () => {
  it('fixes its invalid examples, leaves their outputs and its valid examples alone, and fixes its docs example', () => {
    const dir = makeTree({});
    const run = runScript(
      `import plugin from ${JSON.stringify(EXAMPLE)};
       import { transform } from 'testmend';
       const fix = (input) => transform(input, { transforms: [plugin] }).output;
       const { examples, docs } = plugin.meta;
       const wrong = [
         ...examples.invalid.flatMap((e) => [[e.input, e.output], [e.output, e.output]]),
         ...examples.valid.map((code) => [code, code]),
         [docs.example.input, docs.example.output],
       ].filter(([input, output]) => fix(input) !== output);
       console.log(JSON.stringify({ checked: examples.invalid.length * 2 + examples.valid.length + 1, wrong }));`,
      dir,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ checked: 9, wrong: [] });
  });
});

describe('the API', () => {
  it('works when the package entry is the first module a program imports', () => {
    const dir = makeTree({});
    const run = runScript(
      `import { listTransforms, transform } from 'testmend';
       console.log(JSON.stringify({ names: listTransforms().map((meta) => meta.name), output: transform('self.assertEquals(a, b)\\n').output }));`,
      dir,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      names: ['assert-methods', 'rename', 'naming', 'docstrings', 'style', 'extract-helpers', 'split-tests', 'sleep-to-wait'],
      output: 'self.assertEqual(a, b)\n',
    });
  });

  it('transforms a source text with findings placed in it', () => {
    const dir = makeTree({});
    const run = runScript(
      `import { transform } from 'testmend';
       const result = transform('import time\\nself.assertTrue(a == b)\\n', { transforms: ['assert-methods'] });
       console.log(JSON.stringify(result));`,
      dir,
    );
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'changed', reason: null, output: 'import time\nself.assertEqual(a, b)\n' });
    expect(result.findings).toEqual([expect.objectContaining({ transform: 'assert-methods', line: 2, column: 1, status: 'applied' })]);
  });

  it('runs over paths with a plugin, in worker threads, and returns the JSON report; dry runs give each diff', () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`tests/test_${i}.py`, LEGACY]));
    const dir = makeTree({ ...files });
    const run = runScript(
      `import { run } from 'testmend';
       const diffs = [];
       const report = await run(['tests'], { mode: 'dry', plugins: [${JSON.stringify(EXAMPLE)}], jobs: 2, onFile: (file) => diffs.push(file.diff) });
       console.log(JSON.stringify({ report, diffs }));`,
      dir,
    );
    expect(run.stderr).toBe('');
    const { report, diffs } = JSON.parse(run.stdout);
    expect(report.mode).toBe('dry');
    expect(report.transforms.map((t: { name: string }) => t.name)).toEqual(['assert-methods', 'sleep-to-wait', 'legacy-asserts']);
    expect(report.totals.files.changed).toBe(12);
    expect(report.totals.transforms['legacy-asserts']).toMatchObject({ applied: 24, 'no-fix': 12 });
    expect(diffs).toHaveLength(12);
    expect(diffs[0]).toContain("+        self.assertEqual(http.HTTPStatus.OK, self.api.get('/flavors').status_code)");
    expect(readFileSync(path.join(dir, 'tests/test_0.py'), 'utf8')).toBe(LEGACY);
  });

  it("gives each file what the command line gives it: its configuration's transforms, plugins, excludes and per-file ignores", () => {
    const dir = makeTree({
      'pyproject.toml': '[tool.testmend]\nplugins = ["plugins/legacy-asserts.js"]\nexclude = ["tests/generated"]\n[tool.testmend.per-file-ignores]\n"tests/test_b.py" = ["legacy-asserts"]\n',
      'plugins/legacy-asserts.js': readFileSync(EXAMPLE),
      'tests/test_a.py': LEGACY,
      'tests/test_b.py': LEGACY,
      'tests/generated/test_c.py': LEGACY,
      'tests/legacy/pyproject.toml': '[tool.testmend]\ntransforms = ["assert-methods"]\n',
      'tests/legacy/test_d.py': LEGACY,
    });
    const run = runScript(
      `import { run } from 'testmend';
       const report = await run(['tests']);
       const isolated = await run(['tests'], { config: false, plugins: ['plugins/legacy-asserts.js'] });
       const outcome = ({ files }) => files.map(({ path, status, findings }) => [path, status, findings.map((f) => f.transform)]);
       console.log(JSON.stringify([outcome(report), outcome(isolated)]));`,
      dir,
    );
    expect(run.stderr).toBe('');
    const [report, isolated] = JSON.parse(run.stdout);
    // The plugin imports testmend, which the API's script linked into the project.
    expect(runCli(['--check', '--no-cache', '--report', 'json', '--report-file', 'cli.json', 'tests'], dir).status).toBe(1);
    const fromCli = JSON.parse(readFileSync(path.join(dir, 'cli.json'), 'utf8'));
    expect(report).toEqual(fromCli.files.map(({ path, status, findings }: { path: string; status: string; findings: { transform: string }[] }) => [path, status, findings.map((f) => f.transform)]));
    expect(report).toEqual([
      ['tests/legacy/test_d.py', 'unchanged', []],
      ['tests/test_a.py', 'changed', ['legacy-asserts', 'legacy-asserts', 'legacy-asserts']],
      ['tests/test_b.py', 'unchanged', []],
    ]);
    expect(isolated.map(([file, status]: [string, string]) => [file, status])).toEqual([
      ['tests/generated/test_c.py', 'changed'],
      ['tests/legacy/test_d.py', 'changed'],
      ['tests/test_a.py', 'changed'],
      ['tests/test_b.py', 'changed'],
    ]);
  });

  it('refuses a setting no transform has, naming the nearest', () => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY });
    const run = runScript(
      `import { run, RunOptionsError } from 'testmend';
       try { await run(['tests'], { settings: { 'rename-fil': 'names.txt' } }); } catch (error) { console.log(error instanceof RunOptionsError, error.message); }`,
      dir,
    );
    expect(run.stdout).toBe("true settings: 'rename-fil' is not an option of any transform; did you mean 'rename-file'?\n");
  });

  it('checks option values as the command line does, before any file is read', () => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY, 'a-file': '' });
    const run = runScript(
      `import { run, RunOptionsError } from 'testmend';
       for (const options of [{ jobs: 0 }, { jobs: 1.5 }, { cache: 'a-file' }, { mode: 'fix', settings: { 'extract-depth': 0 } }]) {
         try { await run(['tests'], options); console.log('ran'); } catch (error) { console.log(error instanceof RunOptionsError, error.message); }
       }`,
      dir,
    );
    expect(run.stdout).toBe(
      [
        "true jobs: '0': give a whole number of at least 1",
        "true jobs: '1.5': give a whole number of at least 1",
        "true cache: 'a-file' is not a directory: give the path of one, or of one to create",
        "true settings.extract-depth: '0': give a whole number of at least 1",
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe(LEGACY);
  });

  it('writes in place only when asked, and checks by default', () => {
    const dir = makeTree({ 'tests/test_a.py': LEGACY });
    const run = runScript(
      `import { run } from 'testmend';
       const check = await run(['tests'], { plugins: [${JSON.stringify(EXAMPLE)}], transforms: ['legacy-asserts'] });
       const fix = await run(['tests'], { mode: 'fix', transforms: ['legacy-asserts'] });
       console.log(JSON.stringify([check.mode, check.totals.files.changed, fix.mode, fix.totals.files.changed]));`,
      dir,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['check', 1, 'fix', 1]);
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe(FIXED);
  });
});
