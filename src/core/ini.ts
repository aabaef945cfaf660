/**
 * Reading setup.cfg, tox.ini and .flake8 the way Python's `configparser`
 * does (`RawConfigParser` with its defaults, as flake8, pycodestyle and
 * setuptools read them): `[section]` headers; `key = value` or `key: value`
 * options with case-insensitive keys; a value continues on every following
 * line indented deeper than its key, blank lines included; whole-line `#`
 * and `;` comments anywhere, also between the lines of a value; no inline
 * comments; `[DEFAULT]` values shown in every section; no interpolation.
 *
 * Common INI libraries join no continuation lines, yet they carry the lists
 * these files hold (`ignore =` followed by one code per line), so this reader
 * follows configparser's rules line by line.
 */

/** One option: its value (continuation lines joined by `\n`) and the 1-based line of its key. */
export interface IniOption {
  readonly value: string;
  readonly line: number;
}

/** A section's options by lower-cased key, in file order. */
export type IniSection = ReadonlyMap<string, IniOption>;

/** A file that configparser would refuse, with the 1-based line it stops at. */
export class IniSyntaxError extends Error {
  override name = 'IniSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const DEFAULT_SECTION = 'DEFAULT';

/** The sections of an INI text by name (case kept, as configparser keeps it); throws IniSyntaxError. */
export function parseIni(text: string): ReadonlyMap<string, IniSection> {
  const sections = new Map<string, Map<string, { value: string[]; line: number }>>();
  const defaults = new Map<string, { value: string[]; line: number }>();
  let current: Map<string, { value: string[]; line: number }> | null = null;
  let currentName = '';
  let option: { value: string[]; line: number } | null = null;
  let keyIndent = 0;
  const lines = text.startsWith('\ufeff') ? text.slice(1).split(/\r\n|\r|\n/) : text.split(/\r\n|\r|\n/);

  for (const [index, raw] of lines.entries()) {
    const number = index + 1;
    const content = raw.trim();
    if (content.startsWith('#') || content.startsWith(';')) continue;
    if (content === '') {
      // A blank line belongs to the value being read, if it goes on.
      option?.value.push('');
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (option !== null && indent > keyIndent) {
      option.value.push(content);
      continue;
    }
    keyIndent = indent;
    option = null;
    if (content.startsWith('[') && content.lastIndexOf(']') > 1) {
      currentName = content.slice(1, content.lastIndexOf(']'));
      if (currentName === DEFAULT_SECTION) {
        current = defaults;
      } else {
        if (sections.has(currentName)) throw new IniSyntaxError(number, `section [${currentName}] appears twice`);
        current = new Map();
        sections.set(currentName, current);
      }
      continue;
    }
    if (current === null) throw new IniSyntaxError(number, 'an option before the first [section] header');
    const delimiter = firstDelimiter(content);
    const key = delimiter < 0 ? '' : content.slice(0, delimiter).trim().toLowerCase();
    if (key === '') throw new IniSyntaxError(number, `not a section header or a key = value option: ${content}`);
    if (current.has(key)) throw new IniSyntaxError(number, `option '${key}' appears twice in [${currentName}]`);
    option = { value: [content.slice(delimiter + 1).trim()], line: number };
    current.set(key, option);
  }

  const joined = (options: Map<string, { value: string[]; line: number }>) =>
    new Map([...options].map(([key, { value, line }]): [string, IniOption] => [key, { value: value.join('\n').trimEnd(), line }]));
  const shared = joined(defaults);
  return new Map([...sections].map(([name, options]) => [name, new Map([...shared, ...joined(options)])]));
}

/** The index of the first `=` or `:` in an option line, or -1. */
function firstDelimiter(content: string): number {
  const equals = content.indexOf('=');
  const colon = content.indexOf(':');
  if (equals < 0) return colon;
  if (colon < 0) return equals;
  return Math.min(equals, colon);
}

/** configparser's words for true and false (`getboolean`), or null for anything else. */
export function iniBoolean(value: string): boolean | null {
  const word = value.trim().toLowerCase();
  if (['1', 'yes', 'true', 'on'].includes(word)) return true;
  if (['0', 'no', 'false', 'off'].includes(word)) return false;
  return null;
}
