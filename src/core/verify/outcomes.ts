/** Test outcomes as the runners report them, and how several of them make one. */

/**
 * What became of one test. `timeout`: the run was stopped before the test
 * reported; `missing`: the run did not have the test; `partial`: the parts
 * of a split test disagree without any of them failing.
 */
export type Status = 'passed' | 'failed' | 'error' | 'skipped' | 'xfail' | 'xpass' | 'timeout' | 'missing' | 'partial';

export interface Outcome {
  readonly status: Status;
  /** The runner's message: the traceback of a failure, the reason of a skip; '' when none. */
  readonly message: string;
}

/** Outcomes by test id. */
export type Outcomes = ReadonlyMap<string, Outcome>;

/** How bad an outcome is, for a test reported several times (a failing subtest, then the test). */
const SEVERITY: Readonly<Record<Status, number>> = { error: 8, failed: 7, timeout: 6, missing: 5, partial: 4, xpass: 3, passed: 2, xfail: 1, skipped: 0 };

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
  for (const status of ['missing', 'timeout', 'error', 'failed'] as const) {
    const part = parts.find((p) => p.status === status);
    if (part !== undefined) return part;
  }
  return { status: 'partial', message };
}

/** The first lines of a runner's message, for a report line. */
export function shortMessage(message: string, lines = 6): string {
  const kept = message.trimEnd().split('\n');
  // A traceback says what happened on its last lines.
  return (kept.length > lines ? ['…', ...kept.slice(-lines)] : kept).join('\n');
}
