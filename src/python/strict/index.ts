/**
 * Whether CPython would compile a source text: the judgement that decides
 * whether testmend may edit a file, and whether an edit may stand.
 *
 * tree-sitter's grammar is forgiving: it accepts Python 2's `print x`,
 * statements run together on one line, inconsistent tabs, nesting deeper
 * than CPython allows. A file is editable only when the tree has no error
 * and these stricter checks find none.
 */
import type Parser from 'tree-sitter';
import { checkStatements } from './statements.js';
import { CompileProblem, tokenize } from './tokenizer.js';
import { checkTree } from './tree-checks.js';

export { CompileProblem } from './tokenizer.js';

/** The first reason CPython would refuse `source` that the tree does not show, or null. */
export function compileProblem(source: string, tree: Parser.Tree): CompileProblem | null {
  try {
    const deferred = checkStatements(tokenize(source));
    checkTree(source, tree, deferred);
    return null;
  } catch (error) {
    if (error instanceof CompileProblem) return error;
    throw error;
  }
}
