/**
 * The strict check gives the same verdict, at the same place, with the same
 * message, as the reference recorded in strict-verdicts.json: on every
 * fixture, and on copies of each cut short and mutated (brackets, quotes,
 * keywords and line breaks put in or taken out), so that a faster checker
 * can be told from a different one. A fixture whose text changed since the
 * verdicts were recorded is left out. After a change meant to alter
 * verdicts, record them anew with STRICT_VERDICTS=record and review the diff.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePython } from '../../src/python/parse.js';
import { compileProblem } from '../../src/python/strict/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RECORD = path.join(import.meta.dirname, 'strict-verdicts.json');
const VARIANTS = 6;

/** Pieces put into a source at random places: each reaches a different check. */
const PIECES = [
  '(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', '\n', '\t', ' ', '"', "'", '\\', '#', 'f"{', 'lambda', 'yield', 'await', 'async ',
  'return', 'del ', 'global x', 'nonlocal x', 'print ', ';', '0', '1_', '0x', '\\N{', 'b"\\xff', '\u00e9', '\n    ', 'for', 'in', 'if', 'else',
  'not', '__debug__', 'case', 'match', ':=', 'from __future__ import braces\n', 'except E, e:', 'x = *a\n',
];

/** A deterministic generator of numbers in [0, 1), seeded by a name. */
function random(name: string): () => number {
  let state = createHash('sha256').update(name).digest().readUInt32LE(0) & 0x7fffffff;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** The source cut short (variant 0) or changed in one to three places. */
function variant(source: string, k: number, next: () => number): string {
  if (k === 0) return source.slice(0, Math.floor(next() * source.length));
  let text = source;
  const changes = 1 + Math.floor(next() * 3);
  for (let c = 0; c < changes; c++) {
    const at = Math.floor(next() * (text.length + 1));
    const how = next();
    if (how < 0.45) text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    else if (how < 0.85) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
    else text = text.slice(0, at) + text.slice(at).replace('\n', '');
  }
  return text;
}

function fixtureFiles(): string[] {
  const root = path.join(ROOT, '__fixtures__');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.py'))
    .map((file) => path.join('__fixtures__', file).split(path.sep).join('/'))
    .sort();
}

function verdict(source: string): string | null {
  const problem = compileProblem(source, parsePython(source));
  return problem === null ? null : `${problem.index}: ${problem.message}`;
}

/** A fixture's text, by its digest, and the verdicts on it and on its variants. */
interface Verdicts {
  readonly digest: string;
  readonly verdicts: (string | null)[];
}

function verdictsOf(file: string): Verdicts {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const next = random(file);
  const variants = Array.from({ length: VARIANTS }, (_, k) => verdict(variant(source, k, next)));
  return { digest: createHash('sha256').update(source).digest('hex'), verdicts: [verdict(source), ...variants] };
}

describe('the strict check keeps its verdicts', () => {
  it('on every fixture and on cut and mutated copies of it', (test) => {
    const now = Object.fromEntries(fixtureFiles().map((file) => [file, verdictsOf(file)]));
    if (process.env.STRICT_VERDICTS === 'record') {
      writeFileSync(RECORD, `${JSON.stringify(now, null, 1)}\n`);
      test.skip('recorded: review the diff of the verdicts file');
    }
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, Verdicts>;
    const same = Object.keys(recorded).filter((file) => now[file]?.digest === recorded[file].digest);
    expect(same.length).toBeGreaterThan(Object.keys(recorded).length * 0.8);
    const refused = same.flatMap((file) => recorded[file].verdicts).filter((v) => v !== null);
    expect(refused.length).toBeGreaterThan(same.length * 2);
    for (const file of same) expect(now[file].verdicts, file).toEqual(recorded[file].verdicts);
  });
});
