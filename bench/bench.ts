/**
 * `npm run bench`: times testmend against a parse-only pass over the same
 * input, and prints wall and CPU seconds, files/s, MB/s, peak RSS and the
 * ratios to parse-only, section by section:
 *
 *   corpus      the default transforms and assert-methods, one and two jobs, and ast-grep, on
 *               synthetic corpora of 100 and 5,000 modules (or --corpus PATH)
 *   transforms  each transform alone, one job, on real test modules: --real PATH, else the first
 *               120 of CPython's Lib/test when installed, else 500 synthetic modules
 *   naming      naming over a generated camelCase corpus the size of Twisted's tests (7 MB)
 *   fixes       assert-methods on one module with 16,000 fixes
 *   large       the default transforms on one module of 10 MB (--large-mb 50 for the issue's 50 MB;
 *               parsing it alone takes over 2 GB, so it needs several GB of memory)
 *
 *   npm run bench                              every section
 *   npm run bench -- --only naming,fixes       some of them
 *   npm run bench -- --corpus PATH             the corpus section on a real tree
 *   npm run bench -- --files 100,1000          other synthetic sizes
 *   npm run bench -- --runs 5                  repetitions per measurement, the fastest counting
 *                                              (default: 3 in the corpus section, 1 in the others)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../src/core/files.js';
import { TRANSFORMS } from '../src/core/registry.js';
import { generateCamelCorpus, generateCorpus, generateLargeFile, generateManyFixes } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'core', 'cli.js');
const PARSE_ONLY = path.join(ROOT, 'dist', 'bench', 'parse-only.js');
const AST_GREP = path.join(ROOT, 'node_modules', '.bin', 'ast-grep');
const AST_GREP_RULES = path.join(ROOT, 'bench', 'ast-grep', 'rules.yml');

/**
 * Runs a command with stdout discarded; python reports wall time, the child's
 * CPU time (user + system, which other load on the machine barely moves) and
 * its peak RSS.
 */
const MEASURE = `
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)
`;

interface Measurement {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly rssMB: number;
}

function measure(command: string[], runs: number): Measurement {
  const samples = Array.from({ length: runs }, () => {
    const run = spawnSync('python3', ['-c', MEASURE, ...command], { encoding: 'utf8' });
    const [seconds, cpuSeconds, rssKB, code] = run.stdout.trim().split(' ').map(Number);
    // 1 is ast-grep's "found"; 3 is testmend's "a file could not be processed", reported while the run goes on (real suites hold a few).
    if (run.status !== 0 || ![0, 1, 3].includes(code)) throw new Error(`${command.join(' ')} failed: ${run.stderr}`);
    return { seconds, cpuSeconds, rssMB: rssKB / 1024 };
  });
  return {
    seconds: Math.min(...samples.map((s) => s.seconds)),
    cpuSeconds: Math.min(...samples.map((s) => s.cpuSeconds)),
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
  };
}

const SECTIONS = ['corpus', 'transforms', 'naming', 'fixes', 'large'] as const;
type Section = (typeof SECTIONS)[number];

interface Arguments {
  readonly sections: ReadonlySet<Section>;
  readonly corpora: readonly string[];
  readonly real: readonly string[];
  /** Repetitions asked for, or undefined for each section's default. */
  readonly runs: number | undefined;
  /** The size of the very large module, in MB. */
  readonly largeMB: number;
}

function readArguments(): Arguments {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const only = value('--only')?.split(',') ?? [...SECTIONS];
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(', ')}; not ${unknown.join(', ')}`);
  const sections = new Set(only as Section[]);
  const runs = value('--runs') === undefined ? undefined : Number(value('--runs'));
  const corpus = value('--corpus');
  const sizes = (value('--files') ?? '100,5000').split(',').map(Number);
  const corpora = !sections.has('corpus') ? [] : corpus !== undefined ? [path.resolve(corpus)] : sizes.map((count) => synthetic(count));
  const realPath = value('--real');
  const real = !sections.has('transforms') ? [] : realPath !== undefined ? [path.resolve(realPath)] : (cpythonTests() ?? [synthetic(500)]);
  return { sections, corpora, real, runs, largeMB: Number(value('--large-mb') ?? 10) };
}

/** A run with the cache of a first run over the same, unchanged files (--jobs 2). */
function secondRun(corpus: string, runs: number): Measurement {
  const cache = mkdtempSync(path.join(tmpdir(), 'testmend-bench-cache-'));
  try {
    const command = [process.execPath, CLI, '--dry', '--cache-dir', cache, '--jobs', '2', corpus];
    measure(command, 1);
    return measure(command, runs);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** A synthetic corpus of `count` modules in the temp dir. */
function synthetic(count: number): string {
  const dir = path.join(tmpdir(), 'testmend-bench', String(count));
  generateCorpus(dir, count);
  return dir;
}

/** The first 120 test modules of CPython's Lib/test, when the test suite is installed (libpython3.x-testsuite). */
function cpythonTests(): string[] | null {
  const lib = '/usr/lib';
  const versions = existsSync(lib) ? readdirSync(lib).filter((name) => /^python3\.\d+$/.test(name)).sort() : [];
  for (const version of versions.reverse()) {
    const dir = path.join(lib, version, 'test');
    const modules = existsSync(dir) ? readdirSync(dir).filter((name) => /^test_\w+\.py$/.test(name)).sort() : [];
    if (modules.length >= 120) return modules.slice(0, 120).map((name) => path.join(dir, name));
  }
  return null;
}

/** How many test files a section runs on, and their size. */
interface Size {
  readonly files: number;
  readonly megabytes: number;
}

/** The size of the test files testmend finds under `paths`. */
function sizeOf(paths: readonly string[]): Size {
  const { targets } = discoverFiles([...paths], { allFiles: false, exclude: [], cwd: process.cwd() });
  return { files: targets.length, megabytes: targets.reduce((sum, target) => sum + statSync(target.file).size, 0) / 1e6 };
}

const testmend = (paths: readonly string[], jobs: number, extra: readonly string[] = []) => [process.execPath, CLI, '--dry', '--no-cache', '--jobs', String(jobs), ...extra, ...paths];
const parseOnly = (paths: readonly string[]) => [process.execPath, PARSE_ONLY, ...paths];

/** Prints one table; the first row is the parse-only pass the others are held to. */
function printRows(rows: readonly (readonly [string, Measurement])[], size: Size): void {
  const floor = rows[0][1];
  console.log(
    `${'run'.padEnd(48)}${'s'.padStart(8)}${'CPU s'.padStart(8)}${'files/s'.padStart(10)}${'MB/s'.padStart(8)}${'RSS MB'.padStart(9)}${'× parse'.padStart(9)}${'CPU ×'.padStart(8)}`,
  );
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(48)}${m.seconds.toFixed(2).padStart(8)}${m.cpuSeconds.toFixed(2).padStart(8)}${Math.round(size.files / m.seconds).toString().padStart(10)}` +
        `${(size.megabytes / m.seconds).toFixed(1).padStart(8)}${Math.round(m.rssMB).toString().padStart(9)}${(m.seconds / floor.seconds).toFixed(2).padStart(9)}` +
        `${(m.cpuSeconds / floor.cpuSeconds).toFixed(2).padStart(8)}`,
    );
  }
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** A row of a table: a command measured as often as the section asks, or a measurement taken its own way. */
type Row = readonly [name: string, run: string[] | (() => Measurement)];

/**
 * Prints a section: its heading with the size of `paths`, then one table of
 * the parse-only pass over them followed by `rows`. Returns the measurements
 * in the table's order, parse-only first, and the size measured.
 */
function benchSection(heading: string, paths: readonly string[], runs: number, rows: readonly Row[]): { measurements: Measurement[]; size: Size } {
  const size = sizeOf(paths);
  console.log(`\n${heading}: ${size.files === 1 ? '' : `${size.files} test files, `}${size.megabytes.toFixed(1)} MB`);
  const measured = [['parse only (1 thread)', parseOnly(paths)] as Row, ...rows].map(([name, run]): [string, Measurement] => [name, typeof run === 'function' ? run() : measure(run, runs)]);
  printRows(measured, size);
  return { measurements: measured.map(([, measurement]) => measurement), size };
}

function benchCorpus(corpus: string, runs: number): void {
  const { measurements, size } = benchSection(corpus, [corpus], runs, [
    ['testmend --dry, default transforms, --jobs 1', testmend([corpus], 1)],
    ['testmend --dry, default transforms, --jobs 2', testmend([corpus], 2)],
    ['testmend --dry -t assert-methods, --jobs 1', testmend([corpus], 1, ['-t', 'assert-methods'])],
    ['testmend --dry -t assert-methods, --jobs 2', testmend([corpus], 2, ['-t', 'assert-methods'])],
    ['ast-grep scan, assert rules, -j 1', [AST_GREP, 'scan', '-r', AST_GREP_RULES, '--json=stream', '-j', '1', corpus]],
    ['ast-grep scan, assert rules, -j 2', [AST_GREP, 'scan', '-r', AST_GREP_RULES, '--json=stream', '-j', '2', corpus]],
    ['testmend --dry, default transforms, second run', () => secondRun(corpus, runs)],
  ]);
  const [parseFloor, defaultOne, defaultTwo, assertOne, assertTwo, , astGrepTwo] = measurements;
  const peak = Math.max(...[defaultOne, defaultTwo, assertOne, assertTwo].map((m) => m.rssMB));
  console.log('targets:');
  console.log(`  faster than ast-grep on the assert job (2 jobs): ${assertTwo.seconds.toFixed(2)} s vs ${astGrepTwo.seconds.toFixed(2)} s: ${verdict(assertTwo.seconds < astGrepTwo.seconds)}`);
  const wallRatio = defaultOne.seconds / parseFloor.seconds;
  const cpuRatio = defaultOne.cpuSeconds / parseFloor.cpuSeconds;
  console.log(`  default transforms at most 1.3x parse-only on one job: ${wallRatio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU: ${verdict(cpuRatio <= 1.3)}`);
  console.log(`  2 jobs faster than 1: ${(defaultOne.seconds / defaultTwo.seconds).toFixed(2)}x: ${verdict(defaultTwo.seconds < defaultOne.seconds)}`);
  console.log(`  peak RSS at most 250 MB (scaled to 25 MB of source): ${Math.round(peak)} MB on ${size.megabytes.toFixed(1)} MB: ${verdict(peak <= 250 * Math.max(1, size.megabytes / 25))}`);
}

/** Each transform alone, one job, on real test modules. `rename` renames only what --rename asks, so it is left out. */
function benchTransforms(paths: readonly string[], runs: number): void {
  const where = paths.length === 1 ? paths[0] : `${path.dirname(paths[0])} (${paths.length} modules)`;
  const transforms = TRANSFORMS.map((transform) => transform.meta.name).filter((name) => name !== 'rename');
  const [parseFloor, ...alone] = benchSection(`each transform alone, --jobs 1, on ${where}`, paths, runs, [
    ...transforms.map((name): Row => [`testmend --dry -t ${name}`, testmend(paths, 1, ['-t', name])]),
    ['testmend --dry, all safe transforms', testmend(paths, 1, ['-t', transforms.join(',')])],
  ]).measurements;
  const floor = parseFloor.cpuSeconds;
  const all = alone.pop()!.cpuSeconds / floor;
  const over = transforms.flatMap((name, index) => (alone[index].cpuSeconds > 3 * floor ? [`${name} ${(alone[index].cpuSeconds / floor).toFixed(1)}x`] : []));
  console.log('targets:');
  console.log(`  each transform within 3x parse-only (CPU): ${over.length === 0 ? 'met' : `NOT met (${over.join(', ')})`}`);
  console.log(`  all safe transforms together within 6x parse-only (CPU): ${all.toFixed(2)}x: ${verdict(all <= 6)}`);
}

/** naming over a generated camelCase corpus the size of Twisted's tests. */
function benchNaming(runs: number): void {
  const dir = path.join(tmpdir(), 'testmend-bench', 'camel');
  generateCamelCorpus(dir, 7_100_000);
  const [parseFloor, namingOne] = benchSection(`naming over a camelCase corpus the size of Twisted's tests, ${dir}`, [dir], runs, [
    ['testmend --dry -t naming, --jobs 1', testmend([dir], 1, ['-t', 'naming'])],
    ['testmend --dry -t naming, --jobs 2', testmend([dir], 2, ['-t', 'naming'])],
  ]).measurements;
  const ratio = namingOne.cpuSeconds / parseFloor.cpuSeconds;
  console.log(`targets:\n  naming within 3x parse-only on one job (CPU): ${ratio.toFixed(2)}x: ${verdict(ratio <= 3)}`);
}

/** assert-methods on one module with 16,000 fixes. */
function benchFixes(runs: number): void {
  const file = path.join(tmpdir(), 'testmend-bench', 'fixes', 'test_many_fixes.py');
  generateManyFixes(file, 16_000);
  const [, fixes] = benchSection(`16,000 fixes in one module, ${file}`, [file], runs, [['testmend --dry -t assert-methods', testmend([file], 1, ['-t', 'assert-methods'])]]).measurements;
  console.log(`targets:\n  16,000 fixes within 2 s: ${fixes.seconds.toFixed(2)} s wall, ${fixes.cpuSeconds.toFixed(2)} s CPU: ${verdict(fixes.cpuSeconds <= 2)}`);
}

/** The default transforms on one very large module. */
function benchLarge(runs: number, megabytes: number): void {
  const file = path.join(tmpdir(), 'testmend-bench', 'large', 'test_large.py');
  generateLargeFile(file, megabytes * 1e6);
  const [parseFloor, large] = benchSection(`one very large module, ${file}`, [file], runs, [['testmend --dry, default transforms', testmend([file], 1)]]).measurements;
  const limit = 1024 * Math.max(1, megabytes / 50);
  console.log(`targets:\n  peak RSS under 1 GB for 50 MB (scaled to ${Math.round(limit)} MB): ${Math.round(large.rssMB)} MB: ${verdict(large.rssMB < limit)}`);
  console.log(`  (parsing the module alone peaks at ${Math.round(parseFloor.rssMB)} MB; testmend at ${(large.rssMB / parseFloor.rssMB).toFixed(2)}x that)`);
}

// A missing build would otherwise show as a run that exits at once: node's exit code 1 is also ast-grep's "found".
statSync(CLI);
const { sections, corpora, real, runs, largeMB } = readArguments();
for (const corpus of corpora) benchCorpus(corpus, runs ?? 3);
if (sections.has('transforms')) benchTransforms(real, runs ?? 1);
if (sections.has('naming')) benchNaming(runs ?? 1);
if (sections.has('fixes')) benchFixes(runs ?? 1);
if (sections.has('large')) benchLarge(runs ?? 1, largeMB);
