/** Fast text scans that let a transform skip the tree where nothing can match. */

/**
 * The index just past the bracket that closes the one at `open`, skipping
 * string literals and comments; the end of the source when it is unbalanced.
 * It errs towards too long, never too short, so it is safe as a pre-filter.
 */
export function closingBracket(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (--depth === 0) return i + 1;
    } else if (char === '#') {
      const newline = source.indexOf('\n', i);
      if (newline === -1) return source.length;
      i = newline;
    } else if (char === '"' || char === "'") {
      i = stringEnd(source, i) - 1;
    }
  }
  return source.length;
}

/** The index just past the string literal whose quote is at `quote`. */
function stringEnd(source: string, quote: number): number {
  const char = source[quote];
  const triple = source.startsWith(char.repeat(3), quote);
  const delimiter = triple ? char.repeat(3) : char;
  for (let i = quote + delimiter.length; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source.startsWith(delimiter, i)) return i + delimiter.length;
    else if (!triple && source[i] === '\n') return i;
  }
  return source.length;
}
