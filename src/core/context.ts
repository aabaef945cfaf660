/** The read-only view of one file that transforms receive. */
import type Parser from 'tree-sitter';
import { compileQuery } from '../python/parse.js';
import { detectEol } from '../python/source.js';
import { LineTable } from '../python/lines.js';
import { findModuleFile, findNearestFile, moduleNameOf } from './nearby.js';
import { analyzeScopes, type ScopeAnalysis } from '../python/scope.js';
import type { FactsContext, FileContext, ProjectFacts, TransformSettings } from './types.js';

/** What a run gives every file's context. */
export interface RunContext {
  readonly settings: TransformSettings;
  readonly project: ProjectFacts;
}

/** What the engine tells a round's context: where an index was before the run, and which findings it keeps. */
export interface RoundView {
  readonly sourceLine: (index: number) => number;
  readonly keeps: (code: string, index: number) => boolean;
}

/**
 * Builds the context a transform sees for one parse of one file. By default
 * `source` is the file as it was before the run and every finding is kept.
 */
export function createContext(path: string, source: string, tree: Parser.Tree, run: RunContext, round?: RoundView): FileContext {
  let scopes: ScopeAnalysis | undefined;
  return {
    ...createFactsContext(path, source, run, round),
    tree,
    text: (node) => source.slice(node.startIndex, node.endIndex),
    scopes: () => (scopes ??= analyzeScopes(tree.rootNode)),
    query: compileQuery,
  };
}

/** The context of a file read without its tree: what a transform answers from the first pass's facts. */
export function createFactsContext(path: string, source: string, run: RunContext, round?: RoundView): FactsContext {
  let table: LineTable | undefined;
  let module: string | undefined;
  const lines = () => (table ??= new LineTable(source));
  const moduleName = () => (module ??= moduleNameOf(path));
  return {
    path,
    source,
    eol: detectEol(source),
    line: (index) => lines().line(index),
    sourceLine: round?.sourceLine ?? ((index) => lines().line(index)),
    keeps: round?.keeps ?? (() => true),
    column: (index) => lines().column(index),
    indentOf: (index) => lines().indentOf(index),
    lineStart: (index) => lines().lineStart(index),
    settings: run.settings,
    project: run.project,
    moduleName,
    nearestFile: (names) => findNearestFile(path, names),
    moduleFile: (dotted) => findModuleFile(path, moduleName(), dotted),
  };
}
