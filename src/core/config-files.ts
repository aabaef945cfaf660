/**
 * Reading the project files settings come from (pyproject.toml, setup.cfg,
 * tox.ini, .flake8): TOML with smol-toml, INI as configparser reads it. Each
 * file is parsed once per process.
 */
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { IniSyntaxError, parseIni, type IniSection } from './ini.js';
import type { NearbyFile } from './types.js';

/** A settings file that cannot be read: names the file and, where known, the line. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`);
  }
}

/** A TOML table, as smol-toml returns it. */
export type TomlTable = Readonly<Record<string, unknown>>;

const tomlDocuments = new Map<string, TomlTable | ConfigFileError>();
const iniDocuments = new Map<string, ReadonlyMap<string, IniSection> | ConfigFileError>();

/** Whether a settings file is TOML (by its name: `pyproject.toml`, `*.toml`) rather than INI. */
export function isTomlFile(file: string): boolean {
  return path.basename(file).endsWith('.toml');
}

/** The document of a TOML file; throws ConfigFileError when it is not valid TOML. */
export function readTomlFile(file: NearbyFile): TomlTable {
  let document = tomlDocuments.get(file.path);
  if (document === undefined) {
    try {
      document = parseToml(file.text) as TomlTable;
    } catch (error) {
      if (!(error instanceof TomlError)) throw error;
      document = new ConfigFileError(file.path, error.line, `not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`);
    }
    tomlDocuments.set(file.path, document);
  }
  if (document instanceof ConfigFileError) throw document;
  return document;
}

/** The sections of an INI file; throws ConfigFileError when configparser would refuse it. */
export function readIniFile(file: NearbyFile): ReadonlyMap<string, IniSection> {
  let document = iniDocuments.get(file.path);
  if (document === undefined) {
    try {
      document = parseIni(file.text);
    } catch (error) {
      if (!(error instanceof IniSyntaxError)) throw error;
      document = new ConfigFileError(file.path, error.line, `not a valid INI file: ${error.message.replace(/^line \d+: /, '')}`);
    }
    iniDocuments.set(file.path, document);
  }
  if (document instanceof ConfigFileError) throw document;
  return document;
}

/** The table at a dotted path of a TOML document (`tool.ruff.lint`), or undefined when absent or not a table. */
export function tomlTable(document: TomlTable, dotted: string): TomlTable | undefined {
  let table: unknown = document;
  for (const key of dotted.split('.')) {
    if (!isTable(table)) return undefined;
    table = table[key];
  }
  return isTable(table) ? table : undefined;
}

/** Whether a TOML value is a table (not an array, a date or a scalar). */
export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
