/**
 * The changes a review suggests word for word (GitHub's and Gerrit's
 * ```suggestion blocks), applied like the fixes of a transform: the exact
 * replacement of the lines the comment is on, refused when those lines no
 * longer read as the reviewer saw them or when the file would not parse.
 */
import { applyEdits } from './edits.js';
import { describeSyntaxError, firstSyntaxError, parsePython } from '../python/parse.js';
import { tokenize, UnreadableCode } from '../python/tokens.js';
import { SUGGESTED_CHANGE, type SuggestedChange } from '../review/plan.js';
import type { CodeTable, Edit, FileContext, Finding, Safety, Transform, TransformMeta } from './types.js';

const codes = {
  TM010: {
    name: 'suggested-change',
    summary: "a reviewer's suggested change (a ```suggestion block) → the lines it is on replaced as the reviewer wrote them, when they still read as the reviewer saw them",
    fix: 'safe or unsafe',
  },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: SUGGESTED_CHANGE,
  summary: "Apply a reviewer's suggested change: the exact replacement of the lines a comment is on",
  suggestion: "apply the reviewer's suggested change",
  safety: 'unsafe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Replaces the lines a review comment is on with the lines of its ```suggestion block, as GitHub and Gerrit apply them, when the lines still read as the reviewer saw them.',
    whyIsThisBad: 'A suggested change that has to be copied by hand from a review into the code is slow to apply and easy to get wrong.',
    example: { input: 'time.sleep(5)\n', output: 'wait_until(server_is_active)\n' },
    fixSafety:
      'Safe when the change only moves code or edits comments (the same tokens on the same logical lines, with the same indentation); otherwise unsafe: ' +
      "the reviewer's code has not been proven to keep the test's behaviour. Refused when the lines changed since the review, or when the file would not parse.",
  },
  examples: { valid: [], invalid: [] },
  codes,
};

/** The transform that applies the suggested changes of one file. */
export function suggestedChanges(changes: readonly SuggestedChange[]): Transform<Code> {
  return { meta, create: (context) => changes.flatMap((change) => changeFinding(context, change) ?? []) };
}

/** The finding for one suggested change, or null when its lines already read as the change has them. */
function changeFinding(context: FileContext, change: SuggestedChange): Finding<Code> | null {
  const { source } = context;
  const starts = lineStarts(source);
  // Lines are placed in the file as it was before the run: earlier rounds may have moved them.
  const first = starts.findIndex((start) => context.sourceLine(start) >= change.from);
  const after = starts.findIndex((start) => context.sourceLine(start) > change.to);
  const lines = change.from === change.to ? `line ${change.from}` : `lines ${change.from}-${change.to}`;
  const message = `${lines}: the suggested change`;
  if (first === -1 || context.sourceLine(starts[first]) !== change.from) return refuse(context, source.length, message, `the file has no ${lines}`);
  const start = starts[first];
  const end = after === -1 ? source.length : starts[after];
  const current = splitLines(source.slice(start, end));
  const replacement = change.replacement === '' ? [] : splitLines(change.replacement);
  const asSeen = change.seen === null || sameLines(current, change.seen);
  // A run after the one that applied it finds the replacement where the lines were.
  if (sameLines(current, replacement) || (!asSeen && replacement.length > 0 && sameLines(splitLines(source.slice(start)).slice(0, replacement.length), replacement))) return null;
  if (!asSeen) {
    const seen = change.seen!;
    const differs = Math.max(0, current.findIndex((line, i) => line.trimEnd() !== (seen[i] ?? '').trimEnd()));
    return refuse(context, start, message, `the lines no longer read as the reviewer saw them: line ${change.from + differs} reads \`${current[differs]?.trim() ?? ''}\`, the comment saw \`${seen[differs]?.trim() ?? ''}\``);
  }
  const breaks = /(?:\r\n|\r|\n)$/.test(source.slice(start, end));
  const edit: Edit = { start, end, text: replacement.length === 0 ? '' : replacement.join(context.eol) + (breaks ? context.eol : '') };
  const next = applyEdits(source, [edit]);
  const tree = parsePython(next);
  const broken = firstSyntaxError(tree);
  if (broken !== null) return refuse(context, start, message, `the file would not parse with it (${describeSyntaxError(next, broken)})`);
  const safety: Safety = sameCode(source, context, next, tree) ? 'safe' : 'unsafe';
  return { code: 'TM010', message, start, end: Math.max(start, end - 1), fix: { edits: [edit], safety } };
}

function refuse(context: FileContext, at: number, message: string, reason: string): Finding<Code> {
  const start = Math.min(at, context.source.length);
  return { code: 'TM010', message, start, end: start, fix: null, reason };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n|\r|\n/g)) if (match.index + match[0].length < source.length) starts.push(match.index + match[0].length);
  return starts;
}

/** The lines of a text, without their breaks; a last break ends the last line. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line.trimEnd() === b[i].trimEnd());
}

/** Whether two texts hold the same code: the same tokens, comments aside, on logical lines with the same indentation. */
function sameCode(before: string, context: FileContext, after: string, afterTree: ReturnType<typeof parsePython>): boolean {
  try {
    return codeOf(before, context.tree) === codeOf(after, afterTree);
  } catch (error) {
    if (error instanceof UnreadableCode) return false;
    throw error;
  }
}

function codeOf(source: string, tree: ReturnType<typeof parsePython>): string {
  const { logical, lineStarts: starts } = tokenize(source, tree);
  return logical
    .map((line) => line.tokens.filter((token) => token.kind !== 'comment'))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => `${tokens[0].start - starts[tokens[0].line]}:${tokens.map((token) => token.text).join(' ')}`)
    .join('\n');
}
