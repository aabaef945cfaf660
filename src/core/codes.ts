/**
 * Finding codes: one table of every code the transforms declare, which
 * `--list`, `explain`, the reports and the selection options all read.
 */
import { TRANSFORMS } from './registry.js';
import type { CodeInfo } from './types.js';

/** One code, with the transform whose findings carry it. */
export interface CodeEntry extends CodeInfo {
  readonly code: string;
  readonly owner: string;
}

let table: readonly CodeEntry[] | undefined;

/** Every code, in code order. */
export function allCodes(): readonly CodeEntry[] {
  table ??= TRANSFORMS.flatMap((t) => Object.entries(t.meta.codes).map(([code, info]): CodeEntry => ({ code, owner: t.meta.name, ...info }))).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  return table;
}

/** The entry of a code, or undefined when no transform declares it. */
export function findCode(code: string): CodeEntry | undefined {
  return allCodes().find((entry) => entry.code === code);
}

/** The codes of one transform, in code order. */
export function codesOf(owner: string): CodeEntry[] {
  return allCodes().filter((entry) => entry.owner === owner);
}

/** The hundred a transform's codes take, as a prefix: `TM1` for assert-methods. */
export function codePrefix(owner: string): string {
  return codesOf(owner)[0]?.code.slice(0, 3) ?? '';
}

/** The first and last code of a transform: `TM101-TM111`. */
export function codeRange(owner: string): string {
  const codes = codesOf(owner);
  if (codes.length === 0) return '';
  return codes.length === 1 ? codes[0].code : `${codes[0].code}-${codes[codes.length - 1].code}`;
}
