/**
 * The command line's options as configuration keys. The key table is read
 * from the option declarations themselves (their names, types, defaults and
 * the checks they carry), so an option becomes a key as soon as it is
 * declared, and a value from a file is checked as the command line checks it.
 */
import yargs, { type Options } from 'yargs';
import type { OptionKind, OptionReader, OptionSpec } from './config.js';

/** Option declarations by name, as yargs takes them. */
export type Declarations = Readonly<Record<string, Options>>;

/** What the declarations do not say: which options are not keys, which apply file by file, which name files. */
export interface OptionRoles {
  /** Options of one command (`--dry`, `--config`...), never keys. */
  readonly commandOnly: readonly string[];
  /** Options that apply file by file; the others shape the whole run. */
  readonly perFile: readonly string[];
  /** Options whose values name files. */
  readonly paths: readonly string[];
}

/** Reads option values through the declarations, checks included; throws an Error that says what is wrong. */
export function optionReader(declared: Declarations): OptionReader {
  return (args) =>
    yargs([...args])
      .options(declared)
      .help(false)
      .version(false)
      .strict()
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .parseSync() as Record<string, unknown>;
}

/** Every declared option but the command-only ones, as a configuration key. */
export function optionTable(declared: Declarations, roles: OptionRoles): OptionSpec[] {
  const read = optionReader(declared);
  const keys = Object.entries(declared).filter(([name]) => !roles.commandOnly.includes(name));
  const declaredKind = (option: Options): OptionKind | null => {
    if (option.type === 'boolean' || option.type === 'number') return option.type;
    if (option.type === 'array' || option.array === true) return 'list';
    // The reading below refuses a value outside the choices.
    return option.choices !== undefined && ![option.choices].flat().includes('x') ? 'string' : null;
  };
  // A repeatable option reads one value as a list. One reading answers for all of them, unless a value is refused.
  const readOne = (name: string) => {
    try {
      return read([`--${name}=x`]);
    } catch {
      return {};
    }
  };
  const undecided = keys.filter(([, option]) => declaredKind(option) === null).map(([name]) => name);
  let together: Record<string, unknown> | null;
  try {
    together = read(undecided.map((name) => `--${name}=x`));
  } catch {
    together = null;
  }
  const kindOf = (name: string, option: Options): OptionKind => declaredKind(option) ?? (Array.isArray((together ?? readOne(name))[name]) ? 'list' : 'string');
  return keys
    .map(([name, option]) => ({
      name,
      kind: kindOf(name, option),
      scope: roles.perFile.includes(name) ? 'file' : 'run',
      default: option.default,
      path: roles.paths.includes(name),
    }));
}

/** The options the command line `args` gives, by name: what it says, without the defaults. */
export function givenOptions(declared: Declarations, args: readonly string[], table: readonly OptionSpec[]): Record<string, unknown> {
  // Without their defaults, the options the command line leaves out stay out (and their checks do not run).
  const bare = Object.fromEntries(Object.entries(declared).map(([name, { default: _, ...option }]) => [name, option]));
  const parsed = yargs([...args])
    .options(bare)
    .help(false)
    .version(false)
    .fail((message, error) => {
      throw error ?? new Error(message);
    })
    .parseSync() as Record<string, unknown>;
  return Object.fromEntries(table.filter((option) => parsed[option.name] !== undefined).map((option) => [option.name, parsed[option.name]]));
}
