/**
 * Which definitions of a file are tests, as unittest and pytest collect them:
 * `test*` methods of test classes, module-level `test*` functions, and the
 * test classes themselves.
 */
import type Parser from 'tree-sitter';

/** A test function, a test method or a class that holds test methods. */
export interface TestDefinition {
  readonly kind: 'function' | 'method' | 'class';
  /** The `function_definition` or `class_definition` node. */
  readonly node: Parser.SyntaxNode;
  readonly name: string;
}

/** The prefix both unittest (`testMethodPrefix`) and pytest (`python_functions`) collect. */
const TEST_NAME = /^test/;

/** Decorators that make a `test*` function something other than a test. */
const NOT_A_TEST_DECORATOR = /^@\s*(?:[\w.]*\.)?(?:fixture|property|cached_property)\b/;

/** `__test__ = False` tells both runners to leave a class alone. */
const OPTED_OUT = /^[ \t]*__test__[ \t]*=[ \t]*False\b/m;

/**
 * The tests of a module, in source order: module-level test functions, and
 * for every test class (at module level or nested in a class) the class and its
 * test methods. A class is a test class when its name or its bases mention
 * `Test` or a `test` module and it defines a test method itself.
 */
export function findTestDefinitions(root: Parser.SyntaxNode, source: string): TestDefinition[] {
  const optsOut = source.includes('__test__')
    ? (body: Parser.SyntaxNode) => OPTED_OUT.test(source.slice(body.startIndex, body.endIndex))
    : () => false;
  const found: TestDefinition[] = [];
  for (const statement of root.namedChildren) {
    const definition = unwrapDecorated(statement);
    if (definition?.type === 'function_definition' && isTestFunction(statement, definition)) {
      found.push({ kind: 'function', node: definition, name: nameOf(definition) });
    } else if (definition?.type === 'class_definition') {
      collectClass(definition, optsOut, found);
    }
  }
  return found;
}

function collectClass(cls: Parser.SyntaxNode, optsOut: (body: Parser.SyntaxNode) => boolean, found: TestDefinition[]): void {
  const body = cls.childForFieldName('body');
  if (body === null || optsOut(body)) return;
  const name = nameOf(cls);
  const basesText = cls.childForFieldName('superclasses')?.text ?? '';
  const methods: TestDefinition[] = [];
  const nested: Parser.SyntaxNode[] = [];
  for (const statement of body.namedChildren) {
    const definition = unwrapDecorated(statement);
    if (definition?.type === 'function_definition' && isTestFunction(statement, definition)) {
      methods.push({ kind: 'method', node: definition, name: nameOf(definition) });
    } else if (definition?.type === 'class_definition') {
      nested.push(definition);
    }
  }
  if (methods.length > 0 && (/Test/.test(name) || /Test|\btest/.test(basesText))) {
    found.push({ kind: 'class', node: cls, name }, ...methods);
  }
  for (const inner of nested) collectClass(inner, optsOut, found);
}

function isTestFunction(statement: Parser.SyntaxNode, definition: Parser.SyntaxNode): boolean {
  if (!TEST_NAME.test(nameOf(definition))) return false;
  return statement.type !== 'decorated_definition' || !statement.namedChildren.some((child) => child.type === 'decorator' && NOT_A_TEST_DECORATOR.test(child.text));
}

/** The definition inside a `decorated_definition`, or the statement itself. */
function unwrapDecorated(statement: Parser.SyntaxNode): Parser.SyntaxNode | null {
  return statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
}

function nameOf(definition: Parser.SyntaxNode): string {
  return definition.childForFieldName('name')!.text;
}

/** A class as inheritance sees it: where it is, what it derives from, and the methods it defines. */
export interface ClassOutline {
  /** `Outer.Inner` for a nested class. */
  readonly qualname: string;
  readonly start: number;
  readonly end: number;
  /** The bases as written (`base.TestCase`, `ServerMixin`). */
  readonly bases: readonly string[];
  /** Every function its body defines. */
  readonly methods: readonly string[];
  /** The test methods among them, with their places. */
  readonly tests: readonly { readonly name: string; readonly start: number; readonly end: number }[];
}

/**
 * Every class of a module, nested ones included, in source order, whether or
 * not it defines tests itself: a class that only inherits its tests (`class
 * TestV21(ServersTestBase): microversion = '2.1'`) has test ids too. Classes
 * that opt out with `__test__ = False` are left out.
 */
export function outlineClasses(root: Parser.SyntaxNode, source: string): ClassOutline[] {
  const found: ClassOutline[] = [];
  const visit = (statements: readonly Parser.SyntaxNode[], prefix: string) => {
    for (const statement of statements) {
      const cls = unwrapDecorated(statement);
      if (cls?.type !== 'class_definition') continue;
      const body = cls.childForFieldName('body');
      if (body === null || OPTED_OUT.test(source.slice(body.startIndex, body.endIndex))) continue;
      const qualname = `${prefix}${nameOf(cls)}`;
      const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).filter((b) => b.type === 'identifier' || b.type === 'attribute').map((b) => b.text);
      const methods: string[] = [];
      const tests: { name: string; start: number; end: number }[] = [];
      for (const member of body.namedChildren) {
        const definition = unwrapDecorated(member);
        if (definition?.type !== 'function_definition') continue;
        methods.push(nameOf(definition));
        if (isTestFunction(member, definition)) tests.push({ name: nameOf(definition), start: member.startIndex, end: member.endIndex });
      }
      found.push({ qualname, start: statement.startIndex, end: statement.endIndex, bases, methods, tests });
      visit(body.namedChildren, `${qualname}.`);
    }
  };
  visit(root.namedChildren, '');
  return found;
}
