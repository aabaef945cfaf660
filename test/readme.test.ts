/** The README, the docs and the CLI's --help say the same things. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { makeTree, ROOT, runCli } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const cliPage = readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');
const tree = fromMarkdown(readme);

/** Any node of a Markdown tree. */
type Nodes = typeof tree | (typeof tree)['children'][number];

/** Every node of a tree, depth first. */
function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodesOf(child as Nodes)) : [])];
}

/** Every option `--help` lists, as `--name`, but --help and --version. */
function helpOptions(): string[] {
  const help = runCli(['--help'], makeTree({})).stdout;
  return [...new Set([...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]))].filter((option) => !['--help', '--version'].includes(option));
}

describe('the README, the docs and --help', () => {
  it('document every option --help lists in docs/cli.md', () => {
    const options = helpOptions();
    expect(options).toContain('--dry');
    expect(options).toContain('--rename');
    expect(options.filter((option) => !cliPage.includes(`\`${option}`))).toEqual([]);
  });

  it('start the README with the two commands a newcomer types', () => {
    const first = tree.children.find((node) => node.type === 'code');
    expect(first?.value.split('\n').map((line) => line.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm install && npm test']);
  });

  it('show the everyday commands in the README', () => {
    for (const text of ['npm i -D testmend', 'npx testmend', '--dry', '--check', '-t ', '--from-review', '--plan-only', '--unsafe', 'testmend explain']) expect(readme).toContain(text);
  });

  it('list every transform in the README in registry order, each linking to its page', () => {
    const links = nodesOf(tree).flatMap((node) => (node.type === 'link' && /^docs\/transforms\/[\w-]+\.md$/.test(node.url) ? [node.url] : []));
    expect(links).toEqual(TRANSFORMS.map((t) => `docs/transforms/${t.meta.name}.md`));
    for (const link of links) expect(existsSync(path.join(ROOT, link)), link).toBe(true);
  });

  it('keep the README an entry page of under 1,500 words', () => {
    expect(readme.split(/\s+/).filter(Boolean).length).toBeLessThan(1500);
  });
});
