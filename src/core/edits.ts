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
  if (!edits.every((edit) => 0 <= edit.start && edit.start <= edit.end && edit.end <= length)) return false;
  // In order of position, an edit overlaps an earlier replacement exactly when it starts before the
  // furthest end seen; insertions never clash with each other.
  let furthest = -1;
  for (const edit of sortedByPosition(edits)) {
    if (edit.start < furthest) return false;
    if (edit.start < edit.end) furthest = Math.max(furthest, edit.end);
  }
  return true;
}

/** Whether two edits are the same change: several fixes may share one, such as a helper they all need. */
export function sameEdit(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/** The edits without repeats of the same change, which applies once. */
export function uniqueEdits(edits: readonly Edit[]): Edit[] {
  const seen = new Map<string, Edit[]>();
  return edits.filter((edit) => {
    const key = `${edit.start}:${edit.end}`;
    const same = seen.get(key);
    if (same === undefined) seen.set(key, [edit]);
    else if (same.some((other) => other.text === edit.text)) return false;
    else same.push(edit);
    return true;
  });
}

/**
 * Picks the fixes to apply: in order of their first edit, each fix is taken
 * unless one of its edits overlaps an edit already taken (an identical edit
 * is shared, not a clash). Returns, for every fix, -1 when taken or the index
 * of the fix it collides with: the first taken whose edit it overlaps.
 */
export function selectFixes(fixes: readonly (readonly Edit[])[]): number[] {
  const order = fixes.map((_, index) => index).sort((a, b) => firstStart(fixes[a]) - firstStart(fixes[b]) || a - b);
  const taken = new TakenEdits();
  const verdict = new Array<number>(fixes.length).fill(-1);
  for (const index of order) {
    const clash = taken.firstClash(fixes[index]);
    if (clash !== null) verdict[index] = clash;
    else for (const edit of fixes[index]) taken.add(edit, index);
  }
  return verdict;
}

/** An edit taken by a fix, and when it was taken. */
interface TakenEdit {
  readonly text: string;
  readonly owner: number;
  readonly order: number;
}

/** A range of the text and the taken edits that replace it. */
interface Place {
  readonly start: number;
  readonly end: number;
  readonly edits: TakenEdit[];
}

/**
 * The edits of the fixes taken so far, by place. Places that differ never
 * overlap one another (the fixes would have clashed), so in order of start
 * their ends never decrease either, and the places an edit may overlap are a
 * short run found by binary search. Only insertions of one fix share a place
 * with different texts; a repeat of the same edit is kept once, by its first owner.
 */
class TakenEdits {
  private readonly places: Place[] = [];
  private count = 0;

  add(edit: Edit, owner: number): void {
    const at = this.firstPlace((place) => place.start < edit.start || (place.start === edit.start && place.end < edit.end));
    let place = this.places[at];
    if (place === undefined || place.start !== edit.start || place.end !== edit.end) {
      place = { start: edit.start, end: edit.end, edits: [] };
      this.places.splice(at, 0, place);
    }
    if (!place.edits.some((taken) => taken.text === edit.text)) place.edits.push({ text: edit.text, owner, order: this.count++ });
  }

  /** The owner of the earliest taken edit that one of `edits` overlaps without being the same change, or null. */
  firstClash(edits: readonly Edit[]): number | null {
    let first: TakenEdit | null = null;
    for (const mine of edits) {
      for (let i = this.firstEndingAtOrAfter(mine.start); i < this.places.length && this.places[i].start <= mine.end; i++) {
        const place = this.places[i];
        if (!editsOverlap(mine, { start: place.start, end: place.end, text: '' })) continue;
        for (const taken of place.edits) {
          const same = place.start === mine.start && place.end === mine.end && taken.text === mine.text;
          if (!same && (first === null || taken.order < first.order)) first = taken;
        }
      }
    }
    return first?.owner ?? null;
  }

  /** The index of the first place whose end is at or after `index`. */
  private firstEndingAtOrAfter(index: number): number {
    return this.firstPlace((place) => place.end < index);
  }

  /** The index of the first place not `before` the one sought; the places `before` it come first, in order of start and then end. */
  private firstPlace(before: (place: Place) => boolean): number {
    let low = 0;
    let high = this.places.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(this.places[mid])) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Applies disjoint edits through one MagicString; every index refers to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const buffer = new MagicString(source);
  const sorted = sortedByPosition(edits);
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
 * Maps indices in the text produced by `edits` back to the text they were
 * applied to. An index inside replaced text maps to the start of the edit.
 */
export class EditMap {
  private readonly edits: readonly Edit[];
  /** Where each edit's text starts in the new text. */
  private readonly newStarts: number[] = [];
  /** How much longer the new text is than the old after each edit. */
  private readonly deltas: number[] = [];

  constructor(edits: readonly Edit[]) {
    this.edits = sortedByPosition(edits);
    let delta = 0;
    for (const edit of this.edits) {
      this.newStarts.push(edit.start + delta);
      delta += edit.text.length - (edit.end - edit.start);
      this.deltas.push(delta);
    }
  }

  back(index: number): number {
    // The new texts of the edits are disjoint and in order: only the last one starting at or before `index` may hold it.
    let low = 0;
    let high = this.newStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.newStarts[mid] <= index) low = mid + 1;
      else high = mid;
    }
    const last = low - 1;
    if (last === -1) return index;
    if (index < this.newStarts[last] + this.edits[last].text.length) return this.edits[last].start;
    return index - this.deltas[last];
  }
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

function sortedByPosition(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

function firstStart(edits: readonly Edit[]): number {
  return Math.min(...edits.map((edit) => edit.start));
}
