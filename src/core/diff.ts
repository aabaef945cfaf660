/** Unified diffs of whole files, as `git apply` and `patch -p1` read them. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff with `--- a/path` and `+++ b/path` headers and 3 lines of
 * context. An absolute path keeps its single leading slash: `a/abs/path`.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.replace(/^\//, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/** The unified diff that creates a file: from `/dev/null` to `b/path`, as `git apply` reads it. */
export function newFileDiff(path: string, text: string): string {
  return createTwoFilesPatch('/dev/null', `b/${path.replace(/^\//, '')}`, '', text, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

const STYLES: readonly [RegExp, string][] = [
  [/^(---|\+\+\+) /, '\x1b[1m'],
  [/^@@ /, '\x1b[36m'],
  [/^-/, '\x1b[31m'],
  [/^\+/, '\x1b[32m'],
];

/** Colors a diff for a terminal: headers bold, hunks cyan, removals red, additions green. */
export function colorizeDiff(diff: string): string {
  return diff.replace(/^.*$/gm, (line) => {
    const style = STYLES.find(([pattern]) => pattern.test(line))?.[1];
    return style && line !== '' ? `${style}${line}\x1b[0m` : line;
  });
}
