/**
 * Finding codes: one table of every code the transforms declare, and the
 * engine's own, which `--list`, `explain`, the reports and the selection
 * options all read.
 */
import { TRANSFORMS } from './registry.js';
import { suggestedChanges } from './suggested-change.js';
import type { CodeInfo, CodeTable, Transform } from './types.js';

/** The name reports give the engine, the owner of the TM0xx codes. */
export const ENGINE = 'testmend';

/** What the engine's own findings answer, where a transform's answer a review suggestion. */
export const ENGINE_SUGGESTION = 'keep suppression comments accurate';

/** The engine's own codes: suppression comments that do nothing. */
export const ENGINE_CODES = {
  TM001: {
    name: 'unused-suppression',
    summary: 'a # testmend: ignore or # noqa: TMxxx comment, or a code it names, that suppresses nothing; only when selected, as Ruff\'s RUF100',
    fix: 'none',
    default: false,
  },
  TM002: {
    name: 'invalid-suppression',
    summary: 'a suppression comment that names an unknown code, prefix or transform, or a # testmend: directive that does not exist',
    fix: 'none',
  },
} as const satisfies CodeTable;

/** One code, with the transform whose findings carry it, {@link ENGINE}, or the applier of a review's suggested changes. */
export interface CodeEntry extends CodeInfo {
  readonly code: string;
  readonly owner: string;
}

/** The owners of codes that are no transform of the registry: who reports them, and the page that says more. */
export const OTHER_OWNERS: Readonly<Record<string, { readonly about: string; readonly page: string }>> = {
  [ENGINE]: { about: 'testmend itself, about suppression comments', page: 'docs/suppression.md' },
  [suggestedChanges([]).meta.name]: { about: "--from-review, applying a reviewer's suggested change", page: 'docs/review-formats.md' },
};

/** Whether an owner of codes is a transform of the registry, which -t names and --list shows. */
export function isTransform(owner: string): boolean {
  return TRANSFORMS.some((t) => t.meta.name === owner);
}

/** The table, for the registry it was made of: loading a plugin makes a new registry. */
let table: { readonly of: readonly Transform[]; readonly codes: readonly CodeEntry[] } | undefined;

/** Every code, in code order. */
export function allCodes(): readonly CodeEntry[] {
  if (table?.of === TRANSFORMS) return table.codes;
  const applier = suggestedChanges([]).meta;
  const owners: [string, CodeTable][] = [[ENGINE, ENGINE_CODES], [applier.name, applier.codes], ...TRANSFORMS.map((t): [string, CodeTable] => [t.meta.name, t.meta.codes])];
  const codes = owners
    .flatMap(([owner, codes]) => Object.entries(codes).map(([code, info]): CodeEntry => ({ code, owner, ...info })))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  table = { of: TRANSFORMS, codes };
  return codes;
}

/** Whether a word names codes by their letters: TM, or the two letters of a plugin's codes. */
export function hasCodeLetters(word: string): boolean {
  const letters = word.slice(0, 2);
  return /^[A-Z]{2}$/.test(letters) && (letters === 'TM' || allCodes().some((entry) => entry.code.startsWith(letters)));
}

/** The entry of a code, or undefined when no transform declares it. */
export function findCode(code: string): CodeEntry | undefined {
  return allCodes().find((entry) => entry.code === code);
}

/** The codes of one transform (or of the engine), in code order. */
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

/** A set of codes in code order, each run of one owner's codes that follow one another in the table as a range: `TM002, TM101-TM107, TM110`. */
export function codeRanges(codes: Iterable<string>): string {
  const chosen = new Set(codes);
  const runs: CodeEntry[][] = [];
  let previous: CodeEntry | null = null;
  for (const entry of allCodes()) {
    if (chosen.has(entry.code)) {
      if (previous?.owner === entry.owner) runs[runs.length - 1].push(entry);
      else runs.push([entry]);
    }
    previous = chosen.has(entry.code) ? entry : null;
  }
  return runs.map((run) => (run.length === 1 ? run[0].code : `${run[0].code}-${run[run.length - 1].code}`)).join(', ');
}
