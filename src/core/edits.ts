/** Choosing fixes that can apply together, applying them, and mapping positions back. */
import MagicString from 'magic-string';
import type { Edit } from './types.js';

/** Whether two edits touch the same text (two insertions at one place count: their order is unknown). */
export function editsOverlap(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether a fix's own edits are in range and disjoint; insertions at one place apply in the order given. */
export function isWellFormed(edits: readonly Edit[], length: number): boolean {
  if (edits.length === 0) return false;
  for (const [i, edit] of edits.entries()) {
    if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= length)) return false;
    for (const other of edits.slice(i + 1)) {
      const bothInsert = edit.start === edit.end && other.start === other.end;
      if (!bothInsert && editsOverlap(edit, other)) return false;
    }
  }
  return true;
}

/** Whether two edits are the same change: several fixes may share one, such as a helper they all need. */
export function sameEdit(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/** The edits without repeats of the same change, which applies once. */
export function uniqueEdits(edits: readonly Edit[]): Edit[] {
  return edits.filter((edit, index) => edits.findIndex((other) => sameEdit(edit, other)) === index);
}

/**
 * Picks the fixes to apply: in order of their first edit, each fix is taken
 * unless one of its edits overlaps an edit already taken (an identical edit
 * is shared, not a clash). Returns, for every fix, -1 when taken or the index
 * of the fix it collides with.
 */
export function selectFixes(fixes: readonly (readonly Edit[])[]): number[] {
  const order = fixes.map((_, index) => index).sort((a, b) => firstStart(fixes[a]) - firstStart(fixes[b]) || a - b);
  const taken: { edit: Edit; owner: number }[] = [];
  const verdict = new Array<number>(fixes.length).fill(-1);
  for (const index of order) {
    const clash = taken.find(({ edit }) => fixes[index].some((mine) => !sameEdit(mine, edit) && editsOverlap(mine, edit)));
    if (clash) verdict[index] = clash.owner;
    else for (const edit of fixes[index]) taken.push({ edit, owner: index });
  }
  return verdict;
}

/** Applies disjoint edits through one MagicString; every index refers to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const buffer = new MagicString(source);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const edit of sorted) {
    if (edit.start === edit.end) continue;
    if (edit.text === '') buffer.remove(edit.start, edit.end);
    else buffer.overwrite(edit.start, edit.end, edit.text);
  }
  // Insertions go last: an overwrite clears text attached inside its range.
  for (const edit of sorted) {
    if (edit.start === edit.end) buffer.appendLeft(edit.start, edit.text);
  }
  return buffer.toString();
}

/**
 * Maps an index in the text produced by `edits` back to the text they were
 * applied to. An index inside replaced text maps to the start of the edit.
 */
export function mapBack(index: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const newStart = edit.start + delta;
    if (index < newStart) break;
    if (index < newStart + edit.text.length) return edit.start;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return index - delta;
}

/** Narrows an edit to the part that differs from `source`, so positions map back precisely. */
export function trimEdit(edit: Edit, source: string): Edit {
  const old = source.slice(edit.start, edit.end);
  const { text } = edit;
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  return { start: edit.start + prefix, end: edit.end - suffix, text: text.slice(prefix, text.length - suffix) };
}

function firstStart(edits: readonly Edit[]): number {
  return Math.min(...edits.map((edit) => edit.start));
}
