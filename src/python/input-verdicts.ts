/**
 * A run's first pass and its engine both judge each input file it parses.
 * A text parsed afresh gets the same verdict each time, so the first pass
 * keeps its verdict, by path with a digest of the text judged, and the
 * engine takes it instead of checking the same text again.
 */
import type Parser from 'tree-sitter';
import { findSyntaxError, type SyntaxProblem } from './parse.js';
import { textDigest } from './source.js';

interface Kept {
  readonly digest: string;
  readonly problem: SyntaxProblem | null;
}

/**
 * Verdicts kept, oldest first. A file the engine never judges (its outcome
 * known from the first pass's facts) leaves its verdict here, so the oldest
 * go once there are more than MAX_KEPT.
 */
const kept = new Map<string, Kept>();
const MAX_KEPT = 20_000;

/** {@link findSyntaxError} on the text of the file at `path` as read, with `tree` a fresh parse of it; kept for {@link takeInputVerdict}. */
export function judgeInput(path: string, source: string, tree: Parser.Tree): SyntaxProblem | null {
  const problem = findSyntaxError(source, tree);
  kept.delete(path);
  kept.set(path, { digest: textDigest(source), problem });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return problem;
}

/** The verdict {@link judgeInput} kept for `path` when it judged this very text, else {@link findSyntaxError}; forgets the kept one either way. */
export function takeInputVerdict(path: string, source: string, tree: Parser.Tree): SyntaxProblem | null {
  const previous = kept.get(path);
  if (previous === undefined) return findSyntaxError(source, tree);
  kept.delete(path);
  return previous.digest === textDigest(source) ? previous.problem : findSyntaxError(source, tree);
}
