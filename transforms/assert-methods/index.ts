/**
 * assert-methods
 *
 * ## What it does
 * Rewrites `self.assertTrue(a == b)` and its kin into the assert method that
 * says what is checked (`assertEqual(a, b)`), turns comparisons with None into
 * `assertIsNone`/`assertIsNotNone`, `assertTrue(not x)` into `assertFalse(x)`,
 * and replaces deprecated aliases such as `assertEquals` and `assertItemsEqual`.
 *
 * ## Why is this bad
 * `assertTrue(a == b)` fails with "False is not true": the values that
 * differed are lost. The precise method prints both. The aliases were removed
 * in Python 3.12.
 *
 * ## Example
 * `self.assertTrue(server['status'] == 'ACTIVE')` becomes
 * `self.assertEqual(server['status'], 'ACTIVE')`.
 *
 * ## Fix safety
 * Safe, except `assertEqual(x, True)` → `assertTrue(x)` (looser) and
 * `assertDictContainsSubset` → `assertEqual` (evaluates the dict twice), which
 * need `--unsafe`. `assertFalse` never negates `<`, `<=`, `>`, `>=`: `not (a < b)`
 * is not `a >= b` for sets or NaN. A test of a deprecated name (named after
 * it, or saying so in its docstring, or checking its warning) keeps calling it.
 */
import type Parser from 'tree-sitter';
import {
  type CallArguments,
  closingBracket,
  type CodeTable,
  containsType,
  type Edit,
  enclosing,
  type FileContext,
  ForwardCursor,
  type Finding,
  isNameBound,
  parameterOnlyBinders,
  readArguments,
  type Safety,
  type Transform,
  type TransformMeta,
  within,
} from '../../src/index.js';

const codes = {
  TM101: {
    name: 'comparison-in-assert-true',
    summary: 'assertTrue(a == b), assertFalse(a in b) and other comparisons → assertEqual, assertNotIn, assertLess...; chained comparisons, := and assertFalse on an ordering are reported',
    fix: 'safe',
  },
  TM102: { name: 'comparison-with-none', summary: 'assertTrue(x is None), assertEqual(x, None) and the like → assertIsNone / assertIsNotNone', fix: 'safe' },
  TM103: { name: 'isinstance-in-assert-true', summary: 'assertTrue(isinstance(a, B)) → assertIsInstance(a, B); assertFalse → assertNotIsInstance', fix: 'safe' },
  TM104: { name: 'negation-in-assert-true', summary: 'assertTrue(not x) → assertFalse(x), and assertFalse(not x) → assertTrue(x)', fix: 'safe' },
  TM105: { name: 'assert-equal-bool', summary: 'assertEqual(x, True) / assertIs(x, False) → assertTrue(x) / assertFalse(x), which is looser', fix: 'unsafe' },
  TM106: { name: 'assert-equal-type', summary: 'assertEqual(type(a), B) → assertIs(type(a), B): types are compared by identity', fix: 'safe' },
  TM107: { name: 'boolean-operator-in-assert', summary: "assertTrue(a and b), assertFalse(a or b): reported, to split into one assertion per operand by hand", fix: 'none' },
  TM110: {
    name: 'deprecated-alias',
    summary: 'assertEquals, failUnless, assertItemsEqual, assertRaisesRegexp... → their current names; a test of the alias keeps it',
    fix: 'safe',
  },
  TM111: {
    name: 'assert-dict-contains-subset',
    summary: 'assertDictContainsSubset(sub, d) → assertEqual(d, {**d, **sub}), as it was removed in Python 3.12; a test of it keeps it',
    fix: 'unsafe',
  },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'assert-methods',
  summary: 'Use the assert method that says what is checked; drop deprecated aliases',
  suggestion: 'use the precise assertion',
  safety: 'safe',
  defaultEnabled: true,
  docs: {
    whatItDoes:
      'Rewrites self.assertTrue(a == b), assertFalse(a in b), assertTrue(isinstance(a, B)) and the like into assertEqual, ' +
      'assertNotIn, assertIsInstance...; comparisons with None into assertIsNone/assertIsNotNone; assertTrue(not x) into ' +
      'assertFalse(x) (and back); and deprecated aliases ' +
      '(assertEquals, failUnless, assertItemsEqual, assertRaisesRegexp...) into their current names.',
    whyIsThisBad:
      'assertTrue(a == b) fails with "False is not true" and hides both values; the precise method shows them. ' +
      'The deprecated aliases are gone from Python 3.12. Note that assertTrue is weaker than assertEqual, not more ' +
      'descriptive: this transform never turns assertEqual into assertTrue unless --unsafe is given.',
    example: {
      input: "self.assertTrue(server['status'] == 'ACTIVE')\nself.assertEquals(len(servers), 2)\n",
      output: "self.assertEqual(server['status'], 'ACTIVE')\nself.assertEqual(len(servers), 2)\n",
    },
    fixSafety:
      'Safe, keeping every argument, the message, comments and line breaks. Unsafe (opt-in with --unsafe): ' +
      'assertEqual/assertIs(x, True/False) → assertTrue/assertFalse, which is looser, and assertDictContainsSubset(sub, d) → ' +
      'assertEqual(d, {**d, **sub}). Left alone and reported: chained comparisons, and/or, := and assertFalse on an ordering; ' +
      'type() and isinstance() when the code binds those names itself (a parameter called type); ' +
      'and a deprecated name that the test exists to exercise: in a test, class or helper named after it (test_failIfEqual_basic) ' +
      'or whose docstring names it, or under a check of its warning (with self.assertWarns(DeprecationWarning):). ' +
      'Outside a class that provably derives from unittest.TestCase (testtools, oslotest, nova\'s test.TestCase), ' +
      'a msg= keyword becomes positional, because testtools\' assertEqual takes message= and both accept it positionally.',
  },
  examples: {
    valid: [
      'self.assertEqual(a, b)\n',
      'self.assertTrue(result)\n',
      'self.assertFalse(a < b)\n',
      'self.assertTrue(a < b < c)\n',
      'other.assertTrue(a == b)\n',
      'self.assertIsNone(x)\n',
    ],
    invalid: [
      { input: 'self.assertTrue(a == b)\n', output: 'self.assertEqual(a, b)\n' },
      { input: 'self.assertFalse(a in b, "msg")\n', output: 'self.assertNotIn(a, b, "msg")\n' },
      { input: 'self.assertTrue(x is not None)\n', output: 'self.assertIsNotNone(x)\n' },
      { input: 'self.assertEqual(None, x)\n', output: 'self.assertIsNone(x)\n' },
      { input: 'self.assertTrue(isinstance(a, B))\n', output: 'self.assertIsInstance(a, B)\n' },
      { input: 'self.assertItemsEqual(a, b)\n', output: 'self.assertCountEqual(a, b)\n' },
      { input: 'cls.failUnless(ok)\n', output: 'cls.assertTrue(ok)\n' },
    ],
  },
  codes,
};

/** Deprecated names and what replaced them. */
const ALIASES: Readonly<Record<string, string>> = {
  assertEquals: 'assertEqual',
  failUnlessEqual: 'assertEqual',
  assertNotEquals: 'assertNotEqual',
  failIfEqual: 'assertNotEqual',
  assert_: 'assertTrue',
  failUnless: 'assertTrue',
  failIf: 'assertFalse',
  failUnlessRaises: 'assertRaises',
  assertAlmostEquals: 'assertAlmostEqual',
  failUnlessAlmostEqual: 'assertAlmostEqual',
  assertNotAlmostEquals: 'assertNotAlmostEqual',
  failIfAlmostEqual: 'assertNotAlmostEqual',
  assertRegexpMatches: 'assertRegex',
  assertNotRegexpMatches: 'assertNotRegex',
  assertRaisesRegexp: 'assertRaisesRegex',
  assertItemsEqual: 'assertCountEqual',
};

/** The deprecated names a test may exist to exercise. */
const DEPRECATED = [...Object.keys(ALIASES), 'assertDictContainsSubset'];

/**
 * Each deprecated name as the words a test name spells it with. A name of
 * one word (assert_) is left out: `assert` names every assertion.
 */
const DEPRECATED_WORDS: readonly (readonly [string, readonly string[]])[] = DEPRECATED.map((name) => [name, nameWords(name)] as const).filter(([, words]) => words.length > 1);

/** The with-clauses under which a call checks the warning that a deprecated name gives. */
const WARNING_CHECK = /\b(?:Pending)?DeprecationWarning\b|\bdeprecated_call\b|\bcatch_warnings\b/;

/** For each operator: the method for assertTrue, and for assertFalse (null: no exact negation). */
const COMPARISONS: Readonly<Record<string, readonly [string, string | null]>> = {
  '==': ['assertEqual', 'assertNotEqual'],
  '!=': ['assertNotEqual', 'assertEqual'],
  in: ['assertIn', 'assertNotIn'],
  'not in': ['assertNotIn', 'assertIn'],
  is: ['assertIs', 'assertIsNot'],
  'is not': ['assertIsNot', 'assertIs'],
  '<': ['assertLess', null],
  '<=': ['assertLessEqual', null],
  '>': ['assertGreater', null],
  '>=': ['assertGreaterEqual', null],
};

/** Methods whose message parameter testtools calls `message`, where unittest calls it `msg`. */
const TESTTOOLS_MESSAGE_METHODS = new Set(['assertEqual', 'assertIn', 'assertNotIn', 'assertIs', 'assertIsNot', 'assertIsNone', 'assertIsNotNone']);

/** The methods some rule rewrites. */
const REWRITTEN = ['assertTrue', 'assertFalse', 'assertEqual', 'assertIs', 'assertNotEqual', 'assertIsNot', 'assertDictContainsSubset', ...Object.keys(ALIASES)];

/** Where a call to one of them may start; the tree confirms each place. */
const CANDIDATES = new RegExp(`\\b(?:self|cls)\\.(?:${REWRITTEN.join('|')})\\b`, 'g');

/** What a call's arguments must mention for a rule to apply, by method; aliases always apply. */
const COMPARISON_TEXT = /==|!=|<|>|\bin\b|\bis\b|\bisinstance\b|\band\b|\bor\b|\bnot\b/;
const NEEDED_TEXT: Readonly<Record<string, RegExp>> = {
  assertTrue: COMPARISON_TEXT,
  assertFalse: COMPARISON_TEXT,
  assertEqual: /\b(?:None|True|False|type)\b/,
  assertIs: /\b(?:None|True|False)\b/,
  assertNotEqual: /\b(?:None|type)\b/,
  assertIsNot: /\bNone\b/,
};

/** Methods and class attributes the file itself defines under an assert-like name. */
const OWN_DEFINITIONS = /^[ \t]*(?:(?:async[ \t]+)?def[ \t]+((?:assert|fail)\w*)|((?:assert|fail)\w*)[ \t]*=(?!=))/gm;

/** A rewrite of one call, or the reason there is none. */
type Rewrite = { code: Code; message: string; edits: Edit[]; safety: Safety } | { code: Code; message: string; reason: string };

/** What one call looks like to the rules. */
interface AssertCall {
  readonly node: Parser.SyntaxNode;
  readonly method: Parser.SyntaxNode;
  readonly args: CallArguments;
}

function create(context: FileContext): Finding<Code>[] {
  const calls = findCalls(context);
  if (calls.length === 0) return [];
  const ownMethods = definedNames(context.source);
  const framework = memoFramework(context);
  const findings: Finding<Code>[] = [];
  for (const call of calls) {
    const rewrite = rewriteCall(call, context, framework);
    if (rewrite === null) continue;
    const position = { code: rewrite.code, start: call.node.startIndex, end: call.node.endIndex };
    const target = 'edits' in rewrite ? renamedTo(rewrite.edits, call.method) : null;
    const shadowed = [call.method.text, target].find((name) => name !== null && ownMethods.has(name));
    const exercised = DEPRECATED.includes(call.method.text) ? exercisedBy(call, context) : null;
    if (shadowed) {
      findings.push({ ...position, message: rewrite.message, fix: null, reason: `this file defines its own ${shadowed}, so the call may not mean unittest's` });
    } else if (exercised !== null) {
      findings.push({ ...position, message: rewrite.message, fix: null, reason: exercised });
    } else if ('edits' in rewrite) {
      findings.push({ ...position, message: rewrite.message, fix: { edits: rewrite.edits, safety: rewrite.safety } });
    } else {
      findings.push({ ...position, message: rewrite.message, fix: null, reason: rewrite.reason });
    }
  }
  return findings;
}

/** The calls `self.X(...)` and `cls.X(...)` of rewritten methods, found by text and confirmed in the tree. */
function findCalls(context: FileContext): AssertCall[] {
  const cursor = new ForwardCursor(context.tree);
  const calls: AssertCall[] = [];
  for (const match of context.source.matchAll(CANDIDATES)) {
    const nameEnd = match.index + match[0].length;
    const needed = NEEDED_TEXT[match[0].slice(match[0].indexOf('.') + 1)];
    if (needed !== undefined) {
      const open = context.source.indexOf('(', nameEnd);
      if (open === -1 || !needed.test(context.source.slice(open, closingBracket(context.source, open)))) continue;
    }
    // The method's name, in an attribute that is the function of a call.
    cursor.moveTo(nameEnd - 1);
    if (cursor.type() !== 'identifier') continue;
    const method = cursor.node();
    if (!cursor.up() || cursor.type() !== 'attribute' || cursor.field() !== 'function' || !cursor.up() || cursor.type() !== 'call') continue;
    const call = cursor.node();
    const list = call.childForFieldName('arguments');
    if (list?.type !== 'argument_list') continue;
    const args = readArguments(list);
    if (!args.hasSplat) calls.push({ node: call, method, args });
  }
  return calls;
}

/** Picks the rule for a call by its method name. */
function rewriteCall(call: AssertCall, context: FileContext, framework: (node: Parser.SyntaxNode) => Framework): Rewrite | null {
  const name = call.method.text;
  if (name in ALIASES) {
    return {
      code: 'TM110',
      message: `${name} is a deprecated alias of ${ALIASES[name]}, removed in Python 3.12`,
      edits: [rename(call.method, ALIASES[name])],
      safety: 'safe',
    };
  }
  switch (name) {
    case 'assertTrue':
    case 'assertFalse':
      return rewriteTruthAssertion(call, name === 'assertTrue', context, framework);
    case 'assertEqual':
    case 'assertIs':
    case 'assertNotEqual':
    case 'assertIsNot':
      return rewriteTwoArgumentAssertion(call, context, framework);
    case 'assertDictContainsSubset':
      return rewriteDictSubset(call, context);
    default:
      return null;
  }
}

/** assertTrue(a OP b), assertFalse(a OP b), assertTrue(isinstance(a, B)). */
function rewriteTruthAssertion(
  call: AssertCall,
  positive: boolean,
  context: FileContext,
  framework: (node: Parser.SyntaxNode) => Framework,
): Rewrite | null {
  const { positional, keywords } = call.args;
  if (positional.length < 1 || positional.length > 2 || [...keywords.keys()].some((key) => key !== 'msg')) return null;
  if (keywords.has('msg') && positional.length === 2) return null;
  const original = call.method.text;
  const { inner: expression, edits: unwrap } = unwrapParentheses(positional[0], context);
  const shown = `${original}(${describe(expression, context)})`;

  if (expression.type === 'not_operator') {
    const { inner: operand, edits: unwrapOperand } = unwrapParentheses(expression.childForFieldName('argument')!, context);
    const negated = positive ? 'assertFalse' : 'assertTrue';
    const drop = { start: expression.startIndex, end: expression.childForFieldName('argument')!.startIndex, text: '' };
    if (unwrap === null || unwrapOperand === null || operand.type === 'yield' || context.source.slice(drop.start, drop.end).includes('#')) return null;
    return {
      code: 'TM104',
      message: `${shown} → ${negated}: says what is expected without a negation`,
      edits: [rename(call.method, negated), ...unwrap, drop, ...unwrapOperand],
      safety: 'safe',
    };
  }
  if (expression.type === 'boolean_operator') {
    if (!hasComparableOperand(expression)) return null;
    return { code: 'TM107', message: `${shown} left alone`, reason: `'and'/'or' inside the assertion; split it into one assertion per operand by hand` };
  }
  if (expression.type !== 'comparison_operator' && !isIsinstanceCall(expression)) return null;
  const parts = expression.type === 'call' ? null : comparisonParts(expression);
  const code: Code = parts === null ? 'TM103' : comparesWithNone(parts) ? 'TM102' : 'TM101';
  if (expression.type === 'call' && !callsBuiltin(expression, context)) return { code, message: `${shown} left alone`, reason: shadowedReason(expression) };
  if (context.text(expression).includes(':=') && containsType(expression, 'named_expression')) {
    return { code, message: `${shown} left alone`, reason: 'an assignment expression (:=) inside the assertion; rewrite it by hand' };
  }
  if (unwrap === null) return { code, message: `${shown} left alone`, reason: 'a comment sits inside the parentheses around the condition' };

  let target: string;
  let argumentEdits: Edit[] | null;
  if (parts === null) {
    target = positive ? 'assertIsInstance' : 'assertNotIsInstance';
    argumentEdits = unwrapIsinstance(expression, context);
  } else {
    const { operands, operators } = parts;
    if (operands.length !== 2) {
      return { code, message: `${shown} left alone`, reason: 'a chained comparison has no single assert method; split it into two assertions by hand' };
    }
    const operator = operators[0].type;
    if (code === 'TM102') {
      const noneSide = operands.findIndex((o) => o.type === 'none');
      const isNone = (operator === '==' || operator === 'is') === positive;
      target = isNone ? 'assertIsNone' : 'assertIsNotNone';
      argumentEdits = dropComparisonWithNone(operands, noneSide, context);
    } else {
      const methods = COMPARISONS[operator];
      if (methods === undefined) return null;
      const chosen = positive ? methods[0] : methods[1];
      if (chosen === null) {
        return { code, message: `${shown} left alone`, reason: `assertFalse is not negated for '${operator}': not (a ${operator} b) differs from the opposite ordering for sets and NaN` };
      }
      target = chosen;
      argumentEdits = [commaFor(operands[0], operators[0], operands[1], context)];
    }
  }
  if (argumentEdits === null) return { code, message: `${shown} left alone`, reason: 'a comment sits in the part of the condition that would be removed' };
  return {
    code,
    message: `${shown} → ${target}: the failure message shows the values`,
    edits: [rename(call.method, target), ...unwrap, ...argumentEdits, ...messageEdits(call, target, framework)],
    safety: 'safe',
  };
}

/** assertEqual/assertIs/assertNotEqual/assertIsNot with None, True/False or type(). */
function rewriteTwoArgumentAssertion(call: AssertCall, context: FileContext, framework: (node: Parser.SyntaxNode) => Framework): Rewrite | null {
  const { positional, keywords } = call.args;
  if (positional.length < 2 || positional.length + keywords.size > 3 || [...keywords.keys()].some((key) => key !== 'msg' && key !== 'message')) return null;
  const name = call.method.text;
  const equality = name === 'assertEqual' || name === 'assertIs';
  const [first, second] = positional;
  const shown = `${name}(${describe(first, context)}, ${describe(second, context)})`;
  const pick = (type: string) => (second.type === type ? 1 : first.type === type ? 0 : -1);

  const noneIndex = pick('none');
  if (noneIndex !== -1) {
    return withoutArgument(call, noneIndex, 'TM102', equality ? 'assertIsNone' : 'assertIsNotNone', 'safe', `${shown} → ${equality ? 'assertIsNone' : 'assertIsNotNone'}`, context, framework);
  }
  const boolIndex = equality ? [1, 0].find((index) => positional[index].type === 'true' || positional[index].type === 'false') ?? -1 : -1;
  if (boolIndex !== -1) {
    const target = positional[boolIndex].type === 'true' ? 'assertTrue' : 'assertFalse';
    return withoutArgument(call, boolIndex, 'TM105', target, 'unsafe', `${shown} → ${target}: looser, any ${target === 'assertTrue' ? 'truthy' : 'falsy'} value passes`, context, framework);
  }
  if ((name === 'assertEqual' || name === 'assertNotEqual') && (isTypeCall(first) || isTypeCall(second))) {
    const typeCall = isTypeCall(first) ? first : second;
    if (!callsBuiltin(typeCall, context)) return { code: 'TM106', message: `${shown} left alone`, reason: shadowedReason(typeCall) };
    const target = name === 'assertEqual' ? 'assertIs' : 'assertIsNot';
    return { code: 'TM106', message: `${shown} → ${target}: types are compared by identity`, edits: [rename(call.method, target)], safety: 'safe' };
  }
  return null;
}

/** assertDictContainsSubset(sub, d) → assertEqual(d, {**d, **sub}), when d can be read twice. */
function rewriteDictSubset(call: AssertCall, context: FileContext): Rewrite | null {
  const { positional, keywords } = call.args;
  if (positional.length < 2 || positional.length > 3 || keywords.size > 0) return null;
  const [subset, dictionary] = positional;
  const message = `assertDictContainsSubset(${describe(subset, context)}, ${describe(dictionary, context)}) → assertEqual(d, {**d, **subset}); it was removed in Python 3.12`;
  if (!isPlainReference(dictionary)) {
    return { code: 'TM111', message, reason: `the rewrite reads ${describe(dictionary, context)} twice; store it in a local first` };
  }
  const between = context.source.slice(subset.endIndex, dictionary.startIndex);
  if (between.includes('#')) return { code: 'TM111', message, reason: 'a comment sits between the arguments' };
  const d = context.text(dictionary);
  return {
    code: 'TM111',
    message,
    edits: [
      rename(call.method, 'assertEqual'),
      { start: subset.startIndex, end: dictionary.endIndex, text: `${d}, {**${d}, **${context.text(subset)}}` },
    ],
    safety: 'unsafe',
  };
}

/** Renames the method and drops one argument, moving a keyword message where the target needs it. */
function withoutArgument(
  call: AssertCall,
  index: number,
  code: Code,
  target: string,
  safety: Safety,
  message: string,
  context: FileContext,
  framework: (node: Parser.SyntaxNode) => Framework,
): Rewrite {
  const drop = removeArgument(call.args.all, call.args.all.indexOf(call.args.positional[index]), context);
  if (drop === null) return { code, message, reason: 'a comment sits next to the argument that would be removed' };
  return { code, message, edits: [rename(call.method, target), drop, ...messageEdits(call, target, framework)], safety };
}

/**
 * A keyword message becomes positional when the method changes family:
 * unittest names it `msg`, testtools' assertEqual, assertIn, assertIs and
 * assertIsNone name it `message`, and both take it as the last positional
 * argument. In a class that provably derives from unittest's TestCase the
 * keyword stays. The rules only accept calls whose one keyword is the
 * message, so it is always the last argument.
 */
function messageEdits(call: AssertCall, target: string, framework: (node: Parser.SyntaxNode) => Framework): Edit[] {
  const keyword = call.args.keywords.get('msg') ?? call.args.keywords.get('message');
  if (keyword === undefined || framework(call.node) === 'unittest') return [];
  const name = keyword.childForFieldName('name')!.text;
  const mismatched = name === 'msg' ? TESTTOOLS_MESSAGE_METHODS.has(target) : !TESTTOOLS_MESSAGE_METHODS.has(target);
  return mismatched ? [{ start: keyword.startIndex, end: keyword.childForFieldName('value')!.startIndex, text: '' }] : [];
}

/** The edit that turns `a OP b` into `a, b`, keeping comments and line breaks. */
function commaFor(left: Parser.SyntaxNode, operator: Parser.SyntaxNode, right: Parser.SyntaxNode, context: FileContext): Edit {
  const kept = [context.source.slice(left.endIndex, operator.startIndex), context.source.slice(operator.endIndex, right.startIndex)].filter((gap) => /[\n#]/.test(gap));
  return { start: left.endIndex, end: right.startIndex, text: `,${kept.length > 0 ? kept.join('') : ' '}` };
}

/** Removes `OP None` (or `None OP`) from a comparison, keeping the other operand. */
function dropComparisonWithNone(operands: Parser.SyntaxNode[], noneSide: number, context: FileContext): Edit[] | null {
  const [start, end] = noneSide === 1 ? [operands[0].endIndex, operands[1].endIndex] : [operands[0].startIndex, operands[1].startIndex];
  return context.source.slice(start, end).includes('#') ? null : [{ start, end, text: '' }];
}

/** Removes `isinstance(` and its `)` (with a trailing comma), so its two arguments become the call's. */
function unwrapIsinstance(call: Parser.SyntaxNode, context: FileContext): Edit[] | null {
  const list = call.childForFieldName('arguments')!;
  const last = readArguments(list).all.at(-1)!;
  const tail = context.source.slice(last.endIndex, list.endIndex);
  const close = tail.includes(',') ? { start: last.endIndex, end: list.endIndex, text: '' } : { start: list.endIndex - 1, end: list.endIndex, text: '' };
  if (context.source.slice(close.start, close.end).includes('#')) return null;
  return [{ start: call.startIndex, end: list.startIndex + 1, text: '' }, close];
}

/** `((expr))` → expr, with the edits that drop the parentheses (null if comments are in them). */
function unwrapParentheses(node: Parser.SyntaxNode, context: FileContext): { inner: Parser.SyntaxNode; edits: Edit[] | null } {
  let inner = node;
  while (inner.type === 'parenthesized_expression' && inner.namedChildren.length === 1) inner = inner.namedChildren[0];
  if (inner === node) return { inner, edits: [] };
  const edits = [
    { start: node.startIndex, end: inner.startIndex, text: '' },
    { start: inner.endIndex, end: node.endIndex, text: '' },
  ];
  return { inner, edits: edits.some((edit) => context.source.slice(edit.start, edit.end).includes('#')) ? null : edits };
}

/** Removes one argument and the comma before it (after it, for the first), keeping the line breaks of the rest. */
function removeArgument(all: Parser.SyntaxNode[], index: number, context: FileContext): Edit | null {
  const argument = all[index];
  const [start, end] = index > 0 ? [all[index - 1].endIndex, argument.endIndex] : [argument.startIndex, all[1].startIndex];
  return context.source.slice(start, end).includes('#') ? null : { start, end, text: '' };
}

function rename(method: Parser.SyntaxNode, name: string): Edit {
  return { start: method.startIndex, end: method.endIndex, text: name };
}

function renamedTo(edits: readonly Edit[], method: Parser.SyntaxNode): string | null {
  return edits.find((edit) => edit.start === method.startIndex && edit.end === method.endIndex)?.text ?? null;
}

function isIsinstanceCall(node: Parser.SyntaxNode): boolean {
  if (node.type !== 'call' || node.childForFieldName('function')?.text !== 'isinstance') return false;
  const list = node.childForFieldName('arguments');
  if (list?.type !== 'argument_list') return false;
  const args = readArguments(list);
  return args.positional.length === 2 && args.all.length === 2;
}

/** Whether a call's function is the builtin its name spells, not a name the module binds (a parameter called type). */
function callsBuiltin(call: Parser.SyntaxNode, context: FileContext): boolean {
  const callee = call.childForFieldName('function');
  if (callee === null) return false;
  // A name the module never binds is the builtin, and so is one bound only as the parameter of functions
  // elsewhere (def f(self, type=None)); only other bindings need the scopes.
  if (callee.type === 'identifier') {
    const { rootNode } = context.tree;
    if (!isNameBound(rootNode, context.source, callee.text)) return true;
    const binders = parameterOnlyBinders(rootNode, context.source, callee.text);
    if (binders !== null && !binders.some((binder) => within(callee, binder))) return true;
  }
  return context.scopes().referenceAt(callee)?.binding === null;
}

function shadowedReason(call: Parser.SyntaxNode): string {
  const name = call.childForFieldName('function')!.text;
  return `${name} here is a name the code binds, not the builtin ${name}()`;
}

function isTypeCall(node: Parser.SyntaxNode): boolean {
  if (node.type !== 'call' || node.childForFieldName('function')?.text !== 'type') return false;
  const list = node.childForFieldName('arguments');
  return list?.type === 'argument_list' && readArguments(list).all.length === 1;
}

/** The operands of a comparison (its comments left out) and its operators, in order. */
interface ComparisonParts {
  readonly operands: Parser.SyntaxNode[];
  readonly operators: Parser.SyntaxNode[];
}

function comparisonParts(comparison: Parser.SyntaxNode): ComparisonParts {
  // One read of the children: each read hands out a new object for every node.
  const children = comparison.children;
  return { operands: children.filter((child) => child.isNamed && child.type !== 'comment'), operators: children.filter((child) => !child.isNamed) };
}

/** Whether a comparison is `x == None`, `None is not x` and the like, which become assertIsNone or assertIsNotNone. */
function comparesWithNone({ operands, operators }: ComparisonParts): boolean {
  return operands.length === 2 && ['==', '!=', 'is', 'is not'].includes(operators[0].type) && operands.some((o) => o.type === 'none');
}

function hasComparableOperand(node: Parser.SyntaxNode): boolean {
  return node.namedChildren.some((child) => child.type === 'comparison_operator' || isIsinstanceCall(child) || (child.type === 'boolean_operator' && hasComparableOperand(child)));
}

/** A name or a chain of attributes: reading it twice is the same as once. */
function isPlainReference(node: Parser.SyntaxNode): boolean {
  if (node.type === 'identifier') return true;
  return node.type === 'attribute' && isPlainReference(node.childForFieldName('object')!);
}

/** A short rendering of an expression for a report line. */
function describe(node: Parser.SyntaxNode, context: FileContext): string {
  const text = context.text(node).replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Why a call to a deprecated name must keep it, or null: a test (or its
 * class, or a helper) that is named after the name or whose docstring names
 * it exists to exercise it, and so does a call under a check of the
 * deprecation warning (`with self.assertWarns(DeprecationWarning):`).
 */
function exercisedBy(call: AssertCall, context: FileContext): string | null {
  const name = call.method.text;
  for (let at = call.node.parent; at !== null; at = at.parent) {
    if (at.type === 'with_statement') {
      const body = at.childForFieldName('body');
      const clause = context.source.slice(at.startIndex, body?.startIndex ?? at.endIndex).replace(/\s+/g, ' ').replace(/:\s*$/, '');
      if (body !== null && call.node.startIndex >= body.startIndex && WARNING_CHECK.test(clause)) {
        const shown = clause.length > 60 ? `${clause.slice(0, 57)}...` : clause;
        return `it runs under '${shown}', which deals with the warning ${name} gives: it exercises the deprecated name, so it keeps calling it`;
      }
    }
    if (at.type !== 'function_definition' && at.type !== 'class_definition') continue;
    const own = at.childForFieldName('name')!.text;
    const what = at.type === 'class_definition' ? `class ${own}` : /^test/.test(own) ? `test ${own}` : `${own}()`;
    if (namedAfter(own, name)) return `${what} is named after ${name}: it exists to exercise the deprecated name, so it keeps calling it`;
    if (new RegExp(`\\b${name}\\b`).test(docstringOf(at) ?? '')) return `the docstring of ${what} names ${name}: it exists to exercise the deprecated name, so it keeps calling it`;
  }
  return null;
}

/** The words of an identifier, lower-cased, split at underscores and at the humps of mixedCase: test_failIfEqual → test, fail, if, equal. */
function nameWords(identifier: string): string[] {
  return identifier
    .split('_')
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])/))
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/**
 * Whether an identifier spells a deprecated name as a run of its words, the
 * longest name that starts there: test_failIfEqual_basic names failIfEqual,
 * not failIf.
 */
function namedAfter(identifier: string, name: string): boolean {
  const words = nameWords(identifier);
  return words.some((_, start) => {
    const spelled = DEPRECATED_WORDS.filter(([, parts]) => parts.every((part, offset) => words[start + offset] === part));
    return spelled.sort((a, b) => b[1].length - a[1].length)[0]?.[0] === name;
  });
}

/** The docstring of a function or class: its body's first statement when that is a string. */
function docstringOf(definition: Parser.SyntaxNode): string | null {
  const first = definition.childForFieldName('body')?.namedChildren.find((child) => child.type !== 'comment');
  const string = first?.type === 'expression_statement' ? first.namedChildren[0] : null;
  return string?.type === 'string' ? string.text : null;
}

/** Every name the file defines with `def` or assigns at the start of a line: calls to these are not unittest's. */
function definedNames(source: string): Set<string> {
  return new Set([...source.matchAll(OWN_DEFINITIONS)].map((match) => match[1] ?? match[2]));
}

/** Which assert signatures a class's methods follow. */
type Framework = 'unittest' | 'other';

/**
 * Tells, per call, whether its class provably derives from the standard
 * library's TestCase. Anything else (testtools, oslotest, nova's test.TestCase,
 * or a base the file cannot see) counts as `other`.
 */
function memoFramework(context: FileContext): (node: Parser.SyntaxNode) => Framework {
  const root = context.tree.rootNode;
  let unittestNames: Set<string> | undefined;
  let classes: Map<string, Parser.SyntaxNode> | undefined;
  const resolve = (cls: Parser.SyntaxNode, seen: Set<Parser.SyntaxNode>): Framework => {
    const bases = cls.childForFieldName('superclasses');
    if (bases === null || seen.has(cls)) return 'other';
    seen.add(cls);
    unittestNames ??= importedFromUnittest(root);
    classes ??= new Map(root.namedChildren.filter((n) => n.type === 'class_definition').map((n) => [n.childForFieldName('name')!.text, n]));
    const verdicts = readArguments(bases).positional.map((base): Framework | 'neutral' => {
      const text = base.text;
      if (/^unittest\.(TestCase|IsolatedAsyncioTestCase)$/.test(text) || unittestNames!.has(text)) return 'unittest';
      if (text === 'object') return 'neutral';
      const local = classes!.get(text);
      return local ? resolve(local, seen) : 'other';
    });
    return verdicts.includes('unittest') && !verdicts.includes('other') ? 'unittest' : 'other';
  };
  return (node) => {
    const cls = enclosing(node, ['class_definition']);
    return cls === null ? 'other' : resolve(cls, new Set());
  };
}

/** Local names bound by `from unittest import TestCase [as X]`. */
function importedFromUnittest(root: Parser.SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const statement of root.namedChildren) {
    if (statement.type !== 'import_from_statement' || statement.childForFieldName('module_name')?.text !== 'unittest') continue;
    for (const name of statement.childrenForFieldName('name')) {
      const imported = name.type === 'aliased_import' ? name.childForFieldName('name')!.text : name.text;
      const local = name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : name.text;
      if (imported === 'TestCase' || imported === 'IsolatedAsyncioTestCase') names.add(local);
    }
  }
  return names;
}

const transform: Transform<Code> = { meta, create };
export default transform;
