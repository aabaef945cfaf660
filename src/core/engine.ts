/**
 * The per-file engine: runs the selected transforms over a source text,
 * applies their fixes together, checks the result parses, and repeats on the
 * new text until nothing more applies.
 */
import type Parser from 'tree-sitter';
import { createContext, createFactsContext, type RunContext } from './context.js';
import { LineTable } from '../python/lines.js';
import { applyEdits, EditMap, isWellFormed, selectFixes, trimEdit, uniqueEdits } from './edits.js';
import { describeSyntaxError, findSyntaxError, parsePython, reparsePython } from '../python/parse.js';
import { judgeInput, takeInputVerdict } from '../python/input-verdicts.js';
import { mayHoldDirectives } from '../python/directives.js';
import { originalEdits, originalEnd, type RoundHistory } from './origin.js';
import { ENGINE_CODES } from './codes.js';
import { keepsFinding, type Regions } from './regions.js';
import { suppressedBecause, Suppressions } from './suppression.js';
import type { CodeTable, CreatedFile, Edit, FileContext, FileStatus, Finding, FixStatus, ProjectFacts, ReportedFinding, Transform, TransformSettings } from './types.js';

/** How many times the transforms run again on their own output before the engine gives up. */
export const MAX_ROUNDS = 5;

export interface EngineOptions {
  readonly transforms: readonly Transform[];
  /** The codes to report and fix; when absent, those of the transforms and the engine that are not opt-in (`default: false`). */
  readonly codes?: readonly string[];
  /** Apply fixes marked unsafe (`--unsafe`). */
  readonly unsafe: boolean;
  /** The transforms' option values; each missing one takes its default. */
  readonly settings?: TransformSettings;
  /** The first pass's results; when absent, the file is its own run and the first pass reads it alone. */
  readonly project?: ProjectFacts;
  /** Fixes to leave out, by {@link findingKey}, with the reason the report gives; the others apply as usual. */
  readonly revert?: Readonly<Record<string, string>>;
  /** The regions limited transforms keep their findings in; a transform absent here keeps all of them. */
  readonly regions?: Regions;
}

/**
 * A finding's identity across runs over the same file: its path, transform,
 * place in the original text and message. `--verify` reverts fixes by it.
 */
export function findingKey(path: string, finding: Pick<ReportedFinding, 'transform' | 'line' | 'column' | 'message'>): string {
  return [path, finding.transform, `${finding.line}:${finding.column}`, finding.message].join('\u0000');
}

/** The option values a run gets when the user sets none: each option's default. */
export function defaultSettings(transforms: readonly Transform[]): Record<string, unknown> {
  return Object.fromEntries(
    transforms.flatMap((t) => Object.entries(t.meta.options ?? {})).flatMap(([name, option]) => (option.default === undefined ? [] : [[name, option.default]])),
  );
}

function runContext(options: EngineOptions): RunContext {
  return { settings: { ...defaultSettings(options.transforms), ...options.settings }, project: options.project ?? new Map() };
}

/**
 * The first pass for one file: what each collecting transform gathers from
 * it, by transform name. A transform's facts are null when the file does not
 * parse or its `collect` fails, so that it can tell the project is incomplete;
 * the second pass reports the file. The context's `keeps` says what the
 * file's suppression comments keep, so that a fix across files can stop
 * where one file must stay as it is.
 */
export function collectSource(path: string, source: string, options: EngineOptions): Record<string, unknown> {
  const reading = readingTransforms(source, options);
  const tree = reading.length === 0 ? null : parsePython(source);
  let file: ParsedFile | null = null;
  if (tree !== null && !judgeInput(path, source, tree)) {
    const lines = new LineTable(source);
    file = { tree, suppressions: new Suppressions(source, tree, lines), lines };
  }
  return collectParsed(path, source, file, reading, selectedCodes(options), options);
}

/** What the engine reads once of a file that parses. */
interface ParsedFile {
  readonly tree: Parser.Tree;
  readonly suppressions: Suppressions;
  readonly lines: LineTable;
}

/** The collecting transforms that read this source in the first pass. */
function readingTransforms(source: string, options: EngineOptions): Transform[] {
  return options.transforms.filter((t) => t.collect !== undefined && (t.collectsFrom === undefined || t.collectsFrom.test(source)));
}

/** The first pass over a file already parsed, or over one that does not parse (`file` null), by the transforms `reading` it. */
function collectParsed(path: string, source: string, file: ParsedFile | null, reading: readonly Transform[], selected: ReadonlySet<string>, options: EngineOptions): Record<string, unknown> {
  const collecting = options.transforms.filter((t) => t.collect !== undefined);
  let context: FileContext | null = null;
  if (file !== null) {
    const sourceLine = (index: number) => file.lines.line(index);
    context = createContext(path, source, file.tree, runContext(options), { sourceLine, keeps: keeper(selected, file.suppressions, sourceLine) });
  }
  return Object.fromEntries(collecting.map((t) => [t.meta.name, context === null || !reading.includes(t) ? null : collectOrNull(t, context)]));
}

/** Whether a finding of a code at an index is kept: the run selects the code, and no suppression comment reaches its original line. */
function keeper(selected: ReadonlySet<string>, suppressions: Suppressions, sourceLine: (index: number) => number): (code: string, index: number) => boolean {
  return (code, index) => selected.has(code) && (suppressions.keepsNothing || !suppressions.keeps(code, sourceLine(index)));
}

/** The first pass's results when the file is the whole run. */
function ownProject(path: string, source: string, file: ParsedFile, selected: ReadonlySet<string>, options: EngineOptions): ProjectFacts {
  if (!options.transforms.some((t) => t.collect !== undefined)) return new Map();
  const facts = collectParsed(path, source, file, readingTransforms(source, options), selected, options);
  return new Map(Object.entries(facts).map(([name, value]) => [name, [{ path, facts: value }]]));
}

function collectOrNull(transform: Transform, context: FileContext): unknown {
  try {
    return transform.collect!(context);
  } catch {
    return null;
  }
}

/** The outcome for one source text. `output` equals the input unless `status` is `changed`. */
export interface SourceOutcome {
  readonly status: FileStatus;
  readonly reason: string | null;
  readonly output: string;
  readonly findings: ReportedFinding[];
  /** The files the applied fixes create, each path once. */
  readonly creates: CreatedFile[];
}

/** A finding of one round, with where it sits in the original text. */
interface RoundFinding {
  readonly transform: Transform;
  readonly finding: Finding;
  /** The round that found it, from 0. */
  readonly round: number;
  readonly origin: number;
  readonly originEnd: number;
  status: FixStatus;
  reason: string | null;
}

/** Runs the transforms over `source` (already decoded) until it is stable. */
export function transformSource(path: string, source: string, options: EngineOptions): SourceOutcome {
  const known = outcomeFromFacts(path, source, options);
  if (known !== null) return known;
  let tree: Parser.Tree = parsePython(source);
  const inputError = takeInputVerdict(path, source, tree);
  if (inputError) {
    return unchanged(source, 'skipped', `syntax error in the input at ${describeSyntaxError(source, inputError)}`, []);
  }

  const lines = new LineTable(source);
  const suppressions = new Suppressions(source, tree, lines);
  if (suppressions.skipFile !== null) return unchanged(source, 'unchanged', `left out by '${suppressions.skipFile.text}' on line ${suppressions.skipFile.line}`, []);
  const selected = selectedCodes(options);
  const rounds: EditMap[] = [];
  const history = { texts: [source], edits: [] as Edit[][] } satisfies RoundHistory;
  const toOriginal = (index: number) => rounds.reduceRight((at, round) => round.back(at), index);
  const applied: RoundFinding[] = [];
  const earlierConflicts: RoundFinding[][] = [];
  let text = source;
  const run = runContext(options.project !== undefined ? options : { ...options, project: ownProject(path, source, { tree, suppressions, lines }, selected, options) });

  // Transforms whose findings can only be reported run in the round that ends the file, on the text it ends with.
  const deferred = new Set(options.transforms.filter((t) => reportsOnly(t, selected, options.unsafe) && !suppressions.mayKeep(Object.keys(t.meta.codes))));

  // Runs `transforms` on one round's text and adds the findings this run keeps to `found`; the outcome when one fails.
  const findIn = (transforms: readonly Transform[], context: FileContext, round: number, found: RoundFinding[]): SourceOutcome | null => {
    for (const transform of transforms) {
      let findings: readonly Finding[];
      try {
        findings = transform.create(context);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return unchanged(source, 'error', `transform ${transform.meta.name} failed: ${detail}`, []);
      }
      for (const finding of findings) {
        if (!Object.hasOwn(transform.meta.codes, finding.code)) {
          return unchanged(source, 'error', `transform ${transform.meta.name} failed: a finding carries the code ${String(finding.code)}, which its meta.codes does not declare`, []);
        }
        if (!selected.has(finding.code)) continue;
        const origin = toOriginal(finding.start);
        if (options.regions !== undefined && !keepsFinding(options.regions, transform.meta.name, path, lines.line(origin), finding)) continue;
        const touched = () => [[lines.line(origin), lines.line(origin)] as [number, number], ...(finding.fix?.edits ?? []).flatMap((edit) => editLines(edit, toOriginal, lines))];
        const suppressor = suppressions.keepsNothing ? null : suppressions.use(finding.code, touched());
        found.push({
          transform,
          finding,
          round,
          origin,
          originEnd: toOriginal(finding.end),
          status: suppressor === null ? 'no-fix' : 'suppressed',
          reason: suppressor === null ? (finding.reason ?? null) : suppressedBecause(suppressor),
        });
      }
    }
    return null;
  };

  for (let round = 0; ; round++) {
    const lineOf = (index: number) => lines.line(toOriginal(index));
    const context = createContext(path, text, tree, run, { sourceLine: lineOf, keeps: keeper(selected, suppressions, lineOf) });
    const found: RoundFinding[] = [];

    const reverted = (item: RoundFinding) =>
      options.revert?.[findingKey(path, { transform: item.transform.meta.name, line: lines.line(item.origin), column: lines.column(item.origin), message: item.finding.message })];
    const failed = findIn(options.transforms.filter((t) => !deferred.has(t)), context, round, found);
    if (failed !== null) return failed;
    let candidates = classify(found, text.length, options.unsafe, round === MAX_ROUNDS, reverted);
    if (candidates.length === 0 && deferred.size > 0) {
      const mine = found.length;
      const failedLate = findIn(options.transforms.filter((t) => deferred.has(t)), context, round, found);
      if (failedLate !== null) return failedLate;
      candidates = classify(found.slice(mine), text.length, options.unsafe, round === MAX_ROUNDS, reverted);
      // A transform that gave a fix its codes do not declare runs in every round from now on, like any other.
      for (const item of candidates) deferred.delete(item.transform);
    }
    if (candidates.length === 0) {
      const conflicts = earlierConflicts.flatMap((list, index) => {
        if (list.length === 0) return [];
        const resolved = resolvedBy([...earlierConflicts.slice(index + 1).flat(), ...applied, ...found]);
        return list.filter((item) => !resolved(item));
      });
      return {
        status: rounds.length > 0 ? 'changed' : 'unchanged',
        reason: null,
        output: text,
        findings: [...report([...applied, ...conflicts, ...found], lines, history), ...suppressions.report(selected, lines)].sort(compareFindings),
        creates: createdBy(applied),
      };
    }

    const verdicts = selectFixes(candidates.map((item) => item.finding.fix!.edits));
    const taken: RoundFinding[] = [];
    for (const [index, item] of candidates.entries()) {
      const owner = verdicts[index];
      if (owner === -1) {
        taken.push(item);
        continue;
      }
      const other = candidates[owner];
      item.status = 'conflict';
      item.reason = `overlaps a fix from ${other.transform.meta.name} at line ${lines.line(other.origin)}; it runs again on the new text`;
    }

    const edits = uniqueEdits(taken.flatMap((item) => item.finding.fix!.edits));
    const next = applyEdits(text, edits);
    const nextTree = reparsePython(tree, text, edits, next);
    const broken = findSyntaxError(next, nextTree);
    if (broken) {
      const culprits = findCulprits(text, taken);
      for (const item of [...applied, ...taken]) {
        item.status = 'declined';
        item.reason = 'reverted: the fixes for this file produced invalid Python';
      }
      return unchanged(
        source,
        'error',
        `the fixes of ${culprits.join(', ')} would produce invalid Python (${describeSyntaxError(next, broken)}); the file keeps its original text`,
        report([...applied, ...taken], lines, history),
      );
    }

    for (const item of taken) item.status = 'applied';
    applied.push(...taken);
    earlierConflicts.push(candidates.filter((item) => item.status === 'conflict'));
    rounds.push(new EditMap(edits.map((edit) => trimEdit(edit, text))));
    history.edits.push(edits);
    history.texts.push(next);
    text = next;
    tree = nextTree;
  }
}

/**
 * The outcome of a file whose findings every transform of the run gives
 * from the first pass's facts (`createFromFacts`), none with a fix: the
 * file stays as it is and is not parsed again. Null when one transform
 * cannot tell, the run keeps findings to regions, or a comment may
 * suppress something (reading them needs the tree).
 */
function outcomeFromFacts(path: string, source: string, options: EngineOptions): SourceOutcome | null {
  if (options.project === undefined || options.regions !== undefined || mayHoldDirectives(source)) return null;
  if (!options.transforms.every((t) => t.createFromFacts !== undefined)) return null;
  const selected = selectedCodes(options);
  const lines = new LineTable(source);
  const context = createFactsContext(path, source, runContext(options), {
    sourceLine: (index) => lines.line(index),
    keeps: (code) => selected.has(code),
  });
  const found: RoundFinding[] = [];
  for (const transform of options.transforms) {
    let findings: readonly Finding[] | null;
    try {
      findings = transform.createFromFacts!(context);
    } catch {
      return null;
    }
    if (findings === null || findings.some((finding) => finding.fix !== null || !Object.hasOwn(transform.meta.codes, finding.code))) return null;
    for (const finding of findings) {
      if (selected.has(finding.code)) found.push({ transform, finding, round: 0, origin: finding.start, originEnd: finding.end, status: 'no-fix', reason: finding.reason ?? null });
    }
  }
  return { status: 'unchanged', reason: null, output: source, findings: report(found, lines, { texts: [source], edits: [] }), creates: [] };
}

/**
 * The 1-based lines of the original text an edit changes, as a range; none
 * for an insertion between two lines (a helper inserted before a class
 * changes neither).
 */
function editLines(edit: Edit, toOriginal: (index: number) => number, lines: LineTable): [number, number][] {
  const start = toOriginal(edit.start);
  if (edit.start === edit.end && lines.column(start) === 1) return [];
  return [[lines.line(start), lines.line(Math.max(start, toOriginal(edit.end) - 1))]];
}

/**
 * Whether none of a transform's findings can have a fix applied in this run:
 * every selected code of its is reported without a fix, or with an unsafe
 * one and the run is not --unsafe. Its findings then change nothing but the
 * report, which holds those of the last round alone.
 */
function reportsOnly(transform: Transform, selected: ReadonlySet<string>, unsafe: boolean): boolean {
  return Object.entries(transform.meta.codes).every(([code, info]) => !selected.has(code) || info.fix === 'none' || (info.fix === 'unsafe' && !unsafe));
}

/** The codes whose findings a run keeps. */
function selectedCodes(options: EngineOptions): ReadonlySet<string> {
  if (options.codes !== undefined) return new Set(options.codes);
  const tables: CodeTable[] = [ENGINE_CODES, ...options.transforms.map((t) => t.meta.codes)];
  return new Set(tables.flatMap((table) => Object.entries(table).flatMap(([code, info]) => (info.default === false ? [] : [code]))));
}

/**
 * Sets each finding's status from its fix, and returns the ones whose fix may
 * apply in this round. In the last allowed round none may: the transforms are
 * still changing their own output, which is a bug the report should show.
 */
function classify(found: RoundFinding[], length: number, unsafe: boolean, lastRound: boolean, reverted: (item: RoundFinding) => string | undefined): RoundFinding[] {
  const candidates: RoundFinding[] = [];
  for (const item of found) {
    const { fix } = item.finding;
    if (fix === null || item.status === 'suppressed') continue;
    const revert = reverted(item);
    if (revert !== undefined) {
      item.status = 'reverted';
      item.reason = revert;
    } else if (fix.safety === 'unsafe' && !unsafe) {
      item.status = 'unsafe-not-enabled';
      item.reason = 'unsafe fix; run with --unsafe to apply it';
    } else if (!isWellFormed(fix.edits, length)) {
      item.status = 'declined';
      item.reason = `${item.transform.meta.name} produced edits that overlap or fall outside the file`;
    } else if (lastRound) {
      item.status = 'declined';
      item.reason = `the transforms were still changing this file after ${MAX_ROUNDS} rounds`;
    } else {
      candidates.push(item);
    }
  }
  return candidates;
}

/**
 * Whether a conflict is settled by the findings of later rounds: the same
 * transform later reports on the place it was about, at the same place, or,
 * when the fix it overlapped moved the code (into a new helper, say), with
 * the same message in a later round.
 */
function resolvedBy(later: readonly RoundFinding[]): (item: RoundFinding) => boolean {
  const byTransform = new Map<Transform, RoundFinding[]>();
  for (const other of later) {
    if (!byTransform.has(other.transform)) byTransform.set(other.transform, []);
    byTransform.get(other.transform)!.push(other);
  }
  const places = new Map<Transform, { origins: number[]; furthest: number[]; lastRound: Map<string, number> }>();
  for (const [transform, items] of byTransform) {
    const sorted = [...items].sort((a, b) => a.origin - b.origin);
    const furthest: number[] = [];
    for (const item of sorted) furthest.push(Math.max(item.originEnd, furthest.at(-1) ?? -Infinity));
    const lastRound = new Map<string, number>();
    for (const item of items) lastRound.set(item.finding.message, Math.max(item.round, lastRound.get(item.finding.message) ?? -1));
    places.set(transform, { origins: sorted.map((item) => item.origin), furthest, lastRound });
  }
  return (item) => {
    const own = places.get(item.transform);
    if (own === undefined) return false;
    if ((own.lastRound.get(item.finding.message) ?? -1) > item.round) return true;
    // The findings that start at or before the item's place; one of them reaches it when the furthest end does.
    let low = 0;
    let high = own.origins.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (own.origins[mid] <= item.origin) low = mid + 1;
      else high = mid;
    }
    return low > 0 && own.furthest[low - 1] >= item.origin;
  };
}

/** The transforms whose fixes alone break the parse; all of them when only the mix does. */
function findCulprits(text: string, taken: readonly RoundFinding[]): string[] {
  const byTransform = new Map<string, Edit[]>();
  for (const item of taken) {
    const name = item.transform.meta.name;
    if (!byTransform.has(name)) byTransform.set(name, []);
    byTransform.get(name)!.push(...item.finding.fix!.edits);
  }
  const alone = [...byTransform].filter(([, edits]) => isBroken(applyEdits(text, edits)));
  return (alone.length > 0 ? alone : [...byTransform]).map(([name]) => name);
}

function isBroken(text: string): boolean {
  return findSyntaxError(text, parsePython(text)) !== null;
}

function report(items: readonly RoundFinding[], lines: LineTable, history: RoundHistory): ReportedFinding[] {
  return items
    .map((item) => {
      const end = Math.max(item.origin, originalEnd(item.finding.end, history, item.round));
      const { fix } = item.finding;
      return {
        code: item.finding.code,
        transform: item.transform.meta.name,
        suggestion: item.transform.meta.suggestion,
        line: lines.line(item.origin),
        column: lines.column(item.origin),
        endLine: lines.line(end),
        endColumn: lines.column(end),
        message: item.finding.message,
        status: item.status,
        safety: fix?.safety ?? null,
        reason: item.status === 'applied' ? null : item.reason,
        testIds: item.finding.testIds ?? null,
        edits:
          fix === null
            ? null
            : originalEdits(fix.edits, history, item.round).map((edit) => ({
                line: lines.line(edit.start),
                column: lines.column(edit.start),
                endLine: lines.line(edit.end),
                endColumn: lines.column(edit.end),
                text: edit.text,
                combined: edit.combined,
              })),
      };
    })
    .sort(compareFindings);
}

/** Findings in reading order, then by transform and message, so reports are stable. */
function compareFindings(a: ReportedFinding, b: ReportedFinding): number {
  return a.line - b.line || a.column - b.column || a.transform.localeCompare(b.transform) || a.message.localeCompare(b.message);
}

function unchanged(source: string, status: FileStatus, reason: string, findings: ReportedFinding[]): SourceOutcome {
  return { status, reason, output: source, findings, creates: [] };
}

/** The files the applied fixes create, the first request for each path kept. */
function createdBy(applied: readonly RoundFinding[]): CreatedFile[] {
  const created = new Map<string, CreatedFile>();
  for (const { transform, finding } of applied) {
    for (const file of finding.fix?.creates ?? []) {
      if (!created.has(file.path)) created.set(file.path, { ...file, code: finding.code, transform: transform.meta.name, suggestion: transform.meta.suggestion, safety: finding.fix!.safety });
    }
  }
  return [...created.values()];
}
