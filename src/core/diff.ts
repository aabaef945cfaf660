/** Unified diffs of whole files, as `git apply` and `patch -p1` read them. */
import { createTwoFilesPatch, diffArrays, FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff';

/** Lines of context around a change, and around a line the report's page is asked to show. */
const CONTEXT = 3;

/**
 * Above this many steps (lines between the first change and the last, times
 * lines in changed regions: what Myers' algorithm may walk), the diff is
 * taken region by region between stretches both files share: a file with
 * thousands of fixes is diffed in linear time instead of quadratic.
 */
const WHOLE_FILE_STEPS = 20_000_000;

/**
 * A unified diff with `--- a/path` and `+++ b/path` headers and 3 lines of
 * context. An absolute path keeps its single leading slash: `a/abs/path`.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.replace(/^\//, '');
  const [oldName, newName] = [`a/${name}`, `b/${name}`];
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const runs = sharedRuns(oldLines, newLines);
  const shared = runs.reduce((sum, run) => sum + run.length, 0);
  const changed = oldLines.length + newLines.length - 2 * shared;
  const prefix = commonPrefix(oldLines, newLines);
  const span = oldLines.length + newLines.length - 2 * (prefix + commonSuffix(oldLines, newLines, prefix));
  if (changed * span <= WHOLE_FILE_STEPS) {
    return createTwoFilesPatch(oldName, newName, before, after, undefined, undefined, { context: CONTEXT, headerOptions: FILE_HEADERS_ONLY });
  }
  return regionDiff(oldName, newName, oldLines, newLines, runs);
}

/**
 * The same diff, taken region by region: each region between two shared
 * stretches is diffed on its own, and the hunks are cut as for the whole file.
 * Exported for the test that holds it to the whole-file diff.
 */
export function regionDiff(oldName: string, newName: string, oldLines: readonly string[], newLines: readonly string[], runs = sharedRuns(oldLines, newLines)): string {
  const parts: Part[] = [];
  let [oldAt, newAt] = [0, 0];
  for (const run of [...runs, { old: oldLines.length, new: newLines.length, length: 0 }]) {
    const removed = oldLines.slice(oldAt, run.old);
    const added = newLines.slice(newAt, run.new);
    if (removed.length > 0 && added.length > 0) {
      for (const change of diffArrays(removed, added)) parts.push({ kind: change.added ? '+' : change.removed ? '-' : ' ', lines: change.value });
    } else if (removed.length > 0) {
      parts.push({ kind: '-', lines: removed });
    } else if (added.length > 0) {
      parts.push({ kind: '+', lines: added });
    }
    if (run.length > 0) parts.push({ kind: ' ', lines: oldLines.slice(run.old, run.old + run.length) });
    [oldAt, newAt] = [run.old + run.length, run.new + run.length];
  }
  return formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks: hunksOf(mergeShared(parts)) }, FILE_HEADERS_ONLY);
}

/** A stretch of lines both texts share, at `old` in one and `new` in the other. */
interface Run {
  readonly old: number;
  readonly new: number;
  readonly length: number;
}

/** Lines that stay (` `), go (`-`) or come (`+`), in order. */
interface Part {
  readonly kind: ' ' | '-' | '+';
  readonly lines: readonly string[];
}

/** How many lines the two texts start with alike. */
function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/** How many lines the two texts end with alike, after their first `prefix`. */
function commonSuffix(a: readonly string[], b: readonly string[], prefix: number): number {
  let count = 0;
  while (count < a.length - prefix && count < b.length - prefix && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

/** Lines as the diff counts them: each keeps its line break (`\n` or `\r\n`); a last line may have none. */
function splitLines(text: string): string[] {
  const pieces = text.split(/(\n|\r\n)/);
  if (pieces[pieces.length - 1] === '') pieces.pop();
  const lines: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) lines.push(pieces[i] + (pieces[i + 1] ?? ''));
  return lines;
}

/**
 * Stretches the two texts share, in order in both: the common start, and
 * from each line that occurs once in each (the longest chain of them that
 * keeps its order, as patience diff anchors) on while lines agree. Only
 * forward, as Myers' algorithm follows shared lines as soon as it can: each
 * region then diffs as it does within the whole file.
 */
function sharedRuns(a: readonly string[], b: readonly string[]): Run[] {
  const prefix = commonPrefix(a, b);
  const runs: Run[] = prefix > 0 ? [{ old: 0, new: 0, length: prefix }] : [];
  let done = prefix;
  for (const [i, j] of uniqueAnchors(a, b, prefix)) {
    if (i < done) continue;
    let length = 0;
    while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
    runs.push({ old: i, new: j, length });
    done = i + length;
  }
  return runs;
}

/** The pairs of positions of lines that occur once in `a` and once in `b` from `from` on: the longest chain in order in both. */
function uniqueAnchors(a: readonly string[], b: readonly string[], from: number): [number, number][] {
  const seen = new Map<string, { inA: number; inB: number; atB: number }>();
  for (let i = from; i < a.length; i++) {
    const entry = seen.get(a[i]);
    if (entry === undefined) seen.set(a[i], { inA: 1, inB: 0, atB: -1 });
    else entry.inA++;
  }
  for (let j = from; j < b.length; j++) {
    const entry = seen.get(b[j]);
    if (entry !== undefined) [entry.inB, entry.atB] = [entry.inB + 1, j];
  }
  const pairs: [number, number][] = [];
  for (let i = from; i < a.length; i++) {
    const entry = seen.get(a[i])!;
    if (entry.inA === 1 && entry.inB === 1) pairs.push([i, entry.atB]);
  }
  // Patience sorting: tails[k] ends the best chain of length k + 1 found so far.
  const tails: number[] = [];
  const before = new Array<number>(pairs.length).fill(-1);
  for (const [index, [, j]] of pairs.entries()) {
    let [low, high] = [0, tails.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]][1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) before[index] = tails[low - 1];
    tails[low] = index;
  }
  const chain: [number, number][] = [];
  for (let at = tails.length > 0 ? tails[tails.length - 1] : -1; at !== -1; at = before[at]) chain.push(pairs[at]);
  return chain.reverse();
}

/** Joins neighbouring shared parts, so that each stretch of context is weighed whole. */
function mergeShared(parts: readonly Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last?.kind === ' ' && part.kind === ' ') merged[merged.length - 1] = { kind: ' ', lines: [...last.lines, ...part.lines] };
    else merged.push(part);
  }
  return merged;
}

/**
 * Cuts changes into hunks with {@link CONTEXT} lines around them; changes
 * closer than twice that share a hunk. A line without a line break (the
 * last) is followed by `\ No newline at end of file`.
 */
function hunksOf(parts: readonly Part[]): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let [oldLine, newLine] = [1, 1];
  let open: { oldStart: number; newStart: number; lines: string[] } | null = null;
  for (const [index, part] of parts.entries()) {
    if (part.kind !== ' ') {
      if (open === null) {
        const context = index > 0 ? parts[index - 1].lines.slice(-CONTEXT) : [];
        open = { oldStart: oldLine - context.length, newStart: newLine - context.length, lines: context.map((line) => ` ${line}`) };
      }
      for (const line of part.lines) open.lines.push(`${part.kind}${line}`);
      if (part.kind === '+') newLine += part.lines.length;
      else oldLine += part.lines.length;
      continue;
    }
    if (open !== null) {
      const last = index === parts.length - 1;
      const kept = !last && part.lines.length <= 2 * CONTEXT ? part.lines : part.lines.slice(0, CONTEXT);
      for (const line of kept) open.lines.push(` ${line}`);
      if (kept !== part.lines) {
        hunks.push({ oldStart: open.oldStart, oldLines: oldLine - open.oldStart + kept.length, newStart: open.newStart, newLines: newLine - open.newStart + kept.length, lines: open.lines });
        open = null;
      }
    }
    oldLine += part.lines.length;
    newLine += part.lines.length;
  }
  if (open !== null) hunks.push({ oldStart: open.oldStart, oldLines: oldLine - open.oldStart, newStart: open.newStart, newLines: newLine - open.newStart, lines: open.lines });
  return hunks.map((hunk) => ({ ...hunk, lines: hunk.lines.flatMap((line) => (line.endsWith('\n') ? [line.slice(0, -1)] : [line, '\\ No newline at end of file'])) }));
}

/** The unified diff that creates a file: from `/dev/null` to `b/path`, as `git apply` reads it. */
export function newFileDiff(path: string, text: string): string {
  return createTwoFilesPatch('/dev/null', `b/${path.replace(/^\//, '')}`, '', text, undefined, undefined, { context: CONTEXT, headerOptions: FILE_HEADERS_ONLY });
}

/** A row of a whole-file diff: its line (with the no-newline marker after it, if any), where it sits in each file, and its kind. */
interface Row {
  readonly lines: string[];
  readonly kind: ' ' | '-' | '+';
  /** The line's number in the old file; for an added line, that of the next old line. */
  readonly old: number;
  /** The line's number in the new file; for a removed line, that of the next new line. */
  readonly new: number;
}

/**
 * The diff the HTML report shows for a file: its changes with 3 lines of
 * context, and also the lines `shown` (1-based, in `before`) with 3 lines
 * around them, so that every finding's line is in view, where nothing
 * changed as well. Null when there is nothing to show.
 */
export function pageDiff(path: string, before: string, after: string, shown: readonly number[]): string | null {
  const name = path.replace(/^\//, '');
  const whole = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: Number.MAX_SAFE_INTEGER }).hunks[0];
  const rows = rowsOf(whole?.lines ?? unchangedLines(before));
  const keep = new Set<number>();
  const around = (index: number) => {
    for (let i = Math.max(0, index - CONTEXT); i <= Math.min(rows.length - 1, index + CONTEXT); i++) keep.add(i);
  };
  rows.forEach((row, index) => {
    if (row.kind !== ' ') around(index);
  });
  const wanted = new Set(shown);
  rows.forEach((row, index) => {
    if (row.kind !== '+' && wanted.has(row.old)) around(index);
  });
  const hunks: StructuredPatchHunk[] = [];
  let hunk: StructuredPatchHunk | null = null;
  rows.forEach((row, index) => {
    if (!keep.has(index)) {
      hunk = null;
      return;
    }
    if (hunk === null) hunks.push((hunk = { oldStart: row.old, oldLines: 0, newStart: row.new, newLines: 0, lines: [] }));
    hunk.lines.push(...row.lines);
    if (row.kind !== '+') hunk.oldLines++;
    if (row.kind !== '-') hunk.newLines++;
  });
  if (hunks.length === 0) return null;
  return formatPatch({ oldFileName: `a/${name}`, newFileName: `b/${name}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}

/** A file that did not change, as the lines of a whole-file diff: all context. */
function unchangedLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => ` ${line}`);
  if (text.endsWith('\n')) lines.pop();
  else lines.push('\\ No newline at end of file');
  return lines;
}

/** The rows of a whole-file diff's lines, numbered in both files. */
function rowsOf(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let old = 1;
  let current = 1;
  for (const line of lines) {
    if (line.startsWith('\\')) {
      rows.at(-1)?.lines.push(line);
      continue;
    }
    const kind = line[0] as Row['kind'];
    rows.push({ lines: [line], kind, old, new: current });
    if (kind !== '+') old++;
    if (kind !== '-') current++;
  }
  return rows;
}

const STYLES: readonly [RegExp, string][] = [
  [/^(---|\+\+\+) /, '\x1b[1m'],
  [/^@@ /, '\x1b[36m'],
  [/^-/, '\x1b[31m'],
  [/^\+/, '\x1b[32m'],
];

/** Colors a diff for a terminal: headers bold, hunks cyan, removals red, additions green. */
export function colorizeDiff(diff: string): string {
  return diff.replace(/^.*$/gm, (line) => {
    const style = STYLES.find(([pattern]) => pattern.test(line))?.[1];
    return style && line !== '' ? `${style}${line}\x1b[0m` : line;
  });
}
