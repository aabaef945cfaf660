/**
 * Data flow of statement ranges and per-statement effects. A range is marked
 * in the source by a `# [` comment line before its first statement and a
 * `# ]` comment line after its last; the function is the innermost one that
 * holds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { analyzeRange, type RangeFlow } from '../src/python/dataflow/index.js';
import { functionNames } from '../src/python/dataflow/occurrences.js';
import { bindsBefore } from '../src/python/dataflow/range.js';
import { alwaysBinds } from '../src/python/name-uses.js';
import { FIXTURES, ROOT } from './helpers.js';
import { statementEffects } from '../src/testing/statement-effects.js';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes, type ScopeAnalysis } from '../src/python/scope.js';

type Node = Parser.SyntaxNode;

/** The marked statements and their function. */
function marked(source: string): { analysis: ScopeAnalysis; fn: Node; statements: Node[] } {
  const tree = parsePython(source);
  const open = source.indexOf('# [');
  const close = source.indexOf('# ]');
  const firstStart = open + /^# \[\s*/.exec(source.slice(open))![0].length;
  let first = tree.rootNode.descendantForIndex(firstStart);
  while (first.parent!.type !== 'block' && first.parent!.type !== 'module') first = first.parent!;
  const block = first.parent!;
  const statements = block.namedChildren.filter((n) => n.type !== 'comment' && n.startIndex > open && n.endIndex < close);
  let fn = block;
  while (fn.type !== 'function_definition') fn = fn.parent!;
  return { analysis: analyzeScopes(tree.rootNode), fn, statements };
}

/** The flow of the marked range, with the reason (not the node) it is immovable: tree nodes do not print. */
function flow(source: string): Omit<RangeFlow, 'immovable'> & { immovable: string | null } {
  const { analysis, fn, statements } = marked(source);
  const result = analyzeRange(analysis, fn, statements);
  return { ...result, immovable: result.immovable?.reason ?? null };
}

function method(...lines: string[]): string {
  return ['class T(object):', '    def test(self, a, b):', ...lines.map((line) => `        ${line}`), ''].join('\n');
}

describe('analyzeRange: parameters and returns', () => {
  it('takes what the range reads before writing, and gives back what is read after it', () => {
    const result = flow(method('x = a + 1', 'y = 2', '# [', 'z = x + y', 'w = z * b', 'unused = 3', '# ]', 'print(w)'));
    expect(result).toEqual({ parameters: ['x', 'y', 'b'], returns: ['w'], immovable: null });
  });

  it('leaves out names bound in the range before their use, and self', () => {
    const result = flow(method('# [', 'server = self.boot(a)', 'self.check(server)', 'for item in server.items:', '    print(item, b)', '# ]'));
    expect(result).toEqual({ parameters: ['a', 'b'], returns: [], immovable: null });
  });

  it('takes a name bound on only some paths before its use in the range', () => {
    const result = flow(method('x = 0', '# [', 'if a:', '    x = 1', 'print(x)', 'y = 1', '# ]', 'print(y)'));
    expect(result).toEqual({ parameters: ['a', 'x'], returns: ['y'], immovable: null });
  });

  it('counts definitions, imports and with targets as binding their names', () => {
    const result = flow(method('# [', 'class C(object):', '    pass', 'def f():', '    pass', 'import os.path as p', 'with a as w:', '    pass', '# ]', 'print(C, f, p, w)'));
    expect(result).toEqual({ parameters: ['a'], returns: ['C', 'f', 'p', 'w'], immovable: null });
  });

  it('does not take a name bound on every path before its use', () => {
    const result = flow(method('x = 0', '# [', 'if a:', '    x = 1', 'else:', '    x = 2', 'print(x)', '# ]'));
    expect(result.parameters).toEqual(['a']);
  });

  it('gives back loop-carried names of an enclosing loop', () => {
    const source = ['def f(items):', '    total = 0', '    for item in items:', '        # [', '        value = item * 2', '        total = total + value', '        seen = value', '        # ]', '    return total', ''].join('\n');
    expect(flow(source)).toEqual({ parameters: ['item', 'total'], returns: ['total'], immovable: null });
  });

  it('gives back a name the range itself reads in the next iteration', () => {
    const source = ['def f(items, headers):', '    for item in items:', '        # [', "        headers['x'] = item", '        for i in item:', '            headers = dict(headers)', '        print(i)', '        # ]', '    headers = {}', '    return headers', ''].join('\n');
    expect(flow(source)).toEqual({ parameters: ['headers', 'item'], returns: ['headers'], immovable: null });
  });

  it('gives back a name read at the top of the next iteration', () => {
    const source = ['def f(n):', '    last = None', '    while n:', '        print(last)', '        # [', '        n -= 1', '        last = n', '        other = 1', '        # ]', ''].join('\n');
    expect(flow(source)).toEqual({ parameters: ['n'], returns: ['n', 'last'], immovable: null });
  });

  it('does not give back a name the method binds again before reading it', () => {
    const result = flow(method('for s in a:', '    # [', '    path = s.a', '    print(path)', '    b(path)', '    # ]', '    path = s.b', '    print(path)'));
    expect(result).toEqual({ parameters: ['s', 'b'], returns: [], immovable: null });
    const later = flow(method('for s in a:', '    path = s.b', '    print(path)', '    # [', '    path = s.a', '    print(path)', '    b(path)', '    # ]'));
    expect(later.returns).toEqual([]);
    const carried = flow(method('for s in a:', '    print(path)', '    path = s.b', '    # [', '    path = s.a', '    print(path)', '    b(path)', '    # ]'));
    expect(carried.returns).toEqual(['path']);
    const looped = flow(method('# [', 'path = a', 'print(path)', 'b(path)', '# ]', 'for path in b:', '    print(path)'));
    expect(looped.returns).toEqual([]);
    const conditional = flow(method('# [', 'path = a', 'print(path)', 'b(path)', '# ]', 'if b:', '    path = 2', 'print(path)'));
    expect(conditional.returns).toEqual(['path']);
  });

  it('counts reads in closures, comprehensions and lambdas', () => {
    const result = flow(method('# [', 'ids = [s.id for s in a if s.name == b]', 'key = lambda s: s.id in ids', '# ]', 'callback = lambda: key'));
    expect(result).toEqual({ parameters: ['a', 'b'], returns: ['key'], immovable: null });
  });

  it('gives back a name a closure defined after the range reads', () => {
    const result = flow(method('status = None', '# [', 'status = a.status', 'other = 1', 'third = 2', '# ]', 'check = lambda: status', 'check()'));
    expect(result.returns).toEqual(['status']);
  });

  it('leaves a range binding a name that a closure defined before it reads, since the closure may run during the range', () => {
    const result = flow(method('status = None', 'check = lambda: status', '# [', 'status = a.status', 'other = 1', 'third = 2', '# ]', 'check()'));
    expect(result.immovable).toBe('status is read by the function at line 4, which can run while the block runs and would not see the status of a helper');
  });

  it('passes in a returned name the range binds on some paths only, when it had a value before', () => {
    const result = flow(method('host = None', '# [', 'if a:', '    host = b', 'print(1)', '# ]', 'print(host)'));
    expect(result).toEqual({ parameters: ['a', 'b', 'host'], returns: ['host'], immovable: null });
  });

  it('returns nothing when the range ends with a return', () => {
    const result = flow(method('# [', 'x = a', 'y = b', 'return x + y', '# ]'));
    expect(result).toEqual({ parameters: ['a', 'b'], returns: [], immovable: null });
  });

  it('does not count names of nested scopes or globals', () => {
    const result = flow(['import os', 'def f(p):', '    # [', '    def inner(q):', '        r = q', '        return r', '    path = os.path.join(p, inner(1))', '    # ]', '    return path', ''].join('\n'));
    expect(result).toEqual({ parameters: ['p'], returns: ['path'], immovable: null });
  });
});

describe('analyzeRange: immovable ranges', () => {
  const reasonOf = (source: string) => flow(source).immovable;

  it('refuses a return before the end', () => {
    expect(reasonOf(method('# [', 'if a:', '    return 1', 'x = 2', '# ]'))).toMatch(/return at line 5 leaves the method/);
    expect(reasonOf(method('# [', 'x = 2', 'return x', 'y = 3', '# ]'))).toMatch(/return at line 5 leaves the method/);
  });

  it('refuses yield and await', () => {
    expect(reasonOf(method('# [', 'x = 1', 'yield x', '# ]'))).toMatch(/yield at line 5/);
    expect(reasonOf(['async def f(c):', '    # [', '    x = await c', '    # ]', ''].join('\n'))).toMatch(/await/);
  });

  it('refuses async for and async with', () => {
    expect(reasonOf(['async def f(c):', '    # [', '    async for x in c:', '        print(x)', '    # ]', ''].join('\n'))).toMatch(/async for at line 3/);
    expect(reasonOf(['async def f(c):', '    # [', '    async with c as x:', '        print(x)', '    # ]', ''].join('\n'))).toMatch(/async with at line 3/);
  });

  it('allows yield and return inside a nested function', () => {
    expect(flow(method('# [', 'def gen():', '    yield 1', '    return', 'x = list(gen())', '# ]', 'print(x)')).immovable).toBeNull();
    expect(flow(method('# [', 'class Gen:', '    def __iter__(self):', '        yield (lambda: (yield))', 'x = list(Gen())', '# ]', 'print(x)')).immovable).toBeNull();
  });

  it('checks the decorators of a nested function as code of the range', () => {
    expect(reasonOf(['class T(Base):', '    def setUp(self):', '        # [', '        @wrap(super().setUp())', '        def inner():', '            pass', '        x = 1', '        # ]', ''].join('\n'))).toMatch(/super\(\)\.setUp\(\) call/);
  });

  it('answers for each range of a function as when that range is the first one asked about', () => {
    const source = method('x = 1', 'for item in a:', '    if item:', '        return x', '    y = item', 'def inner():', '    yield y', 'z = [v async for v in b]', 'print(x, y, z)');
    /** Every run of consecutive statements of every block of the method, by where they are. */
    const rangesOf = (fn: Node) =>
      [fn.childForFieldName('body')!, ...fn.childForFieldName('body')!.descendantsOfType('block')].flatMap((block) => {
        const statements = block.namedChildren.filter((n) => n.type !== 'comment');
        return statements.flatMap((_, from) => statements.slice(from).map((__, length) => statements.slice(from, from + length + 1)));
      });
    const methodOf = (tree: Parser.Tree) => tree.rootNode.descendantsOfType('function_definition')[0];
    const answer = (result: RangeFlow) => ({ ...result, immovable: result.immovable?.reason ?? null });
    const tree = parsePython(source);
    const analysis = analyzeScopes(tree.rootNode);
    const ranges = rangesOf(methodOf(tree));
    expect(ranges.length).toBeGreaterThan(20);
    const shared = ranges.map((statements) => answer(analyzeRange(analysis, methodOf(tree), statements)));
    const fresh = ranges.map((_, index) => {
      const again = parsePython(source);
      return answer(analyzeRange(analyzeScopes(again.rootNode), methodOf(again), rangesOf(methodOf(again))[index]));
    });
    expect(shared).toEqual(fresh);
  });

  it('refuses break and continue of a loop outside the range, not inside', () => {
    const outer = ['def f(items):', '    for item in items:', '        # [', '        if item:', '            break', '        x = 1', '        # ]', ''].join('\n');
    expect(reasonOf(outer)).toMatch(/break at line 5 belongs to a loop outside the block/);
    const direct = ['def f(items):', '    for item in items:', '        # [', '        x = 1', '        break', '        # ]', ''].join('\n');
    expect(reasonOf(direct)).toMatch(/break at line 5 belongs to a loop outside the block/);
    expect(flow(method('# [', 'for x in a:', '    if x:', '        continue', '    print(x)', '# ]')).immovable).toBeNull();
  });

  it('refuses half a block', () => {
    const { analysis, fn, statements } = marked(method('# [', 'x = 1', 'y = 2', 'z = 3', '# ]'));
    expect(analyzeRange(analysis, fn, [statements[0], statements[2]]).immovable?.reason).toMatch(/half a block/);
  });

  it('refuses global and nonlocal, and names the method declares global', () => {
    expect(reasonOf(method('# [', 'global COUNT', 'COUNT = 1', '# ]'))).toMatch(/global declaration at line 4/);
    expect(reasonOf(method('# [', 'def bump():', '    global COUNT', '    COUNT += 1', 'bump()', '# ]'))).toMatch(/global declaration at line 5/);
    expect(reasonOf(method('global COUNT', '# [', 'COUNT = a', '# ]'))).toMatch(/COUNT is declared global or nonlocal/);
  });

  it('refuses del of a name bound before the range, but not of one bound in it', () => {
    expect(reasonOf(method('x = 1', '# [', 'del x', '# ]'))).toMatch(/del x at line 5/);
    expect(flow(method('# [', 'x = 1', 'del x', '# ]')).immovable).toBeNull();
  });

  it('refuses a method that reads its variables by name', () => {
    expect(reasonOf(method('# [', 'x = 1', '# ]', "print('%(x)s' % locals())"))).toMatch(/reads its variables by name/);
  });

  it('refuses the super().setUp() call', () => {
    const source = ['class T(object):', '    def setUp(self):', '        # [', '        super(T, self).setUp()', '        self.x = 1', '        # ]', ''].join('\n');
    expect(reasonOf(source)).toMatch(/super\(T,self\)\.setUp\(\) call must stay/);
  });

  it('refuses a use of mocks a patch decorator passes by position', () => {
    const source = ['class T(object):', "    @mock.patch('a.b', new=None)", "    @mock.patch.object(a, 'c')", "    @mock.patch('a.d')", '    def test(self, mock_d, mock_c):', '        # [', '        mock_c.return_value = 1', '        # ]', ''].join('\n');
    expect(reasonOf(source)).toMatch(/mock_c is a mock that a patch decorator passes by position/);
  });

  it('refuses a name bound on some paths only and read after the range', () => {
    expect(reasonOf(method('# [', 'if a:', '    host = b', '# ]', 'print(host)'))).toMatch(/host is bound on some paths/);
  });

  it('refuses to return a name when an enclosing try or assertRaises catches what the range raises', () => {
    expect(reasonOf(method('try:', '    # [', '    x = a()', '    b(x)', '    # ]', 'except ValueError:', '    pass', 'print(x)'))).toMatch(/^x is read after the block, and an exception in it that the try at line 3 catches/);
    expect(reasonOf(method('with self.assertRaises(ValueError):', '    # [', '    x = a()', '    b(x)', '    # ]', 'print(x)'))).toMatch(/the with self.assertRaises at line 3 catches/);
    expect(flow(method('with self.assertRaises(ValueError):', '    # [', '    x = a()', '    b(x)', '    # ]')).immovable).toBeNull();
    expect(flow(method('with mock.patch(a):', '    # [', '    x = a()', '    b(x)', '    # ]', 'print(x)')).immovable).toBeNull();
  });

  it('refuses a closure that reads a name the method rebinds after the range', () => {
    expect(reasonOf(method('# [', 'x = 1', 'f = lambda: x', '# ]', 'x = 2', 'f()'))).toMatch(/reads x, which the method rebinds/);
  });

  it('refuses a range that rebinds self', () => {
    expect(reasonOf(method('# [', 'self = a', '# ]'))).toMatch(/rebinds self/);
  });
});

describe('statementEffects', () => {
  const effectsOf = (source: string) => {
    const { analysis, fn, statements } = marked(source);
    const [effects] = statementEffects(analysis, fn, [statements[0]]);
    return { ...effects, reads: [...effects.reads], writes: [...effects.writes], selfReads: [...effects.selfReads], selfWrites: [...effects.selfWrites] };
  };

  it('reads and writes locals and self attributes', () => {
    expect(effectsOf(method('# [', 'self.server, count = self.api.boot(a, self.flavor)', '# ]'))).toEqual({
      reads: ['a'],
      writes: ['count'],
      selfReads: ['api', 'flavor'],
      selfWrites: ['server', 'api'],
      mayMutateSelf: false,
    });
  });

  it('counts self attributes bound by with-as and starred targets as writes', () => {
    expect(effectsOf(method('# [', 'with open(a) as self.f:', '    pass', '# ]')).selfWrites).toEqual(['f']);
    expect(effectsOf(method('# [', 'x, *self.rest = a', '# ]')).selfWrites).toEqual(['rest']);
  });

  it('counts in-place changes of self attributes as writes', () => {
    const effects = effectsOf(method('# [', "self.calls['x'] += a", '# ]'));
    expect(effects.selfWrites).toEqual(['calls']);
    expect(effects.selfReads).toEqual(['calls']);
  });

  it('says a method call on self may change any state, an assertion may not', () => {
    expect(effectsOf(method('# [', 'self._reboot(a)', '# ]')).mayMutateSelf).toBe(true);
    expect(effectsOf(method('# [', 'helper(self)', '# ]')).mayMutateSelf).toBe(true);
    const check = effectsOf(method('# [', 'self.assertEqual(a, self.status)', '# ]'));
    expect(check).toMatchObject({ reads: ['a'], selfReads: ['assertEqual', 'status'], selfWrites: [], mayMutateSelf: false });
    expect(effectsOf(method('# [', 'self.failover_port(a)', '# ]')).mayMutateSelf).toBe(true);
  });

  it('does not count names the statement binds before reading', () => {
    expect(effectsOf(method('# [', 'for s in a:', '    total = s', '    print(total)', '# ]'))).toMatchObject({ reads: ['a'], writes: ['s', 'total'] });
  });
});

describe('bindsBefore', () => {
  it('answers as alwaysBinds does for every run of statements that starts a block, in every function of the extract-helpers and split-tests fixtures and the examples', () => {
    const files = [path.join(FIXTURES, 'extract-helpers'), path.join(FIXTURES, 'split-tests'), path.join(ROOT, 'examples')].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py')).map((file) => path.join(dir, file)));
    let asked = 0;
    for (const file of files) {
      const tree = parsePython(readFileSync(file, 'utf8'));
      const analysis = analyzeScopes(tree.rootNode);
      for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
        const names = functionNames(analysis, fn);
        const spelled = [...new Set(names.locals.map((use) => use.name))];
        for (const block of [fn.childForFieldName('body')!, ...fn.childForFieldName('body')!.descendantsOfType('block')]) {
          const statements = block.namedChildren.filter((n) => n.type !== 'comment');
          if (statements.length === 0) continue;
          const binds = bindsBefore(names, statements);
          for (const name of spelled) {
            for (let index = 0; index <= statements.length; index++) {
              expect(binds(index, name), `${file}: ${name} before statement ${index} at line ${statements[0].startPosition.row + 1}`).toBe(alwaysBinds(statements.slice(0, index), name));
              asked++;
            }
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });
});
