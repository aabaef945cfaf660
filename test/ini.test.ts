/** The INI reader reads setup.cfg and tox.ini as Python's configparser does: checked against configparser itself. */
import { describe, expect, it } from 'vitest';
import { iniBoolean, IniSyntaxError, parseIni } from '../src/core/ini.js';
import { runPython } from './helpers.js';

/** What `RawConfigParser()` (flake8's and pycodestyle's reader) makes of `text`: sections → options, or its error class. */
function configparser(texts: readonly string[]): (Record<string, Record<string, string>> | string)[] {
  const script = [
    'import configparser, json, sys',
    'out = []',
    'for text in json.load(sys.stdin):',
    '    parser = configparser.RawConfigParser()',
    '    try:',
    '        parser.read_string(text)',
    '        out.append({name: dict(parser.items(name)) for name in parser.sections()})',
    '    except configparser.Error as error:',
    '        out.append(type(error).__name__)',
    'print(json.dumps(out))',
  ].join('\n');
  const run = runPython(['-c', script], process.cwd(), JSON.stringify(texts));
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

function ours(text: string): Record<string, Record<string, string>> | string {
  try {
    return Object.fromEntries([...parseIni(text)].map(([name, options]) => [name, Object.fromEntries([...options].map(([key, option]) => [key, option.value]))]));
  } catch (error) {
    if (error instanceof IniSyntaxError) return 'error';
    throw error;
  }
}

const CASES: Record<string, string> = {
  'a list on continuation lines, with comments between them': '[flake8]\nignore =\n    E123,\n    # why\n    E226\n    ; other\nmax-line-length = 100\n',
  'a value that starts on the key line': '[flake8]\nignore = E121,E122,\n    E251 ,W504\n',
  'blank lines inside a value, and after it': '[testmend]\nexclude =\n    a\n\n    b\n\n\nskip = x\n',
  'a comment after a value is part of it': '[flake8]\nignore = E1 # not a comment here\n',
  'colons and equals signs': '[testmend]\nwait-helper: pkg.mod:wait\nrename = a=b\n',
  'keys in any case, spaces around them': '[Testmend]\n  All-Files   =   true\nNAMING_STYLE=snake\n',
  'a DEFAULT section shown in every section': '[DEFAULT]\nshared = 1\n[a]\nx = 2\n[b]\nshared = 3\n',
  'text after a section header': '[flake8] ; trailing\nx = 1\n',
  'an indented section header inside a value': '[a]\nx =\n    [b]\ny = 2\n',
  'CRLF line ends': '[a]\r\nx = 1\r\n  2\r\n',
  'an empty value': '[a]\nx =\ny = 1\n',
  'a duplicate option': '[a]\nx = 1\nx = 2\n',
  'a duplicate section': '[a]\n[a]\n',
  'an option before any section': 'x = 1\n[a]\n',
  'a line that is neither': '[a]\njust words\n',
  'an empty key': '[a]\n= 1\n',
  'comments indented like values end nothing': '[a]\nx = 1\n  # c\n  2\n',
  'a less indented line starts a new option': '[a]\n  x = 1\n    2\n  y = 3\n',
};

describe('the INI reader', () => {
  it('reads every case as configparser does', () => {
    const names = Object.keys(CASES);
    const expected = configparser(Object.values(CASES));
    const actual = names.map((name) => ours(CASES[name]));
    // configparser's error classes differ by case; ours has one, with a line number.
    const normalized = expected.map((value) => (typeof value === 'string' ? 'error' : value));
    expect(Object.fromEntries(names.map((name, i) => [name, actual[i]]))).toEqual(Object.fromEntries(names.map((name, i) => [name, normalized[i]])));
  });

  it('passes over a byte-order mark, which configparser would take for text before the first section', () => {
    expect(ours('\ufeff[a]\nx = 1\n')).toEqual({ a: { x: '1' } });
  });

  it('gives the line of each key, and of an error', () => {
    const sections = parseIni('[a]\n# c\nx = 1\n  2\ny = 3\n');
    expect([...sections.get('a')!].map(([key, option]) => [key, option.line])).toEqual([['x', 3], ['y', 5]]);
    expect(() => parseIni('[a]\nx = 1\nwords\n')).toThrow('line 3: not a section header or a key = value option: words');
  });

  it("reads configparser's words for true and false", () => {
    expect(['yes', 'On', 'TRUE', '1', 'no', 'off', 'false', '0', 'maybe'].map(iniBoolean)).toEqual([true, true, true, true, false, false, false, false, null]);
  });
});
