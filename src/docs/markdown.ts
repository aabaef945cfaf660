/** Writing Markdown: code, tables, blocks and links, with the text taken as it is. */
import path from 'node:path';

/** The longest run of backticks in `text`. */
function longestBackticks(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
}

/** Text as inline code, whatever backticks it holds. */
export function code(text: string): string {
  const fence = '`'.repeat(longestBackticks(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block, its fence longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBackticks(text) + 1));
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** Plain text as Markdown that shows it as it is: the characters that would start emphasis, code, links or HTML are escaped. */
export function prose(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Text for a table cell: pipes escaped, lines joined. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A table; cells are taken as Markdown, already escaped with {@link cell}. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Blocks of a page, one blank line apart, ending in a newline. */
export function page(blocks: readonly string[]): string {
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/** `someKey` or `some-key` as words for a heading: `Some key`. */
export function keyAsWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A link's target from one page of the repository to another file of it (both relative to its root). */
export function linkFrom(page: string, target: string): string {
  return path.posix.relative(path.posix.dirname(page), target);
}
