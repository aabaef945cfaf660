/**
 * `npm run docs:screenshot`: docs/report.png, the HTML report of the run
 * `npm start` makes over examples/, as headless Chromium shows it: the
 * summary, the filters and the first findings next to their lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { browserMissing, launchChromium } from './browser.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUTPUT = path.join(ROOT, 'docs', 'report.png');

async function main(): Promise<void> {
  const missing = browserMissing();
  if (missing !== null) throw new Error(`cannot take the screenshot: ${missing}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'testmend-screenshot-'));
  const report = path.join(dir, 'report.html');
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'src', 'core', 'cli.js'), '--dry', '--report', 'html', '--report-file', report, 'examples'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`testmend failed: ${run.stderr}`);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(report).href);
      // Down to the fourth note under a line of the diff.
      const notes = page.locator('tr.tm-note:not(.tm-ghost)');
      const box = await notes.nth(Math.min(3, (await notes.count()) - 1)).boundingBox();
      await page.screenshot({ path: OUTPUT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil((box?.y ?? 1600) + (box?.height ?? 0) + 16) } });
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${path.relative(ROOT, OUTPUT)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
