/** The read-only view of one file that transforms receive. */
import type Parser from 'tree-sitter';
import { compileQuery } from './parse.js';
import { detectEol } from './source.js';
import { LineTable } from './lines.js';
import type { FileContext } from './types.js';

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
