/**
 * `npm run bench`: times testmend against a parse-only pass and against
 * ast-grep on the same files, and prints files/s, MB/s, peak RSS and ratios.
 *
 *   npm run bench                       synthetic corpora of 100 and 5,000 modules, in the temp dir
 *   npm run bench -- --corpus PATH      a real tree
 *   npm run bench -- --files 100,1000   other synthetic sizes
 *   npm run bench -- --runs 5           repetitions per measurement (the fastest counts)
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../src/core/files.js';
import { generateCorpus } from './generate.js';

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
    if (run.status !== 0 || ![0, 1].includes(code)) throw new Error(`${command.join(' ')} failed: ${run.stderr}`);
    return { seconds, cpuSeconds, rssMB: rssKB / 1024 };
  });
  return {
    seconds: Math.min(...samples.map((s) => s.seconds)),
    cpuSeconds: Math.min(...samples.map((s) => s.cpuSeconds)),
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
  };
}

function readArguments(): { corpora: string[]; runs: number } {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const runs = Number(value('--runs') ?? 3);
  const corpus = value('--corpus');
  if (corpus !== undefined) return { corpora: [path.resolve(corpus)], runs };
  const sizes = (value('--files') ?? '100,5000').split(',').map(Number);
  const corpora = sizes.map((count) => {
    const dir = path.join(tmpdir(), 'testmend-bench', String(count));
    generateCorpus(dir, count);
    return dir;
  });
  return { corpora, runs };
}

function benchCorpus(corpus: string, runs: number): void {
  const { targets } = discoverFiles([corpus], { allFiles: false, exclude: [], cwd: process.cwd() });
  const megabytes = targets.reduce((sum, target) => sum + statSync(target.file).size, 0) / 1e6;
  console.log(`\n${corpus}: ${targets.length} test files, ${megabytes.toFixed(1)} MB`);

  const testmend = (jobs: number, extra: string[] = []) => [process.execPath, CLI, '--dry', '--jobs', String(jobs), ...extra, corpus];
  const rows: [string, Measurement][] = [
    ['parse only (1 thread)', measure([process.execPath, PARSE_ONLY, corpus], runs)],
    ['testmend --dry, default transforms, --jobs 1', measure(testmend(1), runs)],
    ['testmend --dry, default transforms, --jobs 2', measure(testmend(2), runs)],
    ['testmend --dry -t assert-methods, --jobs 1', measure(testmend(1, ['-t', 'assert-methods']), runs)],
    ['testmend --dry -t assert-methods, --jobs 2', measure(testmend(2, ['-t', 'assert-methods']), runs)],
    ['ast-grep scan, assert rules, -j 1', measure([AST_GREP, 'scan', '-r', AST_GREP_RULES, '--json=stream', '-j', '1', corpus], runs)],
    ['ast-grep scan, assert rules, -j 2', measure([AST_GREP, 'scan', '-r', AST_GREP_RULES, '--json=stream', '-j', '2', corpus], runs)],
  ];
  const parseOnly = rows[0][1];
  console.log(`${'run'.padEnd(48)}${'s'.padStart(8)}${'CPU s'.padStart(8)}${'files/s'.padStart(10)}${'MB/s'.padStart(8)}${'RSS MB'.padStart(9)}${'× parse'.padStart(9)}`);
  for (const [name, m] of rows) {
    console.log(
      `${name.padEnd(48)}${m.seconds.toFixed(2).padStart(8)}${m.cpuSeconds.toFixed(2).padStart(8)}${Math.round(targets.length / m.seconds).toString().padStart(10)}` +
        `${(megabytes / m.seconds).toFixed(1).padStart(8)}${Math.round(m.rssMB).toString().padStart(9)}${(m.seconds / parseOnly.seconds).toFixed(2).padStart(9)}`,
    );
  }
  const get = (name: string) => rows.find(([row]) => row.startsWith(name))![1];
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const defaultOne = get('testmend --dry, default transforms, --jobs 1');
  const defaultTwo = get('testmend --dry, default transforms, --jobs 2');
  const assertTwo = get('testmend --dry -t assert-methods, --jobs 2');
  const astGrepTwo = get('ast-grep scan, assert rules, -j 2');
  const peak = Math.max(...rows.slice(1, 5).map(([, m]) => m.rssMB));
  console.log('targets:');
  console.log(`  faster than ast-grep on the assert job (2 jobs): ${assertTwo.seconds.toFixed(2)} s vs ${astGrepTwo.seconds.toFixed(2)} s: ${verdict(assertTwo.seconds < astGrepTwo.seconds)}`);
  const wallRatio = defaultOne.seconds / parseOnly.seconds;
  const cpuRatio = defaultOne.cpuSeconds / parseOnly.cpuSeconds;
  console.log(`  default transforms at most 1.2x parse-only on one job: ${wallRatio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU: ${verdict(wallRatio <= 1.2)}`);
  console.log(`  2 jobs at least 1.8x faster than 1: ${(defaultOne.seconds / defaultTwo.seconds).toFixed(2)}x: ${verdict(defaultOne.seconds / defaultTwo.seconds >= 1.8)}`);
  console.log(`  peak RSS at most 250 MB (scaled to 25 MB of source): ${Math.round(peak)} MB on ${megabytes.toFixed(1)} MB: ${verdict(peak <= 250 * Math.max(1, megabytes / 25))}`);
}

// A missing build would otherwise show as a run that exits at once: node's exit code 1 is also ast-grep's "found".
statSync(CLI);
const { corpora, runs } = readArguments();
for (const corpus of corpora) benchCorpus(corpus, runs);
