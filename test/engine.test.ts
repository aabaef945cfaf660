import { readFileSync } from 'node:fs';
import { type Change, diffLines, diffWordsWithSpace } from 'diff';
import type Parser from 'tree-sitter';
import { describe, expect, it } from 'vitest';
import { applyEdits, EditMap, editsOverlap, isWellFormed, selectFixes, uniqueEdits } from '../src/core/edits.js';
import { collectSource, defaultSettings, findingKey, MAX_ROUNDS, transformSource } from '../src/core/engine.js';
import { parsePython, reparsePython } from '../src/python/parse.js';
import type { Edit, FileContext, Finding, Safety, Transform } from '../src/core/types.js';
import { fixtureCases } from './helpers.js';

/** A transform that replaces every occurrence of `from` by `to`, one finding each. */
function replacer(name: string, from: string, to: string, safety: Safety = 'safe'): Transform {
  return {
    meta: {
      name,
      summary: `replace ${from} by ${to}`,
      suggestion: 'a test suggestion',
      safety,
      defaultEnabled: true,
      docs: { whatItDoes: '', whyIsThisBad: '', example: { input: '', output: '' }, fixSafety: '' },
      examples: { valid: [], invalid: [] },
      codes: { TM999: { name: `${name}-test`, summary: `replace ${from} by ${to}`, fix: safety } },
    },
    create(context: FileContext): Finding[] {
      const findings: Finding[] = [];
      for (let at = context.source.indexOf(from); at !== -1; at = context.source.indexOf(from, at + 1)) {
        findings.push({ code: 'TM999', message: `${from} → ${to}`, start: at, end: at + from.length, fix: { edits: [{ start: at, end: at + from.length, text: to }], safety } });
      }
      return findings;
    },
  };
}

function custom(name: string, create: (context: FileContext) => Finding[]): Transform {
  return { ...replacer(name, '', ''), meta: { ...replacer(name, '', '').meta, name }, create };
}

const run = (source: string, transforms: Transform[], unsafe = false) => transformSource('t.py', source, { transforms, unsafe });

describe('edits', () => {
  const edit = (start: number, end: number, text = ''): Edit => ({ start, end, text });

  it('counts touching replacements as disjoint and two insertions at one place as overlapping', () => {
    expect(editsOverlap(edit(0, 2), edit(2, 4))).toBe(false);
    expect(editsOverlap(edit(0, 3), edit(2, 4))).toBe(true);
    expect(editsOverlap(edit(2, 2), edit(2, 2))).toBe(true);
    expect(editsOverlap(edit(2, 2), edit(0, 2))).toBe(false);
    expect(editsOverlap(edit(1, 1), edit(0, 2))).toBe(true);
  });

  it('takes fixes in source order and names the one a loser collides with', () => {
    expect(selectFixes([[edit(5, 8)], [edit(0, 6)], [edit(9, 9)]])).toEqual([1, -1, -1]);
  });

  it('lets fixes share an identical edit, which applies once', () => {
    const helper = edit(0, 0, 'def helper(): pass\n');
    expect(selectFixes([[helper, edit(5, 6, 'a')], [helper, edit(8, 9, 'b')], [edit(0, 0, 'other\n')]])).toEqual([-1, -1, 0]);
    expect(uniqueEdits([helper, edit(5, 6, 'a'), helper])).toEqual([helper, edit(5, 6, 'a')]);
  });

  it('applies edits in original indices, insertions included', () => {
    expect(applyEdits('abcdef', [edit(4, 6, 'X'), edit(0, 0, '>'), edit(1, 3, ''), edit(6, 6, '<')])).toBe('>adX<');
  });

  it('maps positions in the new text back to the old', () => {
    const edits = [edit(1, 3, 'XYZ'), edit(5, 6, '')];
    // 'abcdefg' → 'aXYZdeg'
    const map = new EditMap(edits);
    expect([0, 1, 2, 4, 5, 6].map((index) => map.back(index))).toEqual([0, 1, 1, 3, 4, 6]);
  });
});

describe('edits, many at once', () => {
  // The definitions the fast versions must agree with, written the plain way.
  const sameEdit = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.text === b.text;
  const plain = {
    isWellFormed: (edits: readonly Edit[], length: number) =>
      edits.length > 0 &&
      edits.every((edit, i) => 0 <= edit.start && edit.start <= edit.end && edit.end <= length && edits.slice(i + 1).every((other) => (edit.start === edit.end && other.start === other.end) || !editsOverlap(edit, other))),
    uniqueEdits: (edits: readonly Edit[]) => edits.filter((edit, index) => edits.findIndex((other) => sameEdit(edit, other)) === index),
    selectFixes(fixes: readonly (readonly Edit[])[]): number[] {
      const first = (edits: readonly Edit[]) => Math.min(...edits.map((e) => e.start));
      const order = fixes.map((_, index) => index).sort((a, b) => first(fixes[a]) - first(fixes[b]) || a - b);
      const taken: { edit: Edit; owner: number }[] = [];
      const verdict = new Array<number>(fixes.length).fill(-1);
      for (const index of order) {
        const clash = taken.find(({ edit }) => fixes[index].some((mine) => !sameEdit(mine, edit) && editsOverlap(mine, edit)));
        if (clash) verdict[index] = clash.owner;
        else for (const edit of fixes[index]) taken.push({ edit, owner: index });
      }
      return verdict;
    },
    mapBack(index: number, edits: readonly Edit[]): number {
      let delta = 0;
      for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
        const newStart = edit.start + delta;
        if (index < newStart) break;
        if (index < newStart + edit.text.length) return edit.start;
        delta += edit.text.length - (edit.end - edit.start);
      }
      return index - delta;
    },
  };
  /** A small seeded generator (mulberry32), so a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const randomEdit = (next: () => number, length: number): Edit => {
    const start = Math.floor(next() * length);
    const end = next() < 0.3 ? start : Math.min(length, start + Math.floor(next() * 4));
    return { start, end, text: ['', 'a', 'b', 'xy'][Math.floor(next() * 4)] };
  };

  it('choose, share, check and map back as the plain definitions do', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const length = 5 + Math.floor(next() * 40);
      const shared = randomEdit(next, length);
      const generated = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => (next() < 0.2 ? shared : randomEdit(next, length))),
      );
      for (const fix of generated) expect(isWellFormed(fix, length), `seed ${seed}`).toBe(plain.isWellFormed(fix, length));
      // The engine offers only well-formed fixes to choose from.
      const fixes = generated.filter((fix) => plain.isWellFormed(fix, length));
      expect(selectFixes(fixes), `seed ${seed}`).toEqual(plain.selectFixes(fixes));
      const all = fixes.flat();
      expect(uniqueEdits(all), `seed ${seed}`).toEqual(plain.uniqueEdits(all));
      const verdicts = selectFixes(fixes);
      const applied = uniqueEdits(fixes.filter((_, index) => verdicts[index] === -1).flat());
      const map = new EditMap(applied);
      const newLength = applyEdits('x'.repeat(length), applied).length;
      for (let index = 0; index <= newLength; index++) expect(map.back(index), `seed ${seed}`).toBe(plain.mapBack(index, applied));
    }
  });
});

describe('transformSource', () => {
  it('applies the fixes of several transforms together', () => {
    const outcome = run('a = 1\nb = 2\n', [replacer('ab', 'a', 'x'), replacer('bc', 'b', 'y')]);
    expect(outcome.output).toBe('x = 1\ny = 2\n');
    expect(outcome.status).toBe('changed');
    expect(outcome.findings.map((f) => [f.transform, f.line, f.column, f.status])).toEqual([
      ['ab', 1, 1, 'applied'],
      ['bc', 2, 1, 'applied'],
    ]);
  });

  it('keeps every byte outside the edits: CRLF, tabs, BOM-less text, no final newline', () => {
    const source = 'if a:\r\n\tb = "é"  # keep\r\n\r\n\tc = a'; // no final newline
    expect(run(source, [replacer('a-to-z', 'a', 'z')]).output).toBe('if z:\r\n\tb = "é"  # keep\r\n\r\n\tc = z');
  });

  it('reports the later of two overlapping fixes as a conflict, then runs it again on the new text', () => {
    const outcome = run('value = 1\n', [replacer('first', 'value', 'val'), replacer('second', 'lue', 'LUE')]);
    // "second" conflicts in round 1; in round 2 its text is gone, so the conflict stands in the report.
    expect(outcome.output).toBe('val = 1\n');
    const conflict = outcome.findings.find((f) => f.transform === 'second')!;
    expect(conflict.status).toBe('conflict');
    expect(conflict.reason).toMatch(/overlaps a fix from first at line 1/);
    expect([conflict.line, conflict.column]).toEqual([1, 3]);
  });

  it('applies in one round the fixes that share an insertion', () => {
    const withHelper = custom('needs-helper', (ctx) =>
      [...ctx.source.matchAll(/old\(\)/g)].map((m) => ({
        code: 'TM999',
        message: 'old() → new()',
        start: m.index,
        end: m.index + 5,
        fix: { edits: [{ start: 0, end: 0, text: 'from lib import new\n' }, { start: m.index, end: m.index + 3, text: 'new' }], safety: 'safe' as const },
      })),
    );
    const outcome = run('x = old()\ny = old()\n', [withHelper]);
    expect(outcome.output).toBe('from lib import new\nx = new()\ny = new()\n');
    expect(outcome.findings.map((f) => f.status)).toEqual(['applied', 'applied']);
  });

  it('settles a conflict that applies in a later round', () => {
    // Both want "ab"; "second" still finds its text after "first" applies elsewhere.
    const first = custom('first', (ctx) => (ctx.source.startsWith('ab') ? [{ code: 'TM999', message: 'a→A', start: 0, end: 1, fix: { edits: [{ start: 0, end: 2, text: 'Ab' }], safety: 'safe' } }] : []));
    const second = replacer('second', 'b', 'B');
    const outcome = run('ab = 1\n', [first, second]);
    expect(outcome.output).toBe('AB = 1\n');
    expect(outcome.findings.map((f) => [f.transform, f.status])).toEqual([
      ['first', 'applied'],
      ['second', 'applied'],
    ]);
  });

  it('settles a conflict whose code another fix moved, when the fix applies there in a later round', () => {
    // "mover" moves the first line into a function; "rename" wants f(x) inside the moved text.
    const moved = 'a = f(x)\n';
    const mover = custom('mover', (ctx) =>
      ctx.source.startsWith(moved)
        ? [{ code: 'TM999', message: 'move', start: 0, end: moved.length, fix: { edits: [{ start: 0, end: moved.length, text: '' }, { start: ctx.source.length, end: ctx.source.length, text: `def h():\n    ${moved}` }], safety: 'safe' } }]
        : [],
    );
    const outcome = run(`${moved}b = 1\n`, [mover, replacer('rename', 'f(x)', 'g(x)')]);
    expect(outcome.output).toBe('b = 1\ndef h():\n    a = g(x)\n');
    expect(outcome.findings.map((f) => [f.transform, f.status])).toEqual([
      ['mover', 'applied'],
      ['rename', 'applied'],
    ]);
  });

  it('gives transforms the line in the original file of an index in a later round', () => {
    const grow = custom('grow', (ctx) => (ctx.source.startsWith('#') ? [] : [{ code: 'TM999', message: 'head', start: 0, end: 0, fix: { edits: [{ start: 0, end: 0, text: '# a\n# b\n' }], safety: 'safe' } }]));
    const quote = custom('quote', (ctx) => {
      const at = ctx.source.indexOf('y = 2');
      return [{ code: 'TM999', message: `y at line ${ctx.sourceLine(at)}, line ${ctx.line(at)} of this round`, start: at, end: at + 5, fix: null, reason: 'quoted' }];
    });
    const outcome = run('x = 1\ny = 2\n', [grow, quote]);
    expect(outcome.output).toBe('# a\n# b\nx = 1\ny = 2\n');
    expect(outcome.findings.find((f) => f.transform === 'quote')).toMatchObject({ line: 2, message: 'y at line 2, line 4 of this round' });
  });

  it('reruns the transforms until nothing more applies, reporting positions in the original', () => {
    const outcome = run('x = aaa\n', [replacer('shrink', 'aa', 'a')]);
    expect(outcome.output).toBe('x = a\n');
    expect(outcome.findings.map((f) => `${f.line}:${f.column} ${f.status}`)).toEqual(['1:5 applied', '1:5 applied']);
  });

  it('gives up after a bounded number of rounds and says so', () => {
    const outcome = run('x = a\n', [replacer('grow', 'a', 'aa')]);
    expect(outcome.output).toBe(`x = ${'a'.repeat(2 ** MAX_ROUNDS)}\n`);
    expect(outcome.findings.some((f) => f.status === 'declined' && /still changing this file after 5 rounds/.test(f.reason!))).toBe(true);
  });

  it('applies unsafe fixes only when asked', () => {
    const transform = replacer('risky', 'a', 'b', 'unsafe');
    const off = run('a = 1\n', [transform]);
    expect(off.output).toBe('a = 1\n');
    expect(off.status).toBe('unchanged');
    expect(off.findings[0]).toMatchObject({ status: 'unsafe-not-enabled', safety: 'unsafe' });
    expect(run('a = 1\n', [transform], true).output).toBe('b = 1\n');
  });

  describe('a transform whose fixes cannot apply in the run', () => {
    /** A transform that records the texts it reads and finds each `b`, with a fix of the given safety; its code declares `declared`. */
    const watcher = (safety: Safety, declared: Safety | 'safe or unsafe' = safety) => {
      const texts: string[] = [];
      const transform = replacer('watch', 'b', 'c', safety);
      const create = transform.create;
      const meta = { ...transform.meta, codes: { TM998: { name: 'watch-test', summary: 'b → c', fix: declared } } };
      return { texts, transform: { meta, create: (context: FileContext) => (texts.push(context.source), create(context).map((f) => ({ ...f, code: 'TM998' }))) } };
    };
    const source = 'x = aaaa\ny = b\nz = ab\n';

    it('runs once, on the text the file ends with, and reports as if it had run in every round', () => {
      const deferred = watcher('unsafe');
      const every = watcher('unsafe', 'safe or unsafe');
      const outcome = run(source, [deferred.transform, replacer('shrink', 'aa', 'a')]);
      expect(outcome.output).toBe('x = a\ny = b\nz = ab\n');
      expect(deferred.texts).toEqual([outcome.output]);
      expect(run(source, [every.transform, replacer('shrink', 'aa', 'a')])).toEqual(outcome);
      expect(every.texts).toHaveLength(3);
      expect(outcome.findings.filter((f) => f.transform === 'watch').map((f) => `${f.line}:${f.column} ${f.status}`)).toEqual(['2:5 unsafe-not-enabled', '3:6 unsafe-not-enabled']);
    });

    it('runs in every round when a suppression comment may keep one of its findings', () => {
      const deferred = watcher('unsafe');
      const every = watcher('unsafe', 'safe or unsafe');
      const commented = `${source}w = b  # testmend: ignore\n`;
      const outcome = run(commented, [deferred.transform, replacer('shrink', 'aa', 'a')]);
      expect(deferred.texts).toHaveLength(3);
      expect(run(commented, [every.transform, replacer('shrink', 'aa', 'a')])).toEqual(outcome);
    });

    it('runs in every round from the first safe fix it gives against its codes', () => {
      const liar = watcher('safe', 'unsafe');
      const outcome = run(source, [liar.transform, replacer('shrink', 'aa', 'a')]);
      expect(outcome.output).toBe('x = a\ny = c\nz = ac\n');
      expect(outcome.findings.filter((f) => f.transform === 'watch').map((f) => f.status)).toEqual(['applied', 'applied']);
    });
  });

  it('keeps the original text when a fix breaks the syntax, and names the transform', () => {
    const outcome = run('a = 1\nb = 2\n', [replacer('fine', 'b', 'c'), replacer('breaker', '= 1', '= (1')]);
    expect(outcome.status).toBe('error');
    expect(outcome.output).toBe('a = 1\nb = 2\n');
    expect(outcome.reason).toMatch(/the fixes of breaker would produce invalid Python \(line 1/);
    expect(outcome.findings.map((f) => [f.transform, f.status])).toEqual([
      ['breaker', 'declined'],
      ['fine', 'declined'],
    ]);
  });

  it('names every transform involved when only their mix breaks the syntax', () => {
    const outcome = run('f(a)\n', [replacer('open', 'f(', 'f(('), replacer('close', 'a)', 'a))(')]);
    expect(outcome.status).toBe('error');
    expect(outcome.reason).toMatch(/the fixes of (open, close|close, open) would produce invalid Python/);
  });

  it('skips a file whose input does not parse, with the line of the first error', () => {
    const outcome = run('x = 1\ndef broken(:\n    pass\n', [replacer('any', 'x', 'y')]);
    expect(outcome).toMatchObject({ status: 'skipped', findings: [] });
    expect(outcome.reason).toMatch(/syntax error in the input at line 2/);
    expect(outcome.output).toBe('x = 1\ndef broken(:\n    pass\n');
  });

  it('places an error the parser wraps the whole module around at its first inner error', () => {
    const source = 'import os\n\n\nclass T:\n    def test_weird(self):\n        def f():\n            (bar.\n        baz)\n            (bar.\n        baz)\n';
    const outcome = run(source, [replacer('any', 'os', 'sys')]);
    expect(outcome.reason).toBe("syntax error in the input at line 7: invalid syntax near '(bar.'");
  });

  it('turns a transform that throws into an error for the file alone', () => {
    const outcome = run('x = 1\n', [custom('crash', () => { throw new Error('boom'); })]);
    expect(outcome).toMatchObject({ status: 'error', reason: 'transform crash failed: boom', output: 'x = 1\n' });
  });

  it('declines a fix whose own edits overlap', () => {
    const bad = custom('bad', () => [{ code: 'TM999', message: 'm', start: 0, end: 1, fix: { edits: [{ start: 0, end: 2, text: 'a' }, { start: 1, end: 3, text: 'b' }], safety: 'safe' } }]);
    const outcome = run('xyz = 1\n', [bad]);
    expect(outcome.output).toBe('xyz = 1\n');
    expect(outcome.findings[0]).toMatchObject({ status: 'declined', reason: 'bad produced edits that overlap or fall outside the file' });
  });

  it('reports findings that have no fix, with their reason', () => {
    const note = custom('note', () => [{ code: 'TM999', message: 'looked', start: 6, end: 7, fix: null, reason: 'not sure' }]);
    expect(run('x = 1\ny = 2\n', [note]).findings).toEqual([
      { code: 'TM999', transform: 'note', suggestion: 'a test suggestion', line: 2, column: 1, endLine: 2, endColumn: 2, message: 'looked', status: 'no-fix', safety: null, reason: 'not sure', testIds: null, edits: null },
    ]);
  });
});

describe('reparsePython', () => {
  it('leaves the tree it starts from as it was, which parsing the same text again gives', () => {
    const before = 'x = 1\ny = 2\n';
    const tree = parsePython(before);
    const shape = shapeOf(tree);
    const after = applyEdits(before, [{ start: 4, end: 5, text: 'f(10)' }]);
    const next = reparsePython(tree, before, [{ start: 4, end: 5, text: 'f(10)' }], after);
    expect(shapeOf(tree)).toBe(shape);
    expect(parsePython(before)).toBe(tree);
    expect(parsePython(after)).not.toBe(tree);
    expect(shapeOf(parsePython(after))).toBe(shapeOf(next));
  });

  it('gives the same tree as a fresh parse, across lines and non-ASCII text', () => {
    const before = 'x = "é"\nif x:\n    y = 1\n\nz = [1,\n     2]\n';
    const edits: Edit[] = [
      { start: 4, end: 7, text: '"😀 ü"' },
      { start: 12, end: 13, text: ':  # comment\n    pass' },
      { start: 28, end: 36, text: '[3]' },
    ];
    const after = applyEdits(before, edits);
    const incremental = reparsePython(parsePython(before), before, edits, after);
    expect(shapeOf(incremental)).toBe(shapeOf(parsePython(after)));
  });

  it('gives the same tree when edits share a line or a place, end at a line break, or reach the end of the text', () => {
    const before = 'import os\nfrom a import b\n\n\nclass T:\n    def test(self):\n        x = self.a(1, 2)  # é\n        y = 2\r\n        z = 3';
    const place = (text: string) => before.indexOf(text);
    const cases: Edit[][] = [
      [{ start: place('\n\n\nclass'), end: place('\n\n\nclass'), text: '\n\n\ndef wait():\n    pass' }],
      [
        { start: place('self.a'), end: place('self.a') + 4, text: 'me' },
        { start: place('(1, 2)') + 1, end: place('(1, 2)') + 2, text: 'one' },
        { start: place('# é'), end: place('# é') + 3, text: '' },
      ],
      [
        { start: place('y = 2'), end: place('y = 2'), text: 'w = 0\n        ' },
        { start: place('y = 2'), end: place('y = 2') + 1, text: 'why' },
      ],
      [{ start: place('z = 3') + 4, end: before.length, text: '4\n' }],
      [{ start: 0, end: place('class'), text: '' }],
    ];
    for (const edits of cases) {
      const tree = parsePython(before);
      // Nodes read from the old tree keep their places: the edits go to a copy.
      const node = tree.rootNode.descendantForIndex(place('z = 3'));
      const after = applyEdits(before, edits);
      expect(shapeOf(reparsePython(tree, before, edits, after))).toBe(shapeOf(parsePython(after)));
      expect(node.startIndex).toBe(place('z = 3'));
    }
  });

  it('gives the same tree as a fresh parse for every fixture pair, edited line by line and word by word', () => {
    let checked = 0;
    for (const fixture of fixtureCases().filter((c) => !c.refusal)) {
      const before = readFileSync(fixture.input, 'utf8');
      const after = readFileSync(fixture.output, 'utf8');
      for (const parts of [diffLines(before, after), diffWordsWithSpace(before, after)]) {
        const edits = editsOf(parts);
        expect(applyEdits(before, edits)).toBe(after);
        expect(shapeOf(reparsePython(parsePython(before), before, edits, after))).toBe(shapeOf(parsePython(after)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** Every node of a tree, in order, with its type and its place by index and by row and column. */
function shapeOf(tree: Parser.Tree): string {
  const shape: string[] = [];
  const cursor = tree.walk();
  for (;;) {
    const { startPosition: from, endPosition: to } = cursor;
    shape.push(`${cursor.nodeType} ${cursor.startIndex}-${cursor.endIndex} ${from.row}:${from.column}-${to.row}:${to.column}`);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return shape.join('\n');
  }
}

/** The edits a diff between two texts makes of the first, one per changed run. */
function editsOf(parts: readonly Change[]): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.added) {
      const last = edits.at(-1);
      if (last !== undefined && last.end === at) edits[edits.length - 1] = { ...last, text: last.text + part.value };
      else edits.push({ start: at, end: at, text: part.value });
    } else if (part.removed) {
      edits.push({ start: at, end: at + part.value.length, text: '' });
      at += part.value.length;
    } else at += part.value.length;
  }
  return edits;
}

describe('run context', () => {
  const withOptions = { ...custom('opts', () => []), meta: { ...custom('opts', () => []).meta, options: { 'opt-level': { type: 'number' as const, describe: 'how much', default: 2 }, 'opt-name': { type: 'string' as const, describe: 'a name' } } } };

  it('gives every option its default unless the run sets it', () => {
    expect(defaultSettings([withOptions])).toEqual({ 'opt-level': 2 });
    let seen: unknown;
    const probe: Transform = { ...withOptions, create: (ctx) => ((seen = ctx.settings), []) };
    transformSource('t.py', 'x = 1\n', { transforms: [probe], unsafe: false, settings: { 'opt-name': 'n' } });
    expect(seen).toEqual({ 'opt-level': 2, 'opt-name': 'n' });
  });

  it('collects facts per file in a first pass and hands them all to create', () => {
    const counter: Transform = {
      ...custom('counter', () => []),
      collect: (ctx) => ctx.source.split('\n').length - 1,
      create: (ctx) => {
        const total = (ctx.project.get('counter') ?? []).reduce((sum, file) => sum + (file.facts as number), 0);
        return [{ code: 'TM999', message: `${total} lines in the project`, start: 0, end: 0, fix: null, reason: 'just counting' }];
      },
    };
    expect(collectSource('a.py', 'a = 1\nb = 2\n', { transforms: [counter], unsafe: false })).toEqual({ counter: 2 });
    expect(collectSource('bad.py', 'def (:\n', { transforms: [counter], unsafe: false })).toEqual({ counter: null });
    const project = new Map([['counter', [{ path: 'a.py', facts: 2 }, { path: 'b.py', facts: 5 }]]]);
    expect(transformSource('a.py', 'a = 1\n', { transforms: [counter], unsafe: false, project }).findings[0].message).toBe('7 lines in the project');
  });

  it('reports the test ids a fix changes', () => {
    const renamer = custom('renamer', (ctx) => {
      const at = ctx.source.indexOf('test_old');
      return at === -1 ? [] : [{ code: 'TM999', message: 'rename', start: at, end: at + 8, fix: { edits: [{ start: at, end: at + 8, text: 'test_new' }], safety: 'safe' }, testIds: { from: 'm.T.test_old', to: ['m.T.test_new'] } }];
    });
    const outcome = transformSource('m.py', 'def test_old(): pass\n', { transforms: [renamer], unsafe: false });
    expect(outcome.findings[0].testIds).toEqual({ from: 'm.T.test_old', to: ['m.T.test_new'] });
  });

  it('leaves out the fixes it is asked to revert, by their key, and applies the others on the original text', () => {
    const upper = custom('upper', (ctx) =>
      [...ctx.source.matchAll(/[a-z]+_old/g)].map((m) => ({ code: 'TM999', message: `${m[0]} upper`, start: m.index!, end: m.index! + m[0].length, fix: { edits: [{ start: m.index!, end: m.index! + m[0].length, text: m[0].toUpperCase() }], safety: 'safe' as Safety } })),
    );
    const source = 'a_old = 1\nb_old = 2\nc_old = 3\n';
    const all = transformSource('m.py', source, { transforms: [upper], unsafe: false });
    const key = findingKey('m.py', all.findings[1]);
    const outcome = transformSource('m.py', source, { transforms: [upper], unsafe: false, revert: { [key]: 'reverted: it changed a test' } });
    expect(outcome.output).toBe('A_OLD = 1\nb_old = 2\nC_OLD = 3\n');
    expect(outcome.findings.map((f) => [f.line, f.status, f.reason])).toEqual([
      [1, 'applied', null],
      [2, 'reverted', 'reverted: it changed a test'],
      [3, 'applied', null],
    ]);
    expect(findingKey('m.py', outcome.findings[1])).toBe(key);
  });
});
