/**
 * Another program writing the file while testmend replaces it, at the two
 * moments that matter: while the new text is synced (before the last check)
 * and between the last check and the rename. The file system calls are
 * wrapped so that the other program's write lands exactly there.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTree } from '../helpers.js';
import { tempFiles } from './support.js';

/** What the other program does, and when: during the next fsync, or right before the next rename. */
const other: { duringSync?: () => void; beforeRename?: () => void } = {};

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const once = (key: keyof typeof other) => {
    const action = other[key];
    delete other[key];
    action?.();
  };
  return {
    ...real,
    fsyncSync: (fd: number) => {
      once('duringSync');
      real.fsyncSync(fd);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      once('beforeRename');
      real.renameSync(from, to);
    },
  };
});

// The test setup has loaded write.ts already, through the public module the transforms import: load it again, over the wrapped calls.
vi.resetModules();
const { readRegularFile, writeFileAtomic, WriteRefused } = await import('../../src/core/write.js');

afterEach(() => {
  delete other.duringSync;
  delete other.beforeRename;
});

const OLD = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.assertTrue(1 == 1)\n';
const NEW = OLD.replace('assertTrue(1 == 1)', 'assertEqual(1, 1)');

describe('another program writes the file while testmend replaces it', () => {
  it.each([
    ['while the new text is being synced', 'duringSync'],
    ['between the last check and the rename', 'beforeRename'],
  ] as const)('%s: its write is kept, and testmend says to run again', (_, moment) => {
    const dir = makeTree({ 'test_a.py': OLD });
    const file = path.join(dir, 'test_a.py');
    const before = readRegularFile(file);
    other[moment] = () => fs.appendFileSync(file, '# theirs\n');
    expect(() => writeFileAtomic(file, Buffer.from(NEW), before)).toThrow(WriteRefused);
    fs.closeSync(before.fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${OLD}# theirs\n`);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('and writes as usual when nobody else does', () => {
    const dir = makeTree({ 'test_a.py': OLD });
    const file = path.join(dir, 'test_a.py');
    const before = readRegularFile(file);
    writeFileAtomic(file, Buffer.from(NEW), before);
    fs.closeSync(before.fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(tempFiles(dir)).toEqual([]);
  });
});
