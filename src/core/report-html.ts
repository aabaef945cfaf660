/**
 * The report as one self-contained HTML page, to browse a run too large to
 * scroll: a summary (counts by transform and by code, the files changed, what
 * was left alone and why, the files not processed), then each file's diff side
 * by side (drawn by diff2html) with its findings next to the lines, and
 * filters by transform, status and code. Everything is inline: the page loads
 * nothing, and its content security policy forbids it to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PAGE_SCRIPT, PAGE_STYLE } from './report-html-page.js';
import { countTotals, FILE_STATUSES, FIX_STATUSES, modeLabel, runCodes, type RunCode, type RunSummary, type Totals } from './report.js';
import { findingSeverity } from './severity.js';
import { isUnprocessed } from './triage.js';
import type { FileResult, FixStatus, ReportedFinding } from './types.js';
import { fixVerificationText, verificationText } from './verify/report.js';

const FIX_LABELS: Readonly<Record<FixStatus, string>> = {
  applied: 'applied',
  'unsafe-not-enabled': 'unsafe, not enabled',
  declined: 'declined',
  conflict: 'conflict',
  'no-fix': 'left alone',
  suppressed: 'suppressed',
  reverted: 'reverted',
};

/** The page for a run; `summary.files` carry their diffs. */
export function formatHtml(summary: RunSummary): string {
  const totals = countTotals(summary);
  const codes = new Map(runCodes(summary).map((c) => [c.code, c]));
  const shown = summary.files.filter((file) => file.status !== 'unchanged' || file.findings.length > 0);
  const title = `testmend report: ${summary.files.length} ${summary.files.length === 1 ? 'file' : 'files'}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${diff2htmlStyle()}</style>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>testmend report</h1><p>${escapeHtml(`testmend ${summary.version} ${modeLabel(summary)}, ${summary.files.length} ${summary.files.length === 1 ? 'file' : 'files'} in ${(summary.elapsedMs / 1000).toFixed(2)} s`)}</p></header>`,
    '<main>',
    summarySection(summary, totals, codes, shown),
    filtersSection(summary, totals, codes),
    `<section id="files" aria-label="Files">${shown.map((file) => fileSection(file, summary.files.indexOf(file))).join('\n')}</section>`,
    '</main>',
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(summary: RunSummary, totals: Totals, codes: ReadonlyMap<string, RunCode>, shown: readonly FileResult[]): string {
  const cards = [
    ...FILE_STATUSES.map((status) => card(`files ${status}`, totals.files[status], `file-${status}`)),
    ...FIX_STATUSES.map((status) => card(FIX_LABELS[status], totals.findings[status], `fix-${status}`)),
  ];
  const byTransform = summary.transforms.map((t) => [code(t.meta.name), escapeHtml(t.meta.suggestion), ...FIX_STATUSES.map((s) => count(totals.transforms[t.meta.name][s]))]);
  const byCode = Object.entries(totals.codes).map(([id, counts]) => [code(id), escapeHtml(codes.get(id)!.name), code(codes.get(id)!.transform), ...FIX_STATUSES.map((s) => count(counts[s]))]);
  const files = shown.map((file) => {
    const counts = FIX_STATUSES.filter((s) => file.findings.some((f) => f.status === s)).map((s) => `${file.findings.filter((f) => f.status === s).length} ${FIX_LABELS[s]}`);
    return `<li><a href="#file-${summary.files.indexOf(file)}">${escapeHtml(file.path)}</a> <span class="badge file-${file.status}">${file.status}</span> ${escapeHtml(counts.join(', '))}</li>`;
  });
  return [
    '<section id="summary" aria-label="Summary">',
    `<div class="cards">${cards.join('')}</div>`,
    '<div class="tables">',
    `<div><h2>By transform</h2>${table(['transform', 'review suggestion', ...FIX_STATUSES.map((s) => FIX_LABELS[s])], byTransform, 'by-transform')}</div>`,
    `<div><h2>By code</h2>${byCode.length === 0 ? '<p>No findings.</p>' : table(['code', 'name', 'transform', ...FIX_STATUSES.map((s) => FIX_LABELS[s])], byCode, 'by-code')}</div>`,
    verificationPart(summary),
    leftAlone(summary),
    notProcessed(summary),
    `<div><h2>Files</h2><ul class="file-list">${files.join('')}</ul></div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

/** What --verify did, as the text report says it; nothing without --verify. */
function verificationPart(summary: RunSummary): string {
  if (summary.verification === undefined) return '';
  return `<div><h2>Verification</h2><pre class="verification">${escapeHtml(verificationText(summary.verification, summary.files).join('\n'))}</pre></div>`;
}

/** The places left alone, grouped by code and reason, the most frequent first: what a reviewer may do by hand. */
function leftAlone(summary: RunSummary): string {
  const groups = new Map<string, { code: string; reason: string; count: number }>();
  for (const f of summary.files.flatMap((file) => file.findings)) {
    if (f.status !== 'no-fix' || f.reason === null) continue;
    const key = `${f.code}\n${f.reason}`;
    const group = groups.get(key) ?? { code: f.code, reason: f.reason, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  if (groups.size === 0) return '';
  const rows = [...groups.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).map((g) => [count(g.count), code(g.code), escapeHtml(g.reason)]);
  return `<div><h2>Left alone, and why</h2>${table(['places', 'code', 'reason'], rows, 'left-alone')}</div>`;
}

function notProcessed(summary: RunSummary): string {
  const troubled = summary.files.filter(isUnprocessed);
  if (troubled.length === 0) return '';
  const rows = troubled.map((file) => [escapeHtml(file.path), `<span class="badge file-${file.status}">${file.status}</span>`, escapeHtml(file.reason ?? '')]);
  return `<div><h2>Files not processed</h2>${table(['file', 'status', 'reason'], rows, 'not-processed')}</div>`;
}

/** The checkboxes that choose which findings show, one group per facet, each value with its count. */
function filtersSection(summary: RunSummary, totals: Totals, codes: ReadonlyMap<string, RunCode>): string {
  const group = (facet: string, legend: string, values: readonly { value: string; label: string; count: number }[]) =>
    [
      `<fieldset data-facet="${facet}"><legend>${legend}</legend>`,
      `<button type="button" data-all="${facet}">all</button> <button type="button" data-none="${facet}">none</button>`,
      ...values.map(
        (v) => `<label><input type="checkbox" data-filter="${facet}" value="${escapeHtml(v.value)}" checked> ${escapeHtml(v.label)} <span class="count">${v.count}</span></label>`,
      ),
      '</fieldset>',
    ].join('');
  const found = (values: readonly { value: string; label: string; count: number }[]) => values.filter((v) => v.count > 0);
  const transforms = found(summary.transforms.map(({ meta: { name } }) => ({ value: name, label: name, count: sum(totals.transforms[name]) })));
  const statuses = found(FIX_STATUSES.map((s) => ({ value: s, label: FIX_LABELS[s], count: totals.findings[s] })));
  const byCode = Object.entries(totals.codes).map(([id, counts]) => ({ value: id, label: `${id} ${codes.get(id)!.name}`, count: sum(counts) }));
  const all = sum(totals.findings);
  return [
    '<section id="filters" aria-label="Filters">',
    '<h2>Show findings</h2>',
    '<div class="facets">',
    group('transform', 'Transform', transforms),
    group('status', 'Status', statuses),
    group('code', 'Code', byCode),
    '</div>',
    `<p id="shown" aria-live="polite">${all} of ${all} findings shown</p>`,
    '</section>',
  ].join('\n');
}

/** What --verify proved about a fix, under its finding; nothing without --verify. */
function verificationDiv(f: ReportedFinding): string {
  const text = fixVerificationText(f);
  return text === null ? '' : `<div class="verification">${escapeHtml(text)}</div>`;
}

/** A file: its status, its diff side by side, and its findings, each row carrying what the filters and the diff's notes read. */
function fileSection(file: FileResult, index: number): string {
  const rows = file.findings.map(
    (f) =>
      `<tr class="finding severity-${findingSeverity(f.status)}" data-transform="${escapeHtml(f.transform)}" data-status="${f.status}" data-code="${escapeHtml(f.code)}" data-line="${f.line}">` +
      `<td class="place">${f.line}:${f.column}</td><td>${code(f.code)}</td><td>${code(f.transform)}</td><td><span class="badge fix-${f.status}">${FIX_LABELS[f.status]}</span></td>` +
      `<td class="what"><div class="message">${escapeHtml(f.message)}</div>${f.reason === null ? '' : `<div class="reason">${escapeHtml(f.reason)}</div>`}${
        f.testIds === null ? '' : `<div class="test-ids">test id: ${escapeHtml(`${f.testIds.from} → ${f.testIds.to.join(', ')}`)}</div>`
      }${verificationDiv(f)}</td></tr>`,
  );
  const diff = file.diff === null ? '' : diffHtml()(file.diff, { outputFormat: 'side-by-side', drawFileList: false, matching: 'lines', diffStyle: 'word' });
  return [
    `<section class="file" id="file-${index}" data-path="${escapeHtml(file.path)}" data-findings="${file.findings.length}">`,
    `<h2><span class="path">${escapeHtml(file.path)}</span> <span class="badge file-${file.status}">${file.status}</span></h2>`,
    file.reason === null ? '' : `<p class="file-reason">${escapeHtml(file.reason)}</p>`,
    diff === '' ? '' : `<div class="diff">${diff}</div>`,
    rows.length === 0 ? '' : table(['place', 'code', 'transform', 'status', 'finding'], [], 'findings', rows),
    '</section>',
  ].join('\n');
}

/** How many findings the counts hold, whatever their status. */
function sum(counts: Record<FixStatus, number>): number {
  return FIX_STATUSES.reduce((n, s) => n + counts[s], 0);
}

function table(head: readonly string[], rows: readonly (readonly string[])[], className: string, rawRows: readonly string[] = []): string {
  const body = [...rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`), ...rawRows];
  return `<table class="${className}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function card(label: string, value: number, className: string): string {
  return `<div class="card ${className}${value === 0 ? ' zero' : ''}"><span class="value">${value}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

function count(n: number): string {
  return n === 0 ? '<span class="zero">0</span>' : String(n);
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Node's require, which loads diff2html on first use: only the page needs it, and loading it costs any run about 0.04 s. */
const require = createRequire(import.meta.url);

let render: typeof import('diff2html').html | undefined;

/** diff2html's renderer, loaded once. */
function diffHtml(): typeof import('diff2html').html {
  render ??= (require('diff2html') as typeof import('diff2html')).html;
  return render;
}

let style: string | undefined;

/** diff2html's own stylesheet, read once from its package. */
function diff2htmlStyle(): string {
  style ??= readFileSync(require.resolve('diff2html/bundles/css/diff2html.min.css'), 'utf8');
  return style;
}
