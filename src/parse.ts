/** Parsing with tree-sitter-python: one parser and one query cache per thread. */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

const language = Python as unknown as Parser.Language;
const parser = new Parser();
parser.setLanguage(language);
const queries = new Map<string, Parser.Query>();

/** Parses Python source. Indices in the tree are UTF-16 code units, like JS strings. */
export function parsePython(source: string): Parser.Tree {
  return parser.parse(source);
}

/** Compiles a query once per process and reuses it. */
export function compileQuery(pattern: string): Parser.Query {
  let query = queries.get(pattern);
  if (query === undefined) {
    query = new Parser.Query(language, pattern);
    queries.set(pattern, query);
  }
  return query;
}

/** The first ERROR or MISSING node, in source order, or null for a clean tree. */
export function firstSyntaxError(tree: Parser.Tree): Parser.SyntaxNode | null {
  if (!tree.rootNode.hasError) return null;
  const cursor = tree.walk();
  for (;;) {
    const node = cursor.currentNode;
    if (node.isError || node.isMissing) return node;
    if (node.hasError && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return null;
    }
  }
}

/** Says where the first syntax error is, for a report: "line 3: unexpected ..." */
export function describeSyntaxError(source: string, node: Parser.SyntaxNode): string {
  const line = countLines(source, node.startIndex);
  if (node.isMissing) return `line ${line}: missing '${node.type}'`;
  const text = source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 30)).split(/\r?\n/)[0];
  return `line ${line}: invalid syntax near '${text}'`;
}

function countLines(source: string, index: number): number {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) line++;
  return line;
}
