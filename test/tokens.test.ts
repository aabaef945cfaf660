/**
 * tokens: the strings and comments the tokenizer reads from the text are the
 * tree's string and comment nodes, on every fixture and on the spellings
 * where reading them by text is easy to get wrong.
 */
import { readFileSync } from 'node:fs';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { findSyntaxError, parsePython } from '../src/python/parse.js';
import { tokenize } from '../src/python/tokens.js';
import { fixtureCases } from './helpers.js';

/** The outermost string and comment nodes of a tree, a comment without its trailing whitespace, as `kind start end`. */
function treeSpans(source: string, tree: Parser.Tree): string[] {
  const spans: string[] = [];
  let reached = 0;
  for (const node of tree.rootNode.descendantsOfType(['string', 'comment'])) {
    if (node.startIndex < reached) continue;
    let end = node.endIndex;
    if (node.type === 'comment') while (end > node.startIndex && /[ \t\f\r\v]/.test(source[end - 1])) end--;
    spans.push(`${node.type} ${node.startIndex} ${end}`);
    reached = node.endIndex;
  }
  return spans;
}

function tokenSpans(source: string, tree: Parser.Tree): string[] {
  return tokenize(source, tree)
    .logical.flatMap((line) => line.tokens)
    .filter((token) => token.kind === 'string' || token.kind === 'comment')
    .map((token) => `${token.kind} ${token.start} ${token.end}`);
}

const EDGE_CASES: Readonly<Record<string, string>> = {
  'escaped quotes': 'a = "say \\"hi\\"" + \'it\\\'s\'\n',
  'raw strings': 'a = r"\\"" + r\'\\\\\' + R"\\d+" + rb"\\\'" + Br\'x\'\n',
  'a backslash before a line break': 'a = "one \\\ntwo" + r"three \\\nfour"\n',
  'a backslash before CRLF': 'a = "one \\\r\ntwo"\r\nb = r"x\\\r\ny"\r\n',
  'triple quotes holding quotes': 'a = """ "quoted" ""\n"""\nb = \'\'\'it\'s \'\' \\\'\'\'\'\'\'\n',
  'prefixes in any case': 'a = u"x" + U"x" + b"x" + B"x" + br"x" + bR"x" + Rb"x" + RB"x"\n',
  'names that end in quotes of their own': 'rb = 1\nrbx = rb\nf = "x"\n',
  'f-strings': 'a = f"{x!r:>{width}} {{y}}" + F\'{y}\' + rf"{z}\\d" + f"""{x\n}"""\n',
  'f-strings nesting their own quotes': 'a = f"{d["key"]} {f"{1}"}"\n',
  'comments holding quotes and hashes': 'a = 1  # it\'s "quoted" # twice\n# """not a string\nb = "#not a comment"  #\n',
  'comments with trailing whitespace': 'a = 1  # note \t\n#\n  # indented  \n',
  'bytes escapes': 'a = b"\\N{x}\\u1234" + "\\N{BULLET}"\n',
  'concatenated strings over lines': 'a = ("one"\n     \'two\'  # and\n     """three""")\n',
  'carriage returns only': 'a = 1  # note\rb = "x"\r',
  'a comment at the end without a line break': 'a = "x"  # last',
  'a string at the end without a line break': 'a = """x"""',
};

describe('tokenize reads strings and comments as the tree does', () => {
  for (const [name, source] of Object.entries(EDGE_CASES)) {
    it(name, () => {
      const tree = parsePython(source);
      expect(tokenSpans(source, tree)).toEqual(treeSpans(source, tree));
    });
  }

  it('on every fixture', () => {
    const files = [...new Set(fixtureCases().flatMap((c) => [c.input, c.output]))];
    let compared = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const tree = parsePython(source);
      if (findSyntaxError(source, tree) !== null) continue;
      expect(tokenSpans(source, tree), file).toEqual(treeSpans(source, tree));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
