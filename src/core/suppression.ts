/**
 * Suppression comments, applied by the engine to every transform alike:
 * which findings a `# testmend: ignore` or `# noqa` keeps from being fixed,
 * whether `# testmend: skip-file` leaves a file out, and which comments
 * suppressed nothing (TM001) or name what does not exist (TM002).
 *
 * `# testmend: ignore` covers every code, `# testmend: ignore[TM110,
 * assert-methods]` what its selectors cover. A bare `# noqa` tells every
 * tool to leave its line alone, and testmend does; `# noqa: E501, TM110`
 * concerns testmend only through the TM codes it names.
 */
import type Parser from 'tree-sitter';
import { readDirectives, type Directive } from '../python/directives.js';
import type { LineTable } from '../python/lines.js';
import { ENGINE, ENGINE_SUGGESTION, hasCodeLetters } from './codes.js';
import { codesOfSelector, validSelectors } from './selection.js';
import { nearestWord } from './spelling.js';
import type { ReportedFinding } from './types.js';

/** One name of a directive, or the whole directive when it names nothing; `codes` null covers every code. */
interface Entry {
  readonly directive: Directive;
  readonly name: string | null;
  readonly codes: ReadonlySet<string> | null;
  used: boolean;
}

/** A problem with a comment, reported as TM002. */
interface Problem {
  readonly index: number;
  readonly message: string;
  readonly reason: string;
}

/** A file's suppression comments, and what they suppressed during its run. */
export class Suppressions {
  /** The `# testmend: skip-file` that leaves the file out, or null. */
  readonly skipFile: Directive | null;
  private readonly entries: Entry[] = [];
  private readonly problems: Problem[] = [];
  /** The indices in `entries` of those reaching each 1-based line, made when first needed. */
  private byLine: Map<number, number[]> | undefined;

  /** `lines` is the source's. */
  constructor(source: string, tree: Parser.Tree, lines: LineTable) {
    const { directives, misspelled } = readDirectives(source, tree, lines);
    for (const wrong of misspelled) {
      const nearest = nearestWord(wrong.word, ['ignore', 'skip-file']);
      this.problems.push({
        index: wrong.index,
        message: `'${wrong.text}' is not a testmend directive`,
        reason: `${nearest === null ? '' : `did you mean ${nearest}? `}testmend knows # testmend: ignore, # testmend: ignore[CODES] and # testmend: skip-file`,
      });
    }
    let skipFile: Directive | null = null;
    for (const directive of directives) {
      if (directive.kind === 'skip-file') {
        if (directive.names.length === 0) skipFile ??= directive;
        else this.problems.push({ index: directive.index, message: `'${directive.text}' takes no codes`, reason: 'it skips nothing; name the codes in # testmend: ignore[...] on the lines, or leave them out with --ignore' });
        continue;
      }
      const names = directive.kind === 'noqa' ? directive.names.map((name) => name.toUpperCase()).filter(hasCodeLetters) : directive.names;
      if (directive.names.length === 0) this.entries.push({ directive, name: null, codes: null, used: false });
      for (const name of names) this.addEntry(directive, name);
    }
    this.skipFile = skipFile;
  }

  private addEntry(directive: Directive, name: string): void {
    const codes = codesOfSelector(name);
    if (codes !== null) {
      this.entries.push({ directive, name, codes: new Set(codes), used: false });
      return;
    }
    const nearest = nearestWord(name, validSelectors());
    this.problems.push({
      index: directive.index,
      message: `'${directive.text}' names an unknown code, prefix or transform: ${name}`,
      reason: `${nearest === null ? '' : `did you mean ${nearest}? `}it suppresses nothing for ${name}`,
    });
  }

  /** Whether no comment of the file keeps anything: most files have none. */
  get keepsNothing(): boolean {
    return this.skipFile === null && this.entries.length === 0;
  }

  /** Whether a comment of the file may keep a finding of one of `codes`, on any line. */
  mayKeep(codes: readonly string[]): boolean {
    return this.skipFile !== null || this.entries.some((entry) => entry.codes === null || codes.some((code) => entry.codes!.has(code)));
  }

  /** Whether a finding of `code` on a 1-based line must stay as it is: the file is left out, or a comment reaches the line. */
  keeps(code: string, line: number): boolean {
    return this.skipFile !== null || this.entryFor(code, [[line, line]]) !== null;
  }

  /**
   * The directive that suppresses a finding of `code` reported on or
   * changing the given 1-based line ranges, or null; remembers that it was
   * of use.
   */
  use(code: string, ranges: readonly (readonly [number, number])[]): Directive | null {
    const entry = this.entryFor(code, ranges);
    if (entry === null) return null;
    entry.used = true;
    return entry.directive;
  }

  /** The first entry (in the order of `entries`) for `code` whose lines meet one of the ranges. */
  private entryFor(code: string, ranges: readonly (readonly [number, number])[]): Entry | null {
    const covers = (entry: Entry) => entry.codes === null || entry.codes.has(code);
    const span = ranges.reduce((sum, [first, last]) => sum + last - first + 1, 0);
    if (span >= this.entries.length || ranges.some(([first, last]) => last < first)) {
      const reaches = ({ directive }: Entry) => ranges.some(([first, last]) => directive.firstLine <= last && first <= directive.lastLine);
      return this.entries.find((entry) => covers(entry) && reaches(entry)) ?? null;
    }
    // Fewer lines to look at than entries: the entries on each line, the first of them that covers the code.
    const byLine = (this.byLine ??= entriesByLine(this.entries));
    let found = -1;
    for (const [first, last] of ranges) {
      for (let line = first; line <= last; line++) {
        for (const index of byLine.get(line) ?? []) if ((found === -1 || index < found) && covers(this.entries[index])) found = index;
      }
    }
    return found === -1 ? null : this.entries[found];
  }

  /**
   * The engine's findings about the comments: TM002 for names that do not
   * exist, and TM001, when selected, for what suppressed nothing. A bare
   * `# noqa` belongs to every linter and is never called unused; a name is
   * judged only when the run selected every code it covers.
   */
  report(selected: ReadonlySet<string>, lines: LineTable): ReportedFinding[] {
    const found: ReportedFinding[] = [];
    const place = (index: number) => ({ line: lines.line(index), column: lines.column(index) });
    if (selected.has('TM002')) {
      for (const problem of this.problems) found.push(engineFinding('TM002', place(problem.index), problem.message, problem.reason));
    }
    if (selected.has('TM001')) {
      for (const entry of this.entries) {
        if (entry.used || (entry.directive.kind === 'noqa' && entry.name === null)) continue;
        if (entry.codes !== null && [...entry.codes].some((code) => !selected.has(code))) continue;
        const { directive } = entry;
        const span = directive.firstLine === directive.lastLine ? `line ${directive.firstLine}` : `lines ${directive.firstLine}-${directive.lastLine}`;
        const what = entry.name === null ? `'${directive.text}'` : `${entry.name} in '${directive.text}'`;
        found.push(engineFinding('TM001', place(directive.index), `${what} suppresses nothing`, `no finding${entry.name === null ? '' : ` of ${entry.name}`} on ${span} was left to suppress; remove it, or name what it is for`));
      }
    }
    return found;
  }
}

/** How the report says a finding was suppressed. */
export function suppressedBecause(directive: Directive): string {
  return `suppressed by '${directive.text}' on line ${directive.line}`;
}

function engineFinding(code: string, where: { line: number; column: number }, message: string, reason: string): ReportedFinding {
  return { code, transform: ENGINE, suggestion: ENGINE_SUGGESTION, ...where, endLine: where.line, endColumn: where.column, message, status: 'no-fix', safety: null, reason, testIds: null, edits: null };
}

/** The indices of the entries that reach each line, in order. */
function entriesByLine(entries: readonly Entry[]): Map<number, number[]> {
  const byLine = new Map<number, number[]>();
  for (const [index, { directive }] of entries.entries()) {
    for (let line = directive.firstLine; line <= directive.lastLine; line++) {
      const here = byLine.get(line);
      if (here === undefined) byLine.set(line, [index]);
      else here.push(index);
    }
  }
  return byLine;
}
