/**
 * The mocks a test receives from its `mock.patch` decorators. Patch
 * decorators pass their mocks by position, the one nearest the `def` first,
 * after `self`.
 */
import type Parser from 'tree-sitter';
import { readArguments } from './syntax.js';

type Node = Parser.SyntaxNode;

/** One mock a decorator passes to the test, and the parameter that receives it. */
export interface InjectedMock {
  readonly decorator: Node;
  readonly parameter: Node;
  readonly name: string;
}

/** The decorators of a test and the mocks they pass. */
export interface TestDecorators {
  /** Every decorator, top to bottom. */
  readonly decorators: readonly Node[];
  /** The mocks passed by position, in parameter order. */
  readonly mocks: readonly InjectedMock[];
}

/** `mock.patch(...)`, `patch.object(...)`, `unittest.mock.patch(...)`: the patchers that pass a mock unless given `new`. */
const PATCHER = /^(?:[\w.]*\.)?patch(\.object)?$/;

/** Patchers that pass mocks by keyword, or not at all in a way this reading understands. */
const KEYWORD_PATCHER = /^(?:[\w.]*\.)?patch\.multiple$/;

/** Decorators that turn one test into several and pass it their data: `ddt.data`, `parameterized.expand`... */
const DATA_DECORATOR = /^(?:ddt\.)?(?:data|file_data|unpack|idata)\b|^(?:[\w.]*\.)?(?:parameterized(?:\.expand)?|named_parameters|parameters)\b/;

/**
 * What a decorator does to the test's arguments: passes it one mock (a
 * patcher without `new`), passes nothing, or passes arguments this reading
 * cannot follow (the reason).
 */
export function mockPassing(decorator: Node): 'mock' | 'none' | { refusal: string } {
  const expression = decorator.namedChildren.find((child) => child.type !== 'comment');
  const callee = expression?.type === 'call' ? expression.childForFieldName('function')!.text : expression?.text ?? '';
  if (DATA_DECORATOR.test(callee)) return { refusal: `the data-driven decorator @${callee} passes it arguments` };
  if (KEYWORD_PATCHER.test(callee)) return { refusal: `@${callee} passes its mocks by keyword` };
  const patcher = PATCHER.exec(callee);
  if (patcher === null || expression?.type !== 'call') return 'none';
  const args = readArguments(expression.childForFieldName('arguments')!);
  if (args.hasSplat) return { refusal: `@${callee} takes *args or **kwargs: which mock it passes is unknown` };
  const takesNew = args.keywords.has('new') || args.positional.length >= (patcher[1] ? 3 : 2);
  return takesNew ? 'none' : 'mock';
}

/**
 * Reads which parameters of a test method receive a mock from which
 * decorator. Returns a reason instead when the reading is not certain:
 * `patch.multiple`, data-driven decorators, `*args`, or a parameter count
 * that does not match the patchers (a class-level patch, a default value).
 */
export function readTestDecorators(definition: Node): TestDecorators | { refusal: string } {
  const holder = definition.parent?.type === 'decorated_definition' ? definition.parent : null;
  const decorators = holder?.namedChildren.filter((child) => child.type === 'decorator') ?? [];
  const injecting: Node[] = [];
  for (const decorator of decorators) {
    const passing = mockPassing(decorator);
    if (typeof passing === 'object') return passing;
    if (passing === 'mock') injecting.push(decorator);
  }
  const parameters = definition.childForFieldName('parameters')!.namedChildren.filter((child) => child.type !== 'comment');
  if (parameters.some((p) => p.type !== 'identifier')) {
    return { refusal: 'its parameters have defaults, annotations or *args: the mocks cannot be matched to the patch decorators' };
  }
  const received = parameters.slice(1);
  if (received.length !== injecting.length) {
    return { refusal: `it takes ${received.length} argument${received.length === 1 ? '' : 's'} after self but its decorators pass ${injecting.length} mock${injecting.length === 1 ? '' : 's'} (a class-level patch?)` };
  }
  const mocks = received.map((parameter, index) => ({ decorator: injecting[injecting.length - 1 - index], parameter, name: parameter.text }));
  return { decorators, mocks };
}
