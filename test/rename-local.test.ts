/** Renaming locals, parameters and nested functions with every reference in scope. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/core/edits.js';
import { parsePython } from '../src/python/parse.js';
import { frameworkNameReason } from '../src/testing/hooks.js';
import { renameBinding, type RenamePlan } from '../src/python/rename-local.js';
import { analyzeScopes, type Binding } from '../src/python/scope.js';

/** Renames `name`, bound in the function (or lambda) whose name is `scope`, to `newName`. */
function plan(source: string, scope: string, name: string, newName: string): RenamePlan {
  const analysis = analyzeScopes(parsePython(source).rootNode);
  const owner = analysis.scopes.find((s) => (s.name ?? `<${s.kind}>`) === scope)!;
  const binding: Binding = owner.bindings.get(name)!;
  return renameBinding(analysis, binding, newName);
}

function rename(source: string, scope: string, name: string, newName: string): string {
  const result = plan(source, scope, name, newName);
  if ('refusal' in result) throw new Error(result.refusal);
  return applyEdits(source, result.edits);
}

function refusal(source: string, scope: string, name: string, newName: string): string {
  const result = plan(source, scope, name, newName);
  return 'refusal' in result ? result.refusal : '';
}

describe('renameBinding', () => {
  it('renames a local and every reference in closures, comprehensions, lambdas and f-strings', () => {
    const source = [
      'def test_x(self):',
      '    srv = make()',
      '    names = [srv.name for _ in range(2) if srv]',
      '    get = lambda: srv.id',
      '    def check():',
      '        return srv  # srv stays in comments',
      '    self.assertEqual(f"{srv}", "srv")',
      '',
    ].join('\n');
    expect(rename(source, 'test_x', 'srv', 'server')).toBe(
      [
        'def test_x(self):',
        '    server = make()',
        '    names = [server.name for _ in range(2) if server]',
        '    get = lambda: server.id',
        '    def check():',
        '        return server  # srv stays in comments',
        '    self.assertEqual(f"{server}", "srv")',
        '',
      ].join('\n'),
    );
  });

  it('renames through nonlocal and leaves attributes and keyword arguments of other calls alone', () => {
    const source = 'def outer():\n    n = 0\n    def bump():\n        nonlocal n\n        n += 1\n    bump()\n    other(n=n, obj=self.n)\n    return n\n';
    expect(rename(source, 'outer', 'n', 'count')).toBe(
      'def outer():\n    count = 0\n    def bump():\n        nonlocal count\n        count += 1\n    bump()\n    other(n=count, obj=self.n)\n    return count\n',
    );
  });

  it('renames a nested function and its calls, and its parameters with their keyword uses', () => {
    const source = 'def test_x(self):\n    def make(flavor_id):\n        return flavor_id\n    make(flavor_id=1)\n    make(2)\n';
    expect(rename(source, 'test_x', 'make', 'build')).toBe('def test_x(self):\n    def build(flavor_id):\n        return flavor_id\n    build(flavor_id=1)\n    build(2)\n');
    expect(rename(source, 'make', 'flavor_id', 'flavor')).toBe('def test_x(self):\n    def make(flavor):\n        return flavor\n    make(flavor=1)\n    make(2)\n');
  });

  it('refuses a new name already used where the rename reaches', () => {
    const source = 'def test_x(self):\n    a = 1\n    def inner():\n        b = 2\n        return a + b\n';
    expect(refusal(source, 'test_x', 'a', 'b')).toBe('b is already used in inner(): renaming a to it would mix the two names up');
    expect(refusal('def f(a):\n    return len(a)\n', 'f', 'a', 'len')).toMatch(/^len is already used in f\(\)/);
  });

  it('refuses in a scope that reads names by spelling', () => {
    const source = "def test_x(self):\n    name = 'vm'\n    return '%(name)s' % locals()\n";
    expect(refusal(source, 'test_x', 'name', 'server_name')).toBe('test_x() reads its names by spelling (locals(), vars(), eval or exec): renaming name there could break it');
  });

  it('refuses names of the module and of class bodies, and invalid names', () => {
    expect(refusal('x = 1\n', '<module>', 'x', 'y')).toMatch(/module-level name/);
    expect(refusal('class A:\n    x = 1\n', 'A', 'x', 'y')).toMatch(/^x belongs to class A: code reaches it as self.x/);
    expect(refusal('def f():\n    x = 1\n', 'f', 'x', 'class')).toBe('class is a Python keyword');
    expect(refusal('def f():\n    x = 1\n', 'f', 'x', '2x')).toBe('2x is not a Python name');
    expect(refusal('def f():\n    x = 1\n', 'f', 'x', '__x')).toBe('__x starts with __: inside a class Python mangles such names, and dunder names are special');
  });

  it('refuses parameters whose names are read by spelling or reached by keyword from elsewhere', () => {
    expect(refusal('class A:\n    def helper(self, size):\n        return size\n', 'helper', 'size', 'n')).toMatch(/^size is a parameter of method A.helper\(\)/);
    expect(refusal('def test_x(tmp_path):\n    return tmp_path\n', 'test_x', 'tmp_path', 'path')).toMatch(/requests the fixture/);
    expect(refusal('import pytest\n@pytest.fixture\ndef server(api):\n    return api\n', 'server', 'api', 'client')).toMatch(/fixture/);
    expect(refusal('def f(size):\n    return size\ncallbacks = [f]\ng(size=1)\n', 'f', 'size', 'n')).toMatch(/passed around/);
    expect(refusal('def f(size):\n    return size\nf(**{"size": 1})\n', 'f', 'size', 'n')).toBe('a call at line 3 passes **arguments, which may name size');
    const byKeyword = "class T:\n    @mock.patch.multiple('os.path', exists=mock.DEFAULT)\n    def test_x(self, exists):\n        exists.assert_called()\n";
    expect(refusal(byKeyword, 'test_x', 'exists', 'path_exists')).toMatch(/requests the fixture/);
  });

  it('renames parameters that mock.patch decorators fill, and those of module functions with their keyword calls', () => {
    const patched = "class T:\n    @mock.patch('a.b')\n    def test_x(self, m):\n        m.assert_called()\n";
    expect(rename(patched, 'test_x', 'm', 'mock_b')).toBe("class T:\n    @mock.patch('a.b')\n    def test_x(self, mock_b):\n        mock_b.assert_called()\n");
    const helper = 'def make(size=1):\n    return size\nmake(size=2)\n';
    expect(rename(helper, 'make', 'size', 'count')).toBe('def make(count=1):\n    return count\nmake(count=2)\n');
  });
});

describe('renameBinding and names spelled at run time', () => {
  it('refuses in a module that reads code objects or frames', () => {
    expect(refusal('import dis\ndef f():\n    x = 1\n    return x\n', 'f', 'x', 'count')).toBe('the module reads code objects or frames (import dis): local names are visible there');
    expect(refusal('def f(a):\n    return a\nassert f.__code__.co_varnames == ("a",)\n', 'f', 'a', 'b')).toMatch(/^the module reads code objects or frames \(__code__\)/);
  });

  it('refuses a name an f-string prints by its spelling', () => {
    expect(refusal("def f():\n    x = 1\n    return f'{x=}'\n", 'f', 'x', 'count')).toBe('an f-string prints x by its spelling ({x=}): the output would change');
    expect(rename("def f():\n    x = 1\n    return f'{x}'\n", 'f', 'x', 'count')).toBe("def f():\n    count = 1\n    return f'{count}'\n");
  });

  it("refuses a nested function whose name a string or __name__ shows", () => {
    expect(refusal("def test_x(self):\n    def f():\n        pass\n    self.assertEqual('f', f.__name__)\n", 'test_x', 'f', 'g')).toMatch(/^a string spells f \('f'\)/);
    expect(refusal('def test_x(self):\n    def f():\n        pass\n    return f.__qualname__\n', 'test_x', 'f', 'g')).toMatch(/reads __name__, __qualname__ or co_name: they would show the new name of f$/);
  });

  it('refuses a parameter that error messages around its function spell, or that a **kwargs call may pass', () => {
    const message = "def test_x(self):\n    def f(a, /):\n        return a\n    with self.assertRaisesRegex(TypeError, \"'a'\"):\n        f(a=1)\n";
    expect(refusal(message, 'f', 'a', 'value')).toMatch(/^a string spells a/);
    expect(refusal("def test_x(self):\n    def f(a):\n        return a\n    return f(**{'b': 1})\n", 'f', 'a', 'value')).toBe('a call at line 4 passes **arguments, which may name a');
  });

  it('keeps what a local import imports, adding an alias, and refuses a dotted one', () => {
    expect(rename('def f():\n    from os import path\n    return path\n', 'f', 'path', 'os_path')).toBe('def f():\n    from os import path as os_path\n    return os_path\n');
    expect(rename('def f():\n    import json\n    return json\n', 'f', 'json', 'js')).toBe('def f():\n    import json as js\n    return js\n');
    expect(rename('def f():\n    import json as j\n    return j\n', 'f', 'j', 'js')).toBe('def f():\n    import json as js\n    return js\n');
    expect(refusal('def f():\n    import os.path\n    return os.path\n', 'f', 'os', 'o')).toBe('os is bound by importing a dotted module path: it has no alias to rename');
  });
});

describe('frameworkNameReason', () => {
  it.each([
    ['setUp', 'setUp is a unittest hook: renaming it stops it from running'],
    ['resource_setup', 'resource_setup is a tempest hook: renaming it stops it from running'],
    ['_setUp', '_setUp is a fixtures hook: renaming it stops it from running'],
    ['useFixture', 'useFixture is testtools API: the framework and other code call it by that name'],
    ['maxDiff', 'maxDiff is a unittest setting: unittest reads it by that name, so a renamed one is ignored'],
    ['assertServerActive', 'assertServerActive is an assert method: assert* names are the TestCase API and its convention, and other tests call them by name'],
    ['pytest_configure', 'pytest_configure is a pytest hook: pytest calls pytest_* functions by name'],
    ['__init__', '__init__ is a special name: Python looks it up by that spelling'],
    ['__secret', '__secret is class-private: Python mangles it to _Class__secret, and code may reach it under that name'],
  ])('explains why %s keeps its name', (name, reason) => {
    expect(frameworkNameReason(name)).toBe(reason);
  });

  it('lets ordinary names and inherited object names through', () => {
    expect(frameworkNameReason('test_live_migration')).toBeNull();
    expect(frameworkNameReason('_make_server')).toBeNull();
    expect(frameworkNameReason('constructor')).toBeNull();
  });
});
