/**
 * Splitting a written review into passages: the items of its numbered and
 * bulleted lists, and the paragraphs around them.
 */

/** A stretch of the review: one list item (its sub-items included) or one paragraph. */
export interface Passage {
  /** 1-based line of the review where it starts. */
  readonly line: number;
  /** Its words on one line: whitespace collapsed, list markers and Markdown emphasis removed. */
  readonly text: string;
  readonly kind: 'item' | 'paragraph';
  /** A paragraph that ends with a colon right before a list: it introduces the list. */
  readonly introducesList: boolean;
}

/** `1.`, `1)`, `(1)`, `-`, `*`, `+` or `•` at the start of a line, then the item's first words. */
const MARKER = /^([ \t]*)(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*+•])[ \t]+(\S.*)$/;
const FENCE = /^[ \t]*(?:```|~~~)/;
const HEADING = /^[ \t]*#{1,6}(?:[ \t]|$)/;
/** A thematic break, or the underline of a Setext heading. */
const RULE = /^[ \t]*(?:[-=_*][ \t]*){3,}$/;

interface Block {
  readonly kind: 'item' | 'paragraph' | 'heading';
  readonly line: number;
  readonly indent: number;
  readonly lines: string[];
}

/**
 * Reads a review as passages, in order. A list item runs until the next item of
 * its list; its continuation lines need no indent, and lines indented past its
 * marker after a blank line (sub-items, code, more paragraphs) belong to it. A
 * paragraph between two items of one list belongs to the item before it, and so
 * does one after an item that is only a title ("Style:"). Fenced
 * code belongs to the passage it sits in. Headings and thematic breaks are
 * left out.
 */
export function splitReview(text: string): Passage[] {
  const blocks = readBlocks(text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/));
  const merged: Block[] = [];
  for (const [i, block] of blocks.entries()) {
    const previous = merged.at(-1);
    const belongs =
      block.kind === 'paragraph' &&
      previous?.kind === 'item' &&
      (blocks.slice(i + 1).find((b) => b.kind !== 'paragraph')?.kind === 'item' || (previous.lines.length === 1 && previous.lines[0].trimEnd().endsWith(':')));
    if (belongs) previous.lines.push(...block.lines);
    else merged.push(block);
  }
  return merged.flatMap((block, i): Passage[] => {
    if (block.kind === 'heading') return [];
    const words = flatten(block.lines);
    const introducesList = block.kind === 'paragraph' && merged[i + 1]?.kind === 'item' && words.endsWith(':');
    return words === '' ? [] : [{ line: block.line, text: words, kind: block.kind, introducesList }];
  });
}

/** First pass: lines into items, paragraphs and headings. */
function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let listIndent = -1;
  let afterBlank = false;
  let fenced = false;
  const start = (kind: Block['kind'], index: number, indent: number, first: string): Block => {
    const block: Block = { kind, line: index + 1, indent, lines: [first] };
    blocks.push(block);
    return block;
  };
  for (const [index, line] of lines.entries()) {
    if (fenced || FENCE.test(line)) {
      if (FENCE.test(line)) fenced = !fenced;
      if (current === null) current = start('paragraph', index, 0, line);
      else current.lines.push(line);
      afterBlank = false;
      continue;
    }
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].length;
    const marker = MARKER.exec(line);
    if (HEADING.test(line) || RULE.test(line)) {
      if (HEADING.test(line)) start('heading', index, indent, line);
      current = null;
      listIndent = -1;
    } else if (marker && (current?.kind !== 'item' || indent <= listIndent)) {
      if (current?.kind !== 'item') listIndent = indent;
      current = start('item', index, indent, marker[2]);
    } else if (current?.kind === 'item' && (!afterBlank || indent > listIndent)) {
      current.lines.push(marker ? marker[2] : line);
    } else if (current?.kind === 'paragraph' && !afterBlank) {
      current.lines.push(line);
    } else {
      current = start('paragraph', index, indent, line);
      listIndent = -1;
    }
    afterBlank = false;
  }
  return blocks;
}

/** A passage's lines as one line of words; fence lines go, the code inside them stays. */
function flatten(lines: readonly string[]): string {
  return lines
    .filter((line) => !FENCE.test(line))
    .join(' ')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
