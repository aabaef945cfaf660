/**
 * Splitting a written review into passages: the items of its numbered and
 * bulleted lists, the paragraphs around them, and what the reviewer quoted.
 * The text is read as Markdown (CommonMark with GitHub's extensions), which
 * plain-text reviews are too.
 */
import type { Blockquote, Code, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { createRequire } from 'node:module';

/** Node's require, which loads the Markdown reader on first use: only runs with a review read one, and loading it costs any run about 0.1 s. */
const require = createRequire(import.meta.url);

/**
 * A stretch of the review: one list item (its sub-items included), one
 * paragraph, one block quote, or one task-list item marked done.
 */
export interface Passage {
  /** 1-based line of the review where it starts. */
  readonly line: number;
  /** Its words on one line: whitespace collapsed, Markdown markup and struck-out words removed, code spans kept in backticks. */
  readonly text: string;
  readonly kind: 'item' | 'paragraph' | 'quote' | 'done';
  /** A paragraph that ends with a colon right before a list: it introduces the list. */
  readonly introducesList: boolean;
  /** The headings it sits under, outermost first; absent when there are none. */
  readonly headings?: readonly string[];
}

/** A fenced block of the reviewer's replacement code (```suggestion on GitHub and Gerrit). */
export interface SuggestionBlock {
  /** 1-based line of the review where the fence opens. */
  readonly line: number;
  /** The replacement lines, without the fences. */
  readonly content: string;
}

export interface ReadReview {
  readonly passages: readonly Passage[];
  readonly suggestions: readonly SuggestionBlock[];
}

/** Plain-text list markers that Markdown does not know: `(1)` and `•`. */
const PLAIN_MARKER = /^[ \t]*(?:\(\d{1,3}\)|•)[ \t]+/;

/** The words of a review, with its ```suggestion blocks apart. */
export function readMarkdown(text: string): ReadReview {
  const source = text.replace(/^\ufeff/, '');
  const reader = new Reader(source);
  reader.blocks(parse(source).children);
  return { passages: reader.passages(), suggestions: reader.suggestions };
}

/**
 * Reads a review as passages, in order. A list item runs until the next item
 * of its list: lazy continuation lines, sub-items, fenced code and paragraphs
 * indented past its marker belong to it, and so does a paragraph between two
 * items of one list or after an item that is only a title ("Style:"). Fenced
 * code after a paragraph belongs to that paragraph. Block quotes are passages
 * of their own, as are the task-list items marked done. Headings are left out,
 * but each passage knows the headings it sits under.
 */
export function splitReview(text: string): Passage[] {
  return [...readMarkdown(text).passages];
}

function parse(source: string): Root {
  const { fromMarkdown } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
  const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof import('mdast-util-gfm');
  const { gfm } = require('micromark-extension-gfm') as typeof import('micromark-extension-gfm');
  return fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

interface Block {
  kind: Passage['kind'];
  line: number;
  parts: string[];
  headings: readonly string[];
  /** A list item that is a title alone: one line, ending with a colon. */
  title: boolean;
}

class Reader {
  readonly suggestions: SuggestionBlock[] = [];
  private readonly read: Block[] = [];
  private headings: { depth: number; text: string }[] = [];

  constructor(private readonly source: string) {}

  blocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          this.headings = [...this.headings.filter((h) => h.depth < node.depth), { depth: node.depth, text: inline(node) }];
          break;
        case 'list':
          for (const item of node.children) this.item(item);
          break;
        case 'paragraph':
          this.paragraph(node, 'paragraph');
          break;
        case 'blockquote':
          this.quote(node);
          break;
        case 'code':
          this.code(node, this.read.at(-1));
          break;
        case 'table':
          this.push('paragraph', node, [tableText(node)]);
          break;
        default:
          break;
      }
    }
  }

  /** The blocks read, with the paragraphs that belong to the item before them merged into it. */
  passages(): Passage[] {
    const merged: Block[] = [];
    for (const [i, block] of this.read.entries()) {
      const previous = merged.at(-1);
      const belongs =
        block.kind === 'paragraph' &&
        previous?.kind === 'item' &&
        (this.read.slice(i + 1).find((b) => b.kind !== 'paragraph')?.kind === 'item' || previous.title);
      if (belongs) previous.parts.push(...block.parts);
      else merged.push(block);
    }
    return merged.flatMap((block, i): Passage[] => {
      const words = collapse(block.parts.join(' '));
      if (words === '') return [];
      const introducesList = block.kind === 'paragraph' && merged[i + 1]?.kind === 'item' && words.endsWith(':');
      const passage: Passage = { line: block.line, text: words, kind: block.kind, introducesList };
      return [block.headings.length > 0 ? { ...passage, headings: block.headings } : passage];
    });
  }

  private item(item: ListItem): void {
    const block = this.push(item.checked === true ? 'done' : 'item', item, []);
    for (const child of item.children) {
      if (child.type === 'blockquote') this.quote(child);
      else if (child.type === 'code') this.code(child, block);
      else if (child.type === 'paragraph' && hasPlainMarkers(this.text(child))) this.plainItems(child, block);
      else block.parts.push(this.words(child));
    }
    block.title = item.children.length === 1 && item.children[0].type === 'paragraph' && !this.text(item.children[0]).includes('\n') && block.parts[0]?.trim().endsWith(':');
  }

  private paragraph(node: Paragraph, kind: Block['kind']): void {
    if (hasPlainMarkers(this.text(node))) this.plainItems(node, null);
    else this.push(kind, node, [inline(node)]);
  }

  /** A paragraph whose lines start with `(1)` or `•`: each marked line starts an item, the first line stays with `into` when given. */
  private plainItems(node: Paragraph, into: Block | null): void {
    const first = node.position!.start.line;
    let current = into;
    for (const [offset, line] of this.text(node).split(/\r\n|\r|\n/).entries()) {
      const marker = PLAIN_MARKER.exec(line);
      if (marker !== null || current === null) {
        current = this.push(marker === null ? 'paragraph' : 'item', { position: { start: { line: first + offset } } }, []);
      }
      current.parts.push(inline(parse(marker === null ? line : line.slice(marker[0].length))));
    }
  }

  private quote(node: Blockquote): void {
    this.push('quote', node, node.children.map((child) => this.words(child)));
  }

  /** Fenced code: a ```suggestion block is kept apart; other code belongs to the passage it follows. */
  private code(node: Code, owner: Block | undefined): void {
    if (node.lang === 'suggestion') {
      this.suggestions.push({ line: node.position!.start.line, content: node.value });
      return;
    }
    if (owner === undefined || owner.kind === 'quote') this.push('paragraph', node, [node.value]);
    else owner.parts.push(node.value);
  }

  private push(kind: Block['kind'], node: { position?: { start: { line: number } } }, parts: string[]): Block {
    const block: Block = { kind, line: node.position!.start.line, parts, headings: this.headings.map((h) => h.text), title: false };
    this.read.push(block);
    return block;
  }

  /** The words of a block inside a list item; quotes and suggestion blocks inside it are read apart. */
  private words(node: Nodes): string {
    switch (node.type) {
      case 'list':
        return (node as List).children.map((item) => item.children.map((child) => this.words(child)).join(' ')).join(' ');
      case 'code':
        if (node.lang === 'suggestion') {
          this.code(node, undefined);
          return '';
        }
        return node.value;
      case 'blockquote':
        this.quote(node);
        return '';
      case 'table':
        return tableText(node);
      default:
        return inline(node);
    }
  }

  private text(node: Paragraph): string {
    return this.source.slice(node.position!.start.offset, node.position!.end.offset);
  }
}

/** The words of inline content: code spans in backticks, struck-out words and HTML dropped, links by their text. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return `\`${node.value}\``;
    case 'delete':
    case 'html':
    case 'footnoteReference':
    case 'definition':
      return '';
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'code':
      return node.value;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function tableText(node: Table): string {
  return node.children.map((row) => row.children.map(inline).join(' ')).join('. ');
}

function hasPlainMarkers(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((line) => PLAIN_MARKER.test(line));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
