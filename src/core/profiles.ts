/** From the settings in force for a file to what runs on it: transforms, their option values, the formatter. */
import path from 'node:path';
import type { ProjectSettings, Setting } from './config.js';
import { formatterProblem, type FormatterRun } from './format.js';
import { readFormatter } from './lint-config.js';
import { findNearestFile } from './nearby.js';
import type { FileProfile } from './process.js';
import { nearest } from './config.js';
import { codesOf, findCode, isTransform } from './codes.js';
import { checkTransformSettings, OptionError } from './option-checks.js';
import { selectTransforms, TRANSFORMS } from './registry.js';
import { checkSelectors, codesOfSelector, defaultCodes, resolveSelection, SelectorError, type Selection } from './selection.js';
import { withPlanSettings, type Plan } from '../review/plan.js';

/** The option names every transform declares. */
export function transformOptionNames(): string[] {
  return TRANSFORMS.flatMap((t) => Object.keys(t.meta.options ?? {}));
}

/** The transforms whose options were given and enable them (`--rename` runs rename). */
function enabledByOptions(given: (option: string) => boolean): string[] {
  return TRANSFORMS.filter((t) => Object.entries(t.meta.options ?? {}).some(([name, option]) => option.enables === true && given(name))).map((t) => t.meta.name);
}

/**
 * The codes that run on a file: the selection (see src/core/selection.ts) of
 * its configuration, then the command line's on top of it, as Ruff layers
 * them (a `select` starts over; `extend-select` and `ignore` add to what is
 * there). `transforms` names count as `select` and `skip` names as `ignore`,
 * and an option that enables a transform adds it when nothing is selected.
 * With a review, only the codes of the transforms its plan runs. What
 * `per-file-ignores` name always goes, whatever else is selected.
 */
export function selectedCodes(settings: ReadonlyMap<string, Setting>, ignored: readonly string[], plan: Plan | null): Set<string> {
  const given = (name: string) => settings.get(name) !== undefined && settings.get(name)?.source !== 'default';
  const layers = selectionLayers(settings, plan === null);
  if (plan === null && layers.every((layer) => layer.select.length === 0)) {
    const last = layers[layers.length - 1];
    layers[layers.length - 1] = { ...last, extendSelect: [...last.extendSelect, ...enabledByOptions(given)] };
  }
  const base = plan === null ? defaultCodes() : defaultCodes(plan.transforms);
  let codes = layers.reduce((codes, layer) => resolveSelection(layer, [...codes]), new Set(base));
  if (plan !== null) {
    const planned = new Set(plan.transforms);
    codes = new Set([...codes].filter((code) => planned.has(findCode(code)!.owner) || !isTransform(findCode(code)!.owner)));
  }
  for (const selector of ignored) for (const code of codesOfSelector(selector) ?? []) codes.delete(code);
  return codes;
}

/** The keys whose values make up a selection: the command line's apply after the configuration's instead of replacing them. */
export const SELECTION_KEYS = ['transforms', 'skip', 'select', 'extend-select', 'ignore'];

/**
 * The selections of the configuration and of the command line, in the order
 * they apply. `transforms` counts as `select` unless a review's plan chooses
 * the transforms (then `-t` narrows the plan instead).
 */
function selectionLayers(settings: ReadonlyMap<string, Setting>, transformsSelect: boolean): Required<Selection>[] {
  const fromConfiguration = (name: string) => {
    const setting = settings.get(name);
    if (setting?.source === 'command line') return setting.configured?.value;
    return setting?.source === 'default' ? undefined : setting?.value;
  };
  const fromCommandLine = (name: string) => (settings.get(name)?.source === 'command line' ? settings.get(name)!.value : undefined);
  return [fromConfiguration, fromCommandLine].map((valueOf): Required<Selection> => {
    const list = (name: string) => (valueOf(name) as string[] | undefined) ?? [];
    return {
      select: [...(transformsSelect ? list('transforms') : []), ...list('select')],
      extendSelect: list('extend-select'),
      ignore: [...list('skip'), ...list('ignore')],
    };
  });
}

/**
 * What runs on `file` under `settings` (its configuration and the command
 * line, resolved): the codes {@link selectedCodes} chooses, and the
 * transforms that own them. Throws UnknownTransformError for a name no
 * transform has.
 */
export function fileProfile(file: string, settings: ReadonlyMap<string, Setting>, ignored: readonly string[], plan: Plan | null): FileProfile {
  const value = (name: string) => settings.get(name)?.value;
  selectTransforms((value('transforms') as string[] | undefined) ?? [], (value('skip') as string[] | undefined) ?? []);
  const given = Object.fromEntries(transformOptionNames().filter((name) => settings.get(name)?.source !== 'default').map((name) => [name, value(name)]));
  const codes = selectedCodes(settings, ignored, plan);
  const formatter = value('formatter') ?? 'auto';
  return {
    transforms: TRANSFORMS.filter((t) => codesOf(t.meta.name).some((entry) => codes.has(entry.code))).map((t) => t.meta.name),
    codes: [...codes],
    unsafe: value('unsafe') === true,
    settings: { ...(plan === null ? given : withPlanSettings(given, plan)), formatter },
    formatter: formatterFor(file, formatter),
  };
}

/** How a run's messages name what it refuses. */
export interface RefusalNames {
  /** An option, by the setting in force for it. */
  option(name: string, setting: Setting | undefined): string;
  /** The refusal of the formatter `name` that `setting` asks for on `file`, which cannot run (`problem`). */
  formatter(file: string, name: string, setting: Setting | undefined, problem: string): string;
}

/**
 * Checks the values `settings` give the transforms' options (any
 * transform's, chosen or not); throws OptionError naming the option as
 * `names` says.
 */
export function checkOptionSettings(settings: ReadonlyMap<string, Setting>, names: Pick<RefusalNames, 'option'>): void {
  checkTransformSettings(TRANSFORMS, Object.fromEntries([...settings].map(([name, setting]) => [name, setting.value])), (name) => names.option(name, settings.get(name)));
}

/**
 * The profile of each file of a run over `project`, checked before the file
 * is read: the values of its transforms' options, and its formatter (asked
 * once whether it runs). Files in one directory that per-file-ignores
 * treat alike share a profile, made and checked once. Throws OptionError,
 * naming what it refuses as `names` says. `ran` collects the transforms
 * that run on some file.
 */
export function runProfiles(project: ProjectSettings, plan: Plan | null, names: RefusalNames): { readonly profileFor: (file: string) => FileProfile; readonly ran: ReadonlySet<string> } {
  const ran = new Set<string>();
  const runnable = new Set<string>();
  const byPlace = new Map<string, FileProfile>();
  const profileFor = (file: string): FileProfile => {
    const ignored = project.ignoredFor(file);
    // Settings, and the formatter's configuration, are found from a file's directory.
    const place = `${path.dirname(path.resolve(file))}\0${ignored.join('\0')}`;
    const known = byPlace.get(place);
    if (known !== undefined) return known;
    const settings = project.settingsFor(file);
    const profile = fileProfile(file, settings, ignored, plan);
    checkTransformSettings(TRANSFORMS, profile.settings, (name) => names.option(name, settings.get(name)));
    const formatter = profile.formatter?.name;
    if (formatter !== undefined && !runnable.has(formatter)) {
      const problem = formatterProblem(formatter);
      if (problem !== null) throw new OptionError(names.formatter(file, formatter, settings.get('formatter'), problem));
      runnable.add(formatter);
    }
    for (const name of profile.transforms) ran.add(name);
    byPlace.set(place, profile);
    return profile;
  };
  return { profileFor, ran };
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
const NAME_OPTIONS = ['transforms', 'skip'];

/** Options whose values are selectors: codes, prefixes of codes, transform names or ALL. */
const SELECTOR_OPTIONS = ['select', 'extend-select', 'ignore', 'per-file-ignores'];

/** Why some of `names`, the values of `option`, name no transform or code (with the nearest that does), or null. */
export function namesProblem(option: string, names: readonly string[]): string | null {
  if (SELECTOR_OPTIONS.includes(option)) {
    try {
      checkSelectors(names, `'${option}'`);
      return null;
    } catch (error) {
      if (error instanceof SelectorError) return error.problem;
      throw error;
    }
  }
  if (!NAME_OPTIONS.includes(option)) return null;
  const known = TRANSFORMS.map((t) => t.meta.name);
  const unknown = names.find((name) => !known.includes(name));
  return unknown === undefined ? null : `'${unknown}' is not a transform; did you mean '${nearest(unknown, known)}'? (valid names: ${known.join(', ')})`;
}
