/**
 * The polling helper a rewritten wait calls: the small `wait_until` inserted
 * into the module, or an existing helper named on the command line
 * (`--wait-helper module.path:function`, or a preset).
 */
import type Parser from 'tree-sitter';
import { addImport, afterImports, type Edit, type FileContext, importedNames } from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** The name of the helper inserted when no other is chosen, and its parameters. */
export const DEFAULT_HELPER = 'wait_until';
const DEFAULT_PARAMETERS = '(predicate, timeout, interval)';

/** Helpers known by a short name. */
export const PRESETS: Readonly<Record<string, { readonly target: string; readonly returnsValue: boolean }>> = {
  tempest: { target: 'tempest.lib.common.utils.test_utils:call_until_true', returnsValue: false },
};

/** How to call the chosen helper in one file. */
export interface HelperPlan {
  /** The callee as the file writes it: `wait_until`, `test_utils.call_until_true`. */
  readonly callee: string;
  /** The name the callee starts with, which no function may shadow. */
  readonly root: string;
  /** Whether it returns the first true value (else a bool: values travel through a variable). */
  readonly returnsValue: boolean;
  /** Whether timeout and interval are passed by keyword (the inserted helper) or by position. */
  readonly keywords: boolean;
  /** The edits that make it callable: the helper itself, an import. Empty when it already is. */
  readonly edits: readonly Edit[];
}

/** A helper that cannot be used in this file, and why. */
export interface HelperProblem {
  readonly reason: string;
}

/** The value of --wait-helper is neither a preset nor `module.path:function`. */
export class WaitHelperOptionError extends Error {
  override name = 'WaitHelperOptionError';
}

/** What is wrong with a --wait-helper value, or null when it names a helper. */
export function waitHelperProblem(value: unknown): string | null {
  try {
    parseWaitHelper(value);
    return null;
  } catch (error) {
    if (error instanceof WaitHelperOptionError) return error.message;
    throw error;
  }
}

/** Reads --wait-helper: null for the inserted helper, else the module, function and return contract. */
export function parseWaitHelper(value: unknown): { module: string; fn: string; returnsValue: boolean } | null {
  if (value === undefined || value === null || value === '') return null;
  const text = String(value).trim();
  const preset = PRESETS[text] ?? Object.values(PRESETS).find((p) => p.target === text);
  const target = preset?.target ?? text;
  const match = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):([A-Za-z_]\w*)$/.exec(target);
  if (match === null) {
    throw new WaitHelperOptionError(`'${text}' is neither module.path:function nor a preset (${Object.keys(PRESETS).join(', ')}): write it as package.module:function`);
  }
  return { module: match[1], fn: match[2], returnsValue: preset?.returnsValue ?? true };
}

/** Names bound at the top level of the module: imports, definitions, assignments. */
function moduleNames(root: Node): Map<string, Node> {
  const names = new Map<string, Node>();
  for (const name of importedNames(root)) names.set(name.local, name.statement);
  for (const statement of root.namedChildren) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition' || definition?.type === 'class_definition') names.set(definition.childForFieldName('name')!.text, definition);
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (left?.type === 'identifier') names.set(left.text, statement);
  }
  return names;
}

/** Whether a top-level function is the inserted helper (same name, same parameters). */
export function isDefaultHelper(node: Node): boolean {
  return node.type === 'function_definition' && node.parent?.type === 'module' && node.childForFieldName('name')?.text === DEFAULT_HELPER && node.childForFieldName('parameters')?.text === DEFAULT_PARAMETERS;
}

/** The plan for the helper in one file, or why there is none. */
export function planHelper(context: FileContext, option: ReturnType<typeof parseWaitHelper>): HelperPlan | HelperProblem {
  const root = context.tree.rootNode;
  const bound = moduleNames(root);
  return option === null ? planDefault(context, bound) : planImported(context, option, bound);
}

function planDefault(context: FileContext, bound: Map<string, Node>): HelperPlan | HelperProblem {
  const plan = { callee: DEFAULT_HELPER, root: DEFAULT_HELPER, returnsValue: true, keywords: true };
  const existing = bound.get(DEFAULT_HELPER);
  if (existing !== undefined) {
    if (isDefaultHelper(existing)) return { ...plan, edits: [] };
    return { reason: `the module already has a ${DEFAULT_HELPER} that is not the polling helper; choose one with --wait-helper` };
  }
  const moduleName = importedNames(context.tree.rootNode).find((name) => name.isModule && name.path === 'time')?.local;
  const edits: Edit[] = [];
  if (moduleName === undefined) {
    if (bound.has('time')) return { reason: 'the name time means something else in this module, and the helper needs the time module' };
    edits.push(addImport(context, 'import time', 'time', true));
  }
  const text = helperText(moduleName ?? 'time', indentUnit(context), context.eol);
  const eol = context.eol;
  const at = afterImports(context);
  if (at === null) return { ...plan, edits: [{ start: 0, end: 0, text: `import time${eol.repeat(3)}${text}${eol.repeat(3)}` }] };
  const following = /^(?:[ \t]*\r?\n)*/.exec(context.source.slice(at))![0];
  const blankLines = Math.max(0, (following.match(/\n/g)?.length ?? 0) - 1);
  const padding = at + following.length === context.source.length ? (following === '' ? eol : '') : eol.repeat(Math.max(0, 2 - blankLines));
  return { ...plan, edits: [...edits, { start: at, end: at, text: `${eol.repeat(3)}${text}${padding}` }] };
}

function planImported(context: FileContext, option: { module: string; fn: string; returnsValue: boolean }, bound: Map<string, Node>): HelperPlan | HelperProblem {
  const { module, fn, returnsValue } = option;
  const base = { returnsValue, keywords: false };
  for (const name of importedNames(context.tree.rootNode)) {
    if (!name.isModule && name.path === `${module}.${fn}`) return { ...base, callee: name.local, root: name.local, edits: [] };
    if (name.path === module) return { ...base, callee: `${name.local}.${fn}`, root: name.local, edits: [] };
  }
  const dot = module.lastIndexOf('.');
  const local = module.slice(dot + 1);
  if (bound.has(local)) return { reason: `the name ${local} means something else in this module; import ${module} by hand` };
  const statement = dot === -1 ? `import ${module}` : `from ${module.slice(0, dot)} import ${local}`;
  return { ...base, callee: `${local}.${fn}`, root: local, edits: [addImport(context, statement, module, false)] };
}

/** The indentation one level adds in this file: the first indented line's, else four spaces. */
export function indentUnit(context: FileContext): string {
  const match = /^(?:[^\S\r\n]*(?:#.*)?\r?\n)*?.*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]+)\S/m.exec(context.source);
  return match?.[1] ?? '    ';
}

/** The inserted helper, in the file's indentation and line endings. */
function helperText(time: string, unit: string, eol: string): string {
  const lines = [
    `def ${DEFAULT_HELPER}${DEFAULT_PARAMETERS}:`,
    `${unit}"""Call predicate until it returns a true value, and return that value.`,
    '',
    `${unit}Sleep interval seconds between calls. After timeout seconds, measured`,
    `${unit}with ${time}.monotonic() (tests that mock time.time() leave it alone),`,
    `${unit}return the last false value, so that the caller's failure path runs.`,
    `${unit}"""`,
    `${unit}deadline = ${time}.monotonic() + timeout`,
    `${unit}while True:`,
    `${unit}${unit}result = predicate()`,
    `${unit}${unit}if result or ${time}.monotonic() >= deadline:`,
    `${unit}${unit}${unit}return result`,
    `${unit}${unit}${time}.sleep(interval)`,
  ];
  return lines.join(eol);
}
