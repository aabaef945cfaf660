/** Unified diffs of whole files, as `git apply` and `patch -p1` read them. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff';

/**
 * A unified diff with `--- a/path` and `+++ b/path` headers and 3 lines of
 * context. An absolute path keeps its single leading slash: `a/abs/path`.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.replace(/^\//, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/** The unified diff that creates a file: from `/dev/null` to `b/path`, as `git apply` reads it. */
export function newFileDiff(path: string, text: string): string {
  return createTwoFilesPatch('/dev/null', `b/${path.replace(/^\//, '')}`, '', text, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** Lines of context around a change, and around a line the page is asked to show. */
const CONTEXT = 3;

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
