/**
 * Every page `npm run docs` writes: a page per transform under
 * docs/transforms/, and the generated regions of the README and of the
 * hand-written pages under docs/. The test suite regenerates them in memory
 * and compares them with the files, byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TRANSFORMS } from '../core/registry.js';
import { cliOptions, exitCodes, transformOptions, transformTable, usage } from './cli-page.js';
import { codeTable } from './codes-page.js';
import { fillRegions } from './regions.js';
import { fileStatuses, fixStatuses, reportExample, reportFormats } from './reports-page.js';
import { ruleTable, workedExample } from './reviews-page.js';
import { transformNotesPath, transformPage, transformPagePath } from './transform-page.js';

/** What a region renderer knows: the repository, the page it writes into, the version it documents. */
export interface RegionContext {
  readonly root: string;
  /** The page, relative to the root, for relative links. */
  readonly page: string;
  readonly version: string;
}

/** The regions a hand-written page may ask for, by name. */
export const REGIONS: Readonly<Record<string, (context: RegionContext) => string | Promise<string>>> = {
  transforms: ({ page }) => transformTable(page),
  codes: ({ page }) => codeTable(page),
  usage: () => usage(),
  options: () => cliOptions(),
  'transform-options': ({ page }) => transformOptions(page),
  'exit-codes': () => exitCodes(),
  rules: ({ page }) => ruleTable(page),
  'worked-example': ({ root, version }) => workedExample(root, version),
  'report-formats': () => reportFormats(),
  'file-statuses': () => fileStatuses(),
  'fix-statuses': () => fixStatuses(),
  'text-example': ({ version }) => reportExample('text', version, true),
  'json-example': ({ version }) => reportExample('json', version, false),
  'github-example': ({ version }) => reportExample('github', version, false),
};

/** A page as `npm run docs` writes it: its path relative to the root, and its text. */
export interface Page {
  readonly path: string;
  readonly text: string;
}

/** The hand-written pages that may hold generated regions: the README and the pages directly under docs/. */
export function handWrittenPages(root: string): string[] {
  const docs = path.join(root, 'docs');
  const pages = existsSync(docs) ? readdirSync(docs).filter((file) => file.endsWith('.md')).sort().map((file) => `docs/${file}`) : [];
  return ['README.md', ...pages];
}

/** Every page as it should read now. */
export async function generatePages(root: string): Promise<Page[]> {
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  const transformPages = TRANSFORMS.map((transform): Page => {
    const notes = path.join(root, transformNotesPath(transform.meta.name));
    return { path: transformPagePath(transform.meta.name), text: transformPage(transform, existsSync(notes) ? readFileSync(notes, 'utf8') : null) };
  });
  const filled = await Promise.all(
    handWrittenPages(root).map(async (page): Promise<Page> => {
      const text = readFileSync(path.join(root, page), 'utf8');
      return { path: page, text: await fillRegions(text, page, (name) => REGIONS[name]?.({ root, page, version })) };
    }),
  );
  return [...transformPages, ...filled];
}

/** Pages under docs/transforms/ that no transform of the registry has: left from a transform renamed or removed. */
export function orphanPages(root: string): string[] {
  const dir = path.join(root, 'docs', 'transforms');
  if (!existsSync(dir)) return [];
  const expected = new Set(TRANSFORMS.map((t) => transformPagePath(t.meta.name)));
  return readdirSync(dir).map((file) => `docs/transforms/${file}`).filter((page) => !expected.has(page)).sort();
}
