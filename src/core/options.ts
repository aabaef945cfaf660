/**
 * The command line's options as configuration keys. The table is read from
 * the option declarations themselves (their names, types, defaults, and the
 * checks they carry), so an option becomes a key as soon as it is declared.
 */
import type { Argv } from 'yargs';
import type { OptionKind, OptionReader, OptionSpec } from './config.js';

/** A parser holding every option declaration, for the given arguments. */
export type ParserFactory = (args: readonly string[]) => Argv;

/** What the declarations do not say: which options are not keys, which apply file by file, which name files. */
export interface OptionRoles {
  /** Options of this command only (`--dry`, `--config`...), never keys. */
  readonly commandOnly: readonly string[];
  /** Options that apply file by file; the others shape the whole run. */
  readonly perFile: readonly string[];
  /** Options whose values name files. */
  readonly paths: readonly string[];
}

/** What yargs records of the declarations (its `getOptions()`, which its type declarations leave out). */
interface Declarations {
  readonly key: Record<string, boolean>;
  readonly alias: Record<string, string[]>;
  readonly boolean: string[];
  readonly number: string[];
  readonly array: string[];
  readonly default: Record<string, unknown>;
}

function declarations(parser: Argv): Declarations {
  return (parser as unknown as { getOptions(): Declarations }).getOptions();
}

/** Reads option values through the declarations, checks included; throws an Error that says what is wrong. */
export function optionReader(build: ParserFactory): OptionReader {
  return (args) =>
    build(args)
      .help(false)
      .version(false)
      .strict()
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .parseSync() as Record<string, unknown>;
}

/** Every declared option but the command-only ones, as a configuration key. */
export function optionTable(build: ParserFactory, roles: OptionRoles): OptionSpec[] {
  const declared = declarations(build([]));
  const aliases = new Set(Object.values(declared.alias).flat());
  const read = optionReader(build);
  const kindOf = (name: string): OptionKind => {
    if (declared.boolean.includes(name)) return 'boolean';
    if (declared.number.includes(name)) return 'number';
    if (declared.array.includes(name)) return 'list';
    try {
      // A repeatable option reads one value as a list.
      return Array.isArray(read([`--${name}=x`])[name]) ? 'list' : 'string';
    } catch {
      return 'string';
    }
  };
  return Object.keys(declared.key)
    .filter((name) => !aliases.has(name) && !roles.commandOnly.includes(name) && name !== 'help' && name !== 'version')
    .map((name) => ({
      name,
      kind: kindOf(name),
      scope: roles.perFile.includes(name) ? 'file' : 'run',
      default: declared.default[name],
      path: roles.paths.includes(name),
    }));
}

/** The options the command line `args` gives, by name: what it says, without the defaults. */
export function givenOptions(build: ParserFactory, args: readonly string[], table: readonly OptionSpec[]): Record<string, unknown> {
  const parser = build(args)
    .help(false)
    .version(false)
    .fail((message, error) => {
      throw error ?? new Error(message);
    });
  // Without their defaults, the options the command line leaves out stay out (and their checks do not run).
  const defaults = declarations(parser).default;
  for (const name of Object.keys(defaults)) delete defaults[name];
  const parsed = parser.parseSync() as Record<string, unknown>;
  return Object.fromEntries(table.filter((option) => parsed[option.name] !== undefined).map((option) => [option.name, parsed[option.name]]));
}
