/** The generated region of docs/codes.md: every finding code. */
import { allCodes, OTHER_OWNERS, type CodeEntry } from '../core/codes.js';
import { cell, code, linkFrom, prose, table } from './markdown.js';
import { transformPagePath } from './transform-page.js';

/** Every code, in code order: the code, its name, who reports it (with a link), its fix and what it finds. */
export function codeTable(page: string): string {
  const owner = (entry: CodeEntry) => {
    const other = OTHER_OWNERS[entry.owner];
    return other === undefined ? `[${code(entry.owner)}](${linkFrom(page, transformPagePath(entry.owner))})` : `[${prose(other.about)}](${linkFrom(page, other.page)})`;
  };
  return table(['code', 'name', 'reported by', 'fix', 'what it finds'], allCodes().map((entry) => [entry.code, code(entry.name), owner(entry), entry.fix, cell(prose(entry.summary))]));
}
