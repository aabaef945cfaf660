/**
 * What `testmend explain` and the generated docs pages both say about a
 * transform, as data each of them lays out in its own format.
 */
import { REFUSAL_LABELS } from '../review/plan.js';
import { rulesFor } from '../review/rules.js';
import type { TransformMeta, TransformOption, TransformSettings } from './types.js';

/** A transform option as a user writes it and reads about it. */
export interface OptionFacts {
  /** `--name`, then its value's placeholder: `--rename VALUE`, `--extract-depth NUMBER`, `--style-continuation`. */
  readonly usage: string;
  readonly repeatable: boolean;
  /** Its description, without a closing full stop. */
  readonly describe: string;
  readonly choices: readonly string[] | null;
  readonly default: string | null;
}

/** How an option is written, what it takes and its default. */
export function optionFacts(name: string, option: TransformOption): OptionFacts {
  const value = option.type === 'boolean' ? '' : option.type === 'array' ? ' VALUE' : ` ${option.type.toUpperCase()}`;
  return {
    usage: `--${name}${value}`,
    repeatable: option.type === 'array',
    describe: option.describe.replace(/\.$/, ''),
    choices: option.choices ?? null,
    default: option.default !== undefined ? String(option.default) : null,
  };
}

/** Whether the transform runs without -t, in words: `yes`, or `no (run it with -t NAME)`. */
export function defaultSetText(meta: TransformMeta): string {
  return meta.defaultEnabled ? 'yes' : `no (run it with -t ${meta.name})`;
}

/** The command-line flags an example runs with (`--rename srv=server`), for a transform that needs options. */
export function exampleFlags(settings: TransformSettings): string[] {
  return Object.entries(settings).flatMap(([name, value]) => [value].flat().map((one) => (one === true ? `--${name}` : `--${name} ${String(one)}`)));
}

/** Wordings of the review rule table that bring a transform into a plan. */
export interface WordingGroup {
  /** The rule's topic; for a refused request, which request the transform answers in place of. */
  readonly lead: string;
  readonly wordings: readonly string[];
}

/** The rules that select a transform, then those of refused requests it is applied in place of. */
export function wordingGroups(name: string): WordingGroup[] {
  return rulesFor(name)
    .sort((a, b) => Number(a.refuse !== undefined) - Number(b.refuse !== undefined))
    .map((rule) => ({
      lead: rule.refuse === undefined ? rule.topic : `in place of a ${REFUSAL_LABELS[rule.refuse]} request (${rule.topic})`,
      wordings: rule.wordings,
    }));
}
