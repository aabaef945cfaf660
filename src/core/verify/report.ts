/** What `--verify` adds to the end-of-run report, in each format. */
import type { FileResult, ReportedFinding } from '../types.js';
import type { VerifySummary } from './verify.js';

/** The line under a finding: what the suite proved about its fix; null without --verify or for a finding without a fix. */
export function fixVerificationText(f: ReportedFinding): string | null {
  const v = f.verification;
  if (v === undefined) return null;
  if (f.status === 'applied') return v.verifiedBy > 0 ? `verified by ${v.verifiedBy} ${v.verifiedBy === 1 ? 'test' : 'tests'}` : 'not covered by a test that ran';
  if (f.status === 'reverted' && v.changed !== null) return `${v.changed.before} → ${v.changed.after}${v.changed.message ? `: ${lastLine(v.changed.message)}` : ''}`;
  return null;
}

/** The fixes --verify reverted, with their files. */
function revertedFixes(files: readonly FileResult[]): { path: string; finding: ReportedFinding }[] {
  return files.flatMap((file) => file.findings.filter((f) => f.status === 'reverted').map((finding) => ({ path: file.path, finding })));
}

function keptCount(files: readonly FileResult[]): { kept: number; proven: number } {
  const kept = files.flatMap((file) => file.findings).filter((f) => f.status === 'applied');
  return { kept: kept.length, proven: kept.filter((f) => (f.verification?.verifiedBy ?? 0) > 0).length };
}

/** How the verification ended, in a sentence. */
function verdict(summary: VerifySummary): string {
  if (summary.stopped !== null) return `Not confirmed: ${summary.stopped}.`;
  return summary.matchesBaseline ? 'The tests have the outcomes of the baseline on the tree as written.' : 'Nothing was run.';
}

function runsLine(summary: VerifySummary): string {
  return `baseline ${summary.baselineTests} tests; ${summary.runs} ${summary.runs === 1 ? 'run' : 'runs'}, ${summary.testsRun} tests run, ${(summary.elapsedMs / 1000).toFixed(1)} s`;
}

/** The verification section of a text report. */
export function verificationText(summary: VerifySummary, files: readonly FileResult[]): string[] {
  const { kept, proven } = keptCount(files);
  const reverted = revertedFixes(files);
  const lines = [`testmend --verify: ${summary.command} (${summary.runner})`, `  ${runsLine(summary)}`, `  fixes: ${kept} kept (${proven} verified by tests), ${reverted.length} reverted`];
  for (const { path, finding } of reverted) {
    lines.push(`  reverted ${path}:${finding.line} ${finding.transform}: ${finding.message}`);
    const change = finding.verification?.changed;
    if (change) lines.push(`    ${change.test}: ${change.before} → ${change.after}`, ...change.message.split('\n').filter(Boolean).map((line) => `      ${line}`));
    else if (finding.reason) lines.push(`    ${finding.reason}`);
  }
  for (const flaky of summary.flaky) lines.push(`  flaky, never blamed: ${flaky.test} (${flaky.outcomes.join(' → ')} on the ${flaky.tree === 'baseline' ? 'untouched' : 'fixed'} tree)`);
  lines.push(`  ${verdict(summary)}`);
  return lines;
}

/** The verification section of a Markdown report. */
export function verificationMarkdown(summary: VerifySummary, files: readonly FileResult[], escape: (text: string) => string): string[] {
  const { kept, proven } = keptCount(files);
  const reverted = revertedFixes(files);
  const out = ['', `#### Verified with \`${summary.command}\` (${summary.runner})`, '', `${capitalize(runsLine(summary))}. Fixes: ${kept} kept (${proven} verified by tests), ${reverted.length} reverted. ${verdict(summary)}`];
  if (reverted.length > 0) {
    out.push('', '| file | line | transform | fix | test | before → after | runner says |', '|---|---:|---|---|---|---|---|');
    for (const { path, finding } of reverted) {
      const change = finding.verification?.changed;
      out.push(
        `| \`${path}\` | ${finding.line} | \`${finding.transform}\` | ${escape(finding.message)} | ${change ? `\`${change.test}\`` : ''} | ${change ? `${change.before} → ${change.after}` : ''} | ${escape(change ? lastLine(change.message) : (finding.reason ?? ''))} |`,
      );
    }
  }
  if (summary.flaky.length > 0) out.push('', `Flaky, never blamed: ${summary.flaky.map((f) => `\`${f.test}\` (${f.outcomes.join(' → ')})`).join(', ')}.`);
  return out;
}

/** The verification in a JSON report. */
export function verificationJson(summary: VerifySummary, files: readonly FileResult[]) {
  const { kept, proven } = keptCount(files);
  return {
    command: summary.command,
    runner: summary.runner,
    baselineTests: summary.baselineTests,
    runs: summary.runs,
    testsRun: summary.testsRun,
    elapsedSeconds: Math.round(summary.elapsedMs) / 1000,
    kept,
    verifiedByTests: proven,
    reverted: revertedFixes(files).length,
    flaky: summary.flaky,
    matchesBaseline: summary.matchesBaseline,
    stopped: summary.stopped,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}
