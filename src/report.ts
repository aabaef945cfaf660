/** The end-of-run report, as text for a terminal, JSON for tools, or Markdown for a code review. */
import type { FileResult, FileStatus, FixStatus, ReportedFinding, Transform } from './types.js';

/** Version of the JSON report's shape; it changes only when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 1;

export type ReportFormat = 'text' | 'json' | 'markdown';

/** How testmend treated the files: wrote them, showed diffs, or only checked. */
export type RunMode = 'fix' | 'dry' | 'check';

export interface RunSummary {
  readonly version: string;
  readonly mode: RunMode;
  readonly unsafe: boolean;
  readonly transforms: readonly Transform[];
  /** Sorted by path. */
  readonly files: readonly FileResult[];
  readonly elapsedMs: number;
}

const FILE_STATUSES: readonly FileStatus[] = ['changed', 'unchanged', 'skipped', 'error'];
const FIX_STATUSES: readonly FixStatus[] = ['applied', 'unsafe-not-enabled', 'declined', 'conflict', 'no-fix'];

/** Counts of files by status, of findings by status, and of findings by transform and status. */
export interface Totals {
  readonly files: Record<FileStatus, number>;
  readonly findings: Record<FixStatus, number>;
  readonly transforms: Record<string, Record<FixStatus, number>>;
}

export function countTotals(summary: RunSummary): Totals {
  const files = zeroes(FILE_STATUSES);
  const findings = zeroes(FIX_STATUSES);
  const transforms: Record<string, Record<FixStatus, number>> = {};
  for (const transform of summary.transforms) transforms[transform.meta.name] = zeroes(FIX_STATUSES);
  for (const file of summary.files) {
    files[file.status]++;
    for (const finding of file.findings) {
      findings[finding.status]++;
      (transforms[finding.transform] ??= zeroes(FIX_STATUSES))[finding.status]++;
    }
  }
  return { files, findings, transforms };
}

/** Renders the report in the chosen format. */
export function formatReport(summary: RunSummary, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJson(summary), null, 2)}\n`;
    case 'markdown':
      return formatMarkdown(summary);
    case 'text':
      return formatText(summary);
  }
}

/** The JSON report: keys in a fixed order, files sorted by path, findings by position. */
export function toJson(summary: RunSummary) {
  const totals = countTotals(summary);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'testmend', version: summary.version },
    mode: summary.mode,
    unsafe: summary.unsafe,
    transforms: summary.transforms.map((t) => ({ name: t.meta.name, suggestion: t.meta.suggestion, safety: t.meta.safety })),
    files: summary.files.map((file) => ({
      path: file.path,
      status: file.status,
      reason: file.reason,
      findings: file.findings.map((f) => ({
        transform: f.transform,
        suggestion: f.suggestion,
        line: f.line,
        column: f.column,
        message: f.message,
        status: f.status,
        safety: f.safety,
        reason: f.reason,
      })),
    })),
    totals: {
      files: totals.files,
      findings: totals.findings,
      transforms: Object.fromEntries(Object.entries(totals.transforms).sort(([a], [b]) => a.localeCompare(b))),
    },
    timing: { elapsedSeconds: round(summary.elapsedMs / 1000), filesPerSecond: filesPerSecond(summary) },
  };
}

function formatText(summary: RunSummary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    if (file.status === 'unchanged' && file.findings.length === 0) continue;
    lines.push(`${file.path}: ${file.status}${file.reason ? ` (${file.reason})` : ''}`);
    for (const [transform, findings] of groupByTransform(file.findings)) {
      lines.push(`  ${transform} — ${findings[0].suggestion}`);
      for (const f of findings) {
        const place = `${f.line}:${f.column}`.padEnd(8);
        lines.push(`    ${place}${f.status.padEnd(19)}${f.message}${f.reason ? `\n${' '.repeat(31)}${f.reason}` : ''}`);
      }
    }
  }
  const totals = countTotals(summary);
  if (lines.length > 0) lines.push('');
  lines.push(`testmend ${modeLabel(summary)}`);
  for (const transform of summary.transforms) {
    const counts = totals.transforms[transform.meta.name];
    lines.push(`  ${transform.meta.name.padEnd(18)}${describeCounts(counts, FIX_STATUSES) || 'nothing found'}  (${transform.meta.suggestion})`);
  }
  lines.push(`  files: ${describeCounts(totals.files, FILE_STATUSES, true)}`);
  const count = summary.files.length;
  lines.push(`  ${count} ${count === 1 ? 'file' : 'files'} in ${(summary.elapsedMs / 1000).toFixed(2)} s (${filesPerSecond(summary)} files/s)`);
  return `${lines.join('\n')}\n`;
}

function formatMarkdown(summary: RunSummary): string {
  const totals = countTotals(summary);
  const out: string[] = [`### testmend ${modeLabel(summary)}`, ''];
  out.push(`Files: ${describeCounts(totals.files, FILE_STATUSES, true)}. Findings: ${describeCounts(totals.findings, FIX_STATUSES) || 'none'}.`, '');
  out.push('| transform | review suggestion | ' + FIX_STATUSES.join(' | ') + ' |');
  out.push('|---|---|' + FIX_STATUSES.map(() => '---:').join('|') + '|');
  for (const transform of summary.transforms) {
    const counts = totals.transforms[transform.meta.name];
    out.push(`| \`${transform.meta.name}\` | ${escapeCell(transform.meta.suggestion)} | ${FIX_STATUSES.map((s) => counts[s]).join(' | ')} |`);
  }
  for (const file of summary.files) {
    if (file.status === 'unchanged' && file.findings.length === 0) continue;
    out.push('', `#### \`${file.path}\` — ${file.status}`);
    if (file.reason) out.push('', escapeCell(file.reason));
    if (file.findings.length === 0) continue;
    out.push('', '| line | transform | suggestion | status | finding |', '|---:|---|---|---|---|');
    for (const f of file.findings) {
      const detail = f.reason ? `${escapeCell(f.message)}<br>*${escapeCell(f.reason)}*` : escapeCell(f.message);
      out.push(`| ${f.line}:${f.column} | \`${f.transform}\` | ${escapeCell(f.suggestion)} | ${f.status} | ${detail} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

function groupByTransform(findings: readonly ReportedFinding[]): Map<string, ReportedFinding[]> {
  const groups = new Map<string, ReportedFinding[]>();
  for (const finding of findings) groups.set(finding.transform, [...(groups.get(finding.transform) ?? []), finding]);
  return groups;
}

function modeLabel(summary: RunSummary): string {
  const mode = { fix: 'fixed files in place', dry: 'dry run: nothing written', check: 'check: nothing written' }[summary.mode];
  return `(${mode}${summary.unsafe ? '; unsafe fixes enabled' : ''})`;
}

function describeCounts<K extends string>(counts: Record<K, number>, order: readonly K[], keepZeroes = false): string {
  return order
    .filter((key) => keepZeroes || counts[key] > 0)
    .map((key) => `${counts[key]} ${key}`)
    .join(', ');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function filesPerSecond(summary: RunSummary): number {
  return summary.elapsedMs > 0 ? Math.round((summary.files.length * 1000) / summary.elapsedMs) : summary.files.length;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
