/** One file, start to end: read, decode, transform, then diff or write. */
import { closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openCache, type RunCache } from './cache.js';
import { pageDiff, unifiedDiff } from './diff.js';
import { collectSource, transformSource, type EngineOptions, type SourceOutcome } from './engine.js';
import { describeFsError, type Target } from './files.js';
import { formatChanges, FormatterError, type FormatterRun } from './format.js';
import { recordLookups } from './nearby.js';
import { runsIn, type Regions } from './regions.js';
import { namedTransforms } from './registry.js';
import { suggestedChanges } from './suggested-change.js';
import type { SuggestedChange } from '../review/plan.js';
import { decodeSource, encodeSource, SourceError } from '../python/source.js';
import type { CreatedFile, FileResult, NewFile, ProjectFacts, ReportedFinding, Transform, TransformSettings } from './types.js';
import { createFileOnce, readRegularFile, writeFileAtomic, WriteRefused, type ReadFile } from './write.js';

/** What the cache keeps of the engine's outcome for a file: the new text only when it changed. */
type CachedOutcome = Pick<SourceOutcome, 'status' | 'reason' | 'findings' | 'creates'> & { readonly output: string | null };

/** What applies to one file: its configuration and the command line, resolved. Plain data. */
export interface FileProfile {
  /** Transform names, already checked against the registry. */
  readonly transforms: readonly string[];
  /** The codes to report and fix; when absent, every code of the transforms that is not opt-in. */
  readonly codes?: readonly string[];
  readonly unsafe: boolean;
  /** The transforms' option values. */
  readonly settings: TransformSettings;
  /** The formatter that lays out the changed lines, or null. */
  readonly formatter: FormatterRun | null;
}

/** What a run does with each file. Plain data, so it can cross to a worker thread. */
export interface RunOptions {
  /** The profiles the targets point to (`Target.profile`, 0 when unset). */
  readonly profiles: readonly FileProfile[];
  /** Write changed files in place. */
  readonly write: boolean;
  /** Produce a unified diff for each changed file. */
  readonly diff: boolean;
  /** Produce, for the HTML report, each file's diff with its findings' lines in view (`FileResult.pageDiff`). */
  readonly page?: boolean;
  /** The first pass's results, when a selected transform collects. */
  readonly project: ProjectFacts;
  /** The regions limited transforms keep their findings in (a review's places); absent: everywhere. */
  readonly regions?: Regions;
  /** A review's suggested changes, applied before the transforms' fixes. */
  readonly changes?: readonly SuggestedChange[];
  /** Fixes to leave out, as the engine's `revert` option. */
  readonly revert?: Readonly<Record<string, string>>;
  /** Plugin modules (absolute paths) whose transforms the profiles may name; worker threads load them too. */
  readonly plugins?: readonly string[];
  /** Where results of unchanged files are kept, when they are reused (see cache.ts). */
  readonly cache?: RunCache;
}

/** The profile of a target. */
function profileOf(target: Target, options: Pick<RunOptions, 'profiles'>): FileProfile {
  return options.profiles[target.profile ?? 0];
}

/** One file's first-pass results, by transform name. */
export interface CollectResult {
  readonly path: string;
  readonly facts: Record<string, unknown>;
}

/** The first pass over one file. A file that cannot be read or decoded gives null facts. */
export function collectFile(target: Target, options: RunOptions): CollectResult {
  const profile = profileOf(target, options);
  const transforms = namedTransforms(profile.transforms);
  try {
    const read = readRegularFile(target.file);
    closeSync(read.fd);
    const cache = openCache(options, 'collect', target, read.bytes);
    const cached = cache?.read();
    if (cached !== undefined) return { path: target.display, facts: cached as CollectResult['facts'] };
    const source = decodeSource(read.bytes).text;
    const [facts, lookups] = recordLookups(() => collectSource(target.display, source, { transforms, codes: profile.codes, unsafe: profile.unsafe, settings: profile.settings }));
    cache?.write(lookups, facts);
    return { path: target.display, facts };
  } catch {
    return { path: target.display, facts: Object.fromEntries(transforms.filter((t) => t.collect).map((t) => [t.meta.name, null])) };
  }
}

/** What the engine made of a file's bytes: the outcome, and the new bytes when it changed. */
export interface BytesOutcome extends SourceOutcome {
  readonly input: string;
  readonly bytes: Buffer | null;
  /** The formatter that laid out the changed lines, when one did. */
  readonly formatter: string | null;
}

/**
 * Decodes, transforms and encodes one file's content; when it changed and a
 * formatter is given, the formatter lays out the changed lines (run as the
 * file `file`). Throws SourceError when the bytes cannot be read as Python
 * source or the result cannot be encoded, FormatterError when the formatter
 * fails.
 */
export function transformBytes(display: string, bytes: Buffer, options: EngineOptions, formatter: FormatterRun | null = null, file = display): BytesOutcome {
  const decoded = decodeSource(bytes);
  const outcome = transformSource(display, decoded.text, options);
  if (outcome.status !== 'changed') return { ...outcome, input: decoded.text, bytes: null, formatter: null };
  if (formatter === null) return { ...outcome, input: decoded.text, bytes: encodeSource(outcome.output, decoded), formatter: null };
  const output = formatChanges(formatter, file, decoded.text, outcome.output, decoded);
  if (output === decoded.text) {
    return { ...outcome, status: 'unchanged', reason: `${formatter.name} laid the changed lines out as they were`, output, input: decoded.text, bytes: null, formatter: formatter.name };
  }
  return { ...outcome, output, input: decoded.text, bytes: encodeSource(output, decoded), formatter: formatter.name };
}

/**
 * transformTarget through the run's cache: a file whose bytes and surroundings
 * are those of an earlier run with the same profile gets that run's outcome
 * without being parsed (see cache.ts). An error is not kept, nor what a
 * formatter laid out: its layout depends on its version, which the cache
 * cannot see.
 */
function transformCached(target: Target, bytes: Buffer, options: RunOptions): BytesOutcome {
  const cache = openCache(options, 'process', target, bytes);
  const cached = cache?.read() as CachedOutcome | undefined;
  if (cached !== undefined) {
    const decoded = decodeSource(bytes);
    const output = cached.output ?? decoded.text;
    return { ...cached, input: decoded.text, output, bytes: cached.output === null ? null : encodeSource(output, decoded), formatter: null };
  }
  const [outcome, lookups] = recordLookups(() => transformTarget(target, bytes, options));
  if (outcome.status !== 'error' && outcome.formatter === null) {
    const { status, reason, findings, creates } = outcome;
    cache?.write(lookups, { status, reason, findings, creates, output: outcome.bytes === null ? null : outcome.output } satisfies CachedOutcome);
  }
  return outcome;
}

/** Processes one file. Never throws: a problem with the file becomes its `error` result. */
export function processFile(target: Target, options: RunOptions): FileResult {
  const fail = (reason: string): FileResult => ({ path: target.display, status: 'error', reason, findings: [], diff: null });
  let read: ReadFile;
  try {
    read = readRegularFile(target.file);
  } catch (error) {
    return fail(`cannot read: ${describeFsError(error)}`);
  }
  try {
    return processRead(target, read, options, fail);
  } finally {
    closeSync(read.fd);
  }
}

function processRead(target: Target, read: ReadFile, options: RunOptions, fail: (reason: string) => FileResult): FileResult {
  let outcome: BytesOutcome;
  try {
    outcome = transformCached(target, read.bytes, options);
  } catch (error) {
    if (error instanceof SourceError) return fail(error.message);
    if (error instanceof FormatterError) return fail(`${error.message}; the file keeps its original text`);
    return fail(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const created = outcome.creates.length > 0 ? { created: outcome.creates } : {};
  const formatter = outcome.formatter === null ? {} : { formatter: outcome.formatter };
  const page = options.page ? { pageDiff: pageDiff(target.display, outcome.input, outcome.status === 'changed' ? outcome.output : outcome.input, outcome.findings.map((f) => f.line)) } : {};
  const result: FileResult = { path: target.display, status: outcome.status, reason: outcome.reason, findings: outcome.findings, diff: null, ...formatter, ...created, ...page };
  if (outcome.bytes === null) return result;
  if (options.write) {
    for (const file of outcome.creates) {
      try {
        createFileOnce(createdFilePath(target, file), Buffer.from(file.text, 'utf8'));
      } catch (error) {
        return fail(`cannot create ${file.path}, which its fixes need: ${describeFsError(error)}`);
      }
    }
    try {
      writeFileAtomic(target.file, outcome.bytes, read);
    } catch (error) {
      return fail(error instanceof WriteRefused ? `not written: ${error.message}` : `cannot write: ${describeFsError(error)}`);
    }
  }
  return options.diff ? { ...result, diff: unifiedDiff(target.display, outcome.input, outcome.output) } : result;
}

/** Where on disk a file that a fix of `target` creates goes (its path is in the form of the target's display path). */
export function createdFilePath(target: Target, file: NewFile): string {
  return path.resolve(path.dirname(target.file), path.relative(path.dirname(target.display), file.path));
}

/**
 * Transforms a target's bytes as the run does: the transforms of its profile
 * within the run's regions, the review's suggested changes, less the fixes
 * the run reverts, then its profile's formatter. Throws as transformBytes.
 */
function transformTarget(target: Target, bytes: Buffer, options: RunOptions): BytesOutcome {
  const profile = profileOf(target, options);
  const { project, regions, revert } = options;
  const engine = { transforms: transformsFor(target.display, profile, options), codes: profile.codes, unsafe: profile.unsafe, settings: profile.settings, project, regions, revert };
  return transformBytes(target.display, bytes, engine, profile.formatter, target.file);
}

/** What one file becomes with the run's fixes, bytes included, for `--verify`. Plain data. */
export interface VariantResult {
  readonly path: string;
  /** The new bytes; null when the file keeps its text (unchanged, skipped or in error). */
  readonly bytes: Uint8Array | null;
  readonly findings: readonly ReportedFinding[];
  /** The files its applied fixes create (none when it keeps its text). */
  readonly created: readonly CreatedFile[];
}

/**
 * Transforms one file (its `bytes`, or what it holds on disk) without writing
 * it, and returns its new bytes. Never throws: a file that cannot be read,
 * decoded or formatted keeps its text, as the run leaves it.
 */
export function variantFile(target: Target, options: RunOptions, bytes?: Buffer): VariantResult {
  try {
    const outcome = transformTarget(target, bytes ?? readFileSync(target.file), options);
    return { path: target.display, bytes: outcome.bytes, findings: outcome.findings, created: outcome.bytes === null ? [] : outcome.creates };
  } catch {
    return { path: target.display, bytes: null, findings: [], created: [] };
  }
}

/** The transforms that have something to do in a file: its suggested changes first, then those of its profile its regions let run. */
function transformsFor(display: string, profile: FileProfile, options: RunOptions): Transform[] {
  const changes = (options.changes ?? []).filter((change) => change.path === display);
  const regions = options.regions ?? {};
  const selected = namedTransforms(profile.transforms).filter((t) => runsIn(regions, t.meta.name, display, t.collect !== undefined));
  return changes.length > 0 ? [suggestedChanges(changes), ...selected] : selected;
}
