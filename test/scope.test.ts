/** The scope analysis resolves names the way CPython does. */
import { readFileSync } from 'node:fs';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { isNameBound, nameRole, parameterOnlyBinders, sameNode } from '../src/python/name-uses.js';
import { analyzeScopes, type BindingKind, type Reference, type Scope, type ScopeAnalysis } from '../src/python/scope.js';
import { fixtureCases } from './helpers.js';

function analyze(source: string): ScopeAnalysis {
  return analyzeScopes(parsePython(source).rootNode);
}

/** The identifier nodes spelled `name`, in source order. */
function identifiers(analysis: ScopeAnalysis, name: string): Parser.SyntaxNode[] {
  return analysis.module.node.descendantsOfType('identifier').filter((id) => id.text === name);
}

/** The references spelled `name`, in source order. */
function refs(analysis: ScopeAnalysis, name: string): Reference[] {
  return identifiers(analysis, name).flatMap((id) => analysis.referenceAt(id) ?? []);
}

/** Where each occurrence of `name` binds, as `scope-name:role` (the module is `<module>`). */
function resolved(analysis: ScopeAnalysis, name: string): string[] {
  return refs(analysis, name).map((r) => `${r.binding ? label(r.binding.scope) : 'null'}:${r.role}`);
}

function label(scope: Scope): string {
  return scope.name ?? `<${scope.kind}>`;
}

function scopeNamed(analysis: ScopeAnalysis, name: string): Scope {
  return analysis.scopes.find((s) => s.name === name)!;
}

describe('analyzeScopes', () => {
  it('builds module, class, function, lambda and comprehension scopes, nested as written', () => {
    const a = analyze('class A:\n    def m(self):\n        f = lambda x: [y for y in x]\n');
    expect(a.scopes.map((s) => s.kind)).toEqual(['module', 'class', 'function', 'lambda', 'comprehension']);
    expect(a.scopes.map((s) => s.parent && label(s.parent))).toEqual([null, '<module>', 'A', 'm', '<lambda>']);
    expect(a.module.children.map(label)).toEqual(['A']);
  });

  it('binds parameters of every kind, in defs and lambdas', () => {
    const a = analyze('def f(a, b: int, c=1, d: int = 2, /, *args: int, e, g=3, **kw: str):\n    pass\nh = lambda p, *q, r=1, **s: p\n');
    expect([...scopeNamed(a, 'f').bindings.keys()]).toEqual(['a', 'b', 'c', 'd', 'args', 'e', 'g', 'kw']);
    for (const binding of scopeNamed(a, 'f').bindings.values()) expect([...binding.kinds]).toEqual(['parameter']);
    const lambda = a.scopes.find((s) => s.kind === 'lambda')!;
    expect([...lambda.bindings.keys()]).toEqual(['p', 'q', 'r', 's']);
    expect(resolved(a, 'int')).toEqual(['null:read', 'null:read', 'null:read']);
  });

  it('puts defaults, annotations, decorators and the def name in the enclosing scope', () => {
    const a = analyze('x = 1\ndef deco(f): return f\n@deco\ndef f(x=x, y: x = x) -> x:\n    return x\n');
    expect(resolved(a, 'x')).toEqual(['<module>:bind', 'f:bind', '<module>:read', '<module>:read', '<module>:read', '<module>:read', 'f:read']);
    expect(a.module.bindings.get('f')!.kinds).toEqual(new Set(['function']));
    expect(label(a.scopeOf(identifiers(a, 'deco')[1]))).toBe('<module>');
  });

  it('gives a lambda in a default the enclosing scope as parent', () => {
    const a = analyze('y = 1\ndef f(x=lambda: y):\n    y = 2\n');
    const lambda = a.scopes.find((s) => s.kind === 'lambda')!;
    expect(label(lambda.parent!)).toBe('<module>');
    expect(resolved(a, 'y')).toEqual(['<module>:bind', '<module>:read', 'f:bind']);
  });

  it('resolves closures to the enclosing function', () => {
    const a = analyze('def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n');
    expect(resolved(a, 'v')).toEqual(['outer:bind', 'outer:read']);
    const binding = scopeNamed(a, 'outer').bindings.get('v')!;
    expect(binding.references.map((r) => label(r.scope))).toEqual(['outer', 'inner']);
    expect(binding.definitions).toHaveLength(1);
  });

  it('does not let a class body enclose its methods or comprehensions', () => {
    const source = [
      'size = 0',
      'class A:',
      '    size = 1',
      '    items = [size for _ in range(size)]',
      '    def m(self):',
      '        return size',
      '',
    ].join('\n');
    const a = analyze(source);
    expect(resolved(a, 'size')).toEqual(['<module>:bind', 'A:bind', '<module>:read', 'A:read', '<module>:read']);
  });

  it('lets a class body see the enclosing function', () => {
    const a = analyze('def f():\n    v = 1\n    class A:\n        w = v\n    return A\n');
    expect(resolved(a, 'v')).toEqual(['f:bind', 'f:read']);
    expect([...scopeNamed(a, 'A').bindings.keys()]).toEqual(['w']);
  });

  it('evaluates the first iterable of a comprehension in the enclosing scope', () => {
    const a = analyze('def f(x):\n    return [x for x in x if x]\n');
    expect(resolved(a, 'x')).toEqual(['f:bind', '<comprehension>:read', '<comprehension>:bind', 'f:read', '<comprehension>:read']);
  });

  it('applies global and nonlocal', () => {
    const source = [
      'count = 0',
      'def bump():',
      '    global count',
      '    count += 1',
      'def outer():',
      '    total = 0',
      '    def add():',
      '        nonlocal total',
      '        total = total + 1',
      '    add()',
      '    return total',
      '',
    ].join('\n');
    const a = analyze(source);
    expect(resolved(a, 'count')).toEqual(['<module>:bind', '<module>:declare', '<module>:update']);
    expect(resolved(a, 'total')).toEqual(['outer:bind', 'outer:declare', 'outer:bind', 'outer:read', 'outer:read']);
    expect(scopeNamed(a, 'bump').globals).toEqual(new Set(['count']));
    expect(scopeNamed(a, 'add').nonlocals).toEqual(new Set(['total']));
    expect(scopeNamed(a, 'add').bindings.size).toBe(0);
    expect(a.module.bindings.get('count')!.kinds).toEqual(new Set(['assignment', 'augmented']));
  });

  it('creates a module binding for a name only a global statement lets a function assign', () => {
    const a = analyze('def setup():\n    global CONF\n    CONF = 1\n');
    expect(resolved(a, 'CONF')).toEqual(['<module>:declare', '<module>:bind']);
  });

  it('binds a walrus in a comprehension in the enclosing function', () => {
    const a = analyze('def f(items):\n    if any((hit := i) > 2 for i in items):\n        return hit\n');
    expect(resolved(a, 'hit')).toEqual(['f:bind', 'f:read']);
    expect(label(refs(a, 'hit')[0].scope)).toBe('<comprehension>');
    expect(scopeNamed(a, 'f').bindings.get('hit')!.kinds).toEqual(new Set(['walrus']));
  });

  it('binds for, with, except, import, match, del and annotation targets', () => {
    const source = [
      'import os.path, json as j',
      'from m import x as y, z',
      'def f(v):',
      '    for i, (k, l) in v: pass',
      '    with open(v) as fh, g() as (p, q): pass',
      '    try: pass',
      '    except ValueError as err: pass',
      '    match v:',
      '        case [a1, *rest]: pass',
      '        case {"k": kv, **others}: pass',
      '        case Point(x=px) as whole: pass',
      '        case Color.RED: pass',
      '    ann: int',
      '    del v',
      '',
    ].join('\n');
    const a = analyze(source);
    expect([...a.module.bindings.keys()]).toEqual(['os', 'j', 'y', 'z', 'f']);
    const f = scopeNamed(a, 'f');
    const kinds = Object.fromEntries([...f.bindings].map(([name, b]) => [name, [...b.kinds].join('+')]));
    expect(kinds).toEqual({
      v: 'parameter+del',
      i: 'for',
      k: 'for',
      l: 'for',
      fh: 'with',
      p: 'with',
      q: 'with',
      err: 'except',
      a1: 'match',
      rest: 'match',
      kv: 'match',
      others: 'match',
      px: 'match',
      whole: 'match',
      ann: 'annotation',
    });
    expect(resolved(a, 'Point')).toEqual(['null:read']);
    expect(resolved(a, 'Color')).toEqual(['null:read']);
    expect(refs(a, 'RED')).toEqual([]);
    expect(refs(a, 'x')).toEqual([]);
    expect(refs(a, 'm')).toEqual([]);
    expect(refs(a, 'v').map((r) => r.role)).toEqual(['bind', 'read', 'read', 'read', 'update']);
  });

  it('does not count keyword arguments, attributes or strings as references', () => {
    const a = analyze('def f(timeout):\n    g(timeout=timeout, obj=self.timeout)\n    return "timeout"\n');
    expect(refs(a, 'timeout').map((r) => r.node.parent!.type)).toEqual(['parameters', 'keyword_argument']);
    expect(refs(a, 'timeout').every((r) => r.binding?.scope.name === 'f')).toBe(true);
  });

  it('gives null for builtins and undefined names, and the binding for module names', () => {
    const a = analyze('def f():\n    return len(missing)\nlen = 3\n');
    expect(resolved(a, 'missing')).toEqual(['null:read']);
    expect(resolved(a, 'len')).toEqual(['<module>:read', '<module>:bind']);
    expect(a.lookup('print', scopeNamed(a, 'f'))).toBeNull();
  });

  it('marks scopes that read names by spelling as dynamic', () => {
    const source = [
      'def fmt(name):',
      "    return '%(name)s' % locals()",
      'def ev(x):',
      "    return eval('x')",
      'def ex(x):',
      "    exec('y = x')",
      'def va(x):',
      '    return vars()',
      'def plain(obj):',
      '    return vars(obj)',
      'def inner_only():',
      '    def g():',
      '        return locals()',
      '',
    ].join('\n');
    const a = analyze(source);
    const dynamic = a.scopes.filter((s) => s.dynamic).map(label);
    expect(dynamic).toEqual(['fmt', 'ev', 'ex', 'va', 'g']);
  });

  it('marks the module dynamic when globals() is called anywhere', () => {
    expect(analyze('def f():\n    return globals()["x"]\n').module.dynamic).toBe(true);
    expect(analyze('def f():\n    return 1\n').module.dynamic).toBe(false);
  });

  it('marks a scope with a star import', () => {
    const a = analyze('from os.path import *\ndef f():\n    from json import *\n');
    expect(a.scopes.filter((s) => s.starImport).map(label)).toEqual(['<module>', 'f']);
  });

  it('finds the scope of any node, and of a def header in the enclosing scope', () => {
    const a = analyze('class A:\n    def m(self, x=default):\n        return x + 1\n');
    const call = a.module.node.descendantsOfType('binary_operator')[0];
    expect(label(a.scopeOf(call))).toBe('m');
    expect(label(a.scopeOf(identifiers(a, 'default')[0]))).toBe('A');
    expect(label(a.scopeOf(identifiers(a, 'm')[0]))).toBe('A');
    expect(label(a.scopeOf(identifiers(a, 'self')[0]))).toBe('m');
  });

  it('lists method and attribute bindings of a class body', () => {
    const a = analyze('class A(Base):\n    timeout = 3\n    def setUp(self):\n        pass\n    @property\n    def size(self):\n        return 1\n');
    const cls = scopeNamed(a, 'A');
    expect(Object.fromEntries([...cls.bindings].map(([name, b]) => [name, [...b.kinds]]))).toEqual({
      timeout: ['assignment'],
      setUp: ['function'],
      size: ['function'],
    });
    expect(resolved(a, 'Base')).toEqual(['null:read']);
    expect(resolved(a, 'property')).toEqual(['null:read']);
  });

  it('keeps references in source order per scope and per binding', () => {
    const a = analyze('def f(a):\n    b = a\n    a = b + a\n    return a\n');
    const f = scopeNamed(a, 'f');
    expect(f.references.map((r) => `${r.name}:${r.role}`)).toEqual(['a:bind', 'b:bind', 'a:read', 'a:bind', 'b:read', 'a:read', 'a:read']);
    expect(f.bindings.get('a')!.references.map((r) => r.node.startIndex)).toEqual(
      [...f.bindings.get('a')!.references.map((r) => r.node.startIndex)].sort((x, y) => x - y),
    );
    expect(f.bindings.get('a')!.definitions.map((r) => r.role)).toEqual(['bind', 'bind']);
  });
});

describe('analyzeScopes on tricky shapes', () => {
  it('scopes nested comprehensions: each first iterable in the scope around it', () => {
    const a = analyze('def f(rows):\n    return [[c for c in r if c] for r in rows if r]\n');
    expect(resolved(a, 'rows')).toEqual(['f:bind', 'f:read']);
    expect(resolved(a, 'r')).toEqual(['<comprehension>:read', '<comprehension>:bind', '<comprehension>:read']);
    const [outer, inner] = a.scopes.filter((s) => s.kind === 'comprehension');
    expect(inner.parent === outer).toBe(true);
    // The inner comprehension's first iterable is read in the outer one.
    expect(refs(a, 'r').every((r) => r.scope === outer && r.binding?.scope === outer)).toBe(true);
    expect(refs(a, 'c').every((r) => r.scope === inner && r.binding?.scope === inner)).toBe(true);
  });

  it('binds a walrus in a comprehension inside a class body in the class', () => {
    const a = analyze('class A:\n    ys = [(y := x) for x in range(3)]\n');
    expect(resolved(a, 'y')).toEqual(['A:bind']);
    expect(scopeNamed(a, 'A').bindings.get('y')!.kinds).toEqual(new Set(['walrus']));
  });

  it('resolves lambdas in defaults, decorators with arguments and nested defs', () => {
    const source = ['k = 1', '@register(k)', 'def outer(f=lambda k=k: k):', '    k = 2', '    def inner(v=k):', '        return lambda: v + k', '    return inner', ''].join('\n');
    const a = analyze(source);
    expect(resolved(a, 'k')).toEqual(['<module>:bind', '<module>:read', '<lambda>:bind', '<module>:read', '<lambda>:read', 'outer:bind', 'outer:read', 'outer:read']);
    expect(resolved(a, 'v')).toEqual(['inner:bind', 'inner:read']);
    expect(a.scopes.map((s) => `${s.kind}:${label(s.parent ?? s)}`)).toEqual(['module:<module>', 'function:<module>', 'lambda:<module>', 'function:outer', 'lambda:inner']);
  });

  it('reads match patterns: captures, wildcards, dotted values, keywords and splats', () => {
    const source = ['def f(v):', '    match v:', '        case Point(x=px, y=_) if px: pass', '        case [first, *_, last]: pass', '        case {"k": mod.CONST, **rest}: pass', '        case str() as text | text: pass', ''].join('\n');
    const a = analyze(source);
    const f = scopeNamed(a, 'f');
    expect([...f.bindings.keys()]).toEqual(['v', 'px', 'first', 'last', 'rest', 'text']);
    expect(refs(a, '_')).toEqual([]);
    expect(resolved(a, 'mod')).toEqual(['null:read']);
    expect(refs(a, 'CONST')).toEqual([]);
    expect(resolved(a, 'px')).toEqual(['f:bind', 'f:read']);
  });

  it('tells annotations from annotated assignments and finds every kind of target', () => {
    const a = analyze('a: int\nb: int = 1\n(c, [d, *e]) = f = g\nfor (h, i) in []: pass\nwith x as (j, k): pass\ndel (l, m)\nfrom . import n\nimport o.p.q\n');
    const kinds = Object.fromEntries([...a.module.bindings].map(([name, b]) => [name, [...b.kinds].join('+')]));
    expect(kinds).toEqual({ a: 'annotation', b: 'assignment', c: 'assignment', d: 'assignment', e: 'assignment', f: 'assignment', h: 'for', i: 'for', j: 'with', k: 'with', l: 'del', m: 'del', n: 'import', o: 'import' });
  });

  it('gives each reference the place of its identifier, and its node on demand', () => {
    const source = 'def f(x):\n    return x + y\n';
    const a = analyze(source);
    for (const reference of scopeNamed(a, 'f').references) {
      expect(source.slice(reference.start, reference.end)).toBe(reference.name);
      expect([reference.node.type, reference.node.startIndex, reference.node.endIndex]).toEqual(['identifier', reference.start, reference.end]);
    }
    expect(a.referenceAt(a.module.node.descendantsOfType('return_statement')[0])).toBeNull();
  });
});

/** How an identifier binds its name, read from the tree node by node: the nearest ancestor that says. */
function kindFromTree(id: Parser.SyntaxNode): BindingKind {
  for (let at = id.parent; at !== null; at = at.parent) {
    switch (at.type) {
      case 'parameters':
      case 'lambda_parameters':
        return 'parameter';
      case 'function_definition':
      case 'class_definition':
        return at.type === 'class_definition' ? 'class' : 'function';
      case 'named_expression':
        return 'walrus';
      case 'aliased_import':
      case 'import_statement':
      case 'import_from_statement':
        return 'import';
      case 'delete_statement':
        return 'del';
      case 'case_pattern':
        return 'match';
      case 'augmented_assignment':
        return 'augmented';
      case 'assignment':
        return at.childForFieldName('right') === null && at.childForFieldName('type') !== null ? 'annotation' : 'assignment';
      case 'for_statement':
      case 'for_in_clause':
        return 'for';
      case 'with_item':
        return 'with';
      case 'except_clause':
        return 'except';
    }
  }
  return 'assignment';
}

describe('analyzeScopes on every fixture', () => {
  it('agrees with the tree read node by node: every identifier, its role, place, scope, binding and kind', () => {
    let checked = 0;
    for (const { input } of fixtureCases()) {
      const source = readFileSync(input, 'utf8');
      const a = analyze(source);
      const root = a.module.node;
      const seen = new Set<Reference>();
      for (const id of root.descendantsOfType('identifier')) {
        const reference = a.referenceAt(id);
        const role = nameRole(id);
        expect(reference === null, `${input}:${id.startIndex}`).toBe(role === 'none');
        if (reference === null) continue;
        expect([reference.role, reference.name, reference.start, reference.end]).toEqual([role, id.text, id.startIndex, id.endIndex]);
        expect(sameNode(reference.node, id)).toBe(true);
        // Scopes, bindings and references are compared as booleans: they hold the whole tree.
        expect(a.scopeOf(id) === reference.scope && reference.scope.references.includes(reference)).toBe(true);
        if (reference.binding !== null) {
          expect(reference.binding.references.includes(reference)).toBe(true);
          if (reference.role === 'read') expect(a.lookup(reference.name, reference.scope) === reference.binding).toBe(true);
          if (reference.role === 'bind' || reference.role === 'update') {
            expect(reference.binding.definitions.includes(reference)).toBe(true);
            expect([...reference.binding.kinds]).toContain(kindFromTree(id));
          }
        }
        seen.add(reference);
        checked++;
      }
      for (const scope of a.scopes) {
        expect(scope.references.every((r) => seen.has(r))).toBe(true);
        expect(scope.references.map((r) => r.start)).toEqual(scope.references.map((r) => r.start).sort((x, y) => x - y));
        if (scope.kind === 'class' || scope.kind === 'function') expect(scope.name).toBe(scope.node.childForFieldName('name')!.text);
        const body = scope.node.childForFieldName('body');
        if (body !== null && body.namedChildCount > 0) expect(a.scopeOf(body.namedChildren[0]) === scope).toBe(true);
        for (const binding of scope.bindings.values()) {
          expect(binding.scope === scope).toBe(true);
          expect(binding.references.map((r) => r.start)).toEqual(binding.references.map((r) => r.start).sort((x, y) => x - y));
          expect(binding.definitions.map((r) => r.start)).toEqual(binding.definitions.map((r) => r.start).sort((x, y) => x - y));
        }
      }
      expect(a.scopes.map((s) => s.node.startIndex)).toEqual(a.scopes.map((s) => s.node.startIndex).sort((x, y) => x - y));
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});

describe('isNameBound', () => {
  /** Every name of a module, and whether some scope of the analysis binds it or a `nonlocal` names it (a nonlocal can stay unbound). */
  function bindingsOf(source: string): { names: Set<string>; bound: Set<string>; nonlocal: Set<string> } {
    const analysis = analyze(source);
    const names = new Set(analysis.module.node.descendantsOfType('identifier').map((id) => id.text));
    const bound = new Set(analysis.scopes.flatMap((scope) => [...scope.bindings.keys()]));
    const nonlocal = new Set(analysis.scopes.flatMap((scope) => [...scope.nonlocals]));
    return { names, bound, nonlocal };
  }

  it('says a name is bound exactly when the scope analysis has a binding of it, in every fixture', () => {
    const sources = fixtureCases().map((c) => readFileSync(c.input, 'utf8'));
    sources.push('isinstance = 1\ntype(x)\nclass type: pass\n', 'def f(type):\n    return type(1)\n', 'for λ in x: pass\nλλ = 2\n', 'import a.isinstance as type\nfrom m import *\n');
    let checked = 0;
    for (const source of sources) {
      const root = parsePython(source).rootNode;
      const { names, bound, nonlocal } = bindingsOf(source);
      for (const name of names) {
        if (nonlocal.has(name)) continue;
        expect(isNameBound(root, source, name), name).toBe(bound.has(name));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('finds no binding of a name the module only reads, calls, or spells inside longer names and strings', () => {
    const source = 'x = istype(1)\ny = "type" + my_type + type_(2)\nprint(type(x))\n';
    expect(isNameBound(parsePython(source).rootNode, source, 'type')).toBe(false);
    expect(isNameBound(parsePython(source).rootNode, source, 'x')).toBe(true);
  });
});

/** Each read of `type` outside the functions parameterOnlyBinders names, with what the scope analysis resolves it to: null for the builtin. */
function readsOutsideBinders(source: string): (string | null)[] | null {
  const tree = parsePython(source);
  const binders = parameterOnlyBinders(tree.rootNode, source, 'type');
  if (binders === null) return null;
  const scopes = analyzeScopes(tree.rootNode);
  return tree.rootNode
    .descendantsOfType('identifier')
    .filter((id) => id.text === 'type' && scopes.referenceAt(id)?.role === 'read')
    .filter((id) => !binders.some((binder) => binder.startIndex <= id.startIndex && id.endIndex <= binder.endIndex))
    .map((id) => scopes.referenceAt(id)!.binding?.scope.kind ?? null);
}

describe('parameterOnlyBinders', () => {
  it('names the functions and lambdas whose parameters bind the name; reads outside them are the builtin', () => {
    const source = [
      'def make(self, type=None, *, other: int = 1):',
      '    return type',
      'def typed(type: str, kind=type(1)):',
      '    f = lambda type: type',
      '    return type',
      'class A:',
      '    def check(self):',
      '        return type(self) is A',
      'print(type(1))',
      '',
    ].join('\n');
    const tree = parsePython(source);
    expect(parameterOnlyBinders(tree.rootNode, source, 'type')!.map((binder) => binder.type)).toEqual(['function_definition', 'function_definition', 'lambda']);
    expect(readsOutsideBinders(source)).toEqual([null, null]);
  });

  it('gives up when anything else binds, updates or declares the name', () => {
    for (const source of [
      'def f(type):\n    pass\ntype = 1\n',
      'def f(type):\n    pass\ndef g():\n    global type\n    type = int\n',
      'def f(type):\n    pass\nfor type in ():\n    pass\n',
      'def f(type):\n    pass\nimport type\n',
      'def f(*type):\n    pass\n',
      'def f(type):\n    def g():\n        nonlocal type\n        type = 2\n',
      'def f(type):\n    [(type := 1) for x in ()]\n',
    ]) {
      const tree = parsePython(source);
      expect(parameterOnlyBinders(tree.rootNode, source, 'type'), source).toBeNull();
    }
  });

  it('gives no binders when nothing binds the name', () => {
    const source = 'print(type(1))\nf(type=2)\nx.type = 3\n';
    const tree = parsePython(source);
    expect(parameterOnlyBinders(tree.rootNode, source, 'type')).toEqual([]);
    expect(readsOutsideBinders(source)).toEqual([null]);
  });
});
