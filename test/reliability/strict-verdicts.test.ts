/**
 * The strict check gives the same verdict, at the same place, with the same
 * message, as the reference recorded in strict-verdicts.json: on every
 * fixture, and on copies of each cut short and mutated (brackets, quotes,
 * keywords and line breaks put in or taken out), so that a faster checker
 * can be told from a different one. After a change meant to alter verdicts,
 * record them anew with STRICT_VERDICTS=record and review the diff.
 */
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

/** A deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
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

/** The verdict on each fixture and on its variants, by `file#variant` (`file` alone for the fixture). */
function verdicts(): Record<string, string | null> {
  const all: Record<string, string | null> = {};
  for (const [n, file] of fixtureFiles().entries()) {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    all[file] = verdict(source);
    const next = random(n + 1);
    for (let k = 0; k < VARIANTS; k++) all[`${file}#${k}`] = verdict(variant(source, k, next));
  }
  return all;
}

describe('the strict check keeps its verdicts', () => {
  it('on every fixture and on cut and mutated copies of it', () => {
    const now = verdicts();
    if (process.env.STRICT_VERDICTS === 'record') writeFileSync(RECORD, `${JSON.stringify(now, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, string | null>;
    expect(Object.values(recorded).filter((v) => v !== null).length).toBeGreaterThan(Object.keys(recorded).length / 4);
    expect(now).toEqual(recorded);
  });
});
