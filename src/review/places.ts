/**
 * The code a review is about, as the plan reads it: which files of the run a
 * path in the review names, the functions and classes of a file with their
 * lines, the one around a line, and the name a line defines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Parser from 'tree-sitter';
import { parsePython } from '../python/parse.js';
import { decodeSource } from '../python/source.js';

/** A file of the run: its path as reports show it, and where it is. */
export interface RunFile {
  readonly display: string;
  readonly file: string;
}

/** A function or class of a file, with the lines it spans (decorators included). */
export interface Definition {
  readonly kind: 'function' | 'class';
  readonly name: string;
  /** `Class.method`, `function`, `Outer.Inner`: the names of the definitions around it and its own. */
  readonly qualname: string;
  readonly from: number;
  readonly to: number;
}

/** What a file holds for the plan: its definitions, and its lines to find names on. */
interface FileIndex {
  readonly definitions: readonly Definition[];
  readonly lines: readonly string[];
  /** By line: the names the line defines (a def's or class's name first, then assignment targets). */
  readonly defined: ReadonlyMap<number, readonly string[]>;
}

/** The files of a run, read when the plan first asks about them, and parsed only when it asks about their code. */
export class CodeIndex {
  private readonly texts = new Map<string, string | null>();
  private readonly indexes = new Map<string, FileIndex | null>();
  private readonly byDisplay: ReadonlyMap<string, RunFile>;

  constructor(readonly files: readonly RunFile[]) {
    this.byDisplay = new Map(files.map((f) => [f.display, f]));
  }

  /** The files of the run a path in a review names: the same file, or one whose path ends with it. */
  filesNamed(reviewPath: string): string[] {
    const wanted = reviewPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
    if (wanted === '') return [];
    return this.files.filter((f) => f.display === wanted || f.file.split(path.sep).join('/').endsWith(`/${wanted}`)).map((f) => f.display);
  }

  /** The functions and classes of a file, outermost first; empty when it cannot be read or parsed. */
  definitions(display: string): readonly Definition[] {
    return this.index(display)?.definitions ?? [];
  }

  /** The innermost definition of a kind around a line; a test method (test*) before any other function when `test` is asked for. */
  around(display: string, line: number, kind: 'function' | 'class' | 'test'): Definition | null {
    const holding = this.definitions(display).filter((d) => d.from <= line && line <= d.to && (kind === 'class' ? d.kind === 'class' : d.kind === 'function'));
    const tests = kind === 'test' ? holding.filter((d) => /^test/.test(d.name)) : [];
    return (tests.length > 0 ? tests : holding).at(-1) ?? null;
  }

  /**
   * The name a comment's place points at: the identifier its columns select,
   * else the name the line defines (a def's or class's, else the one target
   * of an assignment), or null when there is no one such name.
   */
  nameAt(display: string, line: number, columns: { start: number; end: number } | null): string | null {
    const index = this.index(display);
    if (index === null) return null;
    const selected = columns === null ? null : (index.lines[line - 1]?.slice(columns.start, columns.end).trim() ?? null);
    if (selected !== null && /^[A-Za-z_]\w*$/.test(selected)) return selected;
    const names = index.defined.get(line) ?? [];
    return names.length === 1 ? names[0] : null;
  }

  /** Every definition of the run named `name`, with its file; files that do not spell the name are not parsed. */
  definitionsNamed(name: string, within: readonly string[] | null = null): { path: string; definition: Definition }[] {
    const pattern = new RegExp(`\\b(?:def|class)\\s+${name}\\b`);
    return this.files
      .filter((f) => within === null || within.includes(f.display))
      .flatMap((f) => {
        if (!pattern.test(this.text(f.display) ?? '')) return [];
        return this.definitions(f.display)
          .filter((d) => d.name === name)
          .map((definition) => ({ path: f.display, definition }));
      });
  }

  private index(display: string): FileIndex | null {
    if (!this.indexes.has(display)) this.indexes.set(display, this.read(display));
    return this.indexes.get(display)!;
  }

  /** A file's decoded text, or null when it cannot be read. */
  private text(display: string): string | null {
    if (!this.texts.has(display)) {
      const file = this.byDisplay.get(display);
      let text: string | null = null;
      try {
        if (file !== undefined) text = decodeSource(readFileSync(file.file)).text;
      } catch {
        text = null;
      }
      this.texts.set(display, text);
    }
    return this.texts.get(display)!;
  }

  private read(display: string): FileIndex | null {
    const source = this.text(display);
    if (source === null) return null;
    const tree = parsePython(source);
    const definitions: Definition[] = [];
    const defined = new Map<number, string[]>();
    walk(tree.rootNode, [], definitions, defined);
    return { definitions, lines: source.split(/\r\n|\r|\n/), defined };
  }
}

/** Collects the definitions under a node, and the names each line defines. */
function walk(node: Parser.SyntaxNode, outer: readonly string[], definitions: Definition[], defined: Map<number, string[]>): void {
  for (const child of node.namedChildren) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (definition !== null && (definition.type === 'function_definition' || definition.type === 'class_definition')) {
      const name = definition.childForFieldName('name')!.text;
      const line = definition.startPosition.row + 1;
      definitions.push({
        kind: definition.type === 'function_definition' ? 'function' : 'class',
        name,
        qualname: [...outer, name].join('.'),
        from: child.startPosition.row + 1,
        to: child.endPosition.row + 1,
      });
      defined.set(line, [name]);
      walk(definition.childForFieldName('body')!, [...outer, name], definitions, defined);
      continue;
    }
    if (child.type === 'expression_statement' && child.firstNamedChild?.type === 'assignment') {
      const target = child.firstNamedChild.childForFieldName('left');
      const line = child.startPosition.row + 1;
      if (target?.type === 'identifier' && !defined.has(line)) defined.set(line, [target.text]);
    }
    walk(child, outer, definitions, defined);
  }
}
