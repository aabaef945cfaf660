/** The read-only view of one file that transforms receive. */
import type Parser from 'tree-sitter';
import { compileQuery } from './parse.js';
import { detectEol } from './source.js';
import type { FileContext } from './types.js';

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

  lineStart(index: number): number {
    return this.starts[this.line(index) - 1];
  }

  indentOf(index: number): string {
    const start = this.lineStart(index);
    return /^[ \t\f]*/.exec(this.source.slice(start, start + 200))![0];
  }
}

/** Builds the context a transform sees for one parse of one file. */
export function createContext(path: string, source: string, tree: Parser.Tree): FileContext {
  let table: LineTable | undefined;
  const lines = () => (table ??= new LineTable(source));
  return {
    path,
    source,
    tree,
    eol: detectEol(source),
    text: (node) => source.slice(node.startIndex, node.endIndex),
    line: (index) => lines().line(index),
    column: (index) => lines().column(index),
    indentOf: (index) => lines().indentOf(index),
    lineStart: (index) => lines().lineStart(index),
    query: compileQuery,
  };
}
