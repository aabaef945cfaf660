/**
 * The generated regions about reports: the formats `--report` takes, what
 * each status means, and a JSON report made by a real run.
 */
import { CLI_OPTIONS } from '../core/options.js';
import { transformSource } from '../core/engine.js';
import { selectTransforms } from '../core/registry.js';
import { formatReport, type ReportFormat } from '../core/report.js';
import type { FileResult, FileStatus, FixStatus } from '../core/types.js';
import { cell, code, codeBlock, prose, table } from './markdown.js';

/** What each report format is for; a format `--report` takes needs its line here. */
const FORMATS: Readonly<Record<ReportFormat, string>> = {
  text: 'for a terminal: the changed files first, each with its fixes counted by code and the findings that need a look; then the totals, the counts by code, where to look first, the time and files per second',
  json: 'for tools: every file of the run, every finding, the totals and the timing, in a fixed shape (below)',
  markdown: 'the text report as tables, to paste into a code review',
  github: 'for GitHub Actions: a workflow command per finding, which GitHub shows on the lines of the pull request, and an error per file not processed ([CI](ci.md))',
  sarif: 'SARIF 2.1.0, for code scanning (GitHub code scanning, IDE viewers): a rule per code, a result per finding with its fix as replacements ([CI](ci.md))',
  html: 'one self-contained page to browse a run: a summary, each file\'s diff side by side with its findings next to the lines, filters by transform, status and code (below); it needs --report-file',
};

const FILE_STATUSES: Readonly<Record<FileStatus, string>> = {
  changed: 'the file was fixed (or would be, with --dry and --check)',
  unchanged: 'nothing to fix; its findings, if any, say what was left alone and why',
  skipped: 'the file does not parse cleanly, so it was left byte-identical; the reason says where',
  error: 'the file could not be read, decoded, written or processed; the reason says why, and the run goes on',
};

const FIX_STATUSES: Readonly<Record<FixStatus, string>> = {
  applied: 'the fix was applied (or would be, with --dry and --check)',
  'unsafe-not-enabled': 'the fix is unsafe; --unsafe applies it',
  declined: 'the engine did not apply it: the result did not parse, the edits were malformed, or the transforms kept changing the file for 5 rounds',
  conflict: 'its edits overlapped a fix applied before it; the transforms ran again on the new text and it did not come back applied',
  'no-fix': 'the transform found the place but will not rewrite it; the reason says why',
  suppressed: 'a comment in the code keeps the place as it is (see suppression.md); the reason names the comment',
  reverted: '--verify found that the fix changes the outcome of a test (or, for an unsafe fix, that no test that ran covers it) and left it out; the reason and the verification say which test and what the runner said',
};

/** The formats `--report` takes, each with what it is for. */
export function reportFormats(): string {
  return table(['format', 'for'], CLI_OPTIONS.report.choices.map((format) => [code(format), cell(prose(FORMATS[format]))]));
}

/** What each status of a file means. */
export function fileStatuses(): string {
  return statusTable(FILE_STATUSES);
}

/** What each status of a finding's fix means. */
export function fixStatuses(): string {
  return statusTable(FIX_STATUSES);
}

function statusTable(meanings: Readonly<Record<string, string>>): string {
  return table(['status', 'meaning'], Object.entries(meanings).map(([status, meaning]) => [code(status), cell(prose(meaning))]));
}

/** The file the JSON example is made from: one assertion testmend rewrites, one it leaves alone. */
const SAMPLE = {
  path: 'tests/test_servers.py',
  source: [
    'import unittest',
    '',
    '',
    'class ServersTest(unittest.TestCase):',
    '    def test_list(self):',
    '        servers = self.api.list_servers()',
    '        self.assertTrue(len(servers) == 2)',
    '        self.assertTrue(0 < len(servers) < 3)',
    '',
  ].join('\n'),
};

/**
 * The report of `--dry -t assert-methods` over {@link SAMPLE}, in a format,
 * and the sample itself unless an earlier example showed it. Its timing is
 * that of a 31 ms run.
 */
export function reportExample(format: ReportFormat, version: string, showSample: boolean): string {
  const transforms = selectTransforms(['assert-methods']);
  const outcome = transformSource(SAMPLE.path, SAMPLE.source, { transforms, unsafe: false });
  const file: FileResult = { path: SAMPLE.path, status: outcome.status, reason: outcome.reason, findings: outcome.findings, diff: null };
  const report = formatReport({ version, mode: 'dry', unsafe: false, transforms, files: [file], elapsedMs: 31 }, format);
  const command = code(`testmend --dry -t assert-methods --report ${format} ${SAMPLE.path}`);
  return [
    ...(showSample ? [`${command} on`, codeBlock(SAMPLE.source, 'python'), 'writes (with the timing of a 31 ms run):'] : [`On the same file, ${command} writes:`]),
    codeBlock(report, format === 'github' ? 'text' : format === 'sarif' ? 'json' : format),
  ].join('\n\n');
}
