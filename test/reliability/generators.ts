/**
 * Python test modules for property tests: generated from the shapes
 * reviews ask about (weak assertions, sleeps, mixed naming, deep blocks,
 * missing docstrings, loose spacing), and mutated the ways edits go wrong
 * (a character lost or added, a line dropped, doubled or swapped, a tab).
 */
import fc from 'fast-check';

const NAMES = ['server', 'serverName', 'flavor_ref', 'imageRef', 'result', 'vol_id', 'count', 'items'];
const VALUES = ['1', '2', 'None', 'True', "'active'", '[]', 'self.api.get(x)', 'len(items)', '{}'];

const name = fc.constantFrom(...NAMES);
const value = fc.oneof(name, fc.constantFrom(...VALUES));

/** One simple statement, at `indent`. */
const simple = fc.oneof(
  fc.tuple(value, value, fc.constantFrom('==', '!=', 'in', 'not in', 'is', 'is not', '<', '>=')).map(([a, b, op]) => `self.assertTrue(${a} ${op} ${b})`),
  fc.tuple(value, value).map(([a, b]) => `self.assertFalse(${a} == ${b})`),
  fc.tuple(value, fc.constantFrom('None', 'True', 'False')).map(([a, b]) => `self.assertEqual(${a}, ${b})`),
  fc.tuple(value, value).map(([a, b]) => `self.assertEquals(${a}, ${b})`),
  value.map((a) => `self.assertTrue(isinstance(${a}, int))`),
  fc.tuple(name, value).map(([n, v]) => `${n} = ${v}`),
  fc.tuple(name, value).map(([n, v]) => `${n}=${v}`),
  fc.tuple(name, value).map(([n, v]) => `${n} = ${v}  # keep`),
  fc.tuple(name, value).map(([n, v]) => `self.api.update( ${n},key = ${v} )`),
  fc.constantFrom('time.sleep(1)', 'pass', '# check the server', 'x = [ 1,2 ]', 'print(x)', 'return'),
);

interface Block {
  readonly header: string;
  readonly body: readonly (string | Block)[];
}

const block: fc.Arbitrary<Block> = fc.letrec<{ block: Block; item: string | Block }>((tie) => ({
  block: fc.record({
    header: fc.oneof(
      name.map((n) => `if ${n}:`),
      name.map((n) => `for ${n} in items:`),
      fc.constant('with self.lock:'),
      fc.constant('try:'),
      fc.constant('while True:'),
    ),
    body: fc.array(tie('item'), { minLength: 1, maxLength: 4 }),
  }),
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, simple, simple, tie('block')),
})).block;

/** A polling loop sleep-to-wait rewrites. */
const pollingLoop = fc.tuple(name, fc.integer({ min: 2, max: 20 })).map(
  ([n, tries]) =>
    `for _ in range(${tries}):\n    ${n} = self.api.get('s1')\n    if ${n}['status'] == 'ACTIVE':\n        break\n    time.sleep(0.5)\nelse:\n    self.fail('timed out')`,
);

function render(item: string | Block, indent: string): string {
  if (typeof item === 'string') return item.split('\n').map((line) => `${indent}${line}`).join('\n');
  const body = item.body.map((child) => render(child, `${indent}    `)).join('\n');
  const tail = item.header === 'try:' ? `\n${indent}except ValueError:\n${indent}    pass` : item.header === 'while True:' ? `\n${indent}    break` : '';
  return `${indent}${item.header}\n${body}${tail}`;
}

const method = fc
  .record({
    name: fc.constantFrom('test_create', 'testDelete', 'test_resize_server', 'testBootFromVolume', 'test_list', '_helperMethod'),
    docstring: fc.boolean(),
    comment: fc.boolean(),
    body: fc.array(fc.oneof(simple, block, pollingLoop), { minLength: 1, maxLength: 6 }),
  })
  .map(({ name: methodName, docstring, comment, body }) =>
    [
      `    def ${methodName}(self):`,
      ...(docstring ? ['        """Check the server."""'] : []),
      ...(comment ? ['        # Boot a server and check it becomes active.'] : []),
      ...body.map((item) => render(item, '        ')),
    ].join('\n'),
  );

/** A whole test module, unittest style. */
export const testModule: fc.Arbitrary<string> = fc
  .record({
    methods: fc.uniqueArray(method, { minLength: 1, maxLength: 4, selector: (text) => text.split('(')[0] }),
    helper: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ methods, helper, crlf }) => {
    const text = [
      'import time',
      'import unittest',
      '',
      ...(helper ? ['', 'def makeServer(api, serverName):', '    return api.create(serverName)', ''] : []),
      '',
      'class ServerTest(unittest.TestCase):',
      '',
      '    def setUp(self):',
      '        self.api = None',
      '',
      methods.join('\n\n'),
      '',
    ].join('\n');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

/** How a mutation changes a text: at a place (a fraction of its length) with a payload. */
interface Mutation {
  readonly kind: 'delete' | 'insert' | 'drop-line' | 'double-line' | 'swap-lines' | 'indent-line';
  readonly at: number;
  readonly payload: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'drop-line', 'double-line', 'swap-lines', 'indent-line'),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  payload: fc.constantFrom('(', ')', ':', ',', ' ', '\t', '    ', 'print ', "'", '"', '=', '\n', '#', 'lambda ', 'yield ', 'return ', '*', '[', ']', '.', 'x'),
});

/** Applies mutations in turn, each at its place in the text as it then is. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split('\n');
    const at = Math.floor(m.at * out.length);
    const line = Math.floor(m.at * lines.length);
    switch (m.kind) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + 1);
        break;
      case 'insert':
        out = out.slice(0, at) + m.payload + out.slice(at);
        break;
      case 'drop-line':
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      case 'double-line':
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 'swap-lines':
        if (line + 1 < lines.length) [lines[line], lines[line + 1]] = [lines[line + 1], lines[line]];
        out = lines.join('\n');
        break;
      case 'indent-line':
        lines[line] = `${m.payload === '\t' ? '\t' : '  '}${lines[line] ?? ''}`;
        out = lines.join('\n');
        break;
    }
  }
  return out;
}

/** A test module, mutated or not: most samples have from one to three mutations. */
export const mutatedModule: fc.Arbitrary<string> = fc
  .tuple(testModule, fc.array(mutation, { maxLength: 3 }))
  .map(([text, mutations]) => mutate(text, mutations));

/** Mutations of a given text. */
export function mutantsOf(text: string): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => mutate(text, mutations));
}
