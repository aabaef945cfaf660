/**
 * Keeping a file stable under the project's formatter: the formatter (black
 * or `ruff format`) runs on the fixed text, read from stdin as the file's own
 * path, and only the lines it changes in or next to what the fixes changed
 * are taken. Every other line stays as it was, so a file the formatter had
 * not laid out keeps its own layout outside the fixes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { diffArrays } from 'diff';
import { firstSyntaxError, parsePython } from '../python/parse.js';
import { decodeSource, encodeSource, type DecodedSource } from '../python/source.js';

/** A formatter to run on the files a run changes. */
export interface FormatterRun {
  readonly name: 'black' | 'ruff';
  /** The pyproject.toml holding its settings, or null for its defaults (ruff finds its own from the file's path). */
  readonly config: string | null;
}

/** A formatter that could not lay out a text: not installed, or it refused the text. */
export class FormatterError extends Error {
  override name = 'FormatterError';
}

/** The command that formats stdin as `file`. */
function command(formatter: FormatterRun, file: string): [string, string[]] {
  if (formatter.name === 'black') return ['black', ['--quiet', ...(formatter.config === null ? [] : ['--config', formatter.config]), '--stdin-filename', file, '-']];
  return ['ruff', ['format', '--quiet', ...(formatter.config === null ? [] : ['--config', formatter.config]), '--stdin-filename', file, '-']];
}

/** Why a formatter cannot run, or null when `NAME --version` answers. */
export function formatterProblem(name: FormatterRun['name']): string | null {
  const run = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return `${name} is not installed (not found on PATH)`;
  if (run.error !== undefined || run.status !== 0) return `${name} --version failed: ${(run.stderr || String(run.error)).trim().split('\n')[0]}`;
  return null;
}

/** The formatter's layout of `bytes` (a whole file, in its own encoding), as the file at `file`. */
function runFormatter(formatter: FormatterRun, file: string, bytes: Buffer): Buffer {
  const [program, args] = command(formatter, file);
  const run = spawnSync(program, args, { input: bytes, cwd: path.dirname(path.resolve(file)), maxBuffer: 1 << 30 });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new FormatterError(`${program} is not installed (not found on PATH)`);
  if (run.error !== undefined) throw new FormatterError(`${program} failed: ${run.error.message}`);
  if (run.status !== 0) throw new FormatterError(`${program} failed: ${run.stderr.toString('utf8').trim().split('\n').slice(-1)[0] || `exit ${run.status}`}`);
  return run.stdout;
}

/**
 * `fixed` with the lines the fixes changed (from `original`) laid out by the
 * formatter. Throws FormatterError when the formatter fails or its layout
 * would not parse.
 */
export function formatChanges(formatter: FormatterRun, file: string, original: string, fixed: string, like: Pick<DecodedSource, 'bom' | 'encoding'>): string {
  const formatted = decodeSource(runFormatter(formatter, file, encodeSource(fixed, like))).text;
  if (formatted === fixed) return fixed;
  const fixedLines = splitLines(fixed);
  const touched = changedRanges(splitLines(original), fixedLines);
  const out: string[] = [];
  let at = 0;
  const changes = diffArrays(fixedLines, splitLines(formatted));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      out.push(...change.value);
      at += change.value.length;
      continue;
    }
    // A run of removed and added lines is one hunk of the formatter's.
    const removed: string[] = [];
    const added: string[] = [];
    for (; i < changes.length && (changes[i].added || changes[i].removed); i++) (changes[i].added ? added : removed).push(...changes[i].value);
    i--;
    const hunk = { start: at, end: at + removed.length };
    out.push(...(touched.some((range) => overlaps(range, hunk)) ? added : removed));
    at = hunk.end;
  }
  const result = out.join('');
  if (firstSyntaxError(parsePython(result)) !== null) throw new FormatterError(`${formatter.name}'s layout of the changed lines would not parse`);
  return result;
}

/** Lines with their endings, so that joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** The ranges of `after`'s lines that differ from `before`; a removal is an empty range where it was. */
function changedRanges(before: readonly string[], after: readonly string[]): LineRange[] {
  const ranges: LineRange[] = [];
  let at = 0;
  for (const change of diffArrays(before as string[], after as string[])) {
    if (change.removed) {
      ranges.push({ start: at, end: at });
      continue;
    }
    if (change.added) ranges.push({ start: at, end: at + change.value.length });
    at += change.value.length;
  }
  return ranges;
}

/** Whether two line ranges share a line, or an empty one touches the other. */
function overlaps(a: LineRange, b: LineRange): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
