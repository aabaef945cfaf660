/**
 * Indentation as pycodestyle's E1 and W191 checks want it: four spaces per
 * block level, no tabs. Levels are read as Python reads them (tabs to the next
 * multiple of 8; a file whose reading depends on the tab size never gets
 * here, as CPython refuses it), so every statement keeps its block. Comment lines move to the level they
 * sit at, lines continuing a statement move with its first line, and lines
 * inside strings never move.
 */
import type { ContinuationTarget } from './continuation.js';
import type { CodedEdit } from './spacing.js';
import { BLANK, CONTINUATION, indentWidth, type LogicalLine, STARTS_IN_STRING, type TokenizedSource } from '../../src/index.js';

/** Re-indented lines that must change together to keep the blocks as they are. */
export interface IndentUnit {
  readonly edits: CodedEdit[];
  /** Per edit: whether it moves the start of a statement (else a comment or continuation line, which may stay). */
  readonly structural: boolean[];
  /** The codes its lines answer, sorted. */
  readonly codes: string[];
  /** 0-based physical lines of the first and last line it changes. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface Reindentation {
  readonly units: IndentUnit[];
  /** Why the file's indentation is left alone, with the 0-based line it concerns. */
  readonly refusal: { line: number; reason: string } | null;
}

/** A line's new indentation, the codes it answers and the unit it belongs to. */
interface LineChange {
  readonly line: number;
  readonly indent: string;
  readonly target: string;
  readonly codes: string[];
  readonly structural: boolean;
  unit: number;
}

/** Where a code line sits: its open levels (its own last), and the unit its changes join. */
interface Placement {
  readonly levels: readonly Level[];
  readonly depth: number;
  readonly changed: boolean;
  /** The unit of its changes: its own index when its first line keeps its indentation. */
  readonly unit: number;
}

interface Level {
  readonly width: number;
  readonly depth: number;
  /** Index of the block's header: the code line before its first line (-1 for the module). */
  readonly owner: number;
}

const UNIT = '    ';

/** Where the continuation lines of a statement go, given the old and new widths of its first line; null to shift them with it. */
export type ContinuationPlanner = (line: LogicalLine, firstWidth: number, oldFirstWidth: number) => ReadonlyMap<number, ContinuationTarget> | null;

/** Works out the new indentation of every line; continuation lines shift with their statement unless `continuation` places them. */
export function reindent(source: string, tokenized: TokenizedSource, continuation?: ContinuationPlanner): Reindentation {
  const { logical, lineStarts, flags } = tokenized;
  const indentOf = (line: LogicalLine) => source.slice(lineStarts[line.firstLine], line.tokens[0].start);
  const code = logical.map((line, index) => ({ line, index })).filter(({ line }) => !line.commentOnly);
  const fileChar = firstIndentChar(source, lineStarts, code);

  // By index of a code line in `logical`.
  const placed: Placement[] = [];
  const changes: LineChange[] = [];
  let stack: Level[] = [{ width: 0, depth: 0, owner: -1 }];
  let header = -1;

  for (const { line, index } of code) {
    const indent = indentOf(line);
    if (indent.includes('\f')) return { units: [], refusal: { line: line.firstLine, reason: 'a form feed in the indentation' } };
    const width = indentWidth(indent, 8);
    const top = stack[stack.length - 1];
    const opened = width > top.width;
    if (opened) stack = [...stack, { width, depth: top.depth + 1, owner: header }];
    else while (width < stack[stack.length - 1].width) stack = stack.slice(0, -1);
    const { depth } = stack[stack.length - 1];
    const target = UNIT.repeat(depth);
    header = index;
    if (indent === target) {
      placed[index] = { levels: stack, depth, changed: false, unit: index };
      continue;
    }
    const codes = indentCodes(indent, width, fileChar, false);
    if (opened && width - top.width > (fileChar === '\t' ? 8 : 4)) codes.push('E117');
    // The unit is the nearest enclosing block whose header keeps its indentation.
    let unit = -1;
    for (let i = stack.length - 1; i >= 1; i--) {
      unit = stack[i].owner;
      if (!placed[unit]?.changed) break;
    }
    placed[index] = { levels: stack, depth, changed: true, unit };
    changes.push({ line: line.firstLine, indent, target, codes, structural: true, unit });
  }

  for (const [position, { line, index }] of code.entries()) {
    const width = indentWidth(indentOf(line), 8);
    const newWidth = UNIT.length * placed[index].depth;
    const end = position + 1 < code.length ? code[position + 1].line.firstLine : lineStarts.length;
    if (end === line.firstLine + 1) continue;
    const { unit } = placed[index];
    const planned = continuation?.(line, newWidth, width) ?? null;
    for (let physical = line.firstLine + 1; physical < end; physical++) {
      if ((flags[physical] & CONTINUATION) === 0 || (flags[physical] & (STARTS_IN_STRING | BLANK)) !== 0) continue;
      const indent = /^[ \t]*/.exec(source.slice(lineStarts[physical], lineStarts[physical] + 200))![0];
      if (source.length === lineStarts[physical] + indent.length || /[\r\n]/.test(source[lineStarts[physical] + indent.length])) continue;
      const place = planned?.get(physical);
      const target = ' '.repeat(place?.width ?? Math.max(0, indentWidth(indent, 8) + newWidth - width));
      const codes = indentCodes(indent, -1, fileChar, false);
      if (place?.code) codes.push(place.code);
      if (target !== indent) changes.push({ line: physical, indent, target, codes, structural: false, unit });
    }
  }

  changes.push(...commentChanges(source, tokenized, logical, code, placed, fileChar));

  const byUnit = new Map<number, LineChange[]>();
  for (const change of changes) {
    const members = byUnit.get(change.unit);
    if (members === undefined) byUnit.set(change.unit, [change]);
    else members.push(change);
  }
  const units = [...byUnit.values()].map((members) => {
    members.sort((a, b) => a.line - b.line);
    return {
      edits: members.map((change) => ({
        start: lineStarts[change.line],
        end: lineStarts[change.line] + change.indent.length,
        text: change.target,
        code: change.codes[0] ?? 'E111',
      })),
      structural: members.map((change) => change.structural),
      codes: [...new Set(members.flatMap((change) => change.codes))].sort(),
      firstLine: members[0].line,
      lastLine: members[members.length - 1].line,
    };
  });
  units.sort((a, b) => a.firstLine - b.firstLine);
  return { units, refusal: null };
}

/** The first character of the first indented code line (a space when none is indented). */
function firstIndentChar(source: string, lineStarts: readonly number[], code: readonly { line: LogicalLine }[]): string {
  for (const { line } of code) {
    const start = lineStarts[line.firstLine];
    if (line.tokens[0].start > start) return source[start];
  }
  return ' ';
}

/** The codes a line's indentation answers: tabs (W191), mixed characters (E101), a width not a multiple of four (E111, E114 for comments). */
function indentCodes(indent: string, width: number, fileChar: string, comment: boolean): string[] {
  const codes: string[] = [];
  if (indent.includes('\t')) codes.push('W191');
  if ([...indent].some((char) => char !== fileChar)) codes.push('E101');
  if (width >= 0 && width % 4 !== 0) codes.push(comment ? 'E114' : 'E111');
  return codes;
}

/**
 * A comment line takes the level of the code around it: the next line's when
 * it opens a block or stands at the file's ends, else the deepest open level
 * whose original indentation it reaches (E114, E115, E116).
 */
function commentChanges(
  source: string,
  tokenized: TokenizedSource,
  logical: readonly LogicalLine[],
  code: readonly { line: LogicalLine; index: number }[],
  placed: readonly Placement[],
  fileChar: string,
): LineChange[] {
  const changes: LineChange[] = [];
  let previous = -1;
  let next = 0;
  for (const [index, line] of logical.entries()) {
    if (!line.commentOnly) {
      previous = index;
      continue;
    }
    while (next < code.length && code[next].index < index) next++;
    const after = next < code.length ? code[next].index : -1;
    const indent = source.slice(tokenized.lineStarts[line.firstLine], line.tokens[0].start);
    if (indent.includes('\f')) continue;
    const width = indentWidth(indent, 8);
    const nextDepth = after === -1 ? 0 : placed[after].depth;
    let depth: number;
    const codes = indentCodes(indent, width, fileChar, true);
    if (previous === -1 || (after !== -1 && nextDepth > placed[previous].depth)) {
      depth = nextDepth;
      const levels = previous === -1 ? [] : placed[previous].levels;
      if (previous !== -1 && width <= levels[levels.length - 1].width) codes.push('E115');
    } else {
      const { levels } = placed[previous];
      const reached = levels.filter((level) => level.depth >= nextDepth && level.width <= width);
      depth = reached.length > 0 ? reached[reached.length - 1].depth : nextDepth;
      if (width > levels[levels.length - 1].width) codes.push('E116');
    }
    const target = UNIT.repeat(depth);
    if (target === indent) continue;
    const neighbour = after !== -1 && placed[after].changed ? after : previous !== -1 && placed[previous].changed ? previous : -1;
    const unit = neighbour === -1 ? index : placed[neighbour].unit;
    changes.push({ line: line.firstLine, indent, target, codes, structural: false, unit });
  }
  return changes;
}
