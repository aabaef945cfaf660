/**
 * Places in the file as it was before the run. The engine runs the
 * transforms again on its own output; a finding of a later round is placed,
 * and its fix's edits given, in the original text by mapping them back
 * through the edits of the rounds before it.
 *
 * An edit made on text an earlier round wrote has no place of its own in the
 * original file. It is then combined with the earlier edit it overlaps: the
 * combined edit replaces what the earlier edit replaced (and what this edit
 * replaced around it) with the earlier edit's text as this edit changed it.
 * Each fix's edits so apply to the original file on their own, carrying the
 * earlier change they were made on; a combined edit overlaps the earlier
 * fix's edits, and those of other fixes made in the same earlier text.
 */
import type { Edit } from './types.js';

/** The rounds of edits a file went through, each in the text it applied to. */
export interface RoundHistory {
  /** `texts[0]` is the original text; `texts[i + 1]` is `texts[i]` after `edits[i]`. */
  readonly texts: readonly string[];
  /** The edits each round applied, disjoint, as the fixes gave them. */
  readonly edits: readonly (readonly Edit[])[];
}

/** An edit in the original text; `combined` when it takes in an earlier round's edit it was made on. */
export interface OriginalEdit extends Edit {
  readonly combined: boolean;
}

/** An earlier round's edit and the range its text takes in the text it produced. */
interface Placed {
  readonly edit: Edit;
  readonly start: number;
  readonly end: number;
}

/** The edits of a fix found in `round` (indices in that round's text), in the original text. */
export function originalEdits(edits: readonly Edit[], history: RoundHistory, round: number): OriginalEdit[] {
  let pieces: OriginalEdit[] = edits.map((edit) => ({ ...edit, combined: false }));
  for (let earlier = round - 1; earlier >= 0; earlier--) {
    pieces = stepBack(pieces, placeEdits(history.edits[earlier]), history.texts[earlier + 1]);
  }
  return pieces;
}

/** The original index of the end of a range found in `round`: past what an earlier edit wrote, when it ends inside it. */
export function originalEnd(index: number, history: RoundHistory, round: number): number {
  let at = index;
  for (let earlier = round - 1; earlier >= 0; earlier--) {
    const placed = placeEdits(history.edits[earlier]);
    // Only the first edit whose text ends past `at` can hold it: the texts are disjoint and in order.
    const next = placed.edits[firstEndingAfter(placed, at)];
    const inside = next !== undefined && next.start < at && at < next.end ? next : undefined;
    at = inside === undefined ? mapEnd(at, placed) : inside.edit.end;
  }
  return at;
}

/**
 * A round's edits placed in the text they produce, in order; their texts are
 * disjoint, so starts and ends both rise. `shifts[k]` is how much longer the
 * text before the end of the k-th edit's text is than it was before the round.
 */
interface Placing {
  readonly edits: readonly Placed[];
  readonly shifts: readonly number[];
}

/** Each round's edits placed, so that the findings of later rounds share one placing. */
const placings = new WeakMap<readonly Edit[], Placing>();

/** Where the text of each edit lands in the text the edits produce. */
function placeEdits(edits: readonly Edit[]): Placing {
  let placed = placings.get(edits);
  if (placed === undefined) placings.set(edits, (placed = placeSorted(edits)));
  return placed;
}

function placeSorted(edits: readonly Edit[]): Placing {
  let delta = 0;
  const shifts = [0];
  const placed = [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((edit) => {
      const start = edit.start + delta;
      delta += edit.text.length - (edit.end - edit.start);
      shifts.push(delta);
      return { edit, start, end: start + edit.text.length };
    });
  return { edits: placed, shifts };
}

/** The position of the first placed edit whose text ends past `index`; the count of those before it. */
function firstEndingAfter(placing: Placing, index: number): number {
  // Ends are whole numbers: ending past `index` is ending at or past the next one.
  return firstEndingAtOrAfter(placing, index + 1);
}

/** The position of the first placed edit whose text ends at or past `index`; the count of those before it. */
function firstEndingAtOrAfter(placing: Placing, index: number): number {
  let low = 0;
  let high = placing.edits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (placing.edits[mid].end < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Maps the pieces of one fix from the text a round produced (`after`) back to
 * the text it applied to. A piece that cuts into what the round wrote grows to
 * cover it first, and pieces that then overlap become one.
 */
function stepBack(pieces: readonly OriginalEdit[], placed: Placing, after: string): OriginalEdit[] {
  const grown = pieces.map((piece) => ({ piece, ...grow(piece, placed) })).sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { start: number; end: number; members: typeof grown }[] = [];
  for (const item of grown) {
    const last = groups.at(-1);
    if (last !== undefined && item.start < last.end) {
      last.members.push(item);
      last.end = Math.max(last.end, item.end);
    } else groups.push({ start: item.start, end: item.end, members: [item] });
  }
  return groups.map(({ start, end, members: group }) => {
    const combined = group.length > 1 || group.some((g) => g.touched || g.piece.combined);
    let text = '';
    let at = start;
    for (const { piece } of [...group].sort((a, b) => a.piece.start - b.piece.start)) {
      text += after.slice(at, piece.start) + piece.text;
      at = piece.end;
    }
    text += after.slice(at, end);
    const from = mapStart(start, placed);
    return { start: from, end: start === end ? from : mapEnd(end, placed), text, combined };
  });
}

/**
 * The range a piece must cover so that no earlier edit's text is cut: its
 * own, grown over each one it cuts into; `touched` when it replaces any text
 * an earlier edit wrote.
 */
function grow(piece: Edit, placed: Placing): { start: number; end: number; touched: boolean } {
  let start = piece.start;
  let end = piece.end;
  // Only the edits whose texts end at or past `start` and start at or before `end` can cut the range.
  const near = () => {
    const found: Placed[] = [];
    for (let k = firstEndingAtOrAfter(placed, start); k < placed.edits.length && placed.edits[k].start <= end; k++) found.push(placed.edits[k]);
    return found;
  };
  const touched = near().some((p) => cuts(start, end, p));
  for (let changed = touched; changed; ) {
    changed = false;
    for (const p of near()) {
      if (!cuts(start, end, p) || (start <= p.start && p.end <= end)) continue;
      start = Math.min(start, p.start);
      end = Math.max(end, p.end);
      changed = true;
    }
  }
  return { start, end, touched };
}

/** Whether the range [start, end) overlaps an earlier edit's text, or an insertion or deletion lands inside the other. Touching ends do not. */
function cuts(start: number, end: number, p: Placed): boolean {
  if (start === end) return p.start < start && start < p.end;
  if (p.start === p.end) return start < p.start && p.start < end;
  return start < p.end && p.start < end;
}

/** An index where a range starts, in the text before the edits: after the text an edit deleted there. */
function mapStart(index: number, placed: Placing): number {
  return index - placed.shifts[firstEndingAfter(placed, index)];
}

/** An index where a range ends, in the text before the edits: before the text an edit deleted there. */
function mapEnd(index: number, placed: Placing): number {
  // The edits whose texts end before `index`, and the one whose non-empty text ends at it (an insertion there sorts after it).
  let count = firstEndingAtOrAfter(placed, index);
  const at = placed.edits[count];
  if (at !== undefined && at.end === index && at.start < at.end) count++;
  return index - placed.shifts[count];
}
