/**
 * Which modules can define a polling helper, judged from their text alone,
 * so that the first pass parses only those. A polling helper is a function
 * at the top level of its module whose loop sleeps: its text, from its
 * `def` to the next statement at the top level, names `sleep`, or the name
 * `sleep` is imported as. The scan errs toward yes: what it cannot place (a
 * line that starts with a form feed or a line continuation, `sleep` in a
 * string or a comment) counts as possibly part of a helper.
 */

/** Where a sleep may be; the tree confirms each place. */
export const SLEEP_TEXT = /\bsleep\s*\(/;

/** `sleep as name`, across spaces, line continuations and comments, as an import renames it. */
const SLEEP_ALIAS = /\bsleep(?:[\s\\]|#[^\r\n]*)*\bas(?:[\s\\]|#[^\r\n]*)+([^\s\\#,()]+)/g;

/** A top-level line that starts a function: `def` or `async`, after any form feeds. */
const FUNCTION_START = /\f*(?:def|async)\b/y;

/** Whether `source` can define a polling helper: it sleeps, and the text of a top-level function names a sleep. */
export function mayDefineHelper(source: string): boolean {
  if (!SLEEP_TEXT.test(source)) return false;
  const names = ['sleep', ...[...source.matchAll(SLEEP_ALIAS)].map((match) => match[1])];
  const spans = topLevelFunctions(source);
  return names.some((name) => occursIn(source, name, spans));
}

/** Whether `name` occurs in one of `spans` (in order, apart), walking the text once. */
function occursIn(source: string, name: string, spans: readonly [number, number][]): boolean {
  let span = 0;
  for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
    while (span < spans.length && spans[span][1] <= at) span++;
    if (span === spans.length) return false;
    if (spans[span][0] <= at) return true;
  }
  return false;
}

/**
 * The spans of the top-level functions of a module, each from its `def` to
 * the next line that starts a statement at the top level (or the end).
 * Strings, brackets and line continuations are followed, so that a line of
 * a string or of a bracketed expression that starts at the first column
 * does not end a function.
 */
export function topLevelFunctions(source: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let depth = 0;
  let lineStart = true;
  for (let at = 0; at < source.length; ) {
    if (lineStart) {
      lineStart = false;
      FUNCTION_START.lastIndex = at;
      const starts = FUNCTION_START.test(source);
      if (starts || !' \t\f\r\n#\\'.includes(source[at])) {
        if (open !== -1) spans.push([open, at]);
        open = starts ? at : -1;
      }
    }
    const c = source[at];
    if (c === '#') {
      while (at < source.length && source[at] !== '\n' && source[at] !== '\r') at++;
    } else if (c === "'" || c === '"') {
      at = stringEnd(source, at);
    } else if (c === '\\' && (source[at + 1] === '\n' || source[at + 1] === '\r')) {
      at += source[at + 1] === '\r' && source[at + 2] === '\n' ? 3 : 2;
    } else if (c === '\n' || c === '\r') {
      at++;
      if (c === '\r' && source[at] === '\n') at++;
      lineStart = depth === 0;
    } else {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
      at++;
    }
  }
  if (open !== -1) spans.push([open, source.length]);
  return spans;
}

/** Where the string literal whose quote is at `at` ends; a one-line string that is not closed ends at its line's end. */
function stringEnd(source: string, at: number): number {
  const quote = source[at];
  const triple = source[at + 1] === quote && source[at + 2] === quote;
  let i = at + (triple ? 3 : 1);
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += source[i + 1] === '\r' && source[i + 2] === '\n' ? 3 : 2;
    else if (triple ? c === quote && source[i + 1] === quote && source[i + 2] === quote : c === quote) return i + (triple ? 3 : 1);
    else if (!triple && (c === '\n' || c === '\r')) return i;
    else i++;
  }
  return source.length;
}
