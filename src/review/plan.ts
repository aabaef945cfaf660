/**
 * The plan for a review-driven run: each suggestion of the review with where
 * it applies, the transforms it maps to and whether they run, or why nothing
 * applies; and, from those, what the run does where.
 */
import type { TransformMeta } from '../core/types.js';
import { readReview, type Anchor, type ReviewComment, type ReviewFormat } from './formats.js';
import type { CodeIndex } from './places.js';
import { classify, type Classification, type Mapping, type Refusal, type RefusalKind } from './rules.js';
import { describePlace, scopeOf, type Place, type Scope } from './scope.js';
import { readMarkdown, type Passage, type SuggestionBlock } from './split.js';
import { splitSentences } from './sentences.js';

/** Whether a mapped transform runs: it does, this version lacks it, `-t`/`--skip` left it out, or the review places it nowhere under the paths. */
export type MappingStatus = 'selected' | 'unavailable' | 'left-out' | 'nowhere';

export interface PlannedMapping extends Mapping {
  readonly status: MappingStatus;
  /** The transform's safety, when this version has it. */
  readonly safety: TransformMeta['safety'] | null;
}

/** The exact replacement of lines a review comment holds (a ```suggestion block), placed in a file of the run. */
export interface SuggestedChange {
  /** The file, as reports show it. */
  readonly path: string;
  /** The 1-based lines it replaces, both included. */
  readonly from: number;
  readonly to: number;
  /** The new lines, without the last line break. */
  readonly replacement: string;
  /** The lines as the reviewer saw them, when the review holds them. */
  readonly seen: readonly string[] | null;
}

/** Where the review attaches a suggestion: the file and lines of its comment. */
export interface CommentPlace {
  readonly path: string;
  readonly line: number | null;
  readonly startLine: number | null;
}

/** One suggestion of the review, as planned. */
export interface PlannedSuggestion {
  /** 1-based, in review order. */
  readonly index: number;
  /** 1-based line of the review where it starts; null in a review exported as JSON. */
  readonly line: number | null;
  readonly text: string;
  /** The file and lines its comment is attached to, in a review exported as JSON. */
  readonly comment: CommentPlace | null;
  /** Where it applies. */
  readonly scope: Scope;
  readonly mappings: readonly PlannedMapping[];
  /** The reviewer's exact replacement of the commented lines, when the comment holds one that can be placed. */
  readonly change: SuggestedChange | null;
  readonly refusals: readonly Refusal[];
}

/** A passage read as context, not as a suggestion. */
export interface ContextPassage {
  readonly line: number | null;
  readonly text: string;
  /** Why it is context, when that is not plain: a quote, a reply, an item marked done. */
  readonly note: string | null;
}

/** Lines of a file a transform is limited to. */
export interface Region {
  readonly path: string;
  /** 1-based lines, both included; absent for the whole file. */
  readonly from?: number;
  readonly to?: number;
}

export interface Plan {
  /** The review as the user named it; `-` is standard input. */
  readonly review: string;
  readonly format: ReviewFormat;
  /** The files and directories under review. */
  readonly paths: readonly string[];
  /** Whether `--review-scope paths` widened every suggestion to every file under the paths. */
  readonly widened: boolean;
  readonly suggestions: readonly PlannedSuggestion[];
  /** Passages read as context, not as suggestions: greetings, introductions, summaries, quotes, replies. */
  readonly context: readonly ContextPassage[];
  /** The transforms to run, in registry order. */
  readonly transforms: readonly string[];
  /** The regions each transform is limited to; a transform absent here runs on every file under the paths. */
  readonly regions: Readonly<Record<string, readonly Region[]>>;
  /** Option values the suggestions bring (`rename: ['old=new']`, `naming-style: 'snake'`), by option name. */
  readonly settings: Readonly<Record<string, string | readonly string[]>>;
  /** The suggested changes to apply, in suggestion order. */
  readonly changes: readonly SuggestedChange[];
}

export interface PlanOptions {
  /** The transforms this version has, in registry order. */
  readonly available: readonly Pick<TransformMeta, 'name' | 'safety'>[];
  /** `-t`: when not empty, only these run. */
  readonly only?: readonly string[];
  /** `--skip`: these never run. */
  readonly skip?: readonly string[];
  /** The files of the run, to place the suggestions; without it every suggestion applies to every file under the paths. */
  readonly code?: CodeIndex;
  /** `--review-scope paths`: every suggestion applies to every file under the paths. */
  readonly widen?: boolean;
}

/** The transform that applies suggested changes, as reports name it. */
export const SUGGESTED_CHANGE = 'suggested-change';

/** A stretch of a comment that may become a suggestion. */
interface Candidate {
  readonly comment: ReviewComment;
  readonly passage: Passage;
  readonly text: string;
  readonly classification: Classification;
  /** The comment's ```suggestion blocks, on the first candidate of the comment. */
  readonly blocks: readonly SuggestionBlock[];
  /** Why it is context, or null when it is a suggestion. */
  readonly context: string | null;
}

/**
 * Plans a run from a review. Each comment of the review is read on its own:
 * when it has list items, they are its suggestions, and the paragraphs around
 * them count only when they ask for something; otherwise each paragraph is
 * read sentence by sentence, and the sentences that ask for different things
 * are different suggestions. Quotes, items marked done and replies in a
 * thread are context. A comment with a ```suggestion block is one suggestion:
 * the block is its fix, and its words explain it.
 */
export function planReview(text: string, review: string, paths: readonly string[], options: PlanOptions): Plan {
  const { format, comments } = readReview(text);
  const code = options.code ?? null;
  const anchored = comments.flatMap((c) => (c.anchor === null ? [] : [c.anchor.path]));
  const reviewed = code === null || anchored.length === 0 ? null : [...new Set(anchored.flatMap((p) => code.filesNamed(p)))];
  const candidates = comments.flatMap((comment) => readComment(comment, code));
  const suggestions = candidates
    .filter((c) => c.context === null)
    .map((candidate, i) => planSuggestion(candidate, i + 1, format, reviewed, code, options));
  const context = candidates.filter((c) => c.context !== null).map((c) => ({ line: format === 'text' ? c.passage.line : null, text: c.text, note: c.context === '' ? null : c.context }));
  const selected = suggestions.flatMap((s) => s.mappings.map((m) => ({ s, m }))).filter(({ m }) => m.status === 'selected');
  return {
    review,
    format,
    paths,
    widened: options.widen === true,
    suggestions,
    context,
    transforms: options.available.map((t) => t.name).filter((name) => selected.some(({ m }) => m.transform === name)),
    regions: regionsOf(selected),
    settings: settingsOf(selected.map(({ m }) => m)),
    changes: suggestions.flatMap((s) => (s.change === null ? [] : [s.change])),
  };
}

/** The candidates of one comment, suggestions and context, in order. */
function readComment(comment: ReviewComment, code: CodeIndex | null): Candidate[] {
  const { passages, suggestions: blocks } = readMarkdown(comment.body);
  const it = nameAt(comment.anchor, code);
  const read = (passage: Passage, text = passage.text) => ({ comment, passage, text, classification: classify(text, it), blocks: [] as SuggestionBlock[] });
  if (comment.replyTo !== null) return passages.map((p) => ({ ...read(p), context: 'a reply in a thread' }));
  if (blocks.length > 0) {
    const words = passages.filter((p) => p.kind === 'item' || p.kind === 'paragraph');
    const first = words[0] ?? { line: blocks[0].line, text: '', kind: 'paragraph', introducesList: false };
    const text = words.map((p) => p.text).join(' ');
    return [{ ...read(first, text), classification: { mappings: [], refusals: [], asks: true }, blocks, context: null }];
  }
  const hasList = passages.some((p) => p.kind === 'item');
  return passages.flatMap((passage): Candidate[] => {
    if (passage.kind === 'quote') return [{ ...read(passage), context: 'quoted' }];
    if (passage.kind === 'done') return [{ ...read(passage), context: 'marked done' }];
    if (passage.kind === 'item') return [{ ...read(passage), context: null }];
    if (hasList) {
      const candidate = read(passage);
      return [{ ...candidate, context: !passage.introducesList && candidate.classification.asks ? null : '' }];
    }
    let line = passage.line;
    return groupSentences(passage, it).map((group) => {
      line = lineOf(group, { ...passage, line }, comment.body);
      return { ...read({ ...passage, line }, group), context: null };
    });
  });
}

/**
 * A paragraph of free prose cut into suggestions: a sentence that asks for
 * something other than the sentences before it starts a new one, unless the
 * sentences read together ask for something neither asks for alone (a name
 * quoted in one and its new name proposed in the next). Sentences that ask
 * for nothing stay with their neighbours.
 */
function groupSentences(passage: Passage, it: string | null): string[] {
  const groups: string[] = [];
  // Sentences that ask for nothing after a group that asks: they lead into the next request.
  let pending = '';
  for (const sentence of splitSentences(passage.text)) {
    const current = groups.at(-1);
    const text = `${pending}${sentence}`;
    if (current === undefined) {
      groups.push(text);
      continue;
    }
    const before = classify(current, it);
    const alone = classify(text, it);
    if (before.asks && !alone.asks) {
      pending = `${text} `;
      continue;
    }
    const together = classify(`${current} ${text}`, it);
    const apart = [...requests(before), ...requests(alone)];
    const separate = before.asks && disjoint(requests(before), requests(alone)) && mappingKeys(together).every((key) => apart.includes(key));
    if (separate) groups.push(text);
    else groups[groups.length - 1] = `${current} ${text}`;
    pending = '';
  }
  if (pending !== '') groups[groups.length - 1] = `${groups.at(-1)} ${pending.trim()}`;
  return groups;
}

/**
 * The line where a sentence of a paragraph starts: the first line of the
 * paragraph, from the line of the sentence before it on, that holds the
 * sentence's first word.
 */
function lineOf(sentence: string, passage: Passage, body: string): number {
  const word = /[A-Za-z_]\w+/.exec(sentence)?.[0];
  if (word === undefined || sentence === passage.text) return passage.line;
  const lines = body.split(/\r\n|\r|\n/).slice(passage.line - 1);
  const end = lines.findIndex((line) => line.trim() === '');
  const found = (end === -1 ? lines : lines.slice(0, end)).findIndex((line) => new RegExp(`\\b${word}\\b`).test(line));
  return passage.line + Math.max(0, found);
}

/** What a classification asks for, as comparable keys. */
function requests(classification: Classification): string[] {
  return [...mappingKeys(classification), ...classification.refusals.map((r) => `${r.kind}:${r.reason}`)];
}

/** The transforms a classification maps to, a rename by each of its pairs, as comparable keys. */
function mappingKeys(classification: Classification): string[] {
  return classification.mappings.flatMap((m) => (m.renames === undefined ? [m.transform] : m.renames.map((r) => `${m.transform}:${r.from}=${r.to}`)));
}

function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return !a.some((key) => b.includes(key));
}


/** The name at a comment's place, which "call it `x`" renames. */
function nameAt(anchor: Anchor | null, code: CodeIndex | null): string | null {
  if (anchor === null || anchor.line === null || anchor.stale !== null || code === null) return null;
  const files = code.filesNamed(anchor.path);
  return files.length === 1 ? code.nameAt(files[0], anchor.line, anchor.columns) : null;
}

function planSuggestion(candidate: Candidate, index: number, format: ReviewFormat, reviewed: readonly string[] | null, code: CodeIndex | null, options: PlanOptions): PlannedSuggestion {
  const { comment, passage, classification } = candidate;
  const anchor = comment.anchor;
  const renamed = classification.mappings.flatMap((m) => m.renames ?? []).flatMap((r) => [r.from, r.to]);
  const surroundings = [...(passage.headings ?? []), ...(candidate.text === passage.text ? [] : [passage.text])];
  const scope = comment.commitMessage
    ? { places: [], why: 'the comment is on the commit message' }
    : scopeOf({ text: candidate.text, surroundings, anchor, renamed, reviewed }, options.widen ? null : code);
  const commitRefusal: Refusal[] = comment.commitMessage ? [{ kind: 'not-code', reason: 'a comment on the commit message, not the code' }] : [];
  const placed = placeChange(candidate, scope, code);
  return {
    index,
    line: format === 'text' ? passage.line : null,
    text: candidate.text === '' ? 'suggested change' : candidate.text,
    comment: anchor !== null ? { path: anchor.path, line: anchor.line, startLine: anchor.startLine } : format === 'text' ? null : { path: comment.commitMessage ? 'the commit message' : 'the change', line: null, startLine: null },
    scope,
    mappings: comment.commitMessage ? [] : mergeRenames(classification.mappings).map((mapping) => scoped(mapping, scope, options)),
    change: placed.change,
    refusals: [...commitRefusal, ...(comment.commitMessage ? [] : classification.refusals), ...placed.refusals],
  };
}

/** One `rename` mapping per suggestion, with the renames of all the rules that asked for one. */
function mergeRenames(mappings: readonly Mapping[]): Mapping[] {
  const renames = mappings.filter((m) => m.transform === 'rename');
  if (renames.length < 2) return [...mappings];
  const pairs = renames.flatMap((m) => m.renames ?? []).filter((pair, i, all) => all.findIndex((p) => p.from === pair.from) === i);
  const merged: Mapping = { transform: 'rename', wording: renames.map((m) => m.wording).join('; '), settings: { rename: pairs.map((p) => `${p.from}=${p.to}`) }, renames: pairs };
  return mappings.flatMap((m) => (m === renames[0] ? [merged] : m.transform === 'rename' ? [] : [m]));
}

/** A mapping with its status, and, for a rename, its renames limited to the places of the suggestion. */
function scoped(mapping: Mapping, scope: Scope, options: PlanOptions): PlannedMapping {
  const status = statusOf(mapping.transform, options);
  const placed = status.status === 'selected' && scope.places !== null && scope.places.length === 0 ? { ...status, status: 'nowhere' as const } : status;
  if (mapping.transform !== 'rename' || scope.places === null) return { ...mapping, ...placed };
  const specs = scope.places.flatMap((place) => (mapping.renames ?? []).map((pair) => `${renameQualifier(place, pair.from)}${pair.from}=${pair.to}`));
  return { ...mapping, settings: { rename: specs }, ...placed };
}

/**
 * The `path::Qualifier.` a rename takes to stay in one place: the file, and
 * the class or function the place is limited to. A function renamed itself
 * is qualified by what holds it, since its name lives there.
 */
function renameQualifier(place: Place, from: string): string {
  const definition = place.definition;
  if (definition === null) return `${place.path}::`;
  const parts = definition.qualname.split('.');
  const holder = definition.name === from ? parts.slice(0, -1) : parts;
  return `${place.path}::${holder.map((part) => `${part}.`).join('')}`;
}

function statusOf(transform: string, options: PlanOptions): { status: MappingStatus; safety: PlannedMapping['safety'] } {
  const meta = options.available.find((t) => t.name === transform);
  if (meta === undefined) return { status: 'unavailable', safety: null };
  const only = options.only ?? [];
  const leftOut = (only.length > 0 && !only.includes(transform)) || (options.skip ?? []).includes(transform);
  return { status: leftOut ? 'left-out' : 'selected', safety: meta.safety };
}

/**
 * The suggested change of a candidate, placed in its file, or the refusals
 * that say why it cannot be: no lines, lines that are stale, a file not under
 * the paths, several blocks for the same lines.
 */
function placeChange(candidate: Candidate, scope: Scope, code: CodeIndex | null): { change: SuggestedChange | null; refusals: Refusal[] } {
  const { blocks } = candidate;
  if (blocks.length === 0) return { change: null, refusals: [] };
  const anchor = candidate.comment.anchor;
  const refuse = (reason: string) => ({ change: null, refusals: [{ kind: 'not-mechanical' as const, reason: `suggested change: ${reason}` }] });
  if (blocks.length > 1) return refuse('the comment holds several suggested changes for the same lines; which one applies is a person\'s choice');
  if (anchor === null || anchor.line === null || anchor.startLine === null) return refuse('the comment is on no lines of a file, so there are no lines to replace');
  if (anchor.stale !== null) return refuse(anchor.stale);
  const files = code === null ? [anchor.path] : code.filesNamed(anchor.path);
  if (files.length !== 1) return refuse(scope.why ?? `${anchor.path} is not one file under the paths`);
  return { change: { path: files[0], from: anchor.startLine, to: anchor.line, replacement: blocks[0].content, seen: anchor.seen }, refusals: [] };
}

/** The regions of the transforms that run, from the places of the suggestions that chose them; rename stays in place through its qualifiers. */
function regionsOf(selected: readonly { s: PlannedSuggestion; m: PlannedMapping }[]): Record<string, Region[]> {
  const regions: Record<string, Region[]> = {};
  const everywhere = new Set(selected.filter(({ s, m }) => s.scope.places === null || m.transform === 'rename').map(({ m }) => m.transform));
  for (const { s, m } of selected) {
    if (everywhere.has(m.transform)) continue;
    for (const place of s.scope.places!) {
      const region: Region = place.definition === null ? { path: place.path } : { path: place.path, from: place.definition.from, to: place.definition.to };
      const list = (regions[m.transform] ??= []);
      if (!list.some((r) => r.path === region.path && r.from === region.from && r.to === region.to)) list.push(region);
    }
  }
  return regions;
}

/** The option values of the mappings that run: lists joined, single values from the first suggestion that sets them. */
function settingsOf(mappings: readonly PlannedMapping[]): Record<string, string | readonly string[]> {
  const settings: Record<string, string | string[]> = {};
  for (const mapping of mappings) {
    for (const [name, value] of Object.entries(mapping.settings ?? {})) {
      if (typeof value === 'string') settings[name] ??= value;
      else settings[name] = [...new Set([...((settings[name] as string[] | undefined) ?? []), ...value])];
    }
  }
  return settings;
}

/**
 * The option values of a run: those of the command line, with the values the
 * plan brings added to the repeatable options they belong to; a single value
 * given on the command line wins over the review's.
 */
export function withPlanSettings(settings: Readonly<Record<string, unknown>>, plan: Plan): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...settings };
  for (const [name, value] of Object.entries(plan.settings)) {
    merged[name] = typeof value === 'string' ? (settings[name] ?? value) : [...new Set([...[settings[name] ?? []].flat().map(String), ...value])];
  }
  return merged;
}

/** How the plan and the report name a refusal's kind. */
export const REFUSAL_LABELS: Readonly<Record<RefusalKind, string>> = {
  'not-mechanical': 'not mechanical',
  harmful: 'harmful',
  'not-code': 'not about code',
};

/** The review's name in messages: standard input for `-`. */
export function reviewName(plan: Plan): string {
  return plan.review === '-' ? 'standard input' : plan.review;
}

/** A suggestion's text cut to `width` characters at a word, in quotes. */
export function quoteSuggestion(text: string, width = 72): string {
  if (text.length <= width) return `"${text}"`;
  const cut = text.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `"${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…"`;
}

/** Where a suggestion comes from in the review: its line, or its comment's file and lines. */
export function suggestionSource(suggestion: PlannedSuggestion): string {
  const { comment } = suggestion;
  if (comment === null) return `line ${suggestion.line}`;
  if (comment.line === null) return comment.path;
  return comment.startLine !== null && comment.startLine !== comment.line ? `${comment.path}:${comment.startLine}-${comment.line}` : `${comment.path}:${comment.line}`;
}

/**
 * Where a suggestion applies, in words ("in tests/test_a.py (…)", "nowhere:
 * …"), or null when that goes without saying: it changes nothing, or it
 * applies to every file under the paths of a review that names no place and
 * renames nothing.
 */
export function describeScope(suggestion: PlannedSuggestion, plan: Plan): string | null {
  const { scope } = suggestion;
  if (suggestion.mappings.length === 0 && suggestion.change === null) return null;
  if (plan.widened) return 'in every file under the paths (--review-scope paths)';
  if (scope.places === null) return scope.why !== null ? `in ${scope.why}` : suggestion.mappings.some((m) => m.transform === 'rename') ? 'in every file under the paths' : null;
  if (scope.places.length === 0) return `nowhere: ${scope.why}`;
  return `in ${scope.places.map(describePlace).join(', ')}${scope.why === null ? '' : ` (${scope.why})`}`;
}

/** What a mapping applies: the transform, and the renames or convention it brings. */
export function mappingTarget(mapping: PlannedMapping): string {
  const renames = mapping.renames?.map((pair) => `${pair.from} → ${pair.to}`).join(', ');
  if (renames) return `${mapping.transform} ${renames}`;
  const style = mapping.settings?.['naming-style'];
  return typeof style === 'string' ? `${mapping.transform} to ${style === 'snake' ? 'snake_case' : 'mixedCase'} (--naming-style ${style})` : mapping.transform;
}

/** Whether a mapping runs, in words. */
export function mappingStatus(mapping: PlannedMapping, unsafe: boolean): string {
  switch (mapping.status) {
    case 'selected':
      return mapping.safety === 'unsafe' && !unsafe ? 'runs; its fixes are unsafe and apply only with --unsafe' : 'runs';
    case 'unavailable':
      return `transform ${mapping.transform} is not available in this version`;
    case 'left-out':
      return 'left out by -t/--skip';
    case 'nowhere':
      return 'does not run: the review places it nowhere under the paths';
  }
}

/** One mapping in words: the transform, what chose it and whether it runs. */
export function describeMapping(mapping: PlannedMapping, unsafe: boolean): string {
  return `${mappingTarget(mapping)} (${quoteSuggestion(mapping.wording, 48)}): ${mappingStatus(mapping, unsafe)}`;
}

/** A suggested change in words: which lines of which file become how many. */
export function describeChange(change: SuggestedChange): string {
  const lines = change.from === change.to ? `line ${change.from}` : `lines ${change.from}-${change.to}`;
  const count = change.replacement === '' ? 0 : change.replacement.split('\n').length;
  return `suggested change: ${lines} of ${change.path} ${change.from === change.to ? 'becomes' : 'become'} ${count === 0 ? 'nothing' : count === 1 ? '1 line' : `${count} lines`}`;
}

/** One refusal in words. */
export function describeRefusal(refusal: Refusal): string {
  return `${REFUSAL_LABELS[refusal.kind]}: ${refusal.reason}`;
}
