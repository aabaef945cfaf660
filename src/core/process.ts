/** One file, start to end: read, decode, transform, then diff or write. */
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { unifiedDiff } from './diff.js';
import { collectSource, transformSource, type EngineOptions, type SourceOutcome } from './engine.js';
import { describeFsError, type Target } from './files.js';
import { runsIn, type Regions } from './regions.js';
import { selectTransforms } from './registry.js';
import { suggestedChanges } from './suggested-change.js';
import type { SuggestedChange } from '../review/plan.js';
import { decodeSource, encodeSource, SourceError } from '../python/source.js';
import type { FileResult, ProjectFacts, ReportedFinding, Transform, TransformSettings } from './types.js';
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
  /** The regions limited transforms keep their findings in (a review's places); absent: everywhere. */
  readonly regions?: Regions;
  /** A review's suggested changes, applied before the transforms' fixes. */
  readonly changes?: readonly SuggestedChange[];
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
    outcome = transformBytes(target.display, bytes, engineOptions(target.display, options));
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

/** What the engine is given for one file of a run. */
export function engineOptions(display: string, options: RunOptions): EngineOptions {
  const { unsafe, settings, project, regions, revert } = options;
  return { transforms: transformsFor(display, options), unsafe, settings, project, regions, revert };
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
    const outcome = transformBytes(target.display, readFileSync(target.file), engineOptions(target.display, options));
    return { path: target.display, bytes: outcome.bytes, findings: outcome.findings };
  } catch {
    return { path: target.display, bytes: null, findings: [] };
  }
}

/** The transforms that have something to do in a file: its suggested changes first, then those its regions let run. */
function transformsFor(display: string, options: RunOptions): Transform[] {
  const changes = (options.changes ?? []).filter((change) => change.path === display);
  const regions = options.regions ?? {};
  const selected = selectTransforms(options.transforms).filter((t) => runsIn(regions, t.meta.name, display, t.collect !== undefined));
  return changes.length > 0 ? [suggestedChanges(changes), ...selected] : selected;
}
