/**
 * Project configuration: `[tool.testmend]` in pyproject.toml, or `[testmend]`
 * in setup.cfg or tox.ini. Its keys are the command line's options, spelled
 * as on the command line (kebab-case; snake_case is read too), so every
 * option is a key as soon as it is declared.
 *
 * The nearest configuration above each file applies to it, as in Ruff: a run
 * over several projects uses each file's own. Options that shape the whole run
 * (jobs, the report) come from the configuration of the working directory.
 * The command line overrides a configuration key by key; `extend-exclude`
 * adds to `exclude`. `--config FILE` uses one file for every path, and
 * `--isolated` reads none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nearestWord } from './spelling.js';
import ignore, { type Ignore } from 'ignore';
import { ConfigFileError, isTable, isTomlFile, readIniFile, readTomlFile, tomlTable, type TomlTable } from './config-files.js';
import { isExcludedBy, type DirectoryRules } from './files.js';
import { iniBoolean, type IniSection } from './ini.js';

/** How a key's value is written: `list` takes an array (TOML) or lines and commas (INI). */
export type OptionKind = 'boolean' | 'number' | 'string' | 'list';

/** Whether an option applies file by file, or to the whole run. */
export type OptionScope = 'file' | 'run';

/** A command-line option as a configuration key. */
export interface OptionSpec {
  /** As on the command line, without `--`. */
  readonly name: string;
  readonly kind: OptionKind;
  readonly scope: OptionScope;
  /** Its value when neither a configuration nor the command line sets it. */
  readonly default: unknown;
  /** Its values name files, which a configuration gives relative to its own directory. */
  readonly path: boolean;
}

/**
 * Reads option values as the command line does (`['--report=json']` →
 * `{ report: 'json' }`), with every check the options declare; throws an
 * Error whose message says what is wrong.
 */
export type OptionReader = (args: readonly string[]) => Record<string, unknown>;

/** A configuration that cannot be used: a usage error naming the file, the key and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The key that maps file patterns to what is left out for them. */
export const PER_FILE_IGNORES = 'per-file-ignores';

/** A configuration file's testmend section, read and checked. */
export interface ProjectConfig {
  /** Absolute path of the file. */
  readonly path: string;
  /** `[tool.testmend]` or `[testmend]`. */
  readonly section: string;
  /** Its values, by option name, as the command line would have read them; paths made absolute. */
  readonly values: ReadonlyMap<string, unknown>;
  /** `pattern` (gitignore-style, relative to the file's directory) → the names or codes left out there. */
  readonly perFileIgnores: readonly { readonly pattern: string; readonly names: readonly string[] }[];
}

/** Where a value in force comes from. */
export type SettingSource = 'default' | 'command line' | ProjectConfig;

/** A value in force for a path, and where it comes from. */
export interface Setting {
  readonly value: unknown;
  readonly source: SettingSource;
  /** The configuration's value, when the command line gives the key too: the selection keys apply both, the command line's last. */
  readonly configured?: { readonly value: unknown; readonly source: ProjectConfig };
}

/** Patterns anchored at a directory: the command line's at the working directory, a configuration's at its own. */
interface AnchoredPatterns {
  readonly base: string;
  readonly patterns: readonly string[];
}

/** What resolving settings needs: the option table, how the command line reads values, and what it said. */
export interface ConfigOptions {
  readonly options: readonly OptionSpec[];
  /** Options that exist only on the command line, for a message that says so. */
  readonly commandOnly: readonly string[];
  readonly read: OptionReader;
  /** The values the command line gave, by option name. */
  readonly commandLine: Readonly<Record<string, unknown>>;
  readonly cwd: string;
  /** `--config FILE`: this file for every path. */
  readonly configFile?: string;
  /** `--isolated`: no configuration file at all. */
  readonly isolated?: boolean;
  /** Options whose values are transform names, checked as such. */
  readonly checkNames?: (option: string, names: readonly string[]) => string | null;
  /** Pass over keys that are no option's, instead of refusing them: a read before the plugins, whose options they may be, are loaded. */
  readonly ignoreUnknownKeys?: boolean;
}

/** The files that may hold a configuration, in the order one directory's are tried. */
const CANDIDATES = [
  { name: 'pyproject.toml', section: '[tool.testmend]' },
  { name: 'setup.cfg', section: '[testmend]' },
  { name: 'tox.ini', section: '[testmend]' },
] as const;

/** Finds, reads and checks configuration files, and says which settings are in force for a path. */
export class ProjectSettings {
  private readonly byDirectory = new Map<string, ProjectConfig | null>();
  private readonly perFileMatchers = new Map<ProjectConfig, { rules: Ignore; names: readonly string[] }[]>();
  private readonly byName: ReadonlyMap<string, OptionSpec>;
  private readonly explicit: ProjectConfig | null;

  constructor(private readonly options: ConfigOptions) {
    this.byName = new Map(options.options.map((option) => [option.name, option]));
    if (options.isolated && options.configFile !== undefined) throw new ConfigError('--isolated reads no configuration file; leave out --config');
    this.explicit = options.configFile === undefined ? null : this.loadExplicit(path.resolve(options.cwd, options.configFile));
  }

  /** Whether an option applies file by file or to the whole run; undefined for one that is not a key. */
  scopeOf(name: string): OptionScope | undefined {
    return this.byName.get(name)?.scope;
  }

  /** The configuration that applies to files in `dir`: --config's, the nearest one above, or null. */
  configFor(dir: string): ProjectConfig | null {
    if (this.options.isolated) return null;
    if (this.explicit !== null) return this.explicit;
    const absolute = path.resolve(this.options.cwd, dir);
    let config = this.byDirectory.get(absolute);
    if (config === undefined) {
      config = this.loadFromDirectory(absolute);
      if (config === null && path.dirname(absolute) !== absolute) config = this.configFor(path.dirname(absolute));
      this.byDirectory.set(absolute, config);
    }
    return config;
  }

  /**
   * The settings in force for a file (or, for a directory, for the files
   * directly in it): per-file options from its configuration, run-wide ones
   * from the working directory's, the command line over both.
   */
  settingsFor(file: string, isDirectory = false): Map<string, Setting> {
    const absolute = path.resolve(this.options.cwd, file);
    const own = this.configFor(isDirectory ? absolute : path.dirname(absolute));
    const root = this.configFor(this.options.cwd);
    const settings = new Map<string, Setting>();
    for (const option of this.options.options) {
      const config = option.scope === 'file' ? own : root;
      const given = this.options.commandLine[option.name];
      const configured = config?.values.get(option.name);
      if (given !== undefined) settings.set(option.name, { value: given, source: 'command line', ...(configured === undefined ? {} : { configured: { value: configured, source: config! } }) });
      else if (configured !== undefined) settings.set(option.name, { value: configured, source: config! });
      else settings.set(option.name, { value: option.default, source: 'default' });
    }
    return settings;
  }

  /** Which files the walk takes in `dir`: its `all-files`, and its excludes anchored where they were given. */
  rulesFor(dir: string): DirectoryRules {
    const allFiles = this.settingsFor(dir, true).get('all-files')?.value === true;
    const anchored = this.excludesFor(dir).map(({ base, patterns }) => ({ base, rules: ignore().add([...patterns]) }));
    return { allFiles, excluded: (file, isDir) => anchored.some(({ base, rules }) => isExcludedBy(rules, base, file, isDir)) };
  }

  /** The exclude patterns in force in `dir`: `exclude` (the command line's replace the configuration's) plus every `extend-exclude`. */
  private excludesFor(dir: string): AnchoredPatterns[] {
    const config = this.configFor(dir);
    const anchored = (base: string, value: unknown): AnchoredPatterns[] => (Array.isArray(value) && value.length > 0 ? [{ base, patterns: value.map(String) }] : []);
    const configBase = config === null ? this.options.cwd : path.dirname(config.path);
    const cli = this.options.commandLine;
    return [
      ...(cli.exclude !== undefined ? anchored(this.options.cwd, cli.exclude) : anchored(configBase, config?.values.get('exclude'))),
      ...anchored(configBase, config?.values.get('extend-exclude')),
      ...anchored(this.options.cwd, cli['extend-exclude']),
    ];
  }

  /** The names and codes the configuration's `per-file-ignores` leave out for `file`. */
  ignoredFor(file: string): string[] {
    const absolute = path.resolve(this.options.cwd, file);
    const config = this.configFor(path.dirname(absolute));
    if (config === null) return [];
    const relative = path.relative(path.dirname(config.path), absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
    let matchers = this.perFileMatchers.get(config);
    if (matchers === undefined) {
      matchers = config.perFileIgnores.map(({ pattern, names }) => ({ rules: ignore().add(pattern), names }));
      this.perFileMatchers.set(config, matchers);
    }
    return [...new Set(matchers.filter(({ rules }) => rules.ignores(relative)).flatMap(({ names }) => names))];
  }

  private loadExplicit(file: string): ProjectConfig {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`cannot read --config ${this.display(file)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    }
    const config = this.load(file, text, true);
    if (config === null) throw new ConfigError(`--config ${this.display(file)} has no ${isTomlFile(file) ? '[tool.testmend] table' : '[testmend] section'}`);
    return config;
  }

  private loadFromDirectory(dir: string): ProjectConfig | null {
    for (const candidate of CANDIDATES) {
      const file = path.join(dir, candidate.name);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const config = this.load(file, text, false);
      if (config !== null) return config;
    }
    return null;
  }

  /** A file's testmend section, checked; null when it has none. `explicit` TOML files other than pyproject.toml may hold the keys at the top. */
  private load(file: string, text: string, explicit: boolean): ProjectConfig | null {
    try {
      if (isTomlFile(file)) {
        const document = readTomlFile({ path: file, text });
        const table = tomlTable(document, 'tool.testmend') ?? (explicit && path.basename(file) !== 'pyproject.toml' ? document : undefined);
        return table === undefined ? null : this.fromToml(file, table === document ? '(top level)' : '[tool.testmend]', table);
      }
      const section = readIniFile({ path: file, text }).get('testmend');
      return section === undefined ? null : this.fromIni(file, section);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new ConfigError(`${this.display(file)}${error.line === null ? '' : `:${error.line}`}: ${error.detail}`);
      throw error;
    }
  }

  private fromToml(file: string, section: string, table: TomlTable): ProjectConfig {
    const where = (key: string) => `${this.display(file)} ${section}: '${key}'`;
    const entries: RawEntry[] = [];
    let perFileIgnores: ProjectConfig['perFileIgnores'] = [];
    let perFileWhere = '';
    for (const [key, value] of Object.entries(table)) {
      if (normalizeKey(key) === PER_FILE_IGNORES) {
        perFileWhere = where(key);
        if (!isTable(value)) throw new ConfigError(`${where(key)} takes a table of patterns: ${PER_FILE_IGNORES} = { "tests/legacy/*.py" = ["naming"] }`);
        perFileIgnores = Object.entries(value).map(([pattern, names]) => ({ pattern, names: tomlList(names, () => `${where(`${key}.${pattern}`)} takes a list of names`) }));
        continue;
      }
      entries.push({ key, where: where(key), value: (kind) => tomlValue(value, kind) });
    }
    return this.check(file, section, entries, perFileIgnores, perFileWhere);
  }

  private fromIni(file: string, section: IniSection): ProjectConfig {
    const where = (key: string, line: number) => `${this.display(file)}:${line} [testmend]: '${key}'`;
    const entries: RawEntry[] = [];
    let perFileIgnores: ProjectConfig['perFileIgnores'] = [];
    let perFileWhere = '';
    for (const [key, option] of section) {
      const text = withoutInlineComments(option.value);
      if (normalizeKey(key) === PER_FILE_IGNORES) {
        perFileWhere = where(key, option.line);
        perFileIgnores = readPerFileIgnores(text, perFileWhere);
        continue;
      }
      entries.push({ key, where: where(key, option.line), value: (kind) => iniValue(text, kind) });
    }
    return this.check(file, '[testmend]', entries, perFileIgnores, perFileWhere);
  }

  /** Checks every key and value as the command line would, and makes paths absolute; `perFileWhere` places the `per-file-ignores` key in messages. */
  private check(file: string, section: string, entries: readonly RawEntry[], perFileIgnores: ProjectConfig['perFileIgnores'], perFileWhere: string): ProjectConfig {
    const values = new Map<string, unknown>();
    const keys = [...this.byName.keys(), PER_FILE_IGNORES];
    for (const entry of entries) {
      const name = normalizeKey(entry.key);
      const option = this.byName.get(name);
      if (option === undefined) {
        if (this.options.ignoreUnknownKeys) continue;
        if (this.options.commandOnly.includes(name)) throw new ConfigError(`${entry.where} is given on the command line only (--${name})`);
        throw new ConfigError(`${entry.where} is not a key testmend knows; did you mean '${nearest(name, keys)}'?`);
      }
      if (values.has(name)) throw new ConfigError(`${entry.where} is set twice (as '${name}' and with underscores)`);
      const raw = entry.value(option.kind);
      if (raw === undefined) throw new ConfigError(`${entry.where} takes ${KIND_WORDS[option.kind]}`);
      const list = [raw].flat().map(String);
      const problem = this.options.checkNames?.(name, option.kind === 'list' ? list : []);
      if (problem) throw new ConfigError(`${entry.where}: ${problem}`);
      let value: unknown;
      try {
        value = this.options.read(argumentsFor(name, option.kind, raw))[name];
      } catch (error) {
        throw new ConfigError(`${entry.where}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
      }
      const resolved = option.path ? resolvePaths(value, path.dirname(file)) : value;
      const outside = option.path ? [resolved].flat().find((item) => typeof item === 'string' && item !== '-' && path.relative(path.dirname(file), item).startsWith('..')) : undefined;
      if (outside !== undefined) throw new ConfigError(`${entry.where} names ${String(outside)}, outside the configuration's directory; a configuration's paths stay inside its project`);
      values.set(name, resolved);
    }
    for (const { pattern, names } of perFileIgnores) {
      const problem = this.options.checkNames?.(PER_FILE_IGNORES, names);
      if (problem) throw new ConfigError(`${perFileWhere} for '${pattern}': ${problem}`);
    }
    return { path: file, section, values, perFileIgnores };
  }

  /** A path as messages show it: relative to the working directory when inside it. */
  display(file: string): string {
    const relative = path.relative(this.options.cwd, file);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  }
}

/** A key as read, before it is checked: its value is read once the option's kind is known. */
interface RawEntry {
  readonly key: string;
  readonly where: string;
  /** The value as the kind wants it, or undefined when it is not of that kind. */
  readonly value: (kind: OptionKind) => unknown;
}

const KIND_WORDS: Readonly<Record<OptionKind, string>> = {
  boolean: 'true or false',
  number: 'a number',
  string: 'a string',
  list: 'a list of strings (or one string)',
};

/** `all_files` → `all-files`: the command line's spelling. */
function normalizeKey(key: string): string {
  return key.replace(/_/g, '-');
}

function tomlValue(value: unknown, kind: OptionKind): unknown {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'number':
      return typeof value === 'number' ? value : undefined;
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'list':
      return typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  }
}

function tomlList(value: unknown, problem: () => string): string[] {
  const list = tomlValue(value, 'list');
  if (list === undefined) throw new ConfigError(problem());
  return list as string[];
}

function iniValue(text: string, kind: OptionKind): unknown {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (kind === 'list') return lines.flatMap((line) => line.split(',')).map((item) => item.trim()).filter(Boolean);
  if (lines.length > 1) return undefined;
  const value = lines[0] ?? '';
  if (kind === 'boolean') return iniBoolean(value) ?? undefined;
  if (kind === 'number') return value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
  return value;
}

/**
 * A `#` at the start of a value's line, or after a space, starts a comment to
 * the end of that line. configparser keeps such text in the value; testmend's
 * values never hold it, so a comment beside a value is read as one.
 */
function withoutInlineComments(value: string): string {
  return value
    .split('\n')
    .map((line) => {
      const at = [...line].findIndex((char, i) => char === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t'));
      return at < 0 ? line : line.slice(0, at);
    })
    .join('\n');
}

/**
 * flake8's `per-file-ignores` syntax: `PATTERN: NAME, NAME` pairs, the names
 * on the same line or the lines that follow, until the next `PATTERN:`.
 */
function readPerFileIgnores(text: string, where: string): ProjectConfig['perFileIgnores'] {
  const tokens = text.split(/[\s,]+/).filter(Boolean).flatMap((token) => (token.endsWith(':') ? [token.slice(0, -1), ':'] : [token])).filter(Boolean);
  const entries: { pattern: string; names: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === ':') continue;
    if (tokens[i + 1] === ':') entries.push({ pattern: tokens[i], names: [] });
    else if (entries.length === 0) throw new ConfigError(`${where} takes lines of PATTERN: NAME, NAME (found '${tokens[i]}' before any pattern)`);
    else entries[entries.length - 1].names.push(tokens[i]);
  }
  return entries;
}

/** The command-line arguments that give `value` to `--name`. */
function argumentsFor(name: string, kind: OptionKind, value: unknown): string[] {
  if (kind === 'boolean') return [value ? `--${name}` : `--no-${name}`];
  return [value].flat().map((item) => `--${name}=${String(item)}`);
}

function resolvePaths(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => resolvePaths(item, base));
  return typeof value === 'string' && value !== '-' ? path.resolve(base, value) : value;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The candidate closest to `word` by edit distance (ties: the first), however far. */
export function nearest(word: string, candidates: readonly string[]): string {
  return nearestWord(word, candidates, Infinity) ?? candidates[0];
}
