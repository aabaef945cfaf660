/** The README and the CLI's --help say the same things. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { makeTree, ROOT, runCli } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('the README and --help', () => {
  it('documents every option --help lists', () => {
    const help = runCli(['--help'], makeTree({})).stdout;
    const options = [...new Set([...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]))].filter((option) => !['--help', '--version'].includes(option));
    expect(options).toContain('--dry');
    expect(options.filter((option) => !new RegExp(`${option}(?![\\w-])`).test(readme))).toEqual([]);
  });

  it('lists every transform in registry order, with its safety and whether it runs by default', () => {
    const rows = [...readme.matchAll(/^\| `([\w-]+)` \| (safe|unsafe) \| (yes|no) \|/gm)].map((match) => [match[1], match[2], match[3]]);
    expect(rows).toEqual(TRANSFORMS.map((t) => [t.meta.name, t.meta.safety, t.meta.defaultEnabled ? 'yes' : 'no']));
  });

  it('gives every transform a section', () => {
    for (const t of TRANSFORMS) expect(readme).toContain(`### \`${t.meta.name}\``);
  });
});
