/**
 * What a project's flake8 and pycodestyle configuration says: which codes it
 * checks and how long its lines may be. A transform reads it so that its
 * output passes the project's own linters.
 */
import path from 'node:path';
import type { FileContext, NearbyFile } from './types.js';

/** The checks that bound what a transform may write. */
export interface LintSettings {
  /** E501's limit (`max-line-length`, 79 unless set). */
  readonly maxLineLength: number;
  /** W505's limit on docstring and comment lines (`max-doc-length`), or null when unset. */
  readonly maxDocLength: number | null;
  /** Whether flake8 reports this code in the project. */
  enforces(code: string): boolean;
}

/** The files flake8 reads, in the order it prefers them within one directory. */
const CONFIG_FILES = ['setup.cfg', 'tox.ini', '.flake8'];
const SECTIONS = ['flake8', 'pycodestyle', 'pep8'];

/** What flake8 leaves out when the project sets no `ignore`. */
const FLAKE8_DEFAULT_IGNORE = ['E121', 'E123', 'E126', 'E226', 'E24', 'E704', 'W503', 'W504'];

const DEFAULT_MAX_LINE_LENGTH = 79;

/** Settings by directory: every file of a directory shares them. */
const byDirectory = new Map<string, LintSettings>();

/**
 * Reads `[flake8]` (or `[pycodestyle]`, `[pep8]`) from the nearest setup.cfg,
 * tox.ini or .flake8 holding one of those sections. Without any, pycodestyle's
 * and flake8's defaults apply.
 */
export function readLintSettings(context: FileContext): LintSettings {
  const directory = path.dirname(path.resolve(context.path));
  let settings = byDirectory.get(directory);
  if (settings === undefined) {
    settings = readNearestSettings(context);
    byDirectory.set(directory, settings);
  }
  return settings;
}

function readNearestSettings(context: FileContext): LintSettings {
  const found = CONFIG_FILES.map((name) => context.nearestFile([name])).filter((file): file is NearbyFile => file !== null);
  const parsed = found
    .map((file) => ({ dir: path.dirname(file.path), sections: readIni(file.text) }))
    .filter(({ sections }) => SECTIONS.some((name) => sections.has(name)));
  const nearest = parsed.sort((a, b) => b.dir.length - a.dir.length)[0];
  return lintSettingsOf(nearest?.sections ?? new Map());
}

/** Settings from the sections of one configuration file. */
export function lintSettingsOf(sections: ReadonlyMap<string, ReadonlyMap<string, string>>): LintSettings {
  const flake8 = sections.get('flake8');
  const pycodestyle = sections.get('pycodestyle') ?? sections.get('pep8');
  const setting = (key: string) => flake8?.get(key) ?? pycodestyle?.get(key);
  const number = (key: string) => {
    const value = Number.parseInt(setting(key) ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : null;
  };
  const own = flake8 ?? pycodestyle;
  const ignore = [...(own?.has('ignore') ? codes(own.get('ignore')!) : FLAKE8_DEFAULT_IGNORE), ...codes(own?.get('extend-ignore') ?? '')];
  const select = own?.has('select') ? [...codes(own.get('select')!), ...codes(own.get('extend-select') ?? '')] : null;
  return {
    maxLineLength: number('max-line-length') ?? DEFAULT_MAX_LINE_LENGTH,
    maxDocLength: number('max-doc-length'),
    enforces(code) {
      const ignoredBy = longestPrefix(ignore, code);
      const selectedBy = select === null ? 0 : longestPrefix(select, code);
      return selectedBy >= 0 && selectedBy >= ignoredBy;
    },
  };
}

/** The length of the longest entry that starts `code`, -1 when none does. */
function longestPrefix(entries: readonly string[], code: string): number {
  return Math.max(-1, ...entries.filter((entry) => code.startsWith(entry)).map((entry) => entry.length));
}

/** `E121,E122, H405  # why` → the codes; comments and blanks are dropped. */
function codes(value: string): string[] {
  return value
    .split('\n')
    .flatMap((line) => line.replace(/#.*/, '').split(/[\s,]+/))
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}

/**
 * The sections of an INI file, keys lower-cased with `_` read as `-`.
 * Indented lines continue the value above them, as configparser reads them.
 */
export function readIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | null = null;
  let key: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*([#;]|$)/.test(line)) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = new Map();
      sections.set(header[1].trim().toLowerCase(), section);
      key = null;
    } else if (/^\s/.test(line)) {
      if (section !== null && key !== null) section.set(key, `${section.get(key)}\n${line.trim()}`);
    } else if (section !== null) {
      const entry = /^([^=:]+)[=:](.*)$/.exec(line);
      key = entry ? entry[1].trim().toLowerCase().replace(/_/g, '-') : null;
      if (entry) section.set(key!, entry[2].trim());
    }
  }
  return sections;
}
