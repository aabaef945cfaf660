/** Reading a module's imports, and adding one where a reviewer would put it. */
import type Parser from 'tree-sitter';
import type { Edit, FileContext } from '../core/types.js';

type Node = Parser.SyntaxNode;

/** One name an import binds: `import a.b as c` binds c to a.b; `from a import b` binds b to a.b. */
export interface ImportedName {
  /** The local name. */
  readonly local: string;
  /** The dotted path it stands for (`a.b` for `from a import b`). */
  readonly path: string;
  /** Whether it is a module bound by `import` (rather than a name taken `from` one). */
  readonly isModule: boolean;
  readonly statement: Node;
}

/** Every name the module's top-level imports bind, including those in top-level try/if blocks. */
export function importedNames(root: Node): ImportedName[] {
  return topLevelImports(root).flatMap(namesOf);
}

function namesOf(statement: Node): ImportedName[] {
  if (statement.type === 'import_statement') {
    return statement.childrenForFieldName('name').map((name) => {
      if (name.type === 'aliased_import') {
        return { local: name.childForFieldName('alias')!.text, path: name.childForFieldName('name')!.text, isModule: true, statement };
      }
      return { local: name.namedChildren[0].text, path: name.namedChildren[0].text, isModule: true, statement };
    });
  }
  const module = statement.childForFieldName('module_name')?.text ?? '';
  return statement.childrenForFieldName('name').map((name) => {
    const imported = name.type === 'aliased_import' ? name.childForFieldName('name')!.text : name.text;
    const local = name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : name.text;
    return { local, path: `${module}.${imported}`, isModule: false, statement };
  });
}

/** Import statements at the top level, or directly inside a top-level try/if/else. */
function topLevelImports(root: Node): Node[] {
  return importsIn(root.namedChildren);
}

function importsIn(statements: readonly Node[]): Node[] {
  return statements.flatMap((statement) => {
    if (statement.type === 'import_statement' || statement.type === 'import_from_statement') return [statement];
    if (statement.type !== 'try_statement' && statement.type !== 'if_statement') return [];
    return [statement, ...statement.namedChildren].flatMap((part) => {
      const block = part.type === 'block' ? part : part.namedChildren.find((n) => n.type === 'block');
      return block ? importsIn(block.namedChildren) : [];
    });
  });
}

/** The sort key hacking and isort agree on: `import a.b` → `a.b`, `from a import b` → `a.b`. */
function sortKey(statement: Node): string {
  return namesOf(statement)[0]?.path.toLowerCase() ?? '';
}

/** The index of the line break that ends the line holding `index` (the end of the text on the last line). */
export function lineEnd(source: string, index: number): number {
  const newline = source.indexOf('\n', index);
  if (newline === -1) return source.length;
  return newline > 0 && source[newline - 1] === '\r' ? newline - 1 : newline;
}

/**
 * The edit that adds an import statement among the module's top-level
 * imports: in the group whose package matches (else the first group for the
 * standard library, else a new group after the last), in alphabetical
 * order; after the docstring when the module has no imports.
 */
export function addImport(context: FileContext, statement: string, key: string, standardLibrary: boolean): Edit {
  const eol = context.eol;
  const plain = context.tree.rootNode.namedChildren.filter((n) => n.type === 'import_statement' || n.type === 'import_from_statement');
  if (plain.length === 0) {
    const after = moduleHeaderEnd(context);
    if (after === 0) return { start: 0, end: 0, text: `${statement}${eol}${eol}` };
    const end = lineEnd(context.source, after);
    return { start: end, end, text: `${eol}${eol}${statement}` };
  }
  const groups = importGroups(plain, context);
  const top = key.split('.')[0];
  const group = groups.find((g) => g.some((s) => sortKey(s).split('.')[0] === top)) ?? (standardLibrary ? groups[0] : null);
  if (group === null) {
    // A package none of the groups imports from: a group of its own, last, where local imports go.
    const end = lineEnd(context.source, groups[groups.length - 1].at(-1)!.endIndex);
    return { start: end, end, text: `${eol}${eol}${statement}` };
  }
  const lower = key.toLowerCase();
  const before = group.find((s) => sortKey(s) > lower);
  if (before) {
    const start = context.lineStart(before.startIndex);
    return { start, end: start, text: `${statement}${eol}` };
  }
  const end = lineEnd(context.source, group[group.length - 1].endIndex);
  return { start: end, end, text: `${eol}${statement}` };
}

/** Runs of top-level import statements on consecutive lines. */
function importGroups(imports: readonly Node[], context: FileContext): Node[][] {
  const groups: Node[][] = [];
  let previous: Node | null = null;
  for (const statement of imports) {
    const adjacent = previous !== null && !/\n[ \t]*\r?\n/.test(context.source.slice(previous.endIndex, statement.startIndex)) && !/\S/.test(context.source.slice(previous.endIndex, statement.startIndex).replace(/#[^\n]*/g, ''));
    if (adjacent) groups[groups.length - 1].push(statement);
    else groups.push([statement]);
    previous = statement;
  }
  return groups;
}

/** The end of the module docstring, or 0 when the module starts with code. */
function moduleHeaderEnd(context: FileContext): number {
  const first = context.tree.rootNode.namedChildren.find((n) => n.type !== 'comment');
  if (first?.type === 'expression_statement' && first.namedChildren[0]?.type === 'string') return first.endIndex;
  return 0;
}

/**
 * Where module-level code that belongs after the imports goes: the end of
 * the line of the last import-like statement (imports, and try/if blocks of
 * imports) before the first definition; after the docstring when there is
 * none; null when the module has neither.
 */
export function afterImports(context: FileContext): number | null {
  let end = moduleHeaderEnd(context);
  for (const statement of context.tree.rootNode.namedChildren) {
    if (['function_definition', 'class_definition', 'decorated_definition'].includes(statement.type)) break;
    if (importsIn([statement]).length > 0) end = statement.endIndex;
  }
  return end === 0 ? null : lineEnd(context.source, end);
}
