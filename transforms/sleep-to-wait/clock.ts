/** How a module reaches the time module: its names for it, for sleep and for the clock. */
import type Parser from 'tree-sitter';
import { importedNames } from '../../src/index.js';

type Node = Parser.SyntaxNode;

/** The local names through which a module reaches the time module. */
export interface TimeNames {
  /** Names bound to the module itself (`import time`, `import time as t`). */
  readonly modules: ReadonlySet<string>;
  /** Names bound to time.sleep (`from time import sleep [as nap]`). */
  readonly sleeps: ReadonlySet<string>;
  /** Names bound to time.time, time.monotonic or time.perf_counter. */
  readonly clocks: ReadonlySet<string>;
}

const CLOCKS = new Set(['time', 'monotonic', 'perf_counter']);

/** Reads the imports of the time module anywhere in the file. */
export function readTimeNames(root: Node): TimeNames {
  const modules = new Set<string>();
  const sleeps = new Set<string>();
  const clocks = new Set<string>();
  for (const name of importedNames(root)) {
    if (name.isModule && name.path === 'time') modules.add(name.local);
    else if (!name.isModule && name.path === 'time.sleep') sleeps.add(name.local);
    else if (!name.isModule && name.path.startsWith('time.') && CLOCKS.has(name.path.slice(5))) clocks.add(name.local);
  }
  return { modules, sleeps, clocks };
}

/** The one positional argument of a call, or null. */
function soleArgument(call: Node): Node | null {
  const list = call.childForFieldName('arguments');
  const args = list?.namedChildren.filter((n) => n.type !== 'comment') ?? [];
  return list?.type === 'argument_list' && args.length === 1 && !['keyword_argument', 'list_splat', 'dictionary_splat'].includes(args[0].type) ? args[0] : null;
}

function isTimeFunction(callee: Node | null, names: TimeNames, functions: ReadonlySet<string>, local: ReadonlySet<string>): boolean {
  if (callee === null) return false;
  if (callee.type === 'identifier') return local.has(callee.text);
  if (callee.type !== 'attribute') return false;
  const object = callee.childForFieldName('object');
  return object?.type === 'identifier' && names.modules.has(object.text) && functions.has(callee.childForFieldName('attribute')!.text);
}

/** Whether a call is `time.sleep(x)` under any of the file's names for it; it returns the interval. */
export function sleepInterval(call: Node, names: TimeNames): Node | null {
  if (call.type !== 'call' || !isTimeFunction(call.childForFieldName('function'), names, new Set(['sleep']), names.sleeps)) return null;
  return soleArgument(call);
}

/** Whether an expression reads the clock: `time.time()`, `time.monotonic()`, `int(time.time())`... */
export function isClockRead(node: Node, names: TimeNames): boolean {
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1) return isClockRead(node.namedChildren[0], names);
  if (node.type !== 'call') return false;
  const callee = node.childForFieldName('function');
  if (callee?.type === 'identifier' && callee.text === 'int') {
    const inner = soleArgument(node);
    return inner !== null && isClockRead(inner, names);
  }
  const args = node.childForFieldName('arguments');
  return args?.namedChildren.length === 0 && isTimeFunction(callee, names, CLOCKS, names.clocks);
}

