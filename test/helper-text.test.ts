/**
 * The text check that keeps sleep-to-wait's first pass from parsing modules
 * that cannot define a polling helper: it finds every top-level function
 * the tree finds, and never turns away a module whose helpers the first pass
 * would collect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSource } from '../src/core/engine.js';
import { parsePython } from '../src/python/parse.js';
import { mayDefineHelper, topLevelFunctions } from '../transforms/sleep-to-wait/helper-text.js';
import sleepToWait from '../transforms/sleep-to-wait/index.js';
import { FIXTURES } from './helpers.js';

/** The helpers the first pass collects from a module when it parses every module. */
function collected(source: string): unknown {
  return collectSource('pkg/mod.py', source, { transforms: [{ ...sleepToWait, collectsFrom: undefined }], unsafe: false })['sleep-to-wait'];
}

/** The spans of the top-level functions, by the tree: from `def` (or `async`) to the end of the body. */
function treeFunctions(source: string): [number, number][] {
  return parsePython(source).rootNode.namedChildren.flatMap((statement) => {
    const fn = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    return fn?.type === 'function_definition' ? [[fn.startIndex, fn.endIndex] as [number, number]] : [];
  });
}

const HELPER = ['def wait_for(predicate, timeout, interval):', '    deadline = time.monotonic() + timeout', '    while time.monotonic() < deadline:', '        if predicate():', '            return True', '        SLEEP(interval)', '    return False', ''];

/** A module that imports time as `header` says and defines the helper, the sleep spelled `sleep`. */
function helperModule(header: string[], sleep = 'time.sleep', body = HELPER): string {
  return [...header, '', '', ...body.map((line) => line.replace('SLEEP', sleep)), ''].join('\n');
}

const CASES: Record<string, string> = {
  'a helper': helperModule(['import time']),
  'an async helper': helperModule(['import time']).replace('def wait_for', 'async def wait_for'),
  'a decorated helper': helperModule(['import time', 'import functools']).replace('def wait_for', '@functools.cache\ndef wait_for'),
  'a helper after a form feed': helperModule(['import time']).replace('def wait_for', '\fdef wait_for'),
  'a helper with Windows line ends': helperModule(['import time']).replaceAll('\n', '\r\n'),
  'a module with old Mac line ends': helperModule(['import time']).replaceAll('\n', '\r'),
  'a helper whose sleep is imported under another name': helperModule(['from time import (sleep  # the real one', '                  as nap)', 'sleep(0)'], 'nap'),
  'a helper whose sleep follows a docstring with lines in the first column': helperModule(['import time'], 'time.sleep', [
    HELPER[0], '    """Waits.', '', 'class Example:', '    pass', "'''", '    """', ...HELPER.slice(1),
  ]),
  'a helper whose sleep follows brackets and a continuation in the first column': helperModule(['import time'], 'time.sleep', [
    HELPER[0], '    limits = (', '1, 2,', ')', '    total = 1 + \\', '2', "    text = 'a \\", "b'", ...HELPER.slice(1),
  ]),
  'a helper after a class whose methods sleep': ['import time', '', 'class A:', '    def pause(self):', '        time.sleep(1)', '', helperModule([])].join('\n'),
  'methods that sleep and a function that does not': ['import time', '', 'def helper(a, b, c):', '    return a', '', 'class A:', '    def pause(self):', '        time.sleep(1)', ''].join('\n'),
  'a sleep in a nested function only': ['import time', '', 'if True:', '    def wait(p, t, i):', '        while p():', '            time.sleep(i)', ''].join('\n'),
};

describe('the text check of modules that may define a polling helper', () => {
  it.each(Object.entries(CASES))('finds the top-level functions the tree finds, and keeps every module with helpers: %s', (_, source) => {
    const found = topLevelFunctions(source);
    for (const [start, end] of treeFunctions(source)) expect(found.some(([from, to]) => from <= start && end <= to)).toBe(true);
    if (collected(source) !== null) expect(mayDefineHelper(source)).toBe(true);
  });

  it.each(Object.keys(CASES).filter((name) => name.startsWith('a helper')))('is right that the first pass collects %s', (name) => {
    expect(collected(CASES[name])).not.toBeNull();
  });

  it('turns away modules without a top-level function that names a sleep', () => {
    expect(collected(CASES['methods that sleep and a function that does not'])).toBeNull();
    expect(mayDefineHelper(CASES['methods that sleep and a function that does not'])).toBe(false);
    expect(mayDefineHelper(CASES['a sleep in a nested function only'])).toBe(false);
    expect(mayDefineHelper('def f(a, b, c):\n    return a\n')).toBe(false);
  });

  it('keeps every module with helpers the fixtures hold, and finds their top-level functions', () => {
    const sources = readdirSync(FIXTURES).flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).filter((file) => file.endsWith('.py')).map((file) => readFileSync(path.join(FIXTURES, dir, file), 'utf8')));
    let withHelpers = 0;
    for (const source of sources) {
      if (parsePython(source).rootNode.hasError) continue;
      const found = topLevelFunctions(source);
      for (const [start, end] of treeFunctions(source)) expect(found.some(([from, to]) => from <= start && end <= to)).toBe(true);
      if (collected(source) === null) continue;
      withHelpers++;
      expect(mayDefineHelper(source)).toBe(true);
    }
    expect(withHelpers).toBeGreaterThan(0);
  });
});
