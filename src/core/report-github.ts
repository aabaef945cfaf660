/**
 * The report as GitHub Actions workflow commands: an annotation for each
 * finding, on the lines it is about, but those a suppression comment keeps,
 * and an error for each file that could not be processed. GitHub reads them from the step's output, stdout or
 * stderr alike, and shows them on the run and in the pull request's diff.
 */
import type { RunSummary } from './report.js';
import { findingSeverity } from './severity.js';
import { isUnprocessed } from './triage.js';
import type { ReportedFinding } from './types.js';
import { fixVerificationText } from './verify/report.js';

/** Workflow commands, one a line: `::warning file=…,line=…,endLine=…,title=TM101::message`. */
export function formatGithub(summary: RunSummary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    if (isUnprocessed(file)) {
      lines.push(command('error', { file: file.path, title: `testmend: file ${file.status === 'skipped' ? 'skipped' : 'not processed'}` }, file.reason ?? file.status));
    }
    for (const finding of file.findings.filter((f) => f.status !== 'suppressed')) {
      lines.push(command(findingSeverity(finding.status) === 'warning' ? 'warning' : 'notice', { file: file.path, ...place(finding), title: finding.code }, describe(finding)));
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * Where an annotation goes. A finding that ends at the start of a line ends on
 * the line before; columns go only with a one-line place, as GitHub takes them.
 */
function place(f: ReportedFinding): Record<string, number> {
  const endLine = f.endColumn === 1 && f.endLine > f.line ? f.endLine - 1 : f.endLine;
  return endLine === f.line ? { line: f.line, endLine, col: f.column, endColumn: Math.max(f.endColumn, f.column) } : { line: f.line, endLine };
}

/** The message, then what became of the fix and why when it was not applied, and what --verify proved of it. */
function describe(f: ReportedFinding): string {
  const verified = fixVerificationText(f);
  return [f.message, f.reason === null ? null : `${f.status}: ${f.reason}`, verified].filter((line) => line !== null).join('\n');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name} ${props.join(',')}::${escapeData(message)}`;
}

/** A command's message: `%`, CR and LF are written `%25`, `%0D` and `%0A`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property's value: escaped as a message, and `:` and `,` as `%3A` and `%2C`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
