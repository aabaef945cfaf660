/**
 * A project's linter and formatter settings: which pycodestyle codes it
 * checks, how long its lines may be, and whether a formatter lays out its
 * code, so that a transform's output passes the project's own tools.
 *
 * Linters: `[flake8]`, `[pycodestyle]` or `[pep8]` in setup.cfg, tox.ini or
 * .flake8; `[tool.pycodestyle]`, `[tool.flake8]` or `[tool.ruff]` (with
 * `[tool.ruff.lint]`) in pyproject.toml. The nearest directory, from the
 * file upwards, that holds any of them decides; a code counts as checked only
 * if every section there checks it, and the shortest line length wins.
 *
 * Formatters: `[tool.black]`, or `[tool.ruff.format]`, in the nearest
 * pyproject.toml that has one, or the formatter named in testmend's settings.
 * A formatter's line length caps the linters', and the whitespace it decides
 * (E203 before a slice's colon) is its own.
 */
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { isTable, readIniFile, readTomlFile, tomlTable, type TomlTable } from './config-files.js';
import { parseIni, type IniSection } from './ini.js';
import type { FileContext } from './types.js';

/** What pycodestyle and flake8 leave out when a project sets no `ignore`. */
export const DEFAULT_IGNORE = ['E121', 'E123', 'E126', 'E226', 'E24', 'E704', 'W503', 'W504'];
export const DEFAULT_MAX_LINE_LENGTH = 79;
/** black's and Ruff's line length when their configuration sets none. */
export const FORMATTER_LINE_LENGTH = 88;

/** Codes whose whitespace a formatter decides: black and `ruff format` space a slice's colon like an operator (`x[len(p) :]`). */
const FORMATTER_CODES = ['E203'];

/** The formatters testmend knows, by the name settings use. */
export type FormatterName = 'black' | 'ruff';

/** A formatter that lays out the project's code, and where its settings are. */
export interface FormatterLayout {
  readonly name: FormatterName;
  readonly lineLength: number;
  /** The pyproject.toml holding its section, or null when it runs on its defaults. */
  readonly config: string | null;
}

/** The settings that decide what a transform may write. */
export interface LintConfig {
  /** The linter settings file they came from, or null for pycodestyle's defaults. */
  readonly path: string | null;
  /** E501's limit, capped by the formatter's line length. */
  readonly maxLineLength: number;
  /** W505's limit on docstring and comment lines (`max-doc-length`), or null when unset. */
  readonly maxDocLength: number | null;
  /** The formatter that lays out the code, or null. */
  readonly formatter: FormatterLayout | null;
  /** Whether the project checks this code (E225, W291, H405...) and no formatter decides it. */
  checks(code: string): boolean;
}

/** One linter section's options, as lists of code prefixes. */
export interface SectionOptions {
  select?: string[];
  ignore?: string[];
  extendSelect?: string[];
  extendIgnore?: string[];
  maxLineLength?: number;
  maxDocLength?: number;
}

const INI_NAMES = ['setup.cfg', 'tox.ini', '.flake8'] as const;
const INI_SECTIONS = new Set(['flake8', 'pycodestyle', 'pep8']);
const sectionsByFile = new Map<string, SectionOptions[]>();

/**
 * The settings for the file of `context`: its project's, or pycodestyle's
 * defaults. `settings.formatter`, when it names a formatter, says one lays out
 * the code even without its own section. Throws ConfigFileError for a
 * settings file that cannot be parsed.
 */
export function readLintConfig(context: Pick<FileContext, 'nearestFile'> & { readonly settings?: FileContext['settings'] }): LintConfig {
  const found = nearestLinterSections(context);
  return configFrom(found?.path ?? null, found?.sections ?? [{}], readFormatter(context, context.settings?.formatter));
}

/** The linter sections of the nearest directory that has any, and the first file holding one. */
function nearestLinterSections(context: Pick<FileContext, 'nearestFile'>): { path: string; sections: SectionOptions[] } | null {
  let best: { dir: string; path: string; sections: SectionOptions[] } | null = null;
  for (const name of [...INI_NAMES, 'pyproject.toml']) {
    const file = context.nearestFile([name]);
    if (file === null) continue;
    let sections = sectionsByFile.get(file.path);
    if (sections === undefined) {
      sections = name === 'pyproject.toml' ? tomlSections(readTomlFile(file)) : iniSections(readIniFile(file));
      sectionsByFile.set(file.path, sections);
    }
    if (sections.length === 0) continue;
    const dir = path.dirname(file.path);
    if (best !== null && dir === best.dir) best = { dir, path: best.path, sections: [...best.sections, ...sections] };
    else if (best === null || dir.length > best.dir.length) best = { dir, path: file.path, sections };
  }
  return best;
}

/**
 * The formatter that lays out the code: the one the nearest pyproject.toml
 * configures (`[tool.black]`, else `[tool.ruff.format]`; black itself finds
 * its settings there), or the one `named` by testmend's `formatter` setting,
 * with its section's line length when it has one. `none` stops testmend from
 * running a formatter; the code is still laid out by the one configured.
 */
export function readFormatter(context: Pick<FileContext, 'nearestFile'>, named?: unknown): FormatterLayout | null {
  const file = context.nearestFile(['pyproject.toml']);
  const document = file === null ? {} : readTomlFile(file);
  const config = file?.path ?? null;
  const black = tomlTable(document, 'tool.black');
  const ruff = tomlTable(document, 'tool.ruff');
  const automatic = named !== 'black' && named !== 'ruff';
  if (named === 'black' || (automatic && black !== undefined)) {
    return { name: 'black', lineLength: positive(black?.['line-length']) ?? FORMATTER_LINE_LENGTH, config: black === undefined ? null : config };
  }
  if (named === 'ruff' || (automatic && tomlTable(document, 'tool.ruff.format') !== undefined)) {
    return { name: 'ruff', lineLength: positive(ruff?.['line-length']) ?? FORMATTER_LINE_LENGTH, config: ruff === undefined ? null : config };
  }
  return null;
}

/** Settings from the options of one or more linter sections, and the formatter that lays out the code. */
export function configFrom(file: string | null, sections: readonly SectionOptions[], formatter: FormatterLayout | null = null): LintConfig {
  const deciders = sections.map(decider);
  const smallest = (key: 'maxLineLength' | 'maxDocLength') => {
    const values = sections.flatMap((section) => (section[key] === undefined ? [] : [section[key]]));
    return values.length > 0 ? Math.min(...values) : null;
  };
  const lintLength = smallest('maxLineLength') ?? (file === null && formatter !== null ? formatter.lineLength : DEFAULT_MAX_LINE_LENGTH);
  const decided = new Map<string, boolean>();
  return {
    path: file,
    maxLineLength: formatter === null ? lintLength : Math.min(lintLength, formatter.lineLength),
    maxDocLength: smallest('maxDocLength'),
    formatter,
    checks(code) {
      let verdict = decided.get(code);
      if (verdict === undefined) {
        verdict = deciders.every((decide) => decide(code)) && !(formatter !== null && FORMATTER_CODES.includes(code));
        decided.set(code, verdict);
      }
      return verdict;
    },
  };
}

/**
 * flake8's rule, which pycodestyle's and Ruff's agree with for these options:
 * a code is checked when it matches a selected prefix at least as long as any
 * ignored prefix it matches (so `select = E226` beats the default `ignore` of
 * E226). An explicit `select` without `ignore` drops the default ignore list.
 */
function decider(section: SectionOptions): (code: string) => boolean {
  const ignore = [...(section.ignore ?? (section.select === undefined ? DEFAULT_IGNORE : [])), ...(section.extendIgnore ?? [])];
  const select = section.select === undefined && section.extendSelect === undefined ? [''] : [...(section.select ?? []), ...(section.extendSelect ?? [])];
  const longest = (prefixes: readonly string[], code: string) => Math.max(-1, ...prefixes.filter((prefix) => code.startsWith(prefix)).map((prefix) => prefix.length));
  return (code) => {
    const selected = longest(select, code);
    return selected >= 0 && selected > longest(ignore, code);
  };
}

/**
 * `E1, W503 E226` → ['E1', 'W503', 'E226']. A `#` starts a comment to the end
 * of its line: configparser keeps such text in the value, and flake8 projects
 * write it there (`E203,  # conflicts with black`). Ruff's `ALL` selects every
 * code.
 */
function codeList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split('\n').map((line) => line.split('#')[0]) : [];
  return items
    .flatMap((item) => item.split(/[\s,]+/))
    .map((code) => code.trim().toUpperCase())
    .flatMap((code) => (code === 'ALL' ? [''] : /^[A-Z]+\d*$/.test(code) ? [code] : []));
}

/** A positive whole number from a TOML number or a string of digits, or undefined. */
function positive(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The list options, by their name in a settings file (`-` or `_`). */
const LIST_OPTIONS: Readonly<Record<string, 'select' | 'ignore' | 'extendSelect' | 'extendIgnore'>> = {
  select: 'select',
  ignore: 'ignore',
  'extend-select': 'extendSelect',
  'extend-ignore': 'extendIgnore',
};

/** One section's options from its keys and values, whichever the file's syntax. */
function sectionOptions(entries: Iterable<[string, unknown]>): SectionOptions {
  const options: SectionOptions = {};
  for (const [key, value] of entries) {
    const name = key.toLowerCase().replace(/_/g, '-');
    const list = LIST_OPTIONS[name];
    if (list !== undefined) options[list] = codeList(value);
    else if (name === 'max-line-length' || name === 'line-length') options.maxLineLength = positive(value) ?? options.maxLineLength;
    else if (name === 'max-doc-length') options.maxDocLength = positive(value) ?? options.maxDocLength;
  }
  return options;
}

/** The `[flake8]`, `[pycodestyle]` and `[pep8]` sections of an INI file. */
function iniSections(document: ReadonlyMap<string, IniSection>): SectionOptions[] {
  return [...document]
    .filter(([name]) => INI_SECTIONS.has(name.trim().toLowerCase()))
    .map(([, options]) => sectionOptions([...options].map(([key, option]) => [key, option.value])));
}

/**
 * The linter sections of a pyproject.toml: `[tool.pycodestyle]`,
 * `[tool.flake8]` (as the Flake8-pyproject plugin reads it) and `[tool.ruff]`.
 * Ruff's lint options live in `[tool.ruff.lint]` (older files put them in
 * `[tool.ruff]` itself, which the newer place overrides); its E501 limit is
 * `lint.pycodestyle.max-line-length`, else `line-length`, else 88.
 */
function tomlSections(document: TomlTable): SectionOptions[] {
  const sections: SectionOptions[] = [];
  for (const name of ['tool.pycodestyle', 'tool.flake8']) {
    const table = tomlTable(document, name);
    if (table !== undefined) sections.push(sectionOptions(Object.entries(table)));
  }
  const ruff = tomlTable(document, 'tool.ruff');
  if (ruff !== undefined) {
    const lint = tomlTable(document, 'tool.ruff.lint') ?? {};
    const pycodestyle = tomlTable(document, 'tool.ruff.lint.pycodestyle') ?? tomlTable(document, 'tool.ruff.pycodestyle') ?? {};
    const scalar = (table: TomlTable) => Object.entries(table).filter(([, value]) => !isTable(value));
    const options = sectionOptions([...scalar(ruff), ...scalar(lint)]);
    options.maxLineLength = positive(pycodestyle['max-line-length']) ?? positive(ruff['line-length']) ?? FORMATTER_LINE_LENGTH;
    options.maxDocLength = positive(pycodestyle['max-doc-length']);
    sections.push(options);
  }
  return sections;
}

/** The `[flake8]`, `[pycodestyle]` and `[pep8]` sections of an INI text. */
export function readIniSections(text: string): SectionOptions[] {
  return iniSections(parseIni(text));
}

/** The linter sections of a pyproject.toml text. */
export function readTomlSection(text: string): SectionOptions[] {
  return tomlSections(parseToml(text) as TomlTable);
}
