/**
 * A project's settings as the command line and the API read them: its
 * configuration files, read through the declarations of testmend's options
 * and of every registered transform's, under what the caller gave.
 */
import { ProjectSettings } from './config.js';
import { givenOptions, optionReader, optionTable } from './option-keys.js';
import { CLI_OPTIONS, CONFIG_ROLES, transformOptions } from './options.js';
import { namesProblem, transformOptionNames } from './profiles.js';
import { TRANSFORMS } from './registry.js';

/** What the caller gave: a command line to read, or values by option name; or, `early`, nothing yet. */
export type GivenSettings = { readonly args: readonly string[] } | { readonly values: Readonly<Record<string, unknown>> } | 'early';

/** Where the configuration comes from: found above each file, `configFile` for all, or none (`isolated`). */
export interface ConfigSource {
  readonly cwd: string;
  readonly configFile?: string;
  readonly isolated: boolean;
}

/**
 * The project's settings. `early`, before the plugins are loaded, reads only
 * the configuration, and the keys it knows: the others may be a plugin's
 * options.
 */
export function readProjectSettings(given: GivenSettings, source: ConfigSource): ProjectSettings {
  const declared = { ...CLI_OPTIONS, ...transformOptions() };
  const paths = TRANSFORMS.flatMap((t) => Object.entries(t.meta.options ?? {})).filter(([, option]) => option.path === true).map(([name]) => name);
  const table = optionTable(declared, { ...CONFIG_ROLES, perFile: [...CONFIG_ROLES.perFile, ...transformOptionNames()], paths: [...CONFIG_ROLES.paths, ...paths] });
  const commandLine = given === 'early' ? {} : 'args' in given ? givenOptions(declared, given.args, table) : given.values;
  return new ProjectSettings({
    options: table,
    commandOnly: CONFIG_ROLES.commandOnly,
    read: optionReader(declared),
    commandLine,
    ...source,
    ...(given === 'early' ? { ignoreUnknownKeys: true } : { checkNames: namesProblem }),
  });
}

/** The plugins the configuration of the working directory names, read before any is loaded. */
export function configuredPlugins(source: ConfigSource): string[] {
  return (readProjectSettings('early', source).settingsFor(source.cwd, true).get('plugins')?.value as string[] | undefined) ?? [];
}
