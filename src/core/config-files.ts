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
  return readOnce(tomlDocuments, file, (text) => parseToml(text) as TomlTable, (error) =>
    error instanceof TomlError ? new ConfigFileError(file.path, error.line, `not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`) : null,
  );
}

/** The sections of an INI file; throws ConfigFileError when configparser would refuse it. */
export function readIniFile(file: NearbyFile): ReadonlyMap<string, IniSection> {
  return readOnce(iniDocuments, file, parseIni, (error) =>
    error instanceof IniSyntaxError ? new ConfigFileError(file.path, error.line, `not a valid INI file: ${error.message.replace(/^line \d+: /, '')}`) : null,
  );
}

/** A file's document, parsed the first time it is asked for; a syntax error (as `refusal` makes it) is kept and thrown each time. */
function readOnce<T>(documents: Map<string, T | ConfigFileError>, file: NearbyFile, parse: (text: string) => T, refusal: (error: unknown) => ConfigFileError | null): T {
  let document = documents.get(file.path);
  if (document === undefined) {
    try {
      document = parse(file.text);
    } catch (error) {
      const refused = refusal(error);
      if (refused === null) throw error;
      document = refused;
    }
    documents.set(file.path, document);
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
