/**
 * Triage for the reports of large runs: which files and findings a report
 * lists at each level of detail, in which order, and a summary that says
 * where to look first.
 */
import type { FileResult, FixStatus, ReportedFinding } from './types.js';

/** How much a report lists: its summary only, what needs a look, or everything. */
export type Detail = 'quiet' | 'normal' | 'verbose';

/** How the finding of a file a fix created begins its message. */
export const NEW_FILE = 'new file: ';

/** How many files the summary names as having the most fixes. */
const MOST_FIXES = 5;

/** Statuses of findings that the engine or the transform left alone, each with its reason. */
const LEFT_ALONE: readonly FixStatus[] = ['no-fix', 'declined', 'conflict'];

/** Whether a run could not process a file: skipped for a syntax error, or in error. */
export function isUnprocessed(file: FileResult): boolean {
  return file.status === 'skipped' || file.status === 'error';
}

/** Files in the order a reviewer takes them: changed, then unchanged with findings, then not processed; by path within each. */
export function reviewOrder(files: readonly FileResult[]): FileResult[] {
  const rank = (file: FileResult) => (file.status === 'changed' ? 0 : file.status === 'unchanged' ? 1 : 2);
  return [...files].sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Whether a report lists a finding on a line of its own. Without `--verbose`
 * it lists what needs a look (fixes not applied, and why) and the applied
 * fixes that change test ids or create a file; the others are counted in
 * their file's heading and shown by the diff.
 */
export function listsFinding(finding: ReportedFinding, detail: Detail): boolean {
  if (detail !== 'normal') return detail === 'verbose';
  if (finding.status === 'applied') return finding.testIds !== null || finding.message.startsWith(NEW_FILE);
  return finding.status !== 'suppressed';
}

/** Whether a report gives a file a heading: a file that changed, was not processed, or has a finding to list. */
export function listsFile(file: FileResult, detail: Detail): boolean {
  if (detail === 'quiet') return false;
  if (file.status !== 'unchanged') return true;
  return detail === 'verbose' ? file.findings.length > 0 || file.reason !== null : file.findings.some((f) => listsFinding(f, detail));
}

/** What a file's heading counts beside its status, without `--verbose`: `12 applied (TM110 ×10, TM101 ×2), 1 suppressed`. */
export function headingCounts(file: FileResult): string {
  const applied = file.findings.filter((f) => f.status === 'applied');
  const suppressed = file.findings.filter((f) => f.status === 'suppressed').length;
  const parts = applied.length === 0 ? [] : [`${applied.length} applied (${byCode(countsByCode(applied))})`];
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  return parts.join(', ');
}

/** Whether a reason only repeats what the status says: an unsafe fix that --unsafe would apply. */
export function reasonRepeatsStatus(finding: ReportedFinding): boolean {
  return finding.status === 'unsafe-not-enabled';
}

/** A group of findings the summary points to: how many, in how many files, and by code. */
interface Pointer {
  readonly count: number;
  readonly files: number;
  readonly codes: [string, number][];
}

/** Where to look first in a run. */
export interface Triage {
  /** The files with the most applied fixes, most first. */
  readonly mostFixes: { path: string; applied: number }[];
  /** Fixes that --unsafe would apply. */
  readonly unsafe: Pointer;
  /** Findings left alone, each with its reason. */
  readonly leftAlone: Pointer;
  readonly suppressed: Pointer;
  /** Files skipped for a syntax error or in error. */
  readonly notProcessed: FileResult[];
}

export function triage(files: readonly FileResult[]): Triage {
  const all = files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })));
  const pointer = (statuses: readonly FixStatus[]): Pointer => {
    const chosen = all.filter(({ finding }) => statuses.includes(finding.status));
    return { count: chosen.length, files: new Set(chosen.map(({ path }) => path)).size, codes: countsByCode(chosen.map(({ finding }) => finding)) };
  };
  const mostFixes = files
    .map((file) => ({ path: file.path, applied: file.findings.filter((f) => f.status === 'applied').length }))
    .filter((file) => file.applied > 0)
    .sort((a, b) => b.applied - a.applied || (a.path < b.path ? -1 : 1))
    .slice(0, MOST_FIXES);
  return {
    mostFixes,
    unsafe: pointer(['unsafe-not-enabled']),
    leftAlone: pointer(LEFT_ALONE),
    suppressed: pointer(['suppressed']),
    notProcessed: files.filter(isUnprocessed),
  };
}

/** The lines of the text summary after the counts by code: where to look first, then, with --quiet, the files not processed. */
export function triageText(found: Triage, detail: Detail): string[] {
  const lines: string[] = [];
  const look = lookFirst(found, detail);
  if (look.length > 0) lines.push('  where to look first:', ...look.map((line) => `    ${line}`));
  if (detail === 'quiet' && found.notProcessed.length > 0) {
    lines.push('  files not processed:', ...found.notProcessed.map((file) => `    ${file.path}: ${file.status} (${file.reason})`));
  }
  return lines;
}

/** The Markdown section that says where to look first. */
export function triageMarkdown(found: Triage, detail: Detail): string[] {
  const look = lookFirst(found, detail);
  return look.length === 0 ? [] : ['', '#### Where to look first', '', ...look.map((line) => `- ${line}`)];
}

/** One sentence per pointer: files with most fixes, what needs --unsafe, what was left alone or suppressed, what was not processed. */
function lookFirst(found: Triage, detail: Detail): string[] {
  const lines: string[] = [];
  const listed = detail === 'quiet' ? 'run without --quiet to list them' : 'listed above';
  if (found.mostFixes.length > 0) lines.push(`most fixes: ${found.mostFixes.map((file) => `${file.path} (${file.applied})`).join(', ')}`);
  const { unsafe, leftAlone, suppressed } = found;
  if (unsafe.count > 0) {
    const codes = unsafe.codes.map(([code]) => code).join(',');
    lines.push(`needs --unsafe: ${plural(unsafe.count, 'fix', 'fixes')} in ${plural(unsafe.files, 'file')} (${byCode(unsafe.codes)}), ${listed}; --unsafe applies them, --ignore ${codes} leaves them out`);
  }
  if (leftAlone.count > 0) lines.push(`left alone: ${plural(leftAlone.count, 'finding')} in ${plural(leftAlone.files, 'file')} (${byCode(leftAlone.codes)}), ${listed} with their reasons`);
  if (suppressed.count > 0) {
    lines.push(`suppressed by comments: ${plural(suppressed.count, 'finding')} in ${plural(suppressed.files, 'file')} (${byCode(suppressed.codes)})${detail === 'verbose' ? ', listed above' : '; --verbose lists them'}`);
  }
  if (found.notProcessed.length > 0) lines.push(`not processed: ${plural(found.notProcessed.length, 'file')}${detail === 'quiet' ? ', listed below' : ', listed above'} with the reason`);
  return lines;
}

function countsByCode(findings: readonly ReportedFinding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
}

/** `TM110 ×10, TM101`: codes and, above one, their counts. */
function byCode(counts: readonly [string, number][]): string {
  return counts.map(([code, n]) => (n === 1 ? code : `${code} ×${n}`)).join(', ');
}

/** `2 applied, 1 no-fix`: the counts in `order`, those above zero unless `keepZeroes`. */
export function describeCounts<K extends string>(counts: Partial<Record<K, number>>, order: readonly K[], keepZeroes = false): string {
  return order
    .filter((key) => keepZeroes || (counts[key] ?? 0) > 0)
    .map((key) => `${counts[key] ?? 0} ${key}`)
    .join(', ');
}

/** `1 file`, `2 files`. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}
