/**
 * The plan for a review-driven run: each suggestion of the review with the
 * transforms it maps to and whether they run, or why nothing applies.
 */
import type { TransformMeta } from '../core/types.js';
import { classify, type Mapping, type Refusal, type RefusalKind } from './rules.js';
import { splitReview, type Passage } from './split.js';

/** Whether a mapped transform runs: it does, this version lacks it, or `-t`/`--skip` left it out. */
export type MappingStatus = 'selected' | 'unavailable' | 'left-out';

export interface PlannedMapping extends Mapping {
  readonly status: MappingStatus;
  /** The transform's safety, when this version has it. */
  readonly safety: TransformMeta['safety'] | null;
}

/** One suggestion of the review, as planned. */
export interface PlannedSuggestion {
  /** 1-based, in review order. */
  readonly index: number;
  /** 1-based line of the review where it starts. */
  readonly line: number;
  readonly text: string;
  readonly mappings: readonly PlannedMapping[];
  readonly refusals: readonly Refusal[];
}

export interface Plan {
  /** The review as the user named it; `-` is standard input. */
  readonly review: string;
  /** The files and directories under review. */
  readonly paths: readonly string[];
  readonly suggestions: readonly PlannedSuggestion[];
  /** Passages read as context, not as suggestions: greetings, introductions, summaries. */
  readonly context: readonly Passage[];
  /** The transforms to run, in registry order. */
  readonly transforms: readonly string[];
  /** Option values the suggestions bring (`rename: ['old=new']`), by option name. */
  readonly settings: Readonly<Record<string, readonly string[]>>;
}

export interface PlanOptions {
  /** The transforms this version has, in registry order. */
  readonly available: readonly Pick<TransformMeta, 'name' | 'safety'>[];
  /** `-t`: when not empty, only these run. */
  readonly only?: readonly string[];
  /** `--skip`: these never run. */
  readonly skip?: readonly string[];
}

/**
 * Plans a run from a review. When the review has list items, they are the
 * suggestions, and the paragraphs around them count only when they ask for
 * something; otherwise every paragraph is a suggestion.
 */
export function planReview(text: string, review: string, paths: readonly string[], options: PlanOptions): Plan {
  const passages = splitReview(text);
  const hasList = passages.some((p) => p.kind === 'item');
  const read = passages.map((passage) => ({ passage, classification: classify(passage.text) }));
  const isSuggestion = ({ passage, classification }: (typeof read)[number]) =>
    passage.kind === 'item' || (passage.kind === 'paragraph' && (!hasList || (!passage.introducesList && classification.asks)));
  const suggestions = read.filter(isSuggestion).map(({ passage, classification }, i): PlannedSuggestion => ({
    index: i + 1,
    line: passage.line,
    text: passage.text,
    mappings: classification.mappings.map((mapping) => ({ ...mapping, ...statusOf(mapping.transform, options) })),
    refusals: classification.refusals,
  }));
  const selected = suggestions.flatMap((s) => s.mappings).filter((m) => m.status === 'selected');
  const settings: Record<string, string[]> = {};
  for (const mapping of selected) {
    for (const [name, values] of Object.entries(mapping.settings ?? {})) settings[name] = [...new Set([...(settings[name] ?? []), ...values])];
  }
  return {
    review,
    paths,
    suggestions,
    context: read.filter((entry) => !isSuggestion(entry)).map((entry) => entry.passage),
    transforms: options.available.map((t) => t.name).filter((name) => selected.some((m) => m.transform === name)),
    settings,
  };
}

/**
 * The option values of a run: those of the command line, with the values the
 * plan brings added to the repeatable options they belong to.
 */
export function withPlanSettings(settings: Readonly<Record<string, unknown>>, plan: Plan): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...settings };
  for (const [name, values] of Object.entries(plan.settings)) merged[name] = [...new Set([...[settings[name] ?? []].flat().map(String), ...values])];
  return merged;
}

function statusOf(transform: string, options: PlanOptions): { status: MappingStatus; safety: PlannedMapping['safety'] } {
  const meta = options.available.find((t) => t.name === transform);
  if (meta === undefined) return { status: 'unavailable', safety: null };
  const only = options.only ?? [];
  const leftOut = (only.length > 0 && !only.includes(transform)) || (options.skip ?? []).includes(transform);
  return { status: leftOut ? 'left-out' : 'selected', safety: meta.safety };
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

/** What a mapping applies: the transform, and the renames it brings. */
export function mappingTarget(mapping: PlannedMapping): string {
  const renames = mapping.settings?.rename?.map((pair) => pair.replace('=', ' → ')).join(', ');
  return renames ? `${mapping.transform} ${renames}, in the files under review` : mapping.transform;
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
  }
}

/** One mapping in words: the transform, what chose it and whether it runs. */
export function describeMapping(mapping: PlannedMapping, unsafe: boolean): string {
  return `${mappingTarget(mapping)} (${quoteSuggestion(mapping.wording, 48)}): ${mappingStatus(mapping, unsafe)}`;
}

/** One refusal in words. */
export function describeRefusal(refusal: Refusal): string {
  return `${REFUSAL_LABELS[refusal.kind]}: ${refusal.reason}`;
}
