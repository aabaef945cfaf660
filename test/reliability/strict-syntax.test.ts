/**
 * The files testmend may edit are those CPython compiles: the strict check
 * agrees with CPython's compile() on every case here, run through python3.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSyntaxError, findSyntaxError, parsePython } from '../../src/python/parse.js';
import { transformSource } from '../../src/core/engine.js';
import { selectTransforms } from '../../src/core/registry.js';
import { decodeSource } from '../../src/python/source.js';

/**
 * CPython's verdict on each source (or, with `files`, on each file's bytes):
 * null when it compiles, else the error's class and message.
 */
function compileAll(sources: readonly string[], files = false): (string | null)[] {
  const script = `
import json, sys, warnings
warnings.simplefilter('ignore')
out = []
for item in json.load(sys.stdin):
    try:
        source = open(item, 'rb').read() if ${files ? 'True' : 'False'} else item
        compile(source, 'case.py', 'exec', dont_inherit=True)
        out.append(None)
    except (SyntaxError, RecursionError, MemoryError, ValueError) as error:
        out.append(type(error).__name__ + ': ' + str(error))
print(json.dumps(out))
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(run.stdout);
}

const ours = (source: string): string | null => {
  const problem = findSyntaxError(source, parsePython(source));
  return problem === null ? null : describeSyntaxError(source, problem);
};

const nested = (depth: number, line: (indent: string) => string, inner = 'pass') =>
  Array.from({ length: depth }, (_, i) => line(' '.repeat(i))).join('') + `${' '.repeat(depth)}${inner}\n`;

/** Sources CPython refuses and tree-sitter reads without an error node. */
const REFUSED = [
  // statements run together, Python 2
  'from a import b as ctest import x\n',
  'class A: pass class B: pass\n',
  "print 'x'\n",
  'print x, y\n',
  'exec "code" in ns\n',
  'try:\n    pass\nexcept X, e:\n    pass\n',
  'x = `y`\n',
  'if a <> b: pass\n',
  "s = ur'abc'\n",
  'x = 0777\n',
  'x = 10L\n',
  'x = 0xFFl\n',
  'raise E, "msg"\n',
  'def f((a, b)): pass\n',
  'lambda (a, b): a\n',
  // indentation
  'if x:\n\ty = 1\n        z = 2\n',
  'if x:\n        y = 1\n\tz = 2\n',
  'if x:\n    y = 1\n  z = 2\n',
  'x = 1\n  y = 2\n',
  ' x = 1\n',
  'if True:\npass\n',
  'if x:\n    pass\n  else:\n    pass\n',
  // where statements may stand
  'return 1\n',
  'class C:\n    return 1\n',
  'for x in y:\n    pass\nbreak\n',
  'continue\n',
  'while 1:\n    def f():\n        break\n',
  'x = yield 1\n',
  'await x\n',
  'def f():\n    async with a: pass\n',
  'def f():\n    x = [await y for y in z]\n',
  'async def f():\n    x = lambda: await y\n',
  'def f():\n    x = ((yield) for x in z)\n',
  'async def f():\n    yield 1\n    return 2\n',
  'nonlocal x\n',
  'def f():\n    nonlocal x\n',
  'def f():\n    x = 1\n    global x\n',
  'def f(x):\n    global x\n',
  'def f():\n    from os import *\n',
  'import os\nfrom __future__ import division\n',
  'from __future__ import braces\n',
  'from __future__ import nonsense\n',
  'try:\n    pass\n',
  'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
  // arguments and parameters
  'def f(a, a): pass\n',
  'def f(a=1, b): pass\n',
  'def f(*, **k): pass\n',
  'def f(/, a): pass\n',
  'lambda a, a: 0\n',
  'f(a=1, a=2)\n',
  'f(a=1, 2)\n',
  'f(**a, *b)\n',
  'f(x for x in y, 1)\n',
  // targets and values
  'del f()\n',
  'with a as b + c: pass\n',
  '*a = 1\n',
  'x = *a\n',
  'a, *b, *c = d\n',
  '(a, b) += 1\n',
  '[x]: int = 1\n',
  '__debug__ = 1\n',
  'x := 1\n',
  'import a,\n',
  // literals
  "x = 'a' b'b'\n",
  "x = b'é'\n",
  "x = '\\x'\n",
  'x = 1_000_\n',
  'x = 0b12\n',
  "x = f'{x!z}'\n",
  "x = '''abc\n",
  // CPython's limits
  `x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`,
  `x = ${Array(100_000).fill('1').join(' + ')}\n`,
  `x = a${'.b'.repeat(4000)}\n`,
  nested(2000, (indent) => `${indent}if x:\n`),
  nested(21, (indent) => `${indent}for x in y:\n`),
  nested(11, (indent) => `${indent}try: pass\n${indent}except E:\n`),
];

/** Sources CPython compiles, some of them close to the cases above. */
const ACCEPTED = [
  'print >>f, x\n',
  'print (x), y\n',
  'exec("x")\n',
  'type = 1\nmatch = 2\ncase = 3\nprint(type, match, case)\n',
  'match x:\n    case {1: _, **rest}: pass\n    case [a, *b] if a: pass\n    case Point(x=0) | str() as s: pass\n',
  'x = 1if 1else 2\n',
  'f(*a, **b, c=1)\nf(a, b=1, *c)\nf(x for x in y)\n',
  'def f(a, /, b=1, *, c, **d): pass\nlambda *, a: 0\n',
  'if x := 1: pass\nwhile (y := 2): pass\nf(a := 1, b)\n',
  'del a[0], b.c, (d, e), [f]\n',
  '*a, b = c\n[*a] = b\nfor *a, b in c: pass\nx = *a, b\n',
  'def f():\n    x = [x for x in (yield)]\n    y = (await z for z in w)\n',
  'async def f():\n    async with a as b: pass\n    return [y async for y in z]\n',
  'def f():\n    def g():\n        nonlocal x\n    x = 1\n',
  'class A:\n    def f(self):\n        nonlocal __class__\n        __class__ = A\n',
  'def f():\n    \u{1d518}\u{1d52b}\u{1d526} = 1\n    return \u{1d518}\u{1d52b}\u{1d526}\n',
  "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division as d\nimport os\n",
  "x = f'{x!r:>10}' f'{x=}' f'{x:{y}}'\ny = rb'\\x' Rb'a' BR'b'\n",
  'ajoin = lambda *paths: join(*((sep,) + paths))\nh = lambda self, *args, **kwargs: g(*args, **kwargs)\n',
  'x = 1\r\ny = 2\r\n',
  'if x:\n\ty = 1\n\tz = 2\n',
  `x = ${'('.repeat(200)}1${')'.repeat(200)}\n`,
  `x = ${Array(2000).fill('1').join(' + ')}\n`,
  `x = [${Array(5000).fill('(1, 2)').join(', ')}]\n`,
  nested(99, (indent) => `${indent}if x:\n`),
  nested(20, (indent) => `${indent}for x in y:\n`),
  nested(10, (indent) => `${indent}try: pass\n${indent}except E:\n`),
];

describe('the strict check agrees with CPython', () => {
  const verdicts = compileAll([...REFUSED, ...ACCEPTED]);

  it.each(REFUSED.map((source, i) => [source.slice(0, 60), i] as const))('refuses %j, as CPython does', (_, i) => {
    expect(verdicts[i]).not.toBeNull();
    expect(ours(REFUSED[i])).not.toBeNull();
  });

  it.each(ACCEPTED.map((source, i) => [source.slice(0, 60), i] as const))('accepts %j, as CPython does', (_, i) => {
    expect(verdicts[REFUSED.length + i]).toBeNull();
    expect(ours(ACCEPTED[i])).toBeNull();
  });

  it('accepts the syntax of Python 3.12 and later that 3.11 refuses', () => {
    for (const source of ['type X[T] = list[T]\n', 'def f[T](x: T) -> T: pass\n', 'x = f"{"a"}"\n', "x = f\"{'\\n'.join(y)}\"\n"]) expect(ours(source)).toBeNull();
  });
});

describe('messages place the problem', () => {
  it.each([
    ['if x:\n\ty = 1\n        z = 2\n', 'line 3: inconsistent use of tabs and spaces in indentation'],
    [nested(2000, (indent) => `${indent}if x:\n`), 'line 101: too many levels of indentation (CPython allows 99)'],
    ["print 'x'\n", "line 1: Missing parentheses in call to 'print'. Did you mean print(...)?"],
    ['x = 1\nfrom a import b as ctest import x\n', "line 2: invalid syntax: two statements on one line need a ';' between them"],
    ['x = (\x00)\n', 'line 1: invalid non-printable character U+0000'],
  ].map(([source, message]) => [JSON.stringify(source).slice(0, 50), source, message]))('%s', (_, source, message) => {
    expect(ours(source)).toBe(message);
  });
});

describe('files CPython refuses are left as they are', () => {
  const transforms = selectTransforms([], []);
  it.each([
    "import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n        print 'done'\n",
    'import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n\tpass\n',
    `import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n        x = ${Array(100_000).fill('1').join(' + ')}\n`,
  ].map((source) => [JSON.stringify(source.split('\n')[4]).slice(0, 40), source]))('skips the file with %s', (_, source) => {
    const outcome = transformSource('test_a.py', source, { transforms, unsafe: false });
    expect(outcome.status).toBe('skipped');
    expect(outcome.output).toBe(source);
  });
});

/** CPython's own test modules, when the machine has them (Debian: libpython3.X-testsuite). */
function cpythonTestDir(): string | null {
  const run = spawnSync('/usr/bin/python3', ['-c', 'import os, test.test_grammar; print(os.path.dirname(test.test_grammar.__file__))'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** Modules that CPython compiles and tree-sitter cannot parse: refused, which is safe. */
const TREE_SITTER_LIMITS = new Set([
  // (bar.\n        baz) inside a call's parentheses, dedented
  'test_compile.py',
  // @d := null and other PEP 614 decorators
  'test_grammar.py',
]);

describe("on CPython's own test modules", () => {
  const dir = cpythonTestDir();
  it.skipIf(dir === null)(`every module CPython refuses is refused, and every module it compiles is accepted${dir === null ? " (skipped: CPython's test modules are not installed; on Debian, libpython3.X-testsuite)" : ''}`, () => {
    const files = readdirSync(dir!, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py') && !file.includes('__pycache__'));
    const verdicts = compileAll(files.map((file) => path.join(dir!, file)), true);
    const disagreements: string[] = [];
    for (const [i, file] of files.entries()) {
      let text: string;
      try {
        text = decodeSource(readFileSync(path.join(dir!, file))).text;
      } catch {
        continue;
      }
      const refused = ours(text) !== null;
      if (refused !== (verdicts[i] !== null) && !(refused && TREE_SITTER_LIMITS.has(file))) disagreements.push(`${file}: CPython ${verdicts[i] ?? 'compiles it'}; testmend ${ours(text) ?? 'accepts it'}`);
    }
    expect(files.length).toBeGreaterThan(500);
    expect(disagreements).toEqual([]);
  }, 600_000);
});
