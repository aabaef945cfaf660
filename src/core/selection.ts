/**
 * Choosing the codes a run reports and fixes, as Ruff chooses rules.
 *
 * A selector is a code (`TM110`), a prefix of codes (`TM1`, `TM11`; `TM` is
 * every code of testmend's own, and a plugin's two letters every code of the
 * plugin), a transform's name (all its codes, as specific as its prefix)
 * or `ALL`. `select` replaces the default set, `extendSelect` adds to it and
 * `ignore` takes away; a more specific selector wins over a less specific
 * one, and at the same specificity `ignore` wins. `-t` names count as
 * `select`, and `--skip` names as `ignore`.
 */
import { allCodes, codePrefix, codesOf, isTransform } from './codes.js';
import { TRANSFORMS } from './registry.js';
import { nearestWord } from './spelling.js';

/** The selectors of a run, as given: every list holds codes, prefixes, transform names or `ALL`. */
export interface Selection {
  /** When not empty, these codes replace the default set. */
  readonly select?: readonly string[];
  readonly extendSelect?: readonly string[];
  readonly ignore?: readonly string[];
}

/** A selector that is no code, prefix of codes, transform name or `ALL`. */
export class SelectorError extends Error {
  override name = 'SelectorError';
  constructor(
    readonly selector: string,
    /** Where it was given: `--select`, a suppression comment... */
    readonly where: string,
    /** The valid selector it most resembles, or null. */
    readonly nearest: string | null,
  ) {
    super(`unknown code, prefix or transform '${selector}' in ${where}; ${selectorHint(nearest)}`);
  }

  /** The message without the place, for a caller that names the place itself. */
  get problem(): string {
    return `unknown code, prefix or transform '${this.selector}'; ${selectorHint(this.nearest)}`;
  }
}

/** What to write instead of an unknown selector. */
function selectorHint(nearest: string | null): string {
  return nearest === null ? `a code looks like TM110 (testmend explain TM lists them), a transform is one of ${TRANSFORMS.map((t) => t.meta.name).join(', ')}` : `did you mean ${nearest}?`;
}

/** Every valid selector: ALL, the transforms' names, every code and every prefix of one from `TM` on. */
export function validSelectors(): string[] {
  const prefixes = new Set(allCodes().flatMap(({ code }) => [code.slice(0, 2), code.slice(0, 3), code.slice(0, 4), code]));
  return ['ALL', ...TRANSFORMS.map((t) => t.meta.name), ...prefixes];
}

/** The codes a selector stands for, or null when it is not a selector. */
export function codesOfSelector(selector: string): string[] | null {
  if (selector === 'ALL') return allCodes().map((entry) => entry.code);
  if (TRANSFORMS.some((t) => t.meta.name === selector)) return codesOf(selector).map((entry) => entry.code);
  if (!/^[A-Z]{2}\d{0,3}$/.test(selector)) return null;
  const codes = allCodes().filter((entry) => entry.code.startsWith(selector));
  return codes.length === 0 ? null : codes.map((entry) => entry.code);
}

/** Throws a {@link SelectorError} for the first selector of `selectors` that is not one; `where` names the option or place. */
export function checkSelectors(selectors: readonly string[], where: string): void {
  for (const selector of selectors) {
    if (codesOfSelector(selector) === null) throw new SelectorError(selector, where, nearestWord(selector, validSelectors()));
  }
}

/** Checks the three lists of a selection, naming the option of the first bad selector. */
export function checkSelection(selection: Selection): void {
  checkSelectors(selection.select ?? [], '--select');
  checkSelectors(selection.extendSelect ?? [], '--extend-select');
  checkSelectors(selection.ignore ?? [], '--ignore');
}

/**
 * The codes that run when nothing is selected: the engine's (and those of a
 * review's suggested changes, which run only with one) and those of the
 * default transforms (or of `owners`), less the codes that run only when
 * chosen.
 */
export function defaultCodes(owners: readonly string[] = TRANSFORMS.filter((t) => t.meta.defaultEnabled).map((t) => t.meta.name)): string[] {
  return allCodes()
    .filter((entry) => (!isTransform(entry.owner) || owners.includes(entry.owner)) && entry.default !== false)
    .map((entry) => entry.code);
}

/**
 * The codes a selection enables. `base` is what runs when `select` is empty:
 * the default set. Selectors apply from the least specific to the most, each
 * level's selections before its ignores.
 */
export function resolveSelection(selection: Selection, base: readonly string[] = defaultCodes()): Set<string> {
  const select = selection.select ?? [];
  const enabled = new Set(select.length > 0 ? [] : base);
  const adds = [...select, ...(selection.extendSelect ?? [])];
  const removes = selection.ignore ?? [];
  const levels = [...new Set([...adds, ...removes].map(specificity))].sort((a, b) => a - b);
  for (const level of levels) {
    for (const selector of adds) if (specificity(selector) === level) for (const code of codesOfSelector(selector) ?? []) enabled.add(code);
    for (const selector of removes) if (specificity(selector) === level) for (const code of codesOfSelector(selector) ?? []) enabled.delete(code);
  }
  return enabled;
}

/** How many characters of a code a selector fixes: ALL 0, TM 2, TM1 and a transform's name 3, TM11 4, TM110 5. */
function specificity(selector: string): number {
  if (selector === 'ALL') return 0;
  return TRANSFORMS.some((t) => t.meta.name === selector) ? codePrefix(selector).length : selector.length;
}
