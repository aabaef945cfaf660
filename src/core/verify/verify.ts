/**
 * `--verify CMD`: proves on the user's own suite that the fixes keep its
 * outcomes, and reverts those that do not.
 *
 * 1. The baseline: CMD runs on a copy of the untouched tree.
 * 2. CMD runs on a copy with every fix applied; outcomes are compared test
 *    by test through the test-id map (./compare.ts).
 * 3. A test that differs is rerun on the baseline: one whose outcome flips
 *    there is flaky and never blamed. The others are searched for (./bisect.ts):
 *    by file, then by finding inside the files found, rerunning only the
 *    tests that differ (the whole command when a test differs only there).
 * 4. The culprits are reverted, the rest stay applied, and CMD runs once
 *    more on the result; new differences start the search again.
 * 5. With --unsafe, an unsafe fix stays only when tests that ran cover it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findingKey } from '../engine.js';
import type { DiscoverOptions, Target } from '../files.js';
import { moduleNameOf } from '../nearby.js';
import { runTask } from '../pool.js';
import { createdFilePath } from '../process.js';
import { prepareRun, type PathsOptions } from '../run.js';
import { STOP_EXIT, writeQuietly } from '../stop.js';
import { readOutlines, spellsOwner } from '../test-id-map.js';
import type { FileResult, FixVerification, OutcomeChange, ReportedFinding } from '../types.js';
import { LineTable } from '../../python/lines.js';
import { decodeSource } from '../../python/source.js';
import { TestHierarchy } from '../../testing/test-ids.js';
import { findCulprits, RunLimitReached, untilRunLimit, type Culprit } from './bisect.js';
import { compareOutcomes, IdMap, KnownIds, type Difference, type IdChange } from './compare.js';
import { shortMessage, stopped, type Outcomes } from './outcomes.js';
import { detectRunner, makeRunner, shellQuote, type Runner, type RunnerName } from './runners.js';
import { copyProject, Sandbox, stopAll } from './sandbox.js';
import { Variants } from './variants.js';

/** What `--verify` is asked to do. */
export interface VerifyRequest {
  readonly paths: readonly string[];
  readonly discover: DiscoverOptions;
  /** What the run does to each file: its profile, a review's places and suggested changes (`--from-review`) and the plugins loaded, as runPaths takes them. */
  readonly run: Pick<PathsOptions, 'profile' | 'regions' | 'changes' | 'plugins'>;
  /** Worker threads for the transforms (`--jobs`). */
  readonly workers: number;
  /** The test command; `{files}` and `{modules}` stand for the test files and modules the fixes reach. */
  readonly command: string;
  /** The runner, or null to tell it from the command. */
  readonly runner: RunnerName | null;
  /** Runs of the command at once (`--verify-jobs`). */
  readonly jobs: number;
  /** Seconds a run may take; null: no limit for the baseline, and three times the baseline (at least a minute) for the others. */
  readonly timeout: number | null;
  /** Runs of the command in all, the baseline included. */
  readonly maxRuns: number;
  /** Progress, a line at a time. */
  readonly log: (line: string) => void;
}

/** A test whose outcome changed between two runs of the same tree. */
export interface FlakyTest {
  readonly test: string;
  /** The outcomes it had, in order. */
  readonly outcomes: readonly string[];
  /** `baseline`: it flipped on the untouched tree; `fixed`: on the fixed tree, while it kept the baseline's outcome when rerun. */
  readonly tree: 'baseline' | 'fixed';
}

/** What a verification did, for the report. */
export interface VerifySummary {
  readonly command: string;
  readonly runner: RunnerName;
  /** Tests in the baseline run. */
  readonly baselineTests: number;
  /** Runs of the command, the baseline included. */
  readonly runs: number;
  /** Tests run over all runs. */
  readonly testsRun: number;
  readonly elapsedMs: number;
  readonly flaky: readonly FlakyTest[];
  /** Whether the last run on the tree as written matched the baseline (flaky tests aside). */
  readonly matchesBaseline: boolean;
  /** Why the verification stopped short, or null. */
  readonly stopped: string | null;
}

/** The outcome of a verification: the fixes to revert (by finding key, with the report's reason) and what is known of each fix. */
export interface Verification {
  readonly revert: Readonly<Record<string, string>>;
  readonly fixes: ReadonlyMap<string, FixVerification>;
  readonly summary: VerifySummary;
}

/** A problem with the command or the tree that stops the verification before anything is written. */
export class VerifyError extends Error {}

/** Which fixes of which files apply: a file absent is original; a present one leaves out the fixes whose keys are listed. */
type Config = ReadonlyMap<string, ReadonlySet<string>>;

/** Where a comparison's reference comes from: the full command, or a run of only the tests that differ. */
type Scope = 'full' | 'narrow';

const NONE: ReadonlySet<string> = new Set();

/** Runs the verification; the caller then applies (or shows) the fixes less `revert`. */
export async function verifyFixes(request: VerifyRequest): Promise<Verification> {
  const started = performance.now();
  const runnerName = request.runner ?? detectRunner(request.command);
  if (runnerName === null) {
    throw new VerifyError(`cannot tell which test runner '${request.command}' uses; name it with --verify-runner (unittest, pytest, stestr or subunit)`);
  }
  const { cwd } = request.discover;
  // The files are transformed exactly as the run that follows will write them: same profiles, regions and first pass.
  const { targets, options } = await prepareRun(request.paths, request.discover, { ...request.run, write: false, diff: false }, request.workers);
  const outside = targets.find((t) => !isInside(cwd, t.file));
  if (outside !== undefined) throw new VerifyError(`--verify runs the tests in a copy of the current directory, and ${outside.display} is outside it`);

  const byPath = new Map(targets.map((t) => [t.display, t]));
  const variants = new Variants(byPath, options);
  const changed: string[] = [];
  await runTask('variant', targets, options, request.workers, ({ path: file, bytes, findings, created }) => {
    if (bytes === null) return;
    changed.push(file);
    variants.seed(file, { bytes: Buffer.from(bytes), findings, created });
  });
  const session = new Session(request, makeRunner(runnerName, request.command), runnerName, variants, byPath, changed, started);
  try {
    return await session.verify();
  } finally {
    session.dispose();
  }
}

/** One verification: its sandboxes, its runs and what it has learnt. */
class Session {
  private readonly base = mkdtempSync(path.join(tmpdir(), 'testmend-verify-'));
  private readonly sandboxes: Sandbox[] = [];
  private readonly idle: Sandbox[] = [];
  private readonly waiting: ((sandbox: Sandbox) => void)[] = [];
  private readonly hierarchy: TestHierarchy;
  /** Each file's dotted module name, by display path. */
  private readonly moduleOf: ReadonlyMap<string, string>;
  /** The run's files by module name. */
  private readonly modules: ReadonlyMap<string, string>;
  /** Each changed file's original lines, to place findings. */
  private readonly lines = new Map<string, LineTable>();
  /** The test files the fixes reach, for `{files}` and `{modules}` in the command. */
  private readonly affected: readonly string[];
  private readonly reverted = new Map<string, string>();
  private readonly flaky = new Map<string, FlakyTest>();
  private baseline: Outcomes = new Map();
  private known = new KnownIds([]);
  /** The outcome change each reverted fix was blamed for, by key. */
  private readonly blamed = new Map<string, OutcomeChange>();
  /** How long a run of the whole command may take. */
  private timeoutMs: number | null;
  /** The run of the tests that differ on the baseline, which sets the limit of runs of chosen tests. */
  private narrowBaseline: { ms: number; tests: number } | null = null;
  /** How long a run may go without a sign of progress: three times the baseline's longest silence, at least a minute (a test that hangs). */
  private silenceMs: number | null = null;
  private runs = 0;
  /** Whether runs may be limited to chosen tests: the runner can, and it did. */
  private narrowing = true;
  private testsRun = 0;
  private stopped: string | null = null;
  /** A signal during the runs stops them and removes the copies; nothing has been written yet. */
  private readonly onSignal = (signal: NodeJS.Signals) => {
    stopAll();
    this.dispose();
    writeQuietly(process.stderr, `\ntestmend: stopped by ${signal} during --verify: its test runs were stopped and their copies removed; no file was written\n`);
    process.exit(STOP_EXIT[signal as 'SIGINT' | 'SIGTERM']);
  };

  constructor(
    private readonly request: VerifyRequest,
    private readonly runner: Runner,
    private readonly runnerName: RunnerName,
    private readonly variants: Variants,
    private readonly targets: ReadonlyMap<string, Target>,
    private readonly changed: readonly string[],
    private readonly started: number,
  ) {
    const changes = changed.flatMap((file) => variants.of(file, NONE).findings.flatMap((f) => (f.testIds === null ? [] : [f.testIds])));
    const wanted = new Set(changed);
    const outlines = [
      ...readOutlines(changed.map((file) => targets.get(file)!), () => true),
      ...readOutlines([...targets.values()].filter((t) => !wanted.has(t.display)), spellsOwner(changes)),
    ];
    this.hierarchy = new TestHierarchy(outlines);
    this.moduleOf = new Map([...targets.values()].map((t) => [t.display, moduleNameOf(t.file)]));
    this.modules = new Map([...this.moduleOf].map(([file, module]) => [module, file]));
    this.affected = this.affectedFiles();
    this.timeoutMs = request.timeout === null ? null : request.timeout * 1000;
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  async verify(): Promise<Verification> {
    const { log } = this.request;
    if (this.changed.length === 0) {
      log('verify: no fix to verify');
      return this.result(true);
    }
    log(`verify: ${this.request.command} (${this.runnerName}), in copies of ${this.request.discover.cwd}`);
    const baseline = await this.execute(new Map(), null, 'the baseline');
    this.baseline = baseline.outcomes;
    this.known = new KnownIds(this.baseline.keys());
    if (this.baseline.size === 0) {
      throw new VerifyError(`the baseline run reported no tests (exit status ${baseline.code}); the command's last output:\n${baseline.tail}`);
    }
    if (this.request.timeout === null) this.timeoutMs = Math.max(60_000, 3 * baseline.ms);
    this.silenceMs = Math.max(60_000, 3 * baseline.silentMs);

    let uncoveredChecked = false;
    for (;;) {
      const state = this.state();
      const run = await untilRunLimit(this.reaching(state, null, this.reverted.size === 0 ? 'every fix applied' : `${plural(this.reverted.size, 'fix', 'fixes')} reverted`));
      if (run === null) {
        this.stopped = `the limit of ${this.request.maxRuns} runs was reached before a run of the tree as written`;
        this.revertApplied((finding) => finding.safety === 'unsafe', 'reverted by --verify: the run limit was reached before the suite could prove this unsafe fix harmless');
        return this.result(false);
      }
      const after = run.outcomes;
      const map = this.idMap(state);
      const differences = compareOutcomes(this.baseline, after, map, null, new Set(this.flaky.keys()));
      // Only a run that reached every test tells which unsafe fixes no test covers; their revert is confirmed by the next run.
      const checkUncovered = !uncoveredChecked && !run.stopped;
      if (checkUncovered) uncoveredChecked = true;
      if (differences.length === 0) {
        if (checkUncovered && this.revertUncovered(after, map)) continue;
        return this.result(true, after);
      }
      log(`verify: ${differences.length} ${differences.length === 1 ? 'test differs' : 'tests differ'} from the baseline: ${differences.slice(0, 5).map((d) => d.test).join(', ')}${differences.length > 5 ? ', …' : ''}`);
      if ((await untilRunLimit(this.blame(differences, state).then(() => true))) === null) {
        this.stopped = `the limit of ${this.request.maxRuns} runs was reached before the fixes that change ${plural(differences.length, 'test')} were found`;
        this.revertApplied(() => true, 'reverted by --verify: the run limit was reached before the fixes that change outcomes were found, and this one was still under suspicion');
        return this.result(false);
      }
      // They go with this round's culprits: one run confirms both.
      if (checkUncovered) this.revertUncovered(after, map);
    }
  }

  /**
   * Runs the command on a configuration, for the baseline tests `tests`
   * (every test when null). When a test hangs and the run is stopped, the
   * tests it never reached run next (where the runner can choose tests),
   * until each was reached: a test a run never reached says nothing, and
   * must not pass for one that keeps its outcome.
   */
  private async reaching(config: Config, tests: readonly string[] | null, what: string): Promise<{ outcomes: Outcomes; stopped: boolean; ms: number }> {
    const map = this.idMap(config);
    const first = await this.execute(config, tests === null ? null : runIds(tests, map), what);
    const outcomes = new Map(first.outcomes);
    const unreached = () => (tests ?? [...this.baseline.keys()]).filter((test) => map.images(test).every((id) => (outcomes.get(id)?.status ?? 'unrun') === 'unrun'));
    let stopped = first.stopped;
    for (let left = unreached(); stopped && this.runner.narrows && this.narrowing && left.length > 0; ) {
      const rest = await this.execute(config, runIds(left, map), `${what}: the ${plural(left.length, 'test')} the stopped run never reached`);
      for (const [id, outcome] of rest.outcomes) if ((outcomes.get(id)?.status ?? 'unrun') === 'unrun') outcomes.set(id, outcome);
      stopped = rest.stopped;
      const still = unreached();
      if (still.length === left.length) break;
      left = still;
    }
    return { outcomes, stopped, ms: first.ms };
  }

  /** Which fixes apply now: every file with its reverted fixes left out. */
  private state(): Config {
    const leftOut = new Set(this.reverted.keys());
    return new Map(this.changed.map((file) => [file, leftOut]));
  }

  /**
   * Sorts the differences of a run into flaky tests and tests to search
   * for, searches, and reverts the culprits.
   */
  private async blame(differences: readonly Difference[], state: Config): Promise<void> {
    const tests = differences.map((d) => d.test);
    const again = await this.reaching(new Map(), tests, 'the baseline, tests that differ');
    this.narrowBaseline = { ms: again.ms, tests: Math.max(1, again.outcomes.size) };
    const map = this.idMap(state);
    const narrowed = await this.reaching(state, tests, 'the fixed tree, tests that differ');
    const reference = again.outcomes;
    if (reference.size === 0) {
      // The runner did not take the list of tests: every later run runs everything.
      this.narrowing = false;
      this.request.log('verify: the runner ran no test when given a list of tests; the runs that follow run every test');
    }
    for (const test of tests) {
      const first = this.baseline.get(test);
      const second = reference.get(test);
      if (first !== undefined && second !== undefined && second.status !== first.status) {
        this.flaky.set(test, { test, outcomes: [first.status, second.status], tree: 'baseline' });
      }
    }
    const ignore = new Set(this.flaky.keys());
    const narrow = reference.size === 0 ? [] : compareOutcomes(reference, narrowed.outcomes, map, tests, ignore);
    const elsewhere = tests.filter((t) => !ignore.has(t) && !narrow.some((d) => d.test === t));
    let full: Difference[] = [];
    if (elsewhere.length > 0) {
      const rerun = await this.reaching(state, null, 'the fixed tree again, for tests that differ only in a whole run');
      full = compareOutcomes(this.baseline, rerun.outcomes, map, elsewhere, ignore);
      for (const d of differences) if (elsewhere.includes(d.test) && !full.some((f) => f.test === d.test)) this.flakyOnFixedTree(d);
    }
    const found = (await Promise.all([this.search(narrow, reference, 'narrow'), this.search(full, this.baseline, 'full')])).flat();
    for (const { key, reason, change } of found) {
      this.reverted.set(key, reason);
      if (change !== null) this.blamed.set(key, change);
    }
    if (found.length > 0) this.request.log(`verify: ${found.length === 1 ? 'one fix' : `${found.length} fixes`} to revert`);
  }

  /**
   * The fixes that cause `differences`. First those the tests point at (the
   * fixes inside them, or that split or rename them), all at once in one
   * run; the differences they show are searched among them alone. The rest
   * are searched among every fix: first by file, then by finding inside the
   * files found.
   */
  private async search(differences: readonly Difference[], reference: Outcomes, scope: Scope): Promise<{ key: string; reason: string; change: OutcomeChange | null }[]> {
    if (differences.length === 0) return [];
    const leftOut = new Set(this.reverted.keys());
    const files = this.changed.filter((file) => this.variants.appliedKeys(file, leftOut).length > 0);
    const probeKeys = (applied: readonly string[], tests: ReadonlySet<string>) => this.probe(this.keeping(files, leftOut, applied), tests, reference, scope);
    const led: Culprit<string>[] = [];
    let rest = asMap(differences);
    const leads = this.leads(differences, leftOut);
    if (leads.length > 0 && leads.length < files.reduce((sum, file) => sum + this.variants.appliedKeys(file, leftOut).length, 0)) {
      const shown = await probeKeys(leads, new Set(rest.keys()));
      led.push(...(await findCulprits(leads, shown, probeKeys)));
      rest = new Map([...rest].filter(([test]) => !shown.has(test)));
    }
    const byFile = await findCulprits(files, rest, (applied, tests) => this.probe(new Map(applied.map((f) => [f, leftOut])), tests, reference, scope));
    const byFinding = await Promise.all(
      byFile.map(async (group): Promise<Culprit<string>[]> => {
        const keys = group.suspects.flatMap((file) => this.variants.appliedKeys(file, leftOut));
        if (group.why === 'unconfirmed') return [group];
        if (group.why === 'run-limit') return [{ suspects: keys, differences: group.differences, why: 'run-limit' }];
        return findCulprits(keys, group.differences, (applied, tests) => this.probe(this.keeping(group.suspects, leftOut, applied), tests, reference, scope));
      }),
    );
    return [...led, ...byFinding.flat()].flatMap((culprit) => {
      if (culprit.why === 'unconfirmed') {
        for (const d of culprit.differences.values()) this.flakyOnFixedTree(d);
        return [];
      }
      const [first] = culprit.differences.values();
      const change = { test: first.test, before: first.before.status, after: first.after.status, message: shortMessage(first.after.message) };
      const reason = revertReason(culprit, culprit.why);
      this.request.log(`verify: ${culprit.suspects.map(shownKey).join(', ')}: ${reason.replace(/^reverted by --verify: /, '')}`);
      return culprit.suspects.map((key) => ({ key, reason, change }));
    });
  }

  /** The configuration where, of the fixes of `files`, only `applied` (keys) apply; the files without one keep their text. */
  private keeping(files: readonly string[], leftOut: ReadonlySet<string>, applied: readonly string[]): Config {
    const kept = new Set(applied);
    const config = new Map<string, ReadonlySet<string>>();
    for (const file of files) {
      const keys = this.variants.appliedKeys(file, leftOut);
      if (keys.some((key) => kept.has(key))) config.set(file, new Set([...leftOut, ...keys.filter((key) => !kept.has(key))]));
    }
    return config;
  }

  /** The applied fixes the differing tests point at: those inside a test, or that split or rename it (in any class that runs it). */
  private leads(differences: readonly Difference[], leftOut: ReadonlySet<string>): string[] {
    const tests = new Set(differences.map((d) => d.test));
    const keys: string[] = [];
    for (const { file, finding } of this.findingsOf(new Map(this.changed.map((f) => [f, leftOut])))) {
      if (finding.status !== 'applied') continue;
      const covering = this.coveringTests(file, finding);
      if (covering !== null && covering.some((test) => tests.has(test))) keys.push(findingKey(file, finding));
    }
    return keys;
  }

  /** Marks a test that differed on the fixed tree once, and not when tried again: flaky there, never blamed. */
  private flakyOnFixedTree(difference: Difference): void {
    const { test, before, after } = difference;
    this.flaky.set(test, { test, outcomes: [before.status, after.status, before.status], tree: 'fixed' });
  }

  /** Runs the tests asked about on a configuration, and returns those that still differ from `reference`. */
  private async probe(config: Config, tests: ReadonlySet<string>, reference: Outcomes, scope: Scope): Promise<ReadonlyMap<string, Difference>> {
    const asked = [...tests];
    const run = await this.reaching(config, scope === 'narrow' ? asked : null, `${plural(config.size, 'file')}, ${plural(asked.length, 'test')}`);
    return asMap(compareOutcomes(reference, run.outcomes, this.idMap(config), asked, new Set(this.flaky.keys())));
  }

  /** Reverts the applied fixes that `which` picks, with one reason. */
  private revertApplied(which: (finding: ReportedFinding) => boolean, reason: string): void {
    // A fix of a later round has another place once the fix it followed is reverted: go on until none is left.
    for (let more = true; more; ) {
      more = false;
      for (const { file, finding } of this.findingsOf(this.state())) {
        if (finding.status !== 'applied' || !which(finding)) continue;
        this.reverted.set(findingKey(file, finding), reason);
        more = true;
      }
    }
  }

  /**
   * With --unsafe, reverts the unsafe fixes no test that ran covers: the
   * suite cannot prove them harmless. Returns whether it reverted any.
   */
  private revertUncovered(after: Outcomes, map: IdMap): boolean {
    let any = false;
    for (const { file, finding } of this.findingsOf(this.state())) {
      if (finding.status !== 'applied' || finding.safety !== 'unsafe') continue;
      if (this.coverage(file, finding, after, map).length > 0) continue;
      this.reverted.set(findingKey(file, finding), 'reverted by --verify: no test that ran covers this unsafe fix, so the suite cannot prove it harmless');
      any = true;
    }
    return any;
  }

  /** How many tests that cover a fix ran on the fixed tree with the baseline's outcome. */
  private verifiedBy(file: string, finding: ReportedFinding, after: Outcomes, map: IdMap): number {
    return this.coverage(file, finding, after, map).filter((test) => compareOutcomes(this.baseline, after, map, [test], NONE).length === 0).reduce((sum, test) => sum + ran(map.images(test), after), 0);
  }

  /** The baseline tests that cover a fix and ran (at least one of their images) on the fixed tree. */
  private coverage(file: string, finding: ReportedFinding, after: Outcomes, map: IdMap): string[] {
    const tests = this.coveringTests(file, finding) ?? [...this.baseline.keys()];
    return tests.filter((test) => !this.flaky.has(test) && ran(map.images(test), after) > 0);
  }

  /** The baseline tests that run the code of a fix (its test, its copies in subclasses, or the tests of its class); null when they cannot be told. */
  private coveringTests(file: string, finding: ReportedFinding): string[] | null {
    let lines = this.lines.get(file);
    if (lines === undefined) this.lines.set(file, (lines = new LineTable(decodeSource(this.variants.original(file)).text)));
    const index = lines.index(finding.line, finding.column);
    const module = this.moduleOf.get(file)!;
    const covering = this.hierarchy.covering(module, index);
    if (covering === null) return null;
    const tests = covering.flatMap((id) => {
      const owner = idModule(id, this.modules) || module;
      return this.known.cases(this.known.spell(this.modules.get(owner) ?? file, owner, id));
    });
    return [...new Set(tests)].filter((test) => this.baseline.has(test));
  }

  /** The final word: the reverts, and for each fix of the tree as written what was proved. */
  private result(complete: boolean, final?: Outcomes): Verification {
    const fixes = new Map<string, FixVerification>();
    const state = this.state();
    const map = this.idMap(state);
    for (const { file, finding } of this.findingsOf(state)) {
      const key = findingKey(file, finding);
      if (finding.status === 'applied' && final !== undefined) fixes.set(key, { verifiedBy: this.verifiedBy(file, finding, final, map), changed: null });
      if (finding.status === 'reverted') fixes.set(key, { verifiedBy: 0, changed: this.blamed.get(key) ?? null });
    }
    const summary: VerifySummary = {
      command: this.request.command,
      runner: this.runnerName,
      baselineTests: this.baseline.size,
      runs: this.runs,
      testsRun: this.testsRun,
      elapsedMs: performance.now() - this.started,
      flaky: [...this.flaky.values()],
      matchesBaseline: complete && final !== undefined,
      stopped: this.stopped,
    };
    return { revert: Object.fromEntries(this.reverted), fixes, summary };
  }

  /** The bytes of the files a configuration changes or creates, by path relative to the project. */
  private texts(config: Config): Map<string, Buffer> {
    const { cwd } = this.request.discover;
    const texts = new Map<string, Buffer>();
    for (const [file, leftOut] of config) {
      const { bytes, created } = this.variants.of(file, leftOut);
      if (bytes === null) continue;
      const target = this.targets.get(file)!;
      texts.set(path.relative(cwd, target.file), bytes);
      for (const made of created) {
        // Like the run, never over a file that is there.
        const where = createdFilePath(target, made);
        if (!existsSync(where)) texts.set(path.relative(cwd, where), Buffer.from(made.text, 'utf8'));
      }
    }
    return texts;
  }

  /** The test-id map of a configuration in the runner's ids: its applied fixes' changes and their inherited copies. */
  private idMap(config: Config): IdMap {
    const changes: IdChange[] = [];
    for (const { file, finding } of this.findingsOf(config)) {
      if (finding.status !== 'applied' || finding.testIds === null) continue;
      const module = this.moduleOf.get(file)!;
      changes.push({ path: file, module, ...finding.testIds });
      for (const inherited of this.hierarchy.inherited(finding.testIds, module)) {
        const owner = idModule(inherited.from, this.modules);
        changes.push({ path: this.modules.get(owner) ?? file, module: owner, ...inherited });
      }
    }
    return new IdMap(changes, this.known);
  }

  /** Each finding of each file of a configuration, as the file's variant reports it. */
  private *findingsOf(config: Config): Generator<{ file: string; finding: ReportedFinding }> {
    for (const [file, leftOut] of config) {
      for (const finding of this.variants.of(file, leftOut).findings) yield { file, finding };
    }
  }

  /** The files of the run that hold tests with these ids, as far as their module names tell; empty when one cannot be told. */
  private filesOf(ids: readonly string[]): string[] {
    const files = new Set<string>();
    for (const id of ids) {
      // A runner may name the module from a higher directory: it may come anywhere in the id.
      const best = idModule(id, this.modules, true);
      if (best === '') return [];
      files.add(this.modules.get(best)!);
    }
    return [...files].sort();
  }

  /** The test files the fixes reach: those they change, and those whose classes inherit a test they change. */
  private affectedFiles(): string[] {
    const files = new Set(this.changed);
    for (const change of this.idMap(this.state()).changes) files.add(change.path);
    return [...files].sort();
  }

  /**
   * Runs the command once on a configuration (every other file original),
   * for the tests `ids` when the runner can choose (all when null). When the
   * run is stopped, the tests it did not report (under the ids they have in
   * the configuration) time out or were never reached.
   */
  private async execute(config: Config, ids: readonly string[] | null, what: string): Promise<{ outcomes: Outcomes; stopped: boolean; ms: number; silentMs: number; code: number | null; tail: string }> {
    if (this.runs >= this.request.maxRuns) throw new RunLimitReached();
    const texts = this.texts(config);
    const number = ++this.runs;
    const sandbox = await this.acquire();
    try {
      sandbox.apply(texts);
      const narrowed = ids !== null && this.runner.narrows && this.narrowing;
      const files = { results: path.join(this.base, `run-${number}.results`), tests: narrowed ? path.join(this.base, `run-${number}.tests`) : null };
      if (files.tests !== null) writeFileSync(files.tests, `${ids!.join('\n')}\n`);
      // A run of chosen tests needs only their files: `{files}` names those it can tell.
      const needed = narrowed ? this.filesOf(ids!) : [];
      const command = fillPlaceholders(this.request.command, needed.length > 0 ? needed : this.affected, this.modules);
      const prepared = this.runner.prepare(command.split(this.request.discover.cwd).join(sandbox.root), files);
      const env: NodeJS.ProcessEnv = { ...process.env, ...prepared.env, PWD: sandbox.root };
      env.PYTHONPATH = relocatePath(env.PYTHONPATH, this.request.discover.cwd, sandbox.root);
      const limit = number === 1 && this.request.timeout === null ? null : ids !== null ? this.narrowLimit(ids.length) : this.timeoutMs;
      const end = await sandbox.run(prepared.command, env, { ms: limit, silentMs: this.silenceMs, watch: files.results });
      // Messages name the project's files, not the copy's.
      const read = this.runner.read({ stdout: end.stdout, stderr: end.stderr, results: files.results });
      const outcomes = new Map([...read.outcomes].map(([id, o]) => [id, { ...o, message: o.message.split(sandbox.root).join(this.request.discover.cwd) }]));
      const why = end.silenced ? `the run was stopped after ${seconds(this.silenceMs!)} without progress` : `the run was stopped after ${seconds(end.ms)}`;
      if (end.timedOut) stopped(outcomes, read.started, ids ?? runIds([...this.baseline.keys()], this.idMap(config)), why);
      const count = [...outcomes.values()].filter((o) => o.status !== 'unrun').length;
      this.testsRun += count;
      this.request.log(`verify: run ${number} (${what}): ${count} tests in ${seconds(end.ms)}${end.silenced ? `, stopped after ${seconds(this.silenceMs!)} without progress` : end.timedOut ? ', stopped by the timeout' : ''}`);
      return { outcomes, stopped: end.timedOut, ms: end.ms, silentMs: end.silentMs, code: end.code, tail: lastLines(Buffer.concat([end.stdout, end.stderr]).toString('utf8'), 20) };
    } finally {
      this.release(sandbox);
    }
  }

  /**
   * How long a run of `count` chosen tests may take: three times the run of
   * the tests that differ on the baseline, in proportion when it runs more
   * tests (a split's parts each set up again), at least 30 s, at most a
   * whole run's limit.
   */
  private narrowLimit(count: number): number | null {
    if (this.narrowBaseline === null) return this.timeoutMs;
    const { ms, tests } = this.narrowBaseline;
    return Math.min(this.timeoutMs ?? Infinity, Math.max(30_000, 3 * ms * Math.max(1, count / tests)));
  }

  private async acquire(): Promise<Sandbox> {
    const free = this.idle.pop();
    if (free !== undefined) return free;
    if (this.sandboxes.length < this.request.jobs) {
      const root = path.join(this.base, `tree-${this.sandboxes.length}`);
      copyProject(this.request.discover.cwd, root);
      const sandbox = new Sandbox(root, (file) => this.originalOf(file));
      this.sandboxes.push(sandbox);
      return sandbox;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(sandbox: Sandbox): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(sandbox);
    else this.idle.push(sandbox);
  }

  /** A file's original bytes, by its path relative to the project; null for a file a fix creates. */
  private originalOf(relative: string): Buffer | null {
    const file = path.resolve(this.request.discover.cwd, relative);
    const target = [...this.targets.values()].find((t) => path.resolve(t.file) === file);
    return target === undefined ? null : this.variants.original(target.display);
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    rmSync(this.base, { recursive: true, force: true });
  }
}

/** Why a culprit is reverted, as the report says it. */
function revertReason(culprit: Culprit<string>, why: Exclude<Culprit<string>['why'], 'unconfirmed'>): string {
  const [first] = culprit.differences.values();
  const change = first.test;
  const more = culprit.differences.size > 1 ? ` (and ${culprit.differences.size - 1} more)` : '';
  switch (why) {
    case 'alone':
      return `reverted by --verify: it changes the outcome of ${change}${more}`;
    case 'together':
      return `reverted by --verify: with ${culprit.suspects.length - 1} other fixes it changes the outcome of ${change}${more}`;
    case 'run-limit':
      return `reverted by --verify: the run limit was reached while searching ${culprit.suspects.length} fixes for the one that changes ${change}${more}`;
  }
}

/** A fix as progress lines name it: `file:line (transform)`. */
function shownKey(key: string): string {
  const [file, transform, place] = key.split('\u0000');
  return `${file}:${place.split(':')[0]} (${transform})`;
}

/** How many of `ids` ran (were not skipped, missing or left unreached by a stopped run). */
function ran(ids: readonly string[], outcomes: Outcomes): number {
  return ids.filter((id) => ['passed', 'failed', 'error', 'xfail', 'xpass', 'timeout'].includes(outcomes.get(id)?.status ?? '')).length;
}

/** The ids to run for baseline tests: the tests and what they became. */
function runIds(tests: readonly string[], map: IdMap): string[] {
  return [...new Set(tests.flatMap((t) => [t, ...map.images(t)]))];
}

function asMap(differences: readonly Difference[]): Map<string, Difference> {
  return new Map(differences.map((d) => [d.test, d]));
}

/** The module of the run that an id starts with (or, `anywhere`, names as a dotted part): the longest such name, '' when none. */
function idModule(id: string, modules: ReadonlyMap<string, string>, anywhere = false): string {
  let best = '';
  for (const module of modules.keys()) {
    if (module.length > best.length && (id.startsWith(`${module}.`) || (anywhere && id.includes(`.${module}.`)))) best = module;
  }
  return best;
}

/** `{files}` and `{modules}` in the command: the test files the fixes reach, and their dotted module names. */
function fillPlaceholders(command: string, files: readonly string[], modules: ReadonlyMap<string, string>): string {
  const names = new Map([...modules].map(([module, file]) => [file, module]));
  return command.replaceAll('{files}', files.map(shellQuote).join(' ')).replaceAll('{modules}', files.map((f) => shellQuote(names.get(f) ?? f)).join(' '));
}

/** PYTHONPATH with its entries inside the project moved into the copy. */
function relocatePath(value: string | undefined, root: string, copy: string): string | undefined {
  if (value === undefined) return undefined;
  return value
    .split(path.delimiter)
    .map((entry) => (entry !== '' && isInside(root, path.resolve(root, entry)) ? path.join(copy, path.relative(root, path.resolve(root, entry))) : entry))
    .join(path.delimiter);
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** The results with what the verification found about each fix on its finding. */
export function withVerification(files: readonly FileResult[], verification: Verification): FileResult[] {
  return files.map((file) => ({
    ...file,
    findings: file.findings.map((finding) => {
      const found = verification.fixes.get(findingKey(file.path, finding));
      return found === undefined ? finding : { ...finding, verification: found };
    }),
  }));
}
