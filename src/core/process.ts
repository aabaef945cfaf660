/** One file, start to end: read, decode, transform, then diff or write. */
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { unifiedDiff } from './diff.js';
import { collectSource, transformSource, type EngineOptions, type SourceOutcome } from './engine.js';
import { describeFsError, type Target } from './files.js';
import { selectTransforms } from './registry.js';
import { decodeSource, encodeSource, SourceError } from '../python/source.js';
import type { FileResult, ProjectFacts, ReportedFinding, TransformSettings } from './types.js';
import { writeFileAtomic } from './write.js';

/** What a run does with each file. Plain data, so it can cross to a worker thread. */
export interface RunOptions {
  /** Transform names, already checked against the registry. */
  readonly transforms: readonly string[];
  readonly unsafe: boolean;
  /** Write changed files in place. */
  readonly write: boolean;
  /** Produce a unified diff for each changed file. */
  readonly diff: boolean;
  /** The transforms' option values. */
  readonly settings: TransformSettings;
  /** The first pass's results, when a selected transform collects. */
  readonly project: ProjectFacts;
  /** Fixes to leave out, as the engine's `revert` option. */
  readonly revert?: Readonly<Record<string, string>>;
}

/** One file's first-pass results, by transform name. */
export interface CollectResult {
  readonly path: string;
  readonly facts: Record<string, unknown>;
}

/** The first pass over one file. A file that cannot be read or decoded gives null facts. */
export function collectFile(target: Target, options: RunOptions): CollectResult {
  const transforms = selectTransforms(options.transforms);
  try {
    const source = decodeSource(readFileSync(target.file)).text;
    return { path: target.display, facts: collectSource(target.display, source, { transforms, unsafe: options.unsafe, settings: options.settings }) };
  } catch {
    return { path: target.display, facts: Object.fromEntries(transforms.filter((t) => t.collect).map((t) => [t.meta.name, null])) };
  }
}

/** What the engine made of a file's bytes: the outcome, and the new bytes when it changed. */
export interface BytesOutcome extends SourceOutcome {
  readonly input: string;
  readonly bytes: Buffer | null;
}

/**
 * Decodes, transforms and encodes one file's content. Throws SourceError when
 * the bytes cannot be read as Python source or the result cannot be encoded.
 */
export function transformBytes(display: string, bytes: Buffer, options: EngineOptions): BytesOutcome {
  const decoded = decodeSource(bytes);
  const outcome = transformSource(display, decoded.text, options);
  const encoded = outcome.status === 'changed' ? encodeSource(outcome.output, decoded) : null;
  return { ...outcome, input: decoded.text, bytes: encoded };
}

/** Processes one file. Never throws: a problem with the file becomes its `error` result. */
export function processFile(target: Target, options: RunOptions): FileResult {
  const fail = (reason: string): FileResult => ({ path: target.display, status: 'error', reason, findings: [], diff: null });
  let bytes: Buffer;
  let seen: Stats;
  try {
    const fd = openSync(target.file, 'r');
    try {
      seen = fstatSync(fd);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return fail(`cannot read: ${describeFsError(error)}`);
  }
  let outcome: BytesOutcome;
  try {
    outcome = transformBytes(target.display, bytes, {
      transforms: selectTransforms(options.transforms),
      unsafe: options.unsafe,
      settings: options.settings,
      project: options.project,
      revert: options.revert,
    });
  } catch (error) {
    if (error instanceof SourceError) return fail(error.message);
    return fail(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const result: FileResult = { path: target.display, status: outcome.status, reason: outcome.reason, findings: outcome.findings, diff: null };
  if (outcome.bytes === null) return result;
  if (options.write) {
    try {
      writeFileAtomic(target.file, outcome.bytes, seen);
    } catch (error) {
      return fail(`cannot write: ${describeFsError(error)}`);
    }
  }
  return options.diff ? { ...result, diff: unifiedDiff(target.display, outcome.input, outcome.output) } : result;
}

/** What one file becomes with the run's fixes, bytes included, for `--verify`. Plain data. */
export interface VariantResult {
  readonly path: string;
  /** The new bytes; null when the file keeps its text (unchanged, skipped or in error). */
  readonly bytes: Uint8Array | null;
  readonly findings: readonly ReportedFinding[];
}

/** Transforms one file without writing it, and returns its new bytes. Never throws: a file that cannot be read keeps its text. */
export function variantFile(target: Target, options: RunOptions): VariantResult {
  try {
    const outcome = transformBytes(target.display, readFileSync(target.file), {
      transforms: selectTransforms(options.transforms),
      unsafe: options.unsafe,
      settings: options.settings,
      project: options.project,
      revert: options.revert,
    });
    return { path: target.display, bytes: outcome.bytes, findings: outcome.findings };
  } catch {
    return { path: target.display, bytes: null, findings: [] };
  }
}
