/**
 * One source read from standard input, for editors and wrappers: the fixed
 * source goes to standard output, and no file is read or written besides
 * the configuration. Transforms that learn from every file of a run learn
 * from this one.
 */
import { unifiedDiff } from './diff.js';
import { FormatterError } from './format.js';
import { transformBytes, type FileProfile } from './process.js';
import { namedTransforms } from './registry.js';
import type { RunMode } from './report.js';
import { SourceError } from '../python/source.js';
import type { FileResult } from './types.js';

/** What a stdin run needs: the name the source goes by, the path it stands for, and what applies to it. */
export interface StdinRun {
  /** As messages and diffs show it: the `--stdin-filename`, or `<stdin>`. */
  readonly display: string;
  /** The path it stands for (the formatter reads its settings from there). */
  readonly file: string;
  readonly profile: FileProfile;
  readonly mode: RunMode;
}

/**
 * Transforms `input` and writes to `out`: the source (fixed, or as it came
 * when it cannot be fixed) in `fix` mode, the diff in `dry` mode, the name
 * when it would change in `check` mode.
 */
export function runStdin(input: Buffer, run: StdinRun, out: (data: string | Buffer) => void): FileResult {
  const { profile } = run;
  let result: FileResult;
  let output: Buffer | null = null;
  try {
    const outcome = transformBytes(run.display, input, { transforms: namedTransforms(profile.transforms), codes: profile.codes, unsafe: profile.unsafe, settings: profile.settings }, profile.formatter, run.file);
    output = outcome.bytes;
    const diff = run.mode === 'dry' && outcome.status === 'changed' ? unifiedDiff(run.display, outcome.input, outcome.output) : null;
    result = { path: run.display, status: outcome.status, reason: outcome.reason, findings: outcome.findings, diff, ...(outcome.formatter === null ? {} : { formatter: outcome.formatter }) };
  } catch (error) {
    if (!(error instanceof SourceError) && !(error instanceof FormatterError)) throw error;
    result = { path: run.display, status: 'error', reason: error instanceof FormatterError ? `${error.message}; the source is left as it was` : error.message, findings: [], diff: null };
  }
  if (run.mode === 'fix') out(output ?? input);
  else if (run.mode === 'dry' && result.diff !== null) out(result.diff);
  else if (run.mode === 'check' && result.status === 'changed') out(`${run.display}\n`);
  return result;
}
