/**
 * Blank lines between statements as pycodestyle's E30x checks count them: two
 * around top-level definitions (E302, E305), one before a method or nested
 * definition (E301, E306), none after a decorator (E304), and no more than
 * two, or one inside a block (E303). Blank lines go in above the comments
 * that lead into a definition, so a comment stays with what it describes.
 */
import { BLANK, type Edit, indentWidth, type LogicalLine, type TokenizedSource } from '../../src/index.js';

/** The change to the blank lines before one statement or comment. */
export interface BlankLineChange {
  readonly edit: Edit;
  readonly codes: string[];
  readonly message: string;
  /** Where to report it: the start of the statement the rule is about. */
  readonly at: number;
  /** 0-based physical lines it removes. */
  readonly removed: number[];
}

interface Item {
  readonly line: LogicalLine;
  readonly blanks: number[];
  readonly width: number;
  readonly first: string;
}

const TOP_LEVEL = new Set(['def', 'class', '@']);

/** The blank-line changes for a file. `skip(item)` tells lines marked `# noqa`. */
export function blankLineChanges(
  source: string,
  tokenized: TokenizedSource,
  checks: (code: string) => boolean,
  suppressed: (line: LogicalLine) => boolean,
  eol: string,
): BlankLineChange[] {
  const { logical, lineStarts, lineEnds, flags } = tokenized;
  const items: Item[] = logical.map((line, index) => {
    const from = index === 0 ? 0 : logical[index - 1].firstLine + 1;
    const blanks: number[] = [];
    for (let physical = from; physical < line.firstLine; physical++) if (flags[physical] & BLANK) blanks.push(physical);
    const first = line.tokens[0];
    const opener = first.text === 'async' && line.tokens[1]?.text === 'def' ? 'def' : first.text;
    return { line, blanks, width: indentWidth(source.slice(lineStarts[line.firstLine], first.start)), first: line.commentOnly ? '#' : opener };
  });
  const physicalLine = (index: number) => source.slice(lineStarts[index], lineEnds[index]);
  const runs = items.map((item) => item.blanks.length);
  const notes = items.map(() => ({ codes: new Set<string>(), messages: [] as string[], at: -1 }));
  const note = (run: number, code: string, message: string, at: number) => {
    notes[run].codes.add(code);
    notes[run].messages.push(message);
    if (notes[run].at === -1) notes[run].at = at;
  };

  let previous: Item | null = null;
  let previousUnindented: Item | null = null;
  let blankBefore = 0;
  for (const [k, item] of items.entries()) {
    const at = item.line.tokens[0].start;
    const skipped = suppressed(item.line);
    const start = !previous && Math.max(blankBefore, runs[k]) < 2;
    if (!skipped && !start) {
      if (previous?.first === '@') {
        if (runs[k] > 0 && checks('E304')) {
          note(k, 'E304', `E304 blank lines after a decorator: removed ${plural(runs[k])}`, at);
          runs[k] = 0;
        }
      } else {
        const most = item.width > 0 ? 1 : 2;
        if (runs[k] > most && (runs[k] > 2 || item.width > 0) && checks('E303')) {
          note(k, 'E303', `E303 too many blank lines (${runs[k]}): removed ${plural(runs[k] - most)}`, at);
          runs[k] = most;
        }
        if (!item.line.commentOnly) {
          const found = Math.max(blankBefore, runs[k]);
          const insertAt = leadingComments(items, runs, k);
          if (TOP_LEVEL.has(item.first)) {
            if (found === 0 && isOneLiner(item, physicalLine, lineStarts.length)) {
              // a group of one-line definitions may go without blank lines
            } else if (item.width > 0) {
              const exempt = found === 1 || (previous !== null && previous.width < item.width) || /^u?r?["']/.test(previous?.line.tokens[0].text ?? '');
              const code = nestedInFunction(items, k) ? 'E306' : 'E301';
              if (!exempt && checks(code)) {
                if (found === 0) {
                  note(insertAt, code, `${code} expected 1 blank line${code === 'E306' ? ' before a nested definition' : ''}, found 0: added 1`, at);
                  runs[insertAt] = 1;
                } else {
                  for (let j = k; j >= 0 && (j === k || items[j].line.commentOnly); j--) {
                    if (runs[j] > 1) {
                      note(j, code, `${code} expected 1 blank line, found ${runs[j]}: removed ${plural(runs[j] - 1)}`, at);
                      runs[j] = 1;
                    }
                  }
                }
              }
            } else if (found < 2 && checks('E302')) {
              note(insertAt, 'E302', `E302 expected 2 blank lines, found ${found}: added ${plural(2 - runs[insertAt])}`, at);
              runs[insertAt] = 2;
            }
          } else if (item.width === 0 && found < 2 && previousUnindented !== null && ['def', 'class'].includes(previousUnindented.line.tokens[0].text) && checks('E305')) {
            note(insertAt, 'E305', `E305 expected 2 blank lines after a class or function definition, found ${found}: added ${plural(2 - runs[insertAt])}`, at);
            runs[insertAt] = 2;
          }
        }
      }
    }
    blankBefore = Math.max(blankBefore, runs[k]);
    if (!item.line.commentOnly) {
      previous = item;
      if (item.width === 0) previousUnindented = item;
      blankBefore = 0;
    }
  }

  const changes: BlankLineChange[] = [];
  for (const [k, item] of items.entries()) {
    const had = item.blanks.length;
    if (runs[k] === had) continue;
    const lineStart = lineStarts[item.line.firstLine];
    const removed = runs[k] < had ? item.blanks.slice(runs[k]) : [];
    const edit = removed.length > 0 ? { start: lineStarts[removed[0]], end: lineStart, text: '' } : { start: lineStart, end: lineStart, text: eol.repeat(runs[k] - had) };
    const { codes, messages, at } = notes[k];
    changes.push({ edit, codes: [...codes].sort(), message: messages.join('; '), at, removed });
  }
  return changes;
}

function plural(count: number): string {
  return count === 1 ? '1 blank line' : `${count} blank lines`;
}

/** The item whose blank lines come before `k` and the comments directly above it at its indentation. */
function leadingComments(items: readonly Item[], runs: readonly number[], k: number): number {
  let j = k;
  while (j > 0 && runs[j] === 0 && items[j - 1].line.commentOnly && items[j - 1].width === items[k].width) j--;
  return j;
}

/** Whether the enclosing definition of item `k` is a function (E306) rather than a class (E301). */
function nestedInFunction(items: readonly Item[], k: number): boolean {
  let width = items[k].width;
  for (let j = k - 1; j >= 0; j--) {
    const item = items[j];
    if (item.line.commentOnly || item.width >= width) continue;
    if (item.first === 'def') return true;
    width = item.width;
    if (width === 0) return false;
  }
  return false;
}

/**
 * pycodestyle's test for a one-line definition (`def f(): pass`), which may
 * follow another without blank lines: what comes after it on the next
 * non-blank line is not indented deeper.
 */
function isOneLiner(item: Item, physicalLine: (index: number) => string, lineCount: number): boolean {
  const last = item.line.lastLine;
  if (last > 0 && indentWidth(/^[ \t]*/.exec(physicalLine(last - 1))![0]) > item.width) return false;
  let at = last;
  while (at < lineCount && !/^\s*(?:async\s+def\s|def\s|class\s)/.test(physicalLine(at))) at++;
  if (at === lineCount) return false;
  for (let next = at + 1; next < lineCount; next++) {
    const text = physicalLine(next);
    if (text.trim() !== '') return indentWidth(/^[ \t]*/.exec(text)![0]) <= item.width;
  }
  return true;
}
