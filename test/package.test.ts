/**
 * The npm package: what it carries (the runtime, not the fixtures, tests or
 * benchmark), and that installing its tarball into a new project gives a
 * working `npx testmend`, an importable API and its types, with no build
 * step of testmend's own.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT } from './helpers.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Runs npm in `cwd`. Packing runs with --ignore-scripts: the build is the test run's, and must not be redone under other tests. */
function npm(args: readonly string[], cwd: string, timeout = 60_000) {
  const run = spawnSync('npm', [...args], { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The built files of a folder of dist/, relative to the root. */
function built(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('the npm package', () => {
  it('carries the built runtime, its types, the README and the pre-commit hooks, and nothing else', () => {
    const pack = npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const files: string[] = JSON.parse(pack.stdout)[0].files.map((file: { path: string }) => file.path);
    const runtime = [...built('dist/src'), ...built('dist/transforms')].filter((file) => !file.startsWith('dist/src/docs/'));
    expect(files.sort()).toEqual([...runtime, 'README.md', 'package.json', '.pre-commit-hooks.yaml'].sort());
    expect(files).toContain(manifest.bin.testmend);
    expect(files).toContain(manifest.exports['.'].default.replace(/^\.\//, ''));
    expect(files).toContain(manifest.exports['.'].types.replace(/^\.\//, ''));
    expect(files.filter((file) => /__fixtures__|^test\/|bench|^examples\/|^docs\/|\.ts$/.test(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it(
    'installs from its tarball into a new project: npx testmend runs, the API imports, and its types check',
    () => {
      const dir = makeTree({
        'project/package.json': JSON.stringify({ name: 'suite', private: true, type: 'module', allowScripts: { 'tree-sitter': true, 'tree-sitter-python': true } }),
        'project/tests/test_a.py': 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n',
        'project/use.ts': [
          "import { defineTransform, run, transform, type JsonReport } from 'testmend';",
          "const fixed: string = transform('self.assertEquals(a, b)\\n').output;",
          "const report: Promise<JsonReport> = run(['tests'], { mode: 'check', jobs: 1 });",
          'const plugin = defineTransform({',
          "  meta: { name: 'noop', summary: 's', suggestion: 's', safety: 'safe', defaultEnabled: false,",
          "    docs: { whatItDoes: 'w', whyIsThisBad: 'w', example: { input: '', output: '' }, fixSafety: 'f' },",
          "    examples: { valid: [''], invalid: [{ input: '', output: '' }] },",
          "    codes: { NO101: { name: 'noop', summary: 'nothing, ever', fix: 'none' } } },",
          '  create: (context) => (context.source.length < 0 ? [] : []),',
          '});',
          'console.log(fixed, (await report).totals.files.changed, plugin.meta.name);',
          '',
        ].join('\n'),
        'project/use.mjs': [
          "import { run, transform } from 'testmend';",
          "const report = await run(['tests'], { mode: 'check', jobs: 1 });",
          "console.log(transform('self.assertEquals(a, b)\\n').output, report.totals.files.changed);",
          '',
        ].join('\n'),
        // The project's own Node types, as a TypeScript project has them (tree-sitter's types use Buffer).
        'project/tsconfig.json': JSON.stringify({
          compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, typeRoots: [path.join(ROOT, 'node_modules', '@types')], types: ['node'] },
          include: ['use.ts'],
        }),
      });
      const project = path.join(dir, 'project');
      const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = path.join(dir, JSON.parse(pack.stdout)[0].filename);

      const install = npm(['install', '--save-dev', '--no-audit', '--no-fund', tarball], project, 15 * 60_000);
      expect(install.status, install.stderr).toBe(0);

      const version = spawnSync('npx', ['testmend', '--version'], { cwd: project, encoding: 'utf8' });
      expect(version.stdout).toBe(`${manifest.version}\n`);
      const check = spawnSync('npx', ['testmend', '--check', 'tests'], { cwd: project, encoding: 'utf8' });
      expect(check.stdout).toBe('tests/test_a.py\n');
      expect(check.status).toBe(1);

      const types = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: project, encoding: 'utf8' });
      expect(types.stdout + types.stderr).toBe('');
      const api = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
      expect(api.stderr).toBe('');
      expect(api.stdout).toBe('self.assertEqual(a, b)\n 1\n');
    },
    20 * 60_000,
  );
});
