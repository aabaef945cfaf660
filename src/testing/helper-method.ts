/**
 * Moving statements of a method into a new private method of its class:
 * the helper's definition (inserted after the method, its body the original
 * text re-indented, comments included) and the call that takes the
 * statements' place. Names for helpers that no class of the run already uses.
 */
import type Parser from 'tree-sitter';
import type { RangeFlow } from '../python/dataflow/index.js';
import { parameterNames } from '../python/dataflow/occurrences.js';
import { caseStyleOf } from '../python/case-style.js';
import { lineEnd } from '../python/imports.js';
import { textDigest } from '../python/source.js';
import type { Edit, FileContext } from '../core/types.js';

type Node = Parser.SyntaxNode;

/** What to move where. */
export interface HelperSpec {
  /** The `function_definition` of the method the statements come from. */
  readonly method: Node;
  /** Consecutive statements of one block of the method. */
  readonly statements: readonly Node[];
  /** The helper's name: private, and not a test's (`_boot_servers`). */
  readonly name: string;
  /** The range's data flow, which must be movable. */
  readonly flow: RangeFlow;
  /** The longest line the helper and its call may have (E501's limit); longer arguments wrap. */
  readonly lineLimit: number;
}

/** The edits that make the helper and call it, or why it cannot be made. */
export type HelperEdits =
  | {
      readonly edits: readonly Edit[];
      /** Whether every line of the call and the signature is within the line limit (a long name may not fit). */
      readonly fits: boolean;
      readonly refusal?: undefined;
    }
  | { readonly refusal: string };

/** Where a range of statements sits in the text: whole lines, from the first's indentation to the end of the last's line. */
export interface StatementLines {
  /** The start of the first statement's line. */
  readonly start: number;
  /** The first statement's start. */
  readonly first: number;
  /** The end of the last statement, or of the comment that ends its line. */
  readonly end: number;
  /** The indentation of the statements. */
  readonly indent: string;
}

/**
 * The lines the statements occupy, or null when they share a line with
 * other code (`a = 1; b = 2`, `if x: y()`).
 */
export function statementLines(context: FileContext, statements: readonly Node[]): StatementLines | null {
  const first = statements[0];
  const last = statements[statements.length - 1];
  const start = context.lineStart(first.startIndex);
  const indent = context.source.slice(start, first.startIndex);
  const eolAt = lineEnd(context.source, last.endIndex);
  const rest = context.source.slice(last.endIndex, eolAt);
  if (!/^[ \t]*$/.test(indent) || !/^[ \t]*(?:#.*)?$/.test(rest)) return null;
  return { start, first: first.startIndex, end: rest.trim() === '' ? last.endIndex : eolAt, indent };
}

/**
 * The edits that move `spec.statements` into `def <name>(self, <parameters>)`
 * inserted after the method, and put the call in their place:
 * `a, b = self._h(x)`, or `return self._h(x)` when the statements end in a
 * return.
 */
export function writeHelper(context: FileContext, spec: HelperSpec): HelperEdits {
  const { method, statements, name, flow } = spec;
  if (flow.immovable !== null) return { refusal: flow.immovable.reason };
  if (!name.startsWith('_') || /^test/.test(name)) return { refusal: `${name} is not a private helper name` };
  const receiver = parameterNames(method)[0];
  const lines = statementLines(context, statements);
  const call = helperCall(context, { method, statements, name, args: flow.parameters, targets: flow.returns, lineLimit: spec.lineLimit });
  if (receiver === undefined || lines === null || call === null) return { refusal: receiver === undefined ? 'the method has no self parameter' : 'the statements share a line with other code' };
  const holder = method.parent?.type === 'decorated_definition' ? method.parent : method;
  const methodIndent = context.indentOf(holder.startIndex);
  const unit = bodyUnit(context, method, methodIndent);
  const bodyIndent = methodIndent + unit;
  const body = reindent(context, statements, lines, bodyIndent);
  const eol = context.eol;
  const signature = wrapArguments(`${methodIndent}def ${name}(`, [receiver, ...flow.parameters], '):', spec.lineLimit, bodyIndent + unit, eol);
  const endsInReturn = statements[statements.length - 1].type === 'return_statement';
  const back = flow.returns.length > 0 && !endsInReturn ? `${eol}${bodyIndent}return ${flow.returns.join(', ')}` : '';
  const definition = `${eol}${eol}${signature}${eol}${bodyIndent}${body}${back}`;
  const at = lineEnd(context.source, holder.endIndex);
  const fits = call.fits && signature.split(eol).every((line) => line.length <= spec.lineLimit);
  return { edits: [call.edit, { start: at, end: at, text: definition }], fits };
}

/** A call of a helper in place of statements of a method. */
export interface HelperCall {
  readonly method: Node;
  readonly statements: readonly Node[];
  readonly name: string;
  /** The method's locals the call passes, in the helper's parameter order. */
  readonly args: readonly string[];
  /** The method's locals the call assigns, in the order the helper returns them. */
  readonly targets: readonly string[];
  readonly lineLimit: number;
}

/**
 * The edit that puts the call of a helper in place of the statements:
 * `targets = self.name(args)`, `return self.name(args)` when they end in a
 * return, or the bare call; wrapped at the parenthesis when longer than the
 * line limit (continuation lines indented one level when aligning does not
 * fit). Null when the statements share a line with other code or the method
 * has no self.
 */
export function helperCall(context: FileContext, call: HelperCall): { edit: Edit; fits: boolean } | null {
  const receiver = parameterNames(call.method)[0];
  const lines = statementLines(context, call.statements);
  if (receiver === undefined || lines === null) return null;
  const unit = bodyUnit(context, call.method, context.indentOf(call.method.startIndex));
  const endsInReturn = call.statements[call.statements.length - 1].type === 'return_statement';
  const lead = endsInReturn ? 'return ' : call.targets.length > 0 ? `${call.targets.join(', ')} = ` : '';
  const text = wrapArguments(`${lines.indent}${lead}${receiver}.${call.name}(`, call.args, ')', call.lineLimit, lines.indent + unit, context.eol);
  const fits = text.split(context.eol).every((line) => line.length <= call.lineLimit);
  return { edit: { start: lines.first, end: lines.end, text: text.slice(lines.indent.length) }, fits };
}

/**
 * `open` + the arguments + `close`, on one line when it fits within `limit`;
 * else filled up to the limit with continuation lines aligned with the
 * opening parenthesis; else, when that does not fit either, on lines
 * indented by `hang` after the parenthesis.
 */
function wrapArguments(open: string, args: readonly string[], close: string, limit: number, hang: string, eol: string): string {
  const single = `${open}${args.join(', ')}${close}`;
  if (single.length <= limit || args.length === 0) return single;
  const indent = /^[ \t]*/.exec(open)![0];
  const aligned = fill(open, args, close, indent + ' '.repeat(open.length - indent.length), limit);
  if (aligned.every((line) => line.length <= limit)) return aligned.join(eol);
  return [open.trimEnd(), ...fill(hang, args, close, hang, limit)].join(eol);
}

/** The arguments after `first`, as many on a line as fit within `limit`, further lines starting with `next`. */
function fill(first: string, args: readonly string[], close: string, next: string, limit: number): string[] {
  const lines = [first + args[0]];
  for (const arg of args.slice(1)) {
    const last = lines.length - 1;
    const tail = arg === args[args.length - 1] ? close : ',';
    if (`${lines[last]}, ${arg}${tail}`.length <= limit) lines[last] += `, ${arg}`;
    else {
      lines[last] += ',';
      lines.push(next + arg);
    }
  }
  lines[lines.length - 1] += close;
  return lines;
}

/** One level of indentation in the method: its body's indentation past the `def`'s. */
function bodyUnit(context: FileContext, method: Node, methodIndent: string): string {
  const body = method.childForFieldName('body');
  const first = body?.namedChildren.find((n) => n.type !== 'comment') ?? null;
  const indent = first === null ? '' : context.indentOf(first.startIndex);
  return indent.startsWith(methodIndent) && indent.length > methodIndent.length ? indent.slice(methodIndent.length) : '    ';
}

/**
 * The text of the lines from the first statement to `lines.end`, each line
 * indented with `indent` in place of the statements' indentation. Lines that
 * start inside a string stay as they are; so do lines indented less than the
 * statements (inside brackets, or a comment), whose indentation Python ignores.
 */
function reindent(context: FileContext, statements: readonly Node[], lines: StatementLines, indent: string): string {
  const strings = statements.flatMap((statement) => statement.descendantsOfType('string')).filter((s) => s.startPosition.row !== s.endPosition.row);
  let offset = lines.first;
  return context.source
    .slice(lines.first, lines.end)
    .split('\n')
    .map((line, index) => {
      const start = offset;
      offset += line.length + 1;
      if (index === 0 || strings.some((s) => s.startIndex < start && start < s.endIndex)) return line;
      return line.startsWith(lines.indent) && line.trim() !== '' ? indent + line.slice(lines.indent.length) : line;
    })
    .join('\n');
}

/** What the classes of one file define, for choosing names no class of the run uses. */
export interface ClassFacts {
  readonly name: string;
  /** The last part of each base (`test.TestCase` → `TestCase`). */
  readonly bases: readonly string[];
  /** Every name the class defines: methods, class attributes, and `self.<name>` attributes it assigns. */
  readonly names: readonly string[];
}

/** A module's classes, in source order, and each one's facts by the index where it starts. */
interface ModuleClasses {
  readonly list: ClassFacts[];
  readonly byStart: ReadonlyMap<number, ClassFacts>;
}

/** Each parsed module's classes, read once. */
const factsByTree = new WeakMap<Parser.Tree, ModuleClasses>();

/** The classes of a module and the names they define. */
export function classFacts(root: Node): ClassFacts[] {
  return readClasses(root.tree).list;
}

/** A module's classes as read from one parse of its text, to spare another parse of the same text the reading. */
export interface ModuleClassFacts {
  /** A digest of the text. */
  readonly digest: string;
  readonly classes: readonly ClassFacts[];
  /** Where each class starts. */
  readonly starts: readonly number[];
}

/** The classes of the module `source` parses into, with where they start and a digest of the text. */
export function moduleClassFacts(root: Node, source: string): ModuleClassFacts {
  const { list, byStart } = readClasses(root.tree);
  return { digest: textDigest(source), classes: list, starts: [...byStart.keys()] };
}

/**
 * Takes `facts` as the classes of `tree`, the parse of `source`, when they
 * were read from the same text; else they are read from the tree when asked for.
 */
export function reuseClassFacts(tree: Parser.Tree, source: string, facts: ModuleClassFacts): void {
  if (factsByTree.has(tree) || facts.digest !== textDigest(source)) return;
  factsByTree.set(tree, { list: [...facts.classes], byStart: new Map(facts.starts.map((start, index) => [start, facts.classes[index]])) });
}

function readClasses(tree: Parser.Tree): ModuleClasses {
  let facts = factsByTree.get(tree);
  if (facts === undefined) {
    const source = tree.rootNode.text;
    const offset = tree.rootNode.startIndex;
    facts = readModuleClasses(tree.rootNode, (start, end) => source.slice(start - offset, end - offset));
    factsByTree.set(tree, facts);
  }
  return facts;
}

/**
 * One walk of the module: each class's name, bases and own names, then the
 * `self.<name>` and `cls.<name>` attributes inside it (nested classes and
 * functions included), in source order.
 */
function readModuleClasses(root: Node, textOf: (start: number, end: number) => string): ModuleClasses {
  const nodes = root.descendantsOfType(['class_definition', 'attribute']);
  const classes: { readonly end: number; readonly names: Set<string>; readonly facts: Omit<ClassFacts, 'names'>; readonly start: number }[] = [];
  const open: Set<string>[] = [];
  const ends: number[] = [];
  for (const node of nodes) {
    const start = node.startIndex;
    while (ends.length > 0 && ends[ends.length - 1] <= start) {
      ends.pop();
      open.pop();
    }
    if (node.type === 'class_definition') {
      const end = node.endIndex;
      const names = ownNames(node);
      classes.push({ start, end, names, facts: headerOf(node) });
      open.push(names);
      ends.push(end);
      continue;
    }
    if (open.length === 0) continue;
    const name = selfAttribute(node, textOf(start, node.endIndex));
    if (name !== null) for (const names of open) names.add(name);
  }
  const list = classes.map(({ facts, names }) => ({ ...facts, names: [...names] }));
  return { list, byStart: new Map(classes.map((cls, index) => [cls.start, list[index]])) };
}

/** A `self.<name>` or `cls.<name>` attribute's name, from its text when it is `self.name`; null for any other attribute. */
function selfAttribute(attribute: Node, text: string): string | null {
  if (!text.startsWith('self') && !text.startsWith('cls')) return null;
  const plain = /^(?:self|cls)[ \t]*\.[ \t]*([^\s.()[\]{}#\\'"]+)$/.exec(text);
  if (plain !== null) return plain[1];
  const object = attribute.childForFieldName('object');
  return object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') ? attribute.childForFieldName('attribute')!.text : null;
}

function headerOf(cls: Node): Omit<ClassFacts, 'names'> {
  const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).filter((n) => n.type === 'identifier' || n.type === 'attribute');
  return { name: cls.childForFieldName('name')!.text, bases: bases.map((n) => n.text.split('.').pop()!) };
}

/** The names the class body defines: methods, nested classes, and the targets of its assignments. */
function ownNames(cls: Node): Set<string> {
  const names = new Set<string>();
  for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition' || definition?.type === 'class_definition') names.add(definition.childForFieldName('name')!.text);
    const left = statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'assignment' ? statement.namedChildren[0].childForFieldName('left') : null;
    for (const id of left === null ? [] : [left, ...left.descendantsOfType('identifier')]) if (id.type === 'identifier') names.add(id.text);
  }
  return names;
}

/**
 * A name for a new method of `cls` from `base` (a private name such as
 * `_boot_servers`): `base`, else `base_2`, `base_3`... (`_bootServers2` for a
 * mixedCase base, which keeps its convention, unless it ends in a digit),
 * avoiding every name the class, its bases and its subclasses define in this
 * file and in `project` (the classes of every file of the run), and `reserved`.
 */
export function uniqueHelperName(cls: Node, base: string, project: readonly ClassFacts[] = [], reserved: ReadonlySet<string> = new Set()): string {
  const taken = namesAround(cls, project);
  const separator = caseStyleOf(base) === 'camel' && !/\d$/.test(base) ? '' : '_';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${separator}${n}`;
    if (!taken.has(candidate) && !reserved.has(candidate)) return candidate;
  }
}

/** The names taken around each class of a tree, for each project they were asked for. */
const takenAround = new WeakMap<readonly ClassFacts[], WeakMap<Parser.Tree, Map<number, ReadonlySet<string>>>>();

/** Every name the class, its bases and its subclasses define, in its module and in `project`; worked out once per class and project. */
function namesAround(cls: Node, project: readonly ClassFacts[]): ReadonlySet<string> {
  let byTree = takenAround.get(project);
  if (byTree === undefined) takenAround.set(project, (byTree = new WeakMap()));
  let byClass = byTree.get(cls.tree);
  if (byClass === undefined) byTree.set(cls.tree, (byClass = new Map()));
  let taken = byClass.get(cls.id);
  if (taken === undefined) {
    const classes = readClasses(cls.tree);
    // Every class of the tree was read, from this parse or from another of the same text.
    const own = classes.byStart.get(cls.startIndex)!;
    const indexes = [classesByName(classes.list), classesByName(project)];
    const related = relatedClasses(own.name, indexes);
    const names = indexes.flatMap((index) => [...related].flatMap((name) => index.byName.get(name) ?? []).flatMap((facts) => facts.names));
    byClass.set(cls.id, (taken = new Set([...own.names, ...names])));
  }
  return taken;
}

/** Classes by their name and by the name of each of their bases. */
interface ClassesByName {
  readonly byName: ReadonlyMap<string, readonly ClassFacts[]>;
  readonly byBase: ReadonlyMap<string, readonly ClassFacts[]>;
}

const classIndexes = new WeakMap<readonly ClassFacts[], ClassesByName>();

function classesByName(classes: readonly ClassFacts[]): ClassesByName {
  let index = classIndexes.get(classes);
  if (index === undefined) {
    const byName = new Map<string, ClassFacts[]>();
    const byBase = new Map<string, ClassFacts[]>();
    const add = (map: Map<string, ClassFacts[]>, key: string, facts: ClassFacts) => {
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(facts);
    };
    for (const facts of classes) {
      add(byName, facts.name, facts);
      for (const base of new Set(facts.bases)) add(byBase, base, facts);
    }
    classIndexes.set(classes, (index = { byName, byBase }));
  }
  return index;
}

/** The class, every class it derives from and every class that derives from it, by name. */
function relatedClasses(name: string, indexes: readonly ClassesByName[]): Set<string> {
  const related = new Set([name]);
  const walk = (next: (index: ClassesByName, known: string) => string[]) => {
    const known = [name];
    const seen = new Set(known);
    for (let i = 0; i < known.length; i++) {
      for (const found of indexes.flatMap((index) => next(index, known[i]))) {
        if (seen.has(found)) continue;
        seen.add(found);
        known.push(found);
        related.add(found);
      }
    }
  };
  walk((index, known) => (index.byName.get(known) ?? []).flatMap((facts) => facts.bases));
  walk((index, known) => (index.byBase.get(known) ?? []).map((facts) => facts.name));
  return related;
}
