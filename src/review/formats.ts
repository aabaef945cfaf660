/**
 * The forms a review comes in, told apart by their content: Gerrit's comment
 * JSON (the REST API's list of a revision's or a change's comments), GitHub's
 * pull-request review comments JSON, or text (plain or Markdown).
 */

/** Where in the code a review comment is attached. */
export interface Anchor {
  /** The file, as the review names it (relative to the repository). */
  readonly path: string;
  /** The last line commented, 1-based; null for a comment on the whole file. */
  readonly line: number | null;
  /** The first line commented: equal to `line` for one line. */
  readonly startLine: number | null;
  /** The characters a Gerrit comment selects on its one line (0-based, end excluded), or null. */
  readonly columns: { readonly start: number; readonly end: number } | null;
  /** Why the lines do not belong to the file as it is now (the old side, an outdated comment), or null. */
  readonly stale: string | null;
  /** The commented lines as the reviewer saw them, when the export holds them (GitHub's diff hunk). */
  readonly seen: readonly string[] | null;
}

/** One comment of a review. A text review is one comment without an anchor. */
export interface ReviewComment {
  readonly body: string;
  readonly anchor: Anchor | null;
  /** The export's id for it, when it has one. */
  readonly id: string | null;
  /** The comment it answers, in a thread. */
  readonly replyTo: string | null;
  /** What it is about beyond the code: the commit message, or nothing (the code or the change). */
  readonly commitMessage: boolean;
}

export type ReviewFormat = 'text' | 'gerrit' | 'github';

export interface Review {
  readonly format: ReviewFormat;
  readonly comments: readonly ReviewComment[];
}

/** A review in JSON that is neither of the exports testmend reads. */
export class ReviewFormatError extends Error {
  override name = 'ReviewFormatError';
}

/** Gerrit prefixes its JSON answers with this line against cross-site script inclusion. */
const GERRIT_PREFIX = /^\s*\)\]\}'[^\n]*\n/;

/** Gerrit's paths for comments not on a file of the change. */
const GERRIT_CHANGE = '/PATCHSET_LEVEL';
const GERRIT_COMMIT_MESSAGE = new Set(['/COMMIT_MSG', '/MERGE_LIST']);

/** Reads a review, telling its form by its content. */
export function readReview(text: string): Review {
  const json = parseJson(text);
  if (json === undefined) return { format: 'text', comments: [{ body: text, anchor: null, id: null, replyTo: null, commitMessage: false }] };
  if (Array.isArray(json) && json.every(isGitHubComment)) return { format: 'github', comments: json.map(readGitHubComment) };
  if (isRecord(json) && Object.values(json).every((list) => Array.isArray(list) && list.every(isGerritComment))) {
    return { format: 'gerrit', comments: readGerritComments(json as Record<string, GerritComment[]>) };
  }
  throw new ReviewFormatError(
    "the review is JSON, but neither Gerrit's comments (file path → list of comments with message, line, range) nor GitHub's pull-request review comments (a list of comments with path, line, body)",
  );
}

/** The JSON value of a review, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
  const body = text.replace(/^\ufeff/, '').replace(GERRIT_PREFIX, '');
  if (!/^\s*[[{]/.test(body)) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A comment of Gerrit's CommentInfo form, as far as testmend reads it. */
interface GerritComment {
  readonly id?: string;
  readonly patch_set?: number;
  readonly side?: 'REVISION' | 'PARENT';
  readonly line?: number;
  readonly range?: { readonly start_line: number; readonly start_character: number; readonly end_line: number; readonly end_character: number };
  readonly in_reply_to?: string;
  readonly message: string;
}

function isGerritComment(value: unknown): value is GerritComment {
  return isRecord(value) && typeof value.message === 'string' && (value.line === undefined || typeof value.line === 'number');
}

/** Gerrit's map of file → comments, in the map's order; comments of an older patch set than the newest are stale. */
function readGerritComments(map: Record<string, GerritComment[]>): ReviewComment[] {
  const newest = Math.max(0, ...Object.values(map).flatMap((list) => list.map((c) => c.patch_set ?? 0)));
  return Object.entries(map).flatMap(([path, list]) =>
    list.map((comment): ReviewComment => {
      const base = { body: comment.message, id: comment.id ?? null, replyTo: comment.in_reply_to ?? null };
      if (GERRIT_COMMIT_MESSAGE.has(path)) return { ...base, anchor: null, commitMessage: true };
      if (path === GERRIT_CHANGE) return { ...base, anchor: null, commitMessage: false };
      const range = comment.range;
      const line = range?.end_line ?? comment.line ?? null;
      const stale =
        comment.side === 'PARENT'
          ? 'the comment is on the base the change started from, not on the change'
          : comment.patch_set !== undefined && comment.patch_set < newest
            ? `the comment is on patch set ${comment.patch_set}; the newest in the review is ${newest}`
            : null;
      return {
        ...base,
        commitMessage: false,
        anchor: {
          path,
          line,
          startLine: range?.start_line ?? line,
          columns: range !== undefined && range.start_line === range.end_line ? { start: range.start_character, end: range.end_character } : null,
          stale,
          seen: null,
        },
      };
    }),
  );
}

/** A comment of GitHub's pull-request review comment form, as far as testmend reads it. */
interface GitHubComment {
  readonly id?: number;
  readonly path: string;
  readonly body: string;
  readonly line?: number | null;
  readonly start_line?: number | null;
  readonly original_line?: number | null;
  readonly side?: 'LEFT' | 'RIGHT';
  readonly subject_type?: 'line' | 'file';
  readonly in_reply_to_id?: number;
  readonly diff_hunk?: string;
}

function isGitHubComment(value: unknown): value is GitHubComment {
  return isRecord(value) && typeof value.path === 'string' && typeof value.body === 'string' && ('diff_hunk' in value || 'line' in value || 'original_line' in value);
}

function readGitHubComment(comment: GitHubComment): ReviewComment {
  const base = { body: comment.body, id: comment.id === undefined ? null : String(comment.id), replyTo: comment.in_reply_to_id === undefined ? null : String(comment.in_reply_to_id), commitMessage: false };
  if (comment.subject_type === 'file') return { ...base, anchor: { path: comment.path, line: null, startLine: null, columns: null, stale: null, seen: null } };
  const outdated = comment.line === null || comment.line === undefined;
  const line = (outdated ? comment.original_line : comment.line) ?? null;
  const startLine = (outdated ? null : comment.start_line) ?? line;
  const stale = outdated
    ? 'the comment is outdated: the lines it is on changed after it was written'
    : comment.side === 'LEFT'
      ? 'the comment is on lines the pull request removes'
      : null;
  const seen = stale === null && line !== null && startLine !== null && comment.diff_hunk !== undefined ? hunkTail(comment.diff_hunk, line - startLine + 1) : null;
  return { ...base, anchor: { path: comment.path, line, startLine, columns: null, stale, seen } };
}

/** The last `count` lines of a diff hunk's new side: the lines a review comment is on. */
function hunkTail(hunk: string, count: number): string[] | null {
  const lines = hunk
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('@@') && !line.startsWith('-') && !line.startsWith('\\'))
    .map((line) => line.slice(1));
  return lines.length >= count ? lines.slice(lines.length - count) : null;
}
