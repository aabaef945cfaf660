/** One file, start to end: read, decode, transform, then diff or write. */
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { unifiedDiff } from './diff.js';
import { openCache, type RunCache } from './cache.js';
import { collectSource, transformSource, type EngineOptions, type SourceOutcome } from './engine.js';
import { describeFsError, type Target } from './files.js';
import { recordLookups } from './nearby.js';
import { runsIn, type Regions } from './regions.js';
import { selectTransforms } from './registry.js';
import { suggestedChanges } from './suggested-change.js';
import type { SuggestedChange } from '../review/plan.js';
import { decodeSource, encodeSource, SourceError } from '../python/source.js';
import type { FileResult, ProjectFacts, Transform, TransformSettings } from './types.js';
import { writeFileAtomic } from './write.js';

/** What the cache keeps of the engine's outcome for a file: the new text only when it changed. */
type CachedOutcome = Pick<SourceOutcome, 'status' | 'reason' | 'findings'> & { readonly output: string | null };

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
  /** Plugin modules (absolute paths) whose transforms `transforms` may name; worker threads load them too. */
  readonly plugins?: readonly string[];
  /** Where results of unchanged files are kept, when they are reused (see cache.ts). */
  readonly cache?: RunCache;
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
    const bytes = readFileSync(target.file);
    const cache = openCache(options, 'collect');
    const cached = cache?.read(target, bytes);
    if (cached !== undefined) return { path: target.display, facts: cached as CollectResult['facts'] };
    const source = decodeSource(bytes).text;
    const [facts, lookups] = recordLookups(() => collectSource(target.display, source, { transforms, unsafe: options.unsafe, settings: options.settings }));
    cache?.write(target, bytes, lookups, facts);
    return { path: target.display, facts };
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

/**
 * transformBytes through the run's cache: a file whose bytes and surroundings
 * are those of an earlier run with the same options gets that run's outcome
 * without being parsed (see cache.ts). An outcome that is an error is not kept.
 */
function transformCached(target: Target, bytes: Buffer, options: RunOptions): BytesOutcome {
  const cache = openCache(options, 'process');
  const cached = cache?.read(target, bytes) as CachedOutcome | undefined;
  if (cached !== undefined) {
    const decoded = decodeSource(bytes);
    const output = cached.output ?? decoded.text;
    return { ...cached, input: decoded.text, output, bytes: cached.output === null ? null : encodeSource(output, decoded) };
  }
  const engine = { transforms: transformsFor(target.display, options), unsafe: options.unsafe, settings: options.settings, project: options.project, regions: options.regions };
  const [outcome, lookups] = recordLookups(() => transformBytes(target.display, bytes, engine));
  if (outcome.status !== 'error') {
    cache?.write(target, bytes, lookups, { status: outcome.status, reason: outcome.reason, findings: outcome.findings, output: outcome.bytes === null ? null : outcome.output } satisfies CachedOutcome);
  }
  return outcome;
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
    outcome = transformCached(target, bytes, options);
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

/** The transforms that have something to do in a file: its suggested changes first, then those its regions let run. */
function transformsFor(display: string, options: RunOptions): Transform[] {
  const changes = (options.changes ?? []).filter((change) => change.path === display);
  const regions = options.regions ?? {};
  const selected = selectTransforms(options.transforms).filter((t) => runsIn(regions, t.meta.name, display, t.collect !== undefined));
  return changes.length > 0 ? [suggestedChanges(changes), ...selected] : selected;
}
