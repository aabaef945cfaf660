/**
 * Checks of option values, made before any file is read. Each check takes a
 * value from any source (the command line, a configuration file) and says
 * what is wrong with it and how to fix it; the caller names the option and
 * where the value came from.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { Transform, TransformOption, TransformSettings } from './types.js';

/** An option value that cannot be used: a usage error. */
export class OptionError extends Error {}

/** Says what is wrong with a value and how to fix it, or returns null when it is good. */
export type ValueCheck = (value: unknown) => string | null;

/** Throws an {@link OptionError} naming `where` (`--jobs`, `jobs in pyproject.toml`) when `check` finds a problem. */
export function checkValue(where: string, value: unknown, check: ValueCheck): void {
  const problem = check(value);
  if (problem !== null) throw new OptionError(`${where}: ${problem}`);
}

/** For yargs' `coerce`: the value, once `check` finds nothing wrong with it. */
export function checked<T>(where: string, check: ValueCheck): (value: T) => T {
  return (value) => {
    checkValue(where, value, check);
    return value;
  };
}

/** A value as a message quotes it. */
export function quote(value: unknown): string {
  return `'${String(value)}'`;
}

/** A value a number option was given, as a message quotes it: the command line turns words into NaN. */
function describe(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value) ? 'not a number' : quote(value);
}

/** A whole number of at least `min`. */
export function wholeNumber(min: number): ValueCheck {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min ? null : `${describe(value)}: give a whole number of at least ${min}`;
}

/** A list of names that holds at least one. */
export const someNames: ValueCheck = (value) =>
  Array.isArray(value) && value.length > 0 ? null : 'no name given: give one or more names, separated by commas';

/**
 * A file testmend will write: not a directory, in a directory that exists,
 * and writable. `-` (standard output) always is.
 */
export const outputFile: ValueCheck = (value) => {
  const file = String(value);
  if (file === '') return 'no path given: give the path of a file to write';
  if (file === '-') return null;
  let stats;
  try {
    stats = statSync(file);
  } catch {
    stats = null;
  }
  if (stats?.isDirectory()) return `${quote(file)} is a directory: give the path of a file in it`;
  if (stats !== null) return writable(file) ? null : `${quote(file)} is not writable: choose another path or fix its permissions`;
  const dir = path.dirname(path.resolve(file));
  let dirStats;
  try {
    dirStats = statSync(dir);
  } catch {
    return `the directory ${quote(path.dirname(file))} does not exist: create it first, or choose another path`;
  }
  if (!dirStats.isDirectory()) return `${quote(path.dirname(file))} is not a directory: choose another path`;
  return writable(dir) ? null : `the directory ${quote(path.dirname(file))} is not writable: choose another path`;
};

/** A directory testmend keeps files in (its cache): a path that is a directory, or nothing yet. */
export const directoryPath: ValueCheck = (value) => {
  const dir = String(value);
  if (dir === '') return 'no path given: give the path of a directory';
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    return null;
  }
  return stats.isDirectory() ? null : `${quote(dir)} is not a directory: give the path of one, or of one to create`;
};

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a value of a transform's option, by its declaration, or null. */
export function transformOptionProblem(option: TransformOption, value: unknown, settings: TransformSettings): string | null {
  switch (option.type) {
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return `${describe(value)}: give a number`;
      const whole = option.integer === true ? 'whole ' : '';
      const atLeast = option.min === undefined ? '' : ` of at least ${option.min}`;
      if ((option.integer === true && !Number.isInteger(value)) || (option.min !== undefined && value < option.min)) return `${quote(value)}: give a ${whole}number${atLeast}`;
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return `${quote(value)}: give true or false`;
      break;
    case 'string':
      if (typeof value !== 'string') return `${quote(value)}: give one value`;
      if (option.choices !== undefined && !option.choices.includes(value)) return `${quote(value)}: give one of ${option.choices.join(', ')}`;
      break;
    case 'array':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return `${quote(value)}: give a list of values`;
      break;
  }
  return option.check?.(value, settings) ?? null;
}

/**
 * Checks every value `settings` gives to an option of `transforms`; `where`
 * names an option as the user gave it. Throws the first {@link OptionError}.
 */
export function checkTransformSettings(transforms: readonly Transform[], settings: TransformSettings, where: (name: string) => string): void {
  for (const transform of transforms) {
    for (const [name, option] of Object.entries(transform.meta.options ?? {})) {
      if (settings[name] === undefined) continue;
      const problem = transformOptionProblem(option, settings[name], settings);
      if (problem !== null) throw new OptionError(`${where(name)}: ${problem}`);
    }
  }
}
