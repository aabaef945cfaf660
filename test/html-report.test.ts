/**
 * --report html in a real browser (Debian's Chromium, headless, through
 * playwright-core): the page of a run over a real tree loads with no error
 * and no request, shows the summary, places the findings under their lines
 * in the side-by-side diffs, and its filters show what they say.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPatch, parsePatch } from 'diff';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageDiff } from '../src/core/diff.js';
import { browserMissing, launchChromium, type Chromium } from '../src/docs/browser.js';
import { makeTree, removeTrees, ROOT, runCli } from './helpers.js';

const missing = browserMissing();

/** The little of the DOM these checks read in the page (the type checker here knows Node, not the browser). */
interface Dom {
  readonly dataset: Record<string, string | undefined>;
  readonly textContent: string | null;
  readonly previousElementSibling: Dom | null;
  readonly cells: readonly Dom[];
  querySelectorAll(selector: string): Iterable<Dom>;
  getBoundingClientRect(): { readonly top: number };
}

/** The values of a data attribute on the elements a locator finds. */
function data(nodes: unknown[], key: string): (string | undefined)[] {
  return (nodes as Dom[]).map((node) => node.dataset[key]);
}

const HOSTILE = [
  'import unittest',
  '',
  '',
  'class PageTest(unittest.TestCase):',
  '    def test_markup(self):',
  '        html = "</script><script>alert(1)</script>"',
  "        self.assertTrue(html == '<b>&amp;</b>')",
  '        self.assertEqual(html.startswith("<"), True)',
  '',
].join('\n');

/** A test module with one place left alone, one fix a comment keeps from applying, and nothing to change. */
const LEFT_ALONE = [
  'import unittest',
  '',
  '',
  'class RangeTest(unittest.TestCase):',
  '    def test_range(self):',
  '        count = 2',
  '        self.assertTrue(0 < count < 3)',
  '        self.assertEquals(count, 2)  # testmend: ignore[TM110]',
  '',
].join('\n');

describe.skipIf(missing !== null)(`--report html in a real browser${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  let browser: Chromium;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const dir = makeTree({
      'tests/test_server_actions.py': readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py')),
      'tests/test_markup.py': HOSTILE,
      'tests/test_broken.py': 'def test_broken(:\n    pass\n',
      'tests/test_left_alone.py': LEFT_ALONE,
      // A package: sleep-to-wait creates its shared helper module, tests/polling.py.
      'tests/__init__.py': '',
    });
    const run = runCli(['--dry', '--report', 'html', '--report-file', 'report.html', 'tests'], dir);
    expect(run.status).toBe(3);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    const url = pathToFileURL(path.join(dir, 'report.html')).href;
    page.on('request', (request) => {
      if (request.url() !== url) problems.push(`request: ${request.url()}`);
    });
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    removeTrees();
  });

  /** The statuses, transforms and codes of the findings a reader sees in the files' tables. */
  const visibleFindings = () =>
    page.locator('tr.finding:visible').evaluateAll((rows) => (rows as unknown as Dom[]).map((row) => `${row.dataset.status} ${row.dataset.transform} ${row.dataset.code}`));
  const visible = (selector: string, key: string) => page.locator(selector).evaluateAll(data, key);

  it('loads with no console error, no script from the code, and no request', async () => {
    expect(await page.title()).toBe('testmend report: 6 files');
    expect(problems).toEqual([]);
    await expect(page.locator('section.file[data-path="tests/test_markup.py"] .d2h-code-side-line').filter({ hasText: '</script><script>alert(1)</script>' }).first().isVisible()).resolves.toBe(true);
  });

  it('sums up the run: files by status, findings by status, transform and code, what was left alone and the files not processed', async () => {
    await expect(page.locator('.card.file-changed .value').textContent()).resolves.toBe('3');
    await expect(page.locator('.card.file-skipped .value').textContent()).resolves.toBe('1');
    const byTransform = await page.locator('table.by-transform tbody tr').allInnerTexts();
    expect(byTransform[0]).toMatch(/^assert-methods\tuse the precise assertion\t12\t1\t0\t0\t2\t1\t0$/);
    const byCode = await page.locator('table.by-code tbody tr td:first-child').allInnerTexts();
    expect(byCode).toEqual(['TM101', 'TM102', 'TM103', 'TM105', 'TM110', 'TM801']);
    await expect(page.locator('table.left-alone tbody').innerText()).resolves.toMatch(/^2\tTM101\ta chained comparison has no single assert method/);
    await expect(page.locator('table.not-processed').innerText()).resolves.toMatch(/tests\/test_broken\.py\tskipped\tsyntax error in the input at line 1/);
  });

  it('shows each changed file side by side, with each applied finding under its line and both sides level', async () => {
    const file = page.locator('section.file[data-path="tests/test_server_actions.py"]');
    await expect(file.locator('.d2h-file-side-diff').count()).resolves.toBe(2);
    const applied = await file.locator('tr.finding[data-status="applied"]').count();
    expect(applied).toBe(12);
    const notes = file.locator('tr.tm-note:not(.tm-ghost)');
    await expect(file.locator('tr.tm-note:not(.tm-ghost)[data-status="applied"]').count()).resolves.toBe(applied);
    // A note sits right under the line it is about, on the left.
    const first = await notes.first().evaluate((note) => {
      const above = (note as unknown as Dom).previousElementSibling!;
      return { line: above.cells[0].textContent!.trim(), text: (note as unknown as Dom).textContent };
    });
    const firstFinding = await file.locator('tr.finding[data-status="applied"]').first().evaluate((row) => ({ line: (row as unknown as Dom).dataset.line, code: (row as unknown as Dom).dataset.code }));
    expect(first.line).toBe(firstFinding.line);
    expect(first.text).toContain(firstFinding.code!);
    // Each note's invisible twin on the right keeps the rows of both sides level.
    const tops = await file
      .locator('.d2h-file-side-diff')
      .evaluateAll((sides) => (sides as unknown as Dom[]).map((side) => Array.from(side.querySelectorAll('tr'), (row) => Math.round(row.getBoundingClientRect().top))));
    expect(tops[0]).toEqual(tops[1]);
  });

  it('puts every finding next to its line: in a file that does not change, with the lines around it, and in a file the run creates, on its new side', async () => {
    await expect(page.locator('tr.tm-note:not(.tm-ghost)').count()).resolves.toBe(await page.locator('tr.finding').count());
    const unchanged = page.locator('section.file[data-path="tests/test_left_alone.py"]');
    const notes = await unchanged
      .locator('.d2h-file-side-diff')
      .first()
      .locator('tr.tm-note')
      .evaluateAll((rows) =>
        (rows as unknown as Dom[]).map((row) => {
          const above = row.previousElementSibling!;
          return { line: above.cells[0].textContent!.trim(), text: row.textContent };
        }),
      );
    expect(notes.map((note) => note.line)).toEqual(['7', '8']);
    expect(notes[0].text).toMatch(/TM101.*left alone.*a chained comparison has no single assert method/);
    expect(notes[1].text).toMatch(/TM110.*suppressed.*suppressed by '# testmend: ignore\[TM110\]' on line 8/);
    const numbers = await unchanged.locator('.d2h-file-side-diff').first().locator('td.d2h-code-side-linenumber').allInnerTexts();
    expect(numbers.map((n) => n.trim())).toEqual(['', '4', '5', '6', '7', '8']);
    const created = page.locator('section.file[data-path="tests/polling.py"] .d2h-file-side-diff');
    await expect(created.nth(0).locator('tr.tm-note.tm-ghost').count()).resolves.toBe(1);
    await expect(created.nth(1).locator('tr.tm-note:not(.tm-ghost)').innerText()).resolves.toContain('new file: tests.polling');
  });

  it('filters by status: none shows nothing, then only the places left alone', async () => {
    await page.locator('button[data-none="status"]').click();
    await expect(page.locator('#shown').textContent()).resolves.toBe('0 of 18 findings shown');
    expect(await visibleFindings()).toEqual([]);
    await expect(page.locator('tr.tm-note:visible').count()).resolves.toBe(0);
    await expect(visible('section.file:visible', 'path')).resolves.toEqual(['tests/test_broken.py']);
    await page.locator('input[data-filter="status"][value="no-fix"]').check();
    expect(await visibleFindings()).toEqual(['no-fix assert-methods TM101', 'no-fix assert-methods TM101']);
    await expect(page.locator('#shown').textContent()).resolves.toBe('2 of 18 findings shown');
    await page.locator('input[data-filter="status"][value="no-fix"]').uncheck();
    await page.locator('input[data-filter="status"][value="suppressed"]').check();
    expect(await visibleFindings()).toEqual(['suppressed assert-methods TM110']);
    await page.locator('button[data-all="status"]').click();
    await expect(page.locator('#shown').textContent()).resolves.toBe('18 of 18 findings shown');
  });

  it('filters by transform and by code, in the tables and in the diffs', async () => {
    await page.locator('input[data-filter="transform"][value="assert-methods"]').uncheck();
    expect(new Set(await visibleFindings())).toEqual(new Set(['applied sleep-to-wait TM801']));
    await expect(visible('section.file:visible', 'path')).resolves.toEqual(['tests/polling.py', 'tests/test_broken.py', 'tests/test_server_actions.py']);
    await page.locator('input[data-filter="transform"][value="assert-methods"]').check();
    await page.locator('button[data-none="code"]').click();
    await page.locator('input[data-filter="code"][value="TM105"]').check();
    expect(await visibleFindings()).toEqual(['unsafe-not-enabled assert-methods TM105']);
    // The unsafe fix's line is in the diff, next to a line that changes: its note shows, alone.
    await expect(visible('tr.tm-note:not(.tm-ghost):visible', 'code')).resolves.toEqual(['TM105']);
    // TM110 twice: the alias a comment keeps in test_left_alone.py, and the one fixed in test_server_actions.py.
    await page.locator('input[data-filter="code"][value="TM110"]').check();
    await expect(visible('tr.tm-note:not(.tm-ghost):visible', 'code')).resolves.toEqual(['TM110', 'TM105', 'TM110']);
    await page.locator('button[data-all="code"]').click();
    await expect(page.locator('#shown').textContent()).resolves.toBe('18 of 18 findings shown');
    expect(problems).toEqual([]);
  });
});

describe("the page's diffs", () => {
  const lines = (count: number, name = 'line') => Array.from({ length: count }, (_, i) => `${name} ${i + 1}\n`).join('');
  const hunks = (diff: string | null) => parsePatch(diff!)[0].hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines]);

  it('show the lines of findings in a file that does not change, with three lines around them', () => {
    const before = lines(40);
    const diff = pageDiff('tests/test_x.py', before, before, [10, 12, 30]);
    expect(diff).toMatch(/^--- a\/tests\/test_x\.py\n\+\+\+ b\/tests\/test_x\.py\n/);
    expect(hunks(diff)).toEqual([
      [7, 9, 7, 9],
      [27, 7, 27, 7],
    ]);
    expect(applyPatch(before, diff!)).toBe(before);
    expect(pageDiff('tests/test_x.py', before, before, [])).toBeNull();
  });

  it('show the changes as the diff does, and the lines of findings away from them, as a patch that applies', () => {
    const before = lines(60);
    const after = before.replace('line 5\n', 'line five\n').replace('line 50\n', '');
    const diff = pageDiff('tests/test_x.py', before, after, [5, 30]);
    expect(hunks(diff)).toEqual([
      [2, 7, 2, 7],
      [27, 7, 27, 7],
      [47, 7, 47, 6],
    ]);
    expect(applyPatch(before, diff!)).toBe(after);
  });

  it('keep a missing final newline, and a finding on the last line', () => {
    const before = 'a\nb\nc';
    expect(pageDiff('t.py', before, before, [3])).toBe('--- a/t.py\n+++ b/t.py\n@@ -1,3 +1,3 @@\n a\n b\n c\n\\ No newline at end of file\n');
    const after = 'a\nb\nc\n';
    expect(applyPatch(before, pageDiff('t.py', before, after, [])!)).toBe(after);
  });
});

describe('the README', () => {
  it('shows the HTML report of the example run, taken by npm run docs:screenshot', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/report\.png\)/);
    expect(readme).toContain('npm run docs:screenshot');
    const png = readFileSync(path.join(ROOT, 'docs', 'report.png'));
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.readUInt32BE(16)).toBe(1280);
  });
});
