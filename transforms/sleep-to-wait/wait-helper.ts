/**
 * The polling helper a rewritten wait calls: one the command line names
 * (`--wait-helper module.path:function`, or a preset); else one the package
 * already has (found by the first pass over the run, or in the package's
 * helper module or a preset's module on disk); else a `wait_until` in one
 * module per package (`--wait-helper-module`), created when it is missing.
 * A module outside any package gets its own small `wait_until`.
 */
import type Parser from 'tree-sitter';
import { addImport, afterImports, type Edit, type FileContext, importedNames, type NewFile, parsePython } from '../../src/index.js';
import { readTimeNames, sleepInterval, type TimeNames } from './clock.js';

type Node = Parser.SyntaxNode;

/** The name of the helper inserted when no other is chosen, and its parameters. */
const DEFAULT_HELPER = 'wait_until';
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
  /** The helper's module, when it is still to be created. */
  readonly creates: readonly NewFile[];
}

/** A module-level function of the run that polls: `f(predicate, timeout, interval, ...)`. */
export interface FoundHelper {
  readonly name: string;
  /** Whether it returns the first true value, or a bool (tempest's call_until_true). */
  readonly returnsValue: boolean;
  /** Whether its parameters are named timeout and interval, so a call can name them. */
  readonly keywords: boolean;
}

/** What the first pass keeps of a file: its module and its polling helpers. */
export interface HelperFacts {
  readonly module: string;
  readonly helpers: readonly FoundHelper[];
}

/** The module that holds a package's shared helper, when --wait-helper-module does not name one. */
const HELPER_MODULE = 'polling';

/** A helper that cannot be used in this file, and why. */
export interface HelperProblem {
  readonly reason: string;
}

/** The value of --wait-helper is neither a preset nor `module.path:function`. */
class WaitHelperOptionError extends Error {
  override name = 'WaitHelperOptionError';
}

/** What is wrong with a --wait-helper value, or null when it names a helper. */
export function waitHelperProblem(value: unknown): string | null {
  return problemOf(parseWaitHelper, value);
}

/** What is wrong with a --wait-helper-module value, or null when it names a module. */
export function helperModuleProblem(value: unknown): string | null {
  return problemOf(parseHelperModule, value);
}

function problemOf(parse: (value: unknown) => unknown, value: unknown): string | null {
  try {
    parse(value);
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

/** Reads --wait-helper-module: null for the default, else a dotted module name. */
export function parseHelperModule(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = String(value).trim();
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(text)) throw new WaitHelperOptionError(`'${text}' is not a dotted module name: write it as package.module, such as nova.tests.polling`);
  return text;
}

/** The first pass: the module's polling helpers, or null when it has none. */
export function collectHelpers(context: FileContext): HelperFacts | null {
  const helpers = pollingHelpers(context.tree.rootNode);
  return helpers.length === 0 ? null : { module: context.moduleName(), helpers };
}

/**
 * The module-level functions that poll: the first parameter is called in a
 * loop that sleeps the third, the second is read, nothing is raised (a
 * helper that raises on timeout would skip the caller's failure path).
 */
function pollingHelpers(root: Node): FoundHelper[] {
  const names = readTimeNames(root);
  return root.namedChildren.flatMap((statement) => {
    const fn = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    const found = fn?.type === 'function_definition' ? readPollingHelper(fn, names) : null;
    return found === null ? [] : [found];
  });
}

function readPollingHelper(fn: Node, names: TimeNames): FoundHelper | null {
  const parameters = fn.childForFieldName('parameters')!.namedChildren.slice(0, 3);
  if (parameters.length < 3 || parameters.some((p) => p.type !== 'identifier')) return null;
  const [predicate, timeout, interval] = parameters.map((p) => p.text);
  const body = fn.childForFieldName('body')!;
  const polls = body.descendantsOfType(['while_statement', 'for_statement']).some((loop) => {
    const calls = loop.descendantsOfType('call');
    return calls.some((call) => call.childForFieldName('function')?.text === predicate) && calls.some((call) => sleepInterval(call, names)?.text === interval);
  });
  const readsTimeout = body.descendantsOfType('identifier').some((id) => id.text === timeout);
  if (!polls || !readsTimeout || body.descendantsOfType('raise_statement').length > 0) return null;
  const returnsBool = body.descendantsOfType('return_statement').some((r) => r.namedChildren[0]?.type === 'true');
  return { name: fn.childForFieldName('name')!.text, returnsValue: !returnsBool, keywords: timeout === 'timeout' && interval === 'interval' };
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
export function planHelper(context: FileContext, option: ReturnType<typeof parseWaitHelper>, helperModule: string | null): HelperPlan | HelperProblem {
  const root = context.tree.rootNode;
  const bound = moduleNames(root);
  if (option !== null) return planImported(context, option, bound);
  const own = bound.get(DEFAULT_HELPER);
  const module = context.moduleName();
  const inPackage = module !== context.path.replace(/^.*\//, '').replace(/\.py$/, '');
  if ((own !== undefined && isDefaultHelper(own)) || !inPackage) return planDefault(context, bound);
  const shared = sharedHelper(context, module, helperModule);
  if ('reason' in shared) return shared;
  if (shared.module === module) return { callee: shared.fn, root: shared.fn, returnsValue: shared.returnsValue, keywords: shared.keywords, edits: [], creates: [] };
  const plan = planImported(context, shared, bound);
  return 'reason' in plan ? plan : { ...plan, keywords: shared.keywords, creates: shared.creates };
}

/** A package's helper: where it is or goes, its contract, and the module to create when it is missing. */
interface SharedHelper {
  readonly module: string;
  readonly fn: string;
  readonly returnsValue: boolean;
  readonly keywords: boolean;
  readonly creates: readonly NewFile[];
}

/**
 * The helper the package of `module` shares: one the run's first pass found
 * in a module of the package that is not a test module (the helper module
 * first, then the shallowest); else one in the helper module or a preset's
 * module on disk; else `wait_until` in the helper module, which is created.
 */
function sharedHelper(context: FileContext, module: string, option: string | null): SharedHelper | HelperProblem {
  const top = module.split('.')[0];
  const target = option !== null && option.split('.')[0] === top ? option : defaultHelperModule(module);
  const found = (context.project.get('sleep-to-wait') ?? [])
    .map((file) => file.facts as HelperFacts | null)
    .filter((facts): facts is HelperFacts => facts !== null && facts.module.split('.')[0] === top && !isTestModule(facts.module))
    .flatMap((facts) => facts.helpers.map((helper) => ({ ...helper, module: facts.module })))
    .sort((a, b) => rank(a, target) - rank(b, target) || (a.module < b.module ? -1 : a.module > b.module ? 1 : a.name < b.name ? -1 : 1))[0];
  if (found !== undefined) return { module: found.module, fn: found.name, returnsValue: found.returnsValue, keywords: found.keywords, creates: [] };
  const presets = Object.values(PRESETS).map((preset) => ({ module: preset.target.split(':')[0], fn: preset.target.split(':')[1] as string | null }));
  for (const candidate of [{ module: target, fn: null }, ...presets].filter((c) => c.module.split('.')[0] === top)) {
    const text = context.moduleFile(candidate.module).text;
    const helper = text === null ? undefined : helpersIn(text).find((h) => candidate.fn === null || h.name === candidate.fn);
    if (helper !== undefined) return { module: candidate.module, fn: helper.name, returnsValue: helper.returnsValue, keywords: helper.keywords, creates: [] };
  }
  const file = context.moduleFile(target);
  if (file.text !== null) return { reason: `${file.path} has no polling helper ${DEFAULT_HELPER}${DEFAULT_PARAMETERS}; add one there, or name another module with --wait-helper-module` };
  const parent = target.split('.').slice(0, -1).join('.');
  const holder = parent === '' ? null : context.moduleFile(parent);
  if (holder !== null && (holder.text === null || !holder.path.endsWith('/__init__.py'))) {
    return { reason: `${parent} is not a package here, so ${target} cannot hold the shared helper; name its module with --wait-helper-module` };
  }
  const text = [HELPER_MODULE_DOCSTRING, 'import time', '', '', helperText('time', '    ', '\n'), ''].join('\n');
  return { module: target, fn: DEFAULT_HELPER, returnsValue: true, keywords: true, creates: [{ path: file.path, text, message: `${target}, the polling helper ${DEFAULT_HELPER} the modules of ${top} share` }] };
}

const HELPER_MODULE_DOCSTRING = '"""Waiting in tests for a condition, instead of sleeping a fixed time."""';

/** `<first tests package>.polling`: `nova.tests.functional.test_x` → `nova.tests.polling`; the top package's when there is no tests package. */
function defaultHelperModule(module: string): string {
  const parts = module.split('.').slice(0, -1);
  const tests = parts.findIndex((part) => part === 'tests' || part === 'test');
  return [...parts.slice(0, tests === -1 ? 1 : tests + 1), HELPER_MODULE].join('.');
}

/** Which helper of the package to prefer: the helper module's, then the shallowest. */
function rank(helper: { module: string }, target: string): number {
  return (helper.module === target ? 0 : 1000) + helper.module.split('.').length;
}

/** Whether a module holds tests (`test_servers`, `servers_test`): another module should not import from it, and its own copy of a helper stays its own. */
function isTestModule(module: string): boolean {
  return /(?:^|\.)test_\w*$|_test$/.test(module);
}

const parsedHelpers = new Map<string, FoundHelper[]>();

/** The polling helpers of a module's text, parsed once per text. */
function helpersIn(text: string): FoundHelper[] {
  let found = parsedHelpers.get(text);
  if (found === undefined) parsedHelpers.set(text, (found = pollingHelpers(parsePython(text).rootNode)));
  return found;
}

function planDefault(context: FileContext, bound: Map<string, Node>): HelperPlan | HelperProblem {
  const plan = { callee: DEFAULT_HELPER, root: DEFAULT_HELPER, returnsValue: true, keywords: true, creates: [] };
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
  const base = { returnsValue, keywords: false, creates: [] };
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
function indentUnit(context: FileContext): string {
  const match = /^(?:[^\S\r\n]*(?:#.*)?\r?\n)*?.*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*([ \t]+)\S/m.exec(context.source);
  return match?.[1] ?? '    ';
}

/** The inserted helper, in the file's indentation and line endings. */
export function helperText(time: string, unit: string, eol: string): string {
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
