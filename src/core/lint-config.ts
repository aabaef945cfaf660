/**
 * A project's flake8 and pycodestyle settings: which codes it checks and how
 * long its lines may be, so that a transform's output passes the project's own
 * linters.
 *
 * They are read from the nearest `setup.cfg`, `tox.ini`, `.flake8` or
 * `pyproject.toml` (upwards from the file) that has a `[flake8]`,
 * `[pycodestyle]` or `[pep8]` section, or `[tool.pycodestyle]` in
 * pyproject.toml. When a file has several of these sections, a code counts as
 * checked only if every one of them checks it.
 */
import path from 'node:path';
import type { FileContext } from './types.js';

/** What pycodestyle and flake8 leave out when a project sets no `ignore`. */
export const DEFAULT_IGNORE = ['E121', 'E123', 'E126', 'E226', 'E24', 'E704', 'W503', 'W504'];
export const DEFAULT_MAX_LINE_LENGTH = 79;

/** The settings that decide what a transform may write. */
export interface LintConfig {
  /** The file they came from, or null for the defaults. */
  readonly path: string | null;
  /** E501's limit. */
  readonly maxLineLength: number;
  /** W505's limit on docstring and comment lines (`max-doc-length`), or null when unset. */
  readonly maxDocLength: number | null;
  /** Whether the project checks this code (E225, W291, H405...). */
  checks(code: string): boolean;
}

/** One section's options, as lists of code prefixes. */
interface SectionOptions {
  select?: string[];
  ignore?: string[];
  extendSelect?: string[];
  extendIgnore?: string[];
  maxLineLength?: number;
  maxDocLength?: number;
}

const CONFIG_NAMES = ['setup.cfg', 'tox.ini', '.flake8', 'pyproject.toml'] as const;
const INI_SECTIONS = new Set(['flake8', 'pycodestyle', 'pep8']);
const parsed = new Map<string, SectionOptions[]>();

/** The settings for the file of `context`: its project's, or pycodestyle's defaults. */
export function readLintConfig(context: Pick<FileContext, 'nearestFile'>): LintConfig {
  let best: { path: string; sections: SectionOptions[] } | null = null;
  for (const name of CONFIG_NAMES) {
    const file = context.nearestFile([name]);
    if (file === null) continue;
    let sections = parsed.get(file.path);
    if (sections === undefined) {
      sections = name === 'pyproject.toml' ? readTomlSection(file.text) : readIniSections(file.text);
      parsed.set(file.path, sections);
    }
    if (sections.length === 0) continue;
    if (best === null || path.dirname(file.path).length > path.dirname(best.path).length) best = { path: file.path, sections };
  }
  return best === null ? configFrom(null, [{}]) : configFrom(best.path, best.sections);
}

/** Settings from the options of one or more sections. */
export function configFrom(file: string | null, sections: readonly SectionOptions[]): LintConfig {
  const deciders = sections.map(decider);
  const smallest = (key: 'maxLineLength' | 'maxDocLength') => {
    const values = sections.flatMap((section) => (section[key] === undefined ? [] : [section[key]]));
    return values.length > 0 ? Math.min(...values) : null;
  };
  const decided = new Map<string, boolean>();
  return {
    path: file,
    maxLineLength: smallest('maxLineLength') ?? DEFAULT_MAX_LINE_LENGTH,
    maxDocLength: smallest('maxDocLength'),
    checks(code) {
      let verdict = decided.get(code);
      if (verdict === undefined) {
        verdict = deciders.every((decide) => decide(code));
        decided.set(code, verdict);
      }
      return verdict;
    },
  };
}

/**
 * flake8's rule, which pycodestyle's agrees with for these options: a code is
 * checked when it matches a selected prefix at least as long as any ignored
 * prefix it matches (so `select = E226` beats the default `ignore` of E226).
 * An explicit `select` without `ignore` drops the default ignore list.
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

/** `E1, W503 E226` → ['E1', 'W503', 'E226']; anything after `#` is a comment. */
function codeList(value: string): string[] {
  return value
    .replace(/#.*$/gm, '')
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => /^[A-Z]+\d*$/.test(code));
}

/** The list options, by their name in a configuration file. */
const LIST_OPTIONS: Readonly<Record<string, 'select' | 'ignore' | 'extendSelect' | 'extendIgnore'>> = {
  select: 'select',
  ignore: 'ignore',
  'extend-select': 'extendSelect',
  'extend-ignore': 'extendIgnore',
};

function applyOption(options: SectionOptions, key: string, value: string): void {
  const name = key.toLowerCase().replace(/_/g, '-');
  const list = LIST_OPTIONS[name];
  if (list !== undefined) {
    options[list] = codeList(value);
  } else if (name === 'max-line-length' || name === 'max-doc-length') {
    const length = Number.parseInt(value, 10);
    if (Number.isFinite(length) && length > 0) options[name === 'max-line-length' ? 'maxLineLength' : 'maxDocLength'] = length;
  }
}

/** The `[flake8]`, `[pycodestyle]` and `[pep8]` sections of an INI file, with continuation lines joined. */
export function readIniSections(text: string): SectionOptions[] {
  const sections: SectionOptions[] = [];
  let current: SectionOptions | null = null;
  let key: string | null = null;
  let value = '';
  const flush = () => {
    if (current !== null && key !== null) applyOption(current, key, value);
    key = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      flush();
      current = INI_SECTIONS.has(header[1].trim().toLowerCase()) ? {} : null;
      if (current !== null) sections.push(current);
      continue;
    }
    if (/^\s*[#;]/.test(line) || line.trim() === '') continue;
    if (/^\s/.test(line) && key !== null) {
      value += `\n${line}`;
      continue;
    }
    flush();
    const option = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (option) [key, value] = [option[1], option[2]];
  }
  flush();
  return sections;
}

/** `[tool.pycodestyle]` of a pyproject.toml: strings, numbers and arrays of strings. */
export function readTomlSection(text: string): SectionOptions[] {
  const start = /^\[tool\.pycodestyle\][ \t]*(?:#.*)?$/m.exec(text);
  if (start === null) return [];
  const rest = text.slice(start.index + start[0].length);
  const body = rest.slice(0, /^\s*\[/m.exec(rest)?.index ?? rest.length);
  const options: SectionOptions = {};
  for (const match of body.matchAll(/^[ \t]*([\w-]+)[ \t]*=[ \t]*(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s#]+)/gm)) {
    const raw = match[2];
    const value = raw.startsWith('[') ? [...raw.matchAll(/"([^"]*)"|'([^']*)'/g)].map((item) => item[1] ?? item[2]).join(',') : raw.replace(/^["']|["']$/g, '');
    applyOption(options, match[1], value);
  }
  return [options];
}
