/** Test outcomes as the runners report them, and how several of them make one. */

/**
 * What became of one test. `timeout`: the run was stopped before the test
 * reported (it was running then, when the runner tells); `unrun`: the run was
 * stopped before it reached the test, which says nothing about it;
 * `missing`: the run did not have the test; `partial`: the parts of a split
 * test disagree without any of them failing.
 */
export type Status = 'passed' | 'failed' | 'error' | 'skipped' | 'xfail' | 'xpass' | 'timeout' | 'unrun' | 'missing' | 'partial';

export interface Outcome {
  readonly status: Status;
  /** The runner's message: the traceback of a failure, the reason of a skip; '' when none. */
  readonly message: string;
}

/** Outcomes by test id. */
export type Outcomes = ReadonlyMap<string, Outcome>;

/** What a runner reported: outcomes, and the tests it said had started (for a run that was stopped). */
export interface RunResults {
  readonly outcomes: Outcomes;
  readonly started: ReadonlySet<string>;
}

/** The outcomes at which a test stops short, worst first: a split test one of whose parts has one of them has it too. */
export const STOPPING: readonly Status[] = ['missing', 'timeout', 'error', 'failed'];

/** How bad an outcome is, for a test reported several times (a failing subtest, then the test). */
const SEVERITY: Readonly<Record<Status, number>> = { error: 9, failed: 8, timeout: 7, missing: 6, partial: 5, xpass: 4, passed: 3, xfail: 2, skipped: 1, unrun: 0 };

/** Adds one report of a test: the worse of two reports of the same test wins. */
export function record(outcomes: Map<string, Outcome>, id: string, outcome: Outcome): void {
  const known = outcomes.get(id);
  if (known === undefined || SEVERITY[outcome.status] > SEVERITY[known.status]) outcomes.set(id, outcome);
}

/**
 * The outcome of a test split into parts: the parts' common outcome when
 * they agree; otherwise the worst of missing, timeout, error and failed that
 * one of them has (the original test would have stopped there); otherwise
 * `partial` (some parts pass, others are skipped), which equals no outcome
 * of a single test.
 */
export function combine(parts: readonly Outcome[]): Outcome {
  if (parts.length === 1) return parts[0];
  const message = parts.map((p) => p.message).find((m) => m !== '') ?? '';
  if (parts.every((p) => p.status === parts[0].status)) return { status: parts[0].status, message };
  for (const status of STOPPING) {
    const part = parts.find((p) => p.status === status);
    if (part !== undefined) return part;
  }
  return { status: 'partial', message };
}

/**
 * Marks the tests a stopped run did not finish: those it had started (the
 * runner said so) time out; the others, when one did, were never reached.
 * Without word of a started test, every test not reported timed out.
 */
export function stopped(outcomes: Map<string, Outcome>, started: ReadonlySet<string>, expected: Iterable<string>, message: string): void {
  const running = [...started].filter((id) => !outcomes.has(id));
  for (const id of running) outcomes.set(id, { status: 'timeout', message });
  for (const id of expected) {
    if (!outcomes.has(id)) outcomes.set(id, running.length > 0 ? { status: 'unrun', message: 'the run was stopped before it reached this test' } : { status: 'timeout', message });
  }
}

/** The first lines of a runner's message, for a report line. */
export function shortMessage(message: string, lines = 6): string {
  const kept = message.trimEnd().split('\n');
  // A traceback says what happened on its last lines.
  return (kept.length > lines ? ['…', ...kept.slice(-lines)] : kept).join('\n');
}
