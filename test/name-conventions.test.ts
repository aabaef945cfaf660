import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/python/parse.js';
import { analyzeScopes } from '../src/python/scope.js';
import { conventionNames, countStyles, decideConvention, newFunctionStyle, type StyleCounts } from '../src/testing/name-conventions.js';

/** The function and variable counts of a module. */
function countsOf(source: string): StyleCounts {
  return countStyles(conventionNames(analyzeScopes(parsePython(source).rootNode)));
}

const camelModule = [
  'class T(unittest.TestCase):',
  '    def setUp(self):',
  '        serverCount = 1',
  '    def _bootServer(self, flavorRef):',
  '        pass',
  '    def testBoot(self):',
  '        pass',
  '',
].join('\n');

describe('convention counts', () => {
  it('count functions and locals apart, leaving out framework names, classes, imports and class attributes', () => {
    const source = `import os_client\n${camelModule}    max_count = 3\n\n\ndef make_server(image_ref):\n    pass\n`;
    expect(countsOf(source)).toEqual({ function: { snake: 1, camel: 2 }, variable: { snake: 1, camel: 2 } });
  });
});

describe('the convention of a new function', () => {
  const counts = (functionSnake: number, functionCamel: number): StyleCounts => ({ function: { snake: functionSnake, camel: functionCamel }, variable: { snake: 0, camel: 0 } });

  it('is the one the module keeps to, snake_case when it shows none', () => {
    expect(newFunctionStyle(countsOf(camelModule), counts(50, 1), undefined)).toBe('camel');
    expect(newFunctionStyle(counts(3, 0), counts(1, 50), undefined)).toBe('snake');
    expect(newFunctionStyle(counts(0, 0), counts(1, 50), undefined)).toBe('snake');
  });

  it('is the one naming gives a module that mixes, which then keeps to it', () => {
    for (const run of [counts(10, 3), counts(3, 10), counts(4, 4)]) {
      const own = counts(2, 1);
      const style = newFunctionStyle(own, run, undefined);
      expect(style).toBe(decideConvention('function', own, run, undefined).target);
      const after = style === 'snake' ? counts(own.function.snake + own.function.camel + 1, 0) : counts(0, own.function.snake + own.function.camel + 1);
      expect(decideConvention('function', after, run, undefined).target).toBeNull();
    }
  });

  it('is the one --naming-style gives', () => {
    expect(newFunctionStyle(countsOf(camelModule), counts(0, 9), 'snake')).toBe('snake');
    expect(newFunctionStyle(counts(5, 0), counts(9, 0), 'camel')).toBe('camel');
  });
});
