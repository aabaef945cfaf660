/** `npm run docs`: writes every generated page and region, and removes pages of transforms that no longer exist. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePages, orphanPages } from './pages.js';

/** The repository root, from dist/src/docs/. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const pages = await generatePages(ROOT);
let written = 0;
for (const page of pages) {
  const file = path.join(ROOT, page.path);
  if (readOrNull(file) === page.text) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, page.text);
  process.stdout.write(`wrote ${page.path}\n`);
  written++;
}
for (const page of orphanPages(ROOT)) {
  rmSync(path.join(ROOT, page));
  process.stdout.write(`removed ${page}: no transform of that name\n`);
}
process.stdout.write(`${pages.length} pages, ${written} rewritten\n`);
