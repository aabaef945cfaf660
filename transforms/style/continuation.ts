/**
 * The indentation of lines that continue a statement inside brackets
 * (pycodestyle's E12x): a line lines up with the first token after its open
 * bracket when one follows it on the same line (visual indent), and otherwise
 * hangs four spaces deeper than the line that opened the bracket (eight when
 * four would match the block the statement opens). A closing bracket on its
 * own line goes back to its opening line's indentation. Lines pycodestyle
 * already accepts, and codes the project ignores, keep their place.
 */
import { CONTINUATION, type LogicalLine, STARTS_IN_STRING, type TokenizedSource } from '../../src/index.js';

/** Where a continuation line goes, and the code that says so (null when only the first line's shift moves it). */
export interface ContinuationTarget {
  readonly width: number;
  readonly code: string | null;
}

interface Bracket {
  readonly visual: number | null;
  readonly openIndent: number;
  hang: number | null;
}

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/**
 * The new indentation width of every continuation line of `line`, given the
 * new width of its first line; null for statements continued by a backslash
 * or through a multi-line string, which keep the plain shift.
 */
export function continuationTargets(
  source: string,
  tokenized: TokenizedSource,
  line: LogicalLine,
  firstWidth: number,
  oldFirstWidth: number,
  checks: (code: string) => boolean,
): Map<number, ContinuationTarget> | null {
  const { lineStarts, flags } = tokenized;
  const tokens = line.tokens;
  const code = tokens.filter((token) => token.kind !== 'comment');
  const opensBlock = code.length > 0 && code[code.length - 1].text === ':';
  const shift = firstWidth - oldFirstWidth;
  const indentLength = new Map<number, number>();
  const newIndent = new Map<number, number>([[line.firstLine, firstWidth]]);
  const targets = new Map<number, ContinuationTarget>();
  const stack: Bracket[] = [];
  const indentOf = (physical: number) => {
    let length = indentLength.get(physical);
    if (length === undefined) {
      length = /^[ \t]*/.exec(source.slice(lineStarts[physical], lineStarts[physical] + 200))![0].length;
      indentLength.set(physical, length);
    }
    return length;
  };
  const newColumn = (index: number, physical: number) => newIndent.get(physical)! + index - lineStarts[physical] - indentOf(physical);

  let previousLine = line.firstLine;
  for (const [i, token] of tokens.entries()) {
    if (token.line !== previousLine) {
      for (let physical = previousLine + 1; physical <= token.line; physical++) {
        if ((flags[physical] & STARTS_IN_STRING) !== 0) return null;
      }
      previousLine = token.line;
      const bracket = stack.at(-1);
      if (bracket === undefined || (flags[token.line] & CONTINUATION) === 0) return null;
      const text = source.slice(lineStarts[token.line], lineStarts[token.line] + indentOf(token.line));
      const shifted = Math.max(0, [...text].reduce((width, char) => (char === '\t' ? (Math.floor(width / 8) + 1) * 8 : width + 1), 0) + shift);
      const target = place(bracket, token.kind === 'op' && CLOSERS.has(token.text), shifted, opensBlock, firstWidth, checks);
      targets.set(token.line, target);
      newIndent.set(token.line, target.width);
    }
    if (token.kind !== 'op') continue;
    if (OPENERS.has(token.text)) {
      const next = tokens[i + 1];
      const visual = next !== undefined && next.line === token.line && next.kind !== 'comment' ? newColumn(next.start, token.line) : null;
      stack.push({ visual, openIndent: newIndent.get(token.line)!, hang: null });
    } else if (CLOSERS.has(token.text)) {
      stack.pop();
    }
  }
  return targets;
}

/** Where one continuation line inside `bracket` goes, from where the first line's shift would put it. */
function place(bracket: Bracket, closing: boolean, shifted: number, opensBlock: boolean, firstWidth: number, checks: (code: string) => boolean): ContinuationTarget {
  const keep = { width: shifted, code: null };
  const move = (width: number, code: string) => (width === shifted || !checks(code) ? keep : { width, code });
  if (bracket.visual !== null) {
    if (closing) return move(bracket.visual, 'E124');
    if (opensBlock && bracket.visual === firstWidth + 4) return keep;
    return move(bracket.visual, shifted < bracket.visual ? 'E128' : 'E127');
  }
  const hang = shifted - bracket.openIndent;
  if (closing) {
    if (hang === 0 || (hang === bracket.hang && !checks('E123'))) return keep;
    return move(bracket.openIndent, 'E123');
  }
  const valid = opensBlock && bracket.openIndent === firstWidth ? [8, 4] : [4];
  if (bracket.hang === null) {
    if (valid.includes(hang)) {
      bracket.hang = hang;
      return keep;
    }
    const placed = move(bracket.openIndent + valid[0], hang <= 0 ? 'E122' : hang > 4 ? 'E126' : opensBlock && hang === 4 ? 'E125' : 'E121');
    bracket.hang = placed.width - bracket.openIndent;
    return placed;
  }
  return move(bracket.openIndent + bracket.hang, hang <= 0 ? 'E122' : 'E131');
}
