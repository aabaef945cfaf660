/** The end-of-run report, as text for a terminal, JSON for tools, or Markdown for a code review. */
import {
  describeChange,
  describeMapping,
  describeRefusal,
  describeScope,
  mappingStatus,
  mappingTarget,
  quoteSuggestion,
  reviewName,
  SUGGESTED_CHANGE,
  suggestionSource,
  type Plan,
  type PlannedMapping,
  type PlannedSuggestion,
} from '../review/plan.js';
import { ENGINE, ENGINE_SUGGESTION, findCode } from './codes.js';
import { formatGithub } from './report-github.js';
import { formatHtml } from './report-html.js';
import { toSarif } from './report-sarif.js';
import { describeCounts, headingCounts, isUnprocessed, listsFile, listsFinding, plural, reasonRepeatsStatus, reviewOrder, triage, triageMarkdown, triageText, type Detail } from './triage.js';
import type { CodeInfo, FileResult, FileStatus, FixStatus, ReportedFinding, Transform, TransformMeta } from './types.js';
import { fixVerificationText, verificationJson, verificationMarkdown, verificationText } from './verify/report.js';
import type { VerifySummary } from './verify/verify.js';

/** Version of the JSON report's shape; it changes only when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 4;

export type ReportFormat = 'text' | 'json' | 'markdown' | 'github' | 'sarif' | 'html';

/** The formats a plan can be printed in. */
export type PlanFormat = 'text' | 'json' | 'markdown';
export const PLAN_FORMATS: readonly string[] = ['text', 'json', 'markdown'] satisfies PlanFormat[];

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
  /** What --verify did, when it ran. */
  readonly verification?: VerifySummary;
  /** How much the text and Markdown reports list (`--quiet`, `--verbose`); JSON holds everything. Default `normal`. */
  readonly detail?: Detail;
  /** One source from stdin, written (fixed) to stdout. */
  readonly stdin?: boolean;
}

export const FILE_STATUSES: readonly FileStatus[] = ['changed', 'unchanged', 'skipped', 'error'];
export const FIX_STATUSES: readonly FixStatus[] = ['applied', 'unsafe-not-enabled', 'declined', 'conflict', 'no-fix', 'suppressed', 'reverted'];

/** Counts of files by status, of findings by status, and of findings by transform and status, and by code and status. */
export interface Totals {
  readonly files: Record<FileStatus, number>;
  readonly findings: Record<FixStatus, number>;
  readonly transforms: Record<string, Record<FixStatus, number>>;
  /** The codes found, in code order. */
  readonly codes: Record<string, Record<FixStatus, number>>;
}

export function countTotals(summary: RunSummary): Totals {
  const files = zeroes(FILE_STATUSES);
  const findings = zeroes(FIX_STATUSES);
  const transforms: Record<string, Record<FixStatus, number>> = {};
  const codes: Record<string, Record<FixStatus, number>> = {};
  for (const transform of summary.transforms) transforms[transform.meta.name] = zeroes(FIX_STATUSES);
  for (const file of summary.files) {
    files[file.status]++;
    for (const finding of file.findings) {
      findings[finding.status]++;
      (transforms[finding.transform] ??= zeroes(FIX_STATUSES))[finding.status]++;
      (codes[finding.code] ??= zeroes(FIX_STATUSES))[finding.status]++;
    }
  }
  return { files, findings, transforms, codes: Object.fromEntries(Object.entries(codes).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** A finding code of a run, with the transform that declares it (`meta`), or else the one whose finding carries it. */
export interface RunCode extends CodeInfo {
  readonly code: string;
  /** Null for a code no transform of the run declares. */
  readonly meta: TransformMeta | null;
  readonly transform: string;
}

/** The codes of the transforms that ran, and any other code a finding carries, in code order. */
export function runCodes(summary: RunSummary): RunCode[] {
  const codes = new Map<string, RunCode>();
  for (const { meta } of summary.transforms) {
    for (const [code, info] of Object.entries(meta.codes)) codes.set(code, { code, ...info, meta, transform: meta.name });
  }
  for (const file of summary.files) {
    for (const finding of file.findings) {
      if (codes.has(finding.code)) continue;
      const entry = findCode(finding.code);
      codes.set(finding.code, { code: finding.code, name: entry?.name ?? finding.code, summary: entry?.summary ?? finding.message, fix: entry?.fix ?? 'none', meta: null, transform: finding.transform });
    }
  }
  return [...codes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
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
    case 'github':
      return formatGithub(summary);
    case 'sarif':
      return `${JSON.stringify(toSarif(summary), null, 2)}\n`;
    case 'html':
      return formatHtml(summary);
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
      formatter: file.formatter ?? null,
      findings: file.findings.map(findingJson),
    })),
    totals: {
      files: totals.files,
      findings: totals.findings,
      transforms: Object.fromEntries(Object.entries(totals.transforms).sort(([a], [b]) => a.localeCompare(b))),
      codes: totals.codes,
    },
    timing: { elapsedSeconds: round(summary.elapsedMs / 1000), filesPerSecond: filesPerSecond(summary) },
    ...(summary.verification && { verification: verificationJson(summary.verification, summary.files) }),
  };
}

function findingJson(f: ReportedFinding) {
  return {
    code: f.code,
    transform: f.transform,
    suggestion: f.suggestion,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    status: f.status,
    safety: f.safety,
    reason: f.reason,
    testIds: f.testIds,
    edits: f.edits,
    ...(f.inheritedTestIds && { inheritedTestIds: f.inheritedTestIds }),
    ...(f.verification && { verification: f.verification }),
  };
}

/**
 * The text report: changed files first, each with its fixes counted by code
 * and what needs a look listed (everything with `--verbose`, nothing with
 * `--quiet`), then the totals and where to look first.
 */
function formatText(summary: RunSummary): string {
  const detail = summary.detail ?? 'normal';
  const lines: string[] = [];
  for (const file of reviewOrder(summary.files)) {
    if (!listsFile(file, detail)) continue;
    const counts = detail === 'verbose' ? '' : headingCounts(file);
    lines.push(`${file.path}: ${file.status}${file.reason ? ` (${file.reason})` : ''}${layoutNote(file)}${counts === '' ? '' : ` — ${counts}`}`);
    for (const f of file.findings) if (listsFinding(f, detail)) lines.push(findingText(f, '    ', detail === 'verbose'));
  }
  if (lines.length > 0) lines.push('');
  const totals = countTotals(summary);
  return `${[...lines, ...verificationLines(summary), ...totalsText(summary, totals, [...codesText(totals), ...triageText(triage(summary.files), detail)])].join('\n')}\n`;
}

/** `  by code:`, then a line per code found: code, name, counts by status. */
function codesText(totals: Totals): string[] {
  const names = Object.keys(totals.codes).map((code) => `${code} ${findCode(code)?.name ?? ''}`);
  if (names.length === 0) return [];
  const width = Math.max(...names.map((name) => name.length));
  return ['  by code:', ...Object.values(totals.codes).map((counts, i) => `    ${names[i].padEnd(width)}  ${describeCounts(counts, FIX_STATUSES)}`)];
}

/** ` (laid out by black)` for a file whose changed lines a formatter laid out. */
function layoutNote(file: FileResult): string {
  return file.formatter === undefined ? '' : ` (laid out by ${file.formatter})`;
}

/** `black laid out the changed lines of 3 files`, per formatter; empty when none ran. */
function formattedCounts(summary: RunSummary): string {
  const counts = new Map<string, number>();
  for (const file of summary.files) if (file.formatter !== undefined) counts.set(file.formatter, (counts.get(file.formatter) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} laid out the changed lines of ${count} ${count === 1 ? 'file' : 'files'}`).join('; ');
}

/**
 * A finding on one line, its reason and the test ids it changes under it:
 * place, code, status, message. A reason that repeats the status shows only
 * when `full`.
 */
function findingText(f: ReportedFinding, indent: string, full = true): string {
  // A place, code or status wider than its column still keeps a space before the next.
  const place = `${f.line}:${f.column}`.padEnd(7);
  const reason = full || !reasonRepeatsStatus(f) ? f.reason : null;
  const under = [reason, testIdText(f), fixVerificationText(f)].filter((line) => line !== null).map((line) => `
${' '.repeat(indent.length + 33)}${line}`);
  return `${indent}${place} ${f.code.padEnd(5)} ${f.status.padEnd(18)} ${f.message}${under.join('')}`;
}

/** `test id: module.Class.test_old → module.Class.test_new`, and the subclasses that inherit it; null when the finding changes none. */
function testIdText(f: ReportedFinding): string | null {
  if (f.testIds === null) return null;
  const inherited = f.inheritedTestIds ?? [];
  const also = inherited.length === 0 ? '' : ` (also in ${inherited.length} subclass${inherited.length === 1 ? '' : 'es'}: ${inherited.map((c) => c.from).join(', ')})`;
  return `test id: ${f.testIds.from} → ${f.testIds.to.join(', ')}${also}`;
}

/** The closing lines of a text report: counts per transform and per file status, then `middle`, then time and speed. */
function totalsText(summary: RunSummary, totals: Totals, middle: readonly string[] = []): string[] {
  const lines = [`testmend ${modeLabel(summary)}`];
  for (const [name, suggestion] of owners(summary, totals)) {
    lines.push(`  ${name.padEnd(18)}${describeCounts(totals.transforms[name], FIX_STATUSES) || 'nothing found'}  (${suggestion})`);
  }
  lines.push(`  files: ${describeCounts(totals.files, FILE_STATUSES, true)}`);
  const formatted = formattedCounts(summary);
  if (formatted !== '') lines.push(`  formatter: ${formatted}`);
  lines.push(...middle);
  const count = summary.files.length;
  lines.push(`  ${count} ${count === 1 ? 'file' : 'files'} in ${(summary.elapsedMs / 1000).toFixed(2)} s (${filesPerSecond(summary)} files/s)`);
  return lines;
}

/** The verification section of a text report, then a blank line; nothing without --verify. */
function verificationLines(summary: RunSummary): string[] {
  return summary.verification === undefined ? [] : [...verificationText(summary.verification, summary.files), ''];
}

/** The transforms of the run, and the engine when it reported on suppression comments: name and suggestion. */
function owners(summary: RunSummary, totals: Totals): [string, string][] {
  const named: [string, string][] = summary.transforms.map((t) => [t.meta.name, t.meta.suggestion]);
  return totals.transforms[ENGINE] === undefined ? named : [...named, [ENGINE, ENGINE_SUGGESTION]];
}

/** The Markdown report: the totals, the verification and where to look first, then a section per file as the text report lists them. */
function formatMarkdown(summary: RunSummary): string {
  const detail = summary.detail ?? 'normal';
  const out: string[] = [`### testmend ${modeLabel(summary)}`, '', ...totalsMarkdown(summary), ...verificationSection(summary), ...triageMarkdown(triage(summary.files), detail)];
  for (const file of reviewOrder(summary.files)) {
    if (!listsFile(file, detail)) continue;
    out.push('', `#### \`${file.path}\` — ${file.status}${layoutNote(file)}`);
    if (file.reason) out.push('', escapeCell(file.reason));
    const counts = detail === 'verbose' ? '' : headingCounts(file);
    if (counts !== '') out.push('', `Fixes: ${counts}.`);
    const listed = file.findings.filter((f) => listsFinding(f, detail));
    if (listed.length === 0) continue;
    out.push('', '| line | code | transform | suggestion | status | finding |', '|---:|---|---|---|---|---|');
    for (const f of listed) {
      out.push(`| ${f.line}:${f.column} | ${f.code} | \`${f.transform}\` | ${escapeCell(f.suggestion)} | ${f.status} | ${findingCell(f)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** A finding's message for a Markdown table cell, its reason under it in italics, then the test ids it changes. */
function findingCell(f: ReportedFinding): string {
  const testIds = testIdText(f);
  const verified = fixVerificationText(f);
  return [escapeCell(f.message), f.reason ? `*${escapeCell(f.reason)}*` : null, testIds === null ? null : escapeCell(testIds), verified === null ? null : escapeCell(verified)].filter((part) => part !== null).join('<br>');
}

/** The verification section of a Markdown report; nothing without --verify. */
function verificationSection(summary: RunSummary): string[] {
  return summary.verification === undefined ? [] : verificationMarkdown(summary.verification, summary.files, escapeCell);
}

/** The counts of a Markdown report: files and findings in a sentence, then a table by transform. */
function totalsMarkdown(summary: RunSummary): string[] {
  const totals = countTotals(summary);
  const out = [`Files: ${describeCounts(totals.files, FILE_STATUSES, true)}. Findings: ${describeCounts(totals.findings, FIX_STATUSES) || 'none'}.`, ''];
  out.push('| transform | review suggestion | ' + FIX_STATUSES.join(' | ') + ' |');
  out.push('|---|---|' + FIX_STATUSES.map(() => '---:').join('|') + '|');
  for (const [name, suggestion] of owners(summary, totals)) {
    out.push(`| \`${name}\` | ${escapeCell(suggestion)} | ${FIX_STATUSES.map((s) => totals.transforms[name][s]).join(' | ')} |`);
  }
  if (Object.keys(totals.codes).length === 0) return out;
  out.push('', '| code | name | ' + FIX_STATUSES.join(' | ') + ' |', '|---|---|' + FIX_STATUSES.map(() => '---:').join('|') + '|');
  for (const [code, counts] of Object.entries(totals.codes)) out.push(`| ${code} | ${findCode(code)?.name ?? ''} | ${FIX_STATUSES.map((s) => counts[s]).join(' | ')} |`);
  return out;
}

/** The plan of a review-driven run, in the chosen format. */
export function formatPlan(plan: Plan, format: PlanFormat, version: string, unsafe: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(planJson(plan, version), null, 2)}\n`;
    case 'markdown':
      return formatPlanMarkdown(plan, unsafe);
    case 'text':
      return formatPlanText(plan, unsafe);
  }
}

/** The plan as JSON: the review, its suggestions with their transforms and refusals, what runs. */
export function planJson(plan: Plan, version: string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'testmend', version },
    review: plan.review,
    format: plan.format,
    paths: plan.paths,
    suggestions: plan.suggestions.map(suggestionJson),
    context: plan.context,
    run: plan.transforms,
    regions: plan.regions,
    settings: plan.settings,
    changes: plan.changes,
  };
}

function suggestionJson(suggestion: PlannedSuggestion) {
  const { places, why } = suggestion.scope;
  return {
    index: suggestion.index,
    line: suggestion.line,
    comment: suggestion.comment,
    text: suggestion.text,
    scope: { places: places?.map((p) => ({ path: p.path, definition: p.definition })) ?? null, why },
    transforms: suggestion.mappings.map((m) => ({ name: m.transform, wording: m.wording, status: m.status, settings: m.settings })),
    change: suggestion.change,
    refused: suggestion.refusals.map((r) => ({ kind: r.kind, reason: r.reason })),
  };
}

function formatPlanText(plan: Plan, unsafe: boolean): string {
  const lines = [`testmend plan: ${reviewName(plan)}, ${plural(plan.suggestions.length, 'suggestion')}, for ${plan.paths.join(' ')}`];
  for (const suggestion of plan.suggestions) {
    lines.push(suggestionHeading(suggestion));
    const scope = describeScope(suggestion, plan);
    if (scope !== null) lines.push(`     ${scope}`);
    for (const mapping of suggestion.mappings) lines.push(`     → ${describeMapping(mapping, unsafe)}`);
    if (suggestion.change !== null) lines.push(`     → ${describeChange(suggestion.change)}: ${unsafe ? 'runs' : 'runs; unsafe (it applies only with --unsafe) unless it changes only layout or comments'}`);
    for (const refusal of suggestion.refusals) lines.push(`     ✗ ${describeRefusal(refusal)}`);
  }
  if (plan.context.length > 0) {
    lines.push(`Read as context, not as suggestions: ${plan.context.map((p) => `${p.line === null ? '' : `line ${p.line} `}${quoteSuggestion(p.text, 40)}${p.note === null ? '' : ` (${p.note})`}`).join(', ')}`);
  }
  lines.push(runsLine(plan, (name) => name));
  return `${lines.join('\n')}\n`;
}

function formatPlanMarkdown(plan: Plan, unsafe: boolean): string {
  const out = [`### testmend plan for \`${reviewName(plan)}\``, '', '| # | suggestion | where | transforms | not applied |', '|---:|---|---|---|---|'];
  for (const s of plan.suggestions) {
    const mapped = [...s.mappings.map((m) => `\`${mappingTarget(m)}\`: ${mappingStatus(m, unsafe)}`), ...(s.change === null ? [] : [describeChange(s.change)])].join('<br>');
    const where = `${suggestionSource(s)}<br>${describeScope(s, plan) ?? ''}`.replace(/<br>$/, '');
    out.push(`| ${s.index} | ${escapeCell(quoteSuggestion(s.text))} | ${escapeCell(where)} | ${escapeCell(mapped)} | ${escapeCell(s.refusals.map(describeRefusal).join('<br>'))} |`);
  }
  out.push('', runsLine(plan, (name) => `\`${name}\``));
  return `${out.join('\n')}\n`;
}

/** What the run does, closing the plan: the transforms and the suggested changes, or that nothing runs. */
function runsLine(plan: Plan, name: (transform: string) => string): string {
  const runs = [...plan.transforms.map(name), ...(plan.changes.length > 0 ? [plural(plan.changes.length, 'suggested change')] : [])];
  if (runs.length > 0) return `Runs: ${runs.join(', ')}.`;
  const placed = plan.suggestions.some((s) => s.mappings.some((m) => m.status === 'nowhere'));
  return placed ? 'Nothing to run: the review places its suggestions in no file under the paths.' : 'Nothing to run: no suggestion maps to a transform this version has.';
}

function suggestionHeading(suggestion: PlannedSuggestion): string {
  return `${String(suggestion.index).padStart(3)}. ${quoteSuggestion(suggestion.text)} (${suggestionSource(suggestion)})`;
}

/** A finding, with the file it is in. */
interface PlacedFinding {
  readonly path: string;
  readonly finding: ReportedFinding;
}

/**
 * The findings each suggestion answers, by suggestion index. A finding goes to
 * the first suggestion that selected its transform, except that a finding about
 * a name one suggestion asked to rename goes to that suggestion.
 */
export function findingsBySuggestion(plan: Plan, files: readonly FileResult[]): PlacedFinding[][] {
  const grouped = plan.suggestions.map((): PlacedFinding[] => []);
  for (const file of files) {
    for (const finding of file.findings) {
      const owner = finding.transform === SUGGESTED_CHANGE ? changeOwner(plan, file.path, finding) : transformOwner(plan, file.path, finding);
      if (owner !== undefined) grouped[owner.index - 1].push({ path: file.path, finding });
    }
  }
  return grouped;
}

/** The suggestion whose change a finding of the suggested changes is about: the one on the lines where it starts. */
function changeOwner(plan: Plan, path: string, finding: ReportedFinding): PlannedSuggestion | undefined {
  return plan.suggestions.find((s) => s.change !== null && s.change.path === path && s.change.from === finding.line);
}

/**
 * The suggestion a transform's finding answers: of those that selected its
 * transform, the ones whose places hold the finding come first, and among
 * them the one that asked to rename the name it is about.
 */
function transformOwner(plan: Plan, path: string, finding: ReportedFinding): PlannedSuggestion | undefined {
  const owners = plan.suggestions.filter((s) => s.mappings.some((m) => m.status === 'selected' && m.transform === finding.transform));
  const narrowest = owners.filter((s) => holds(s, path, finding.line, true));
  const holding = narrowest.length > 0 ? narrowest : owners.filter((s) => holds(s, path, finding.line, false));
  const candidates = holding.length > 0 ? holding : owners;
  return candidates.find((s) => s.mappings.some((m) => m.transform === finding.transform && subjectsOf(m).some((name) => isAbout(finding, name)))) ?? candidates[0];
}

/** Whether a suggestion's places hold a line of a file; `narrow` counts only the places limited to a definition. */
function holds(suggestion: PlannedSuggestion, path: string, line: number, narrow: boolean): boolean {
  const { places } = suggestion.scope;
  if (places === null) return !narrow;
  return places.some((p) => p.path === path && (p.definition === null ? !narrow : p.definition.from <= line && line <= p.definition.to));
}

/** The names a mapping renames. */
function subjectsOf(mapping: PlannedMapping): string[] {
  return (mapping.renames ?? []).map((pair) => pair.from);
}

/** Whether a finding is about a name: its message names it, or the test id it changes ends with it. */
function isAbout(finding: ReportedFinding, name: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(finding.message) || (finding.testIds?.from.endsWith(`.${name}`) ?? false);
}

/** The report of a review-driven run, grouped by suggestion, in the chosen format; the formats for CI list the findings as any run does. */
export function formatReviewReport(summary: RunSummary, plan: Plan, format: ReportFormat): string {
  const grouped = findingsBySuggestion(plan, summary.files);
  switch (format) {
    case 'json':
      return `${JSON.stringify(reviewJson(summary, plan, grouped), null, 2)}\n`;
    case 'markdown':
      return formatReviewMarkdown(summary, plan, grouped);
    case 'text':
      return formatReviewText(summary, plan, grouped);
    default:
      return formatReport(summary, format);
  }
}

/** The JSON report of a review-driven run: the usual report, with the review and its suggestions after `unsafe`. */
function reviewJson(summary: RunSummary, plan: Plan, grouped: readonly PlacedFinding[][]) {
  const { schemaVersion, tool, mode, unsafe, transforms, files, totals, timing, verification } = toJson(summary);
  const suggestions = plan.suggestions.map((s) => ({
    ...suggestionJson(s),
    findings: grouped[s.index - 1].map(({ path, finding }) => ({ path, ...findingJson(finding) })),
  }));
  return { schemaVersion, tool, mode, unsafe, review: plan.review, format: plan.format, transforms, suggestions, context: plan.context, files, totals, timing, ...(verification && { verification }) };
}

/** What became of one mapping in a run: its findings counted, or why it did not run. */
function mappingOutcome(mapping: PlannedMapping, suggestion: PlannedSuggestion, plan: Plan, grouped: readonly PlacedFinding[][], unsafe: boolean): string {
  if (mapping.status !== 'selected') return mappingStatus(mapping, unsafe);
  const own = grouped[suggestion.index - 1].filter((p) => p.finding.transform === mapping.transform);
  if (own.length > 0) return describeCounts(countStatuses(own.map((p) => p.finding)), FIX_STATUSES);
  const mine = (p: PlacedFinding) => p.finding.transform === mapping.transform && holds(suggestion, p.path, p.finding.line, false);
  const holder = subjectsOf(mapping).length > 0 ? undefined : plan.suggestions.find((s) => grouped[s.index - 1].some(mine));
  return holder === undefined ? 'nothing found' : `its findings are listed under suggestion ${holder.index}`;
}

/** What became of a suggestion's change: its finding's status, or that the file was not processed. */
function changeOutcome(suggestion: PlannedSuggestion, grouped: readonly PlacedFinding[][], files: readonly FileResult[]): string {
  const own = grouped[suggestion.index - 1].filter((p) => p.finding.transform === SUGGESTED_CHANGE);
  if (own.length > 0) return describeCounts(countStatuses(own.map((p) => p.finding)), FIX_STATUSES);
  const file = files.find((f) => f.path === suggestion.change?.path);
  return file === undefined || isUnprocessed(file) ? 'not applied: the file was not processed' : 'already made: the lines read as the change has them';
}

function formatReviewText(summary: RunSummary, plan: Plan, grouped: readonly PlacedFinding[][]): string {
  const lines = [`testmend report for ${reviewName(plan)}, grouped by suggestion`];
  for (const suggestion of plan.suggestions) {
    lines.push(suggestionHeading(suggestion));
    const scope = describeScope(suggestion, plan);
    if (scope !== null) lines.push(`     ${scope}`);
    const outcomes = [
      ...suggestion.mappings.map((mapping) => ({ target: mappingTarget(mapping), transform: mapping.transform, outcome: mappingOutcome(mapping, suggestion, plan, grouped, summary.unsafe) })),
      ...(suggestion.change === null ? [] : [{ target: describeChange(suggestion.change), transform: SUGGESTED_CHANGE, outcome: changeOutcome(suggestion, grouped, summary.files) }]),
    ];
    for (const { target, transform, outcome } of outcomes) {
      lines.push(`     → ${target}: ${outcome}`);
      const own = grouped[suggestion.index - 1].filter((p) => p.finding.transform === transform && listedInReview(p.finding, summary.detail));
      for (const [path, placed] of groupBy(own, (p) => p.path)) {
        lines.push(`         ${path}: ${summary.files.find((f) => f.path === path)!.status}`);
        for (const { finding } of placed) lines.push(findingText(finding, '           '));
      }
    }
    for (const refusal of suggestion.refusals) lines.push(`     ✗ ${describeRefusal(refusal)}`);
  }
  const troubled = summary.files.filter(isUnprocessed);
  if (troubled.length > 0) lines.push('', 'Files not processed:', ...troubled.map((f) => `  ${f.path}: ${f.status} (${f.reason})`));
  return `${[...lines, '', ...verificationLines(summary), ...totalsText(summary, countTotals(summary))].join('\n')}\n`;
}

function formatReviewMarkdown(summary: RunSummary, plan: Plan, grouped: readonly PlacedFinding[][]): string {
  const out = [`### testmend report for \`${reviewName(plan)}\` ${modeLabel(summary)}`, '', ...totalsMarkdown(summary), ...verificationSection(summary)];
  for (const suggestion of plan.suggestions) {
    out.push('', `#### ${suggestion.index}. ${escapeCell(quoteSuggestion(suggestion.text, 100))}`, '');
    const scope = describeScope(suggestion, plan);
    if (scope !== null) out.push(`${escapeCell(scope[0].toUpperCase() + scope.slice(1))}.`, '');
    for (const mapping of suggestion.mappings) out.push(`- \`${mappingTarget(mapping)}\`: ${mappingOutcome(mapping, suggestion, plan, grouped, summary.unsafe)}`);
    if (suggestion.change !== null) out.push(`- ${escapeCell(describeChange(suggestion.change))}: ${changeOutcome(suggestion, grouped, summary.files)}`);
    for (const refusal of suggestion.refusals) out.push(`- ✗ ${escapeCell(describeRefusal(refusal))}`);
    const own = grouped[suggestion.index - 1].filter((p) => listedInReview(p.finding, summary.detail));
    if (own.length === 0) continue;
    out.push('', '| file | line | code | transform | status | finding |', '|---|---:|---|---|---|---|');
    for (const { path, finding: f } of own) {
      out.push(`| \`${path}\` | ${f.line}:${f.column} | ${f.code} | \`${f.transform}\` | ${f.status} | ${findingCell(f)} |`);
    }
  }
  const troubled = summary.files.filter(isUnprocessed);
  if (troubled.length > 0) out.push('', '#### Files not processed', '', ...troubled.map((f) => `- \`${f.path}\`: ${f.status} (${escapeCell(f.reason ?? '')})`));
  return `${out.join('\n')}\n`;
}

/**
 * Whether the report of a review-driven run lists a finding under its
 * suggestion: all with `--verbose`, all but the suppressed by default, none
 * with `--quiet`.
 */
function listedInReview(f: ReportedFinding, detail: Detail = 'normal'): boolean {
  return detail === 'verbose' || (detail === 'normal' && f.status !== 'suppressed');
}

function countStatuses(findings: readonly ReportedFinding[]): Record<FixStatus, number> {
  const counts = zeroes(FIX_STATUSES);
  for (const finding of findings) counts[finding.status]++;
  return counts;
}

/** Items grouped by a key, keys in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

/** How the run treated the files, in words: `(dry run: nothing written; unsafe fixes enabled)`. */
export function modeLabel(summary: RunSummary): string {
  const mode = { fix: summary.stdin ? 'fixed source written to stdout' : 'fixed files in place', dry: 'dry run: nothing written', check: 'check: nothing written' }[summary.mode];
  return `(${mode}${summary.unsafe ? '; unsafe fixes enabled' : ''})`;
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
