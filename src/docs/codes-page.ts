/** The generated region of docs/codes.md: every finding code. */
import { allCodes, ENGINE, type CodeEntry } from '../core/codes.js';
import { cell, code, linkFrom, prose, table } from './markdown.js';
import { transformPagePath } from './transform-page.js';

/** Every code, in code order: the code, its name, who reports it (with a link), its fix and what it finds. */
export function codeTable(page: string): string {
  const owner = (entry: CodeEntry) =>
    entry.owner === ENGINE ? `[suppression comments](${linkFrom(page, 'docs/suppression.md')})` : `[${code(entry.owner)}](${linkFrom(page, transformPagePath(entry.owner))})`;
  return table(['code', 'name', 'reported by', 'fix', 'what it finds'], allCodes().map((entry) => [entry.code, code(entry.name), owner(entry), entry.fix, cell(prose(entry.summary))]));
}
