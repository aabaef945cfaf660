/** From the settings in force for a file to what runs on it: transforms, their option values, the formatter. */
import type { Setting } from './config.js';
import type { FormatterRun } from './format.js';
import { readFormatter } from './lint-config.js';
import { findNearestFile } from './nearby.js';
import type { FileProfile } from './process.js';
import { nearest } from './config.js';
import { codesOf, findCode } from './codes.js';
import { TRANSFORMS } from './registry.js';
import { checkSelectors, defaultCodes, resolveSelection, SelectorError, type Selection } from './selection.js';
import { withPlanSettings, type Plan } from '../review/plan.js';

/** The option names every transform declares. */
export function transformOptionNames(): string[] {
  return TRANSFORMS.flatMap((t) => Object.keys(t.meta.options ?? {}));
}

/** The transforms whose options were given and enable them (`--rename` runs rename). */
function enabledByOptions(given: Readonly<Record<string, unknown>>): string[] {
  return TRANSFORMS.filter((t) => Object.entries(t.meta.options ?? {}).some(([name, option]) => option.enables === true && name in given)).map((t) => t.meta.name);
}

/**
 * What runs on `file` under `settings` (its configuration and the command
 * line, resolved): the codes `select` (and the `transforms` named, which
 * count as selected) or the default set, plus `extend-select` and the
 * transforms an option enables, less `ignore` (and the `skip` names); with a
 * review, the codes of the transforms its plan runs, narrowed by the same
 * options; less the transforms `per-file-ignores` leave out for it.
 */
export function fileProfile(file: string, settings: ReadonlyMap<string, Setting>, ignored: readonly string[], plan: Plan | null): FileProfile {
  const value = (name: string) => settings.get(name)?.value;
  const list = (name: string) => (value(name) as string[] | undefined) ?? [];
  const given = Object.fromEntries(transformOptionNames().filter((name) => settings.get(name)?.source !== 'default').map((name) => [name, value(name)]));
  const select = [...list('transforms'), ...list('select')];
  const selection: Selection = {
    select,
    extendSelect: [...list('extend-select'), ...(select.length === 0 ? enabledByOptions(given) : [])],
    ignore: [...list('skip'), ...list('ignore')],
  };
  let codes = resolveSelection(selection);
  if (plan !== null) {
    const planned = new Set(plan.transforms);
    codes = new Set([...resolveSelection({ ...selection, select: list('select') }, defaultCodes(plan.transforms))].filter((code) => planned.has(findCode(code)!.owner)));
  }
  const transforms = TRANSFORMS.filter((t) => !ignored.includes(t.meta.name) && codesOf(t.meta.name).some((entry) => codes.has(entry.code)));
  const formatter = value('formatter') ?? 'auto';
  return {
    transforms: transforms.map((t) => t.meta.name),
    codes: [...codes].filter((code) => !ignored.includes(findCode(code)!.owner)),
    unsafe: value('unsafe') === true,
    settings: { ...(plan === null ? given : withPlanSettings(given, plan)), formatter },
    formatter: formatterFor(file, formatter),
  };
}

/** The formatter to run on `file` when it changes: the one its project configures or the setting names, unless the setting is `none`. */
function formatterFor(file: string, setting: unknown): FormatterRun | null {
  if (setting === 'none') return null;
  const layout = readFormatter({ nearestFile: (names) => findNearestFile(file, names) }, setting);
  if (layout === null) return null;
  // Ruff finds its own settings from the file's path; black is told where they are.
  return { name: layout.name, config: layout.name === 'black' ? layout.config : null };
}

/** Options whose values are transform names. */
const NAME_OPTIONS = ['transforms', 'skip', 'per-file-ignores'];

/** Options whose values are selectors: codes, prefixes of codes or transform names. */
const SELECTOR_OPTIONS = ['select', 'extend-select', 'ignore'];

/** Why some of `names`, the values of `option`, name no transform (or code, for a selector), with the nearest that does, or null. */
export function namesProblem(option: string, names: readonly string[]): string | null {
  if (SELECTOR_OPTIONS.includes(option)) {
    try {
      checkSelectors(names, option);
      return null;
    } catch (error) {
      if (error instanceof SelectorError) return error.message;
      throw error;
    }
  }
  if (!NAME_OPTIONS.includes(option)) return null;
  const known = TRANSFORMS.map((t) => t.meta.name);
  const unknown = names.find((name) => !known.includes(name));
  return unknown === undefined ? null : `'${unknown}' is not a transform; did you mean '${nearest(unknown, known)}'? (valid names: ${known.join(', ')})`;
}
