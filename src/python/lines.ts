/** Index ↔ line and column lookups for a text. */

/** Line starts of a text, for index → line/column lookups by binary search. */
export class LineTable {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** 1-based line of an index. */
  line(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** 1-based column of an index. */
  column(index: number): number {
    return index - this.lineStart(index) + 1;
  }

  /** The index of a 1-based line and column: the inverse of `line` and `column`. */
  index(line: number, column: number): number {
    return this.starts[Math.min(line, this.starts.length) - 1] + column - 1;
  }

  lineStart(index: number): number {
    return this.starts[this.line(index) - 1];
  }

  indentOf(index: number): string {
    const start = this.lineStart(index);
    return /^[ \t\f]*/.exec(this.source.slice(start, start + 200))![0];
  }
}

/** The index just past the line break that ends the line holding `index` (the end of the text on the last line). */
export function nextLineStart(source: string, index: number): number {
  const newline = source.indexOf('\n', index);
  return newline === -1 ? source.length : newline + 1;
}
