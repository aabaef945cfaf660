/**
 * The report of a review-driven run, grouped by suggestion, from run results
 * made up for the purpose: which suggestion each finding is listed under, and
 * the text, JSON and Markdown forms.
 */
import { describe, expect, it } from 'vitest';
import { findingsBySuggestion, formatReviewReport, type RunSummary } from '../src/core/report.js';
import { TRANSFORMS } from '../src/core/registry.js';
import { planReview, type PlanOptions } from '../src/review/plan.js';
import type { FileResult, ReportedFinding, Transform } from '../src/core/types.js';

const AVAILABLE: PlanOptions['available'] = [
  { name: 'assert-methods', safety: 'safe' },
  { name: 'rename', safety: 'safe' },
];

const REVIEW = [
  'Please fix these:',
  '',
  '1. Use the precise assertion: assertTrue(a == b) hides the values.',
  '2. Rename `srv` to `server`.',
  '3. The deprecated aliases such as assertEquals should go too.',
  '4. Rename `vm` to `instance`.',
  '5. Rename `setUp` to `prepare`.',
  '6. Add a release note.',
  '',
].join('\n');

function finding(transform: string, line: number, message: string, status: ReportedFinding['status'] = 'applied', reason: string | null = null): ReportedFinding {
  return { code: transform === 'rename' ? 'TM201' : 'TM101', transform, suggestion: transform === 'rename' ? 'say it by name' : 'use the precise assertion', line, column: 9, endLine: line, endColumn: 30, message, status, safety: status === 'no-fix' ? null : 'safe', reason, testIds: null, edits: null };
}

const FILES: FileResult[] = [
  {
    path: 'tests/test_a.py',
    status: 'changed',
    reason: null,
    diff: null,
    findings: [
      finding('assert-methods', 6, 'assertTrue(a == b) → assertEqual: the failure message shows the values'),
      finding('rename', 7, 'vm → instance'),
      finding('assert-methods', 9, 'assertTrue(0 < a < 2) left alone', 'no-fix', 'a chained comparison has no single assert method; split it into two assertions by hand'),
    ],
  },
  { path: 'tests/test_b.py', status: 'changed', reason: null, diff: null, findings: [finding('rename', 3, 'srv → server')] },
  { path: 'tests/test_c.py', status: 'skipped', reason: "syntax error in the input at line 2: missing ')'", diff: null, findings: [] },
];

const RENAME: Transform = { meta: { ...TRANSFORMS[0].meta, name: 'rename', suggestion: 'say it by name' }, create: () => [] };
const SUMMARY: RunSummary = {
  version: '0.1.0',
  mode: 'dry',
  unsafe: false,
  transforms: [TRANSFORMS.find((t) => t.meta.name === 'assert-methods')!, RENAME],
  files: FILES,
  elapsedMs: 40,
};
const PLAN = planReview(REVIEW, 'review.txt', ['tests'], { available: AVAILABLE });

describe('the report grouped by suggestion', () => {
  it('lists each finding under one suggestion: the first that chose its transform, or the one that asked for that name', () => {
    const grouped = findingsBySuggestion(PLAN, FILES).map((placed) => placed.map(({ path, finding: f }) => `${path}:${f.line} ${f.transform}`));
    expect(grouped).toEqual([['tests/test_a.py:6 assert-methods', 'tests/test_a.py:9 assert-methods'], ['tests/test_b.py:3 rename'], [], ['tests/test_a.py:7 rename'], [], []]);
  });

  it('says, as text, what changed where and what was refused and why, suggestion by suggestion', () => {
    const text = formatReviewReport(SUMMARY, PLAN, 'text');
    expect(text.replace(/\d+ files in [\d.]+ s \(\d+ files\/s\)/, 'TIMING')).toBe(
      [
        'testmend report for review.txt, grouped by suggestion',
        '  1. "Use the precise assertion: assertTrue(a == b) hides the values." (line 3)',
        '     → assert-methods: 1 applied, 1 no-fix',
        '         tests/test_a.py: changed',
        '           6:9     TM101 applied            assertTrue(a == b) → assertEqual: the failure message shows the values',
        '           9:9     TM101 no-fix             assertTrue(0 < a < 2) left alone',
        '                                            a chained comparison has no single assert method; split it into two assertions by hand',
        '  2. "Rename `srv` to `server`." (line 4)',
        '     in every file under the paths',
        '     → rename srv → server: 1 applied',
        '         tests/test_b.py: changed',
        '           3:9     TM201 applied            srv → server',
        '  3. "The deprecated aliases such as assertEquals should go too." (line 5)',
        '     → assert-methods: its findings are listed under suggestion 1',
        '  4. "Rename `vm` to `instance`." (line 6)',
        '     in every file under the paths',
        '     → rename vm → instance: 1 applied',
        '         tests/test_a.py: changed',
        '           7:9     TM201 applied            vm → instance',
        '  5. "Rename `setUp` to `prepare`." (line 7)',
        '     ✗ harmful: renaming setUp: unittest hooks would stop running (unittest calls them by name)',
        '  6. "Add a release note." (line 8)',
        '     ✗ not about code: about the release note, not the code',
        '',
        'Files not processed:',
        "  tests/test_c.py: skipped (syntax error in the input at line 2: missing ')')",
        '',
        'testmend (dry run: nothing written)',
        '  assert-methods    1 applied, 1 no-fix  (use the precise assertion)',
        '  rename            2 applied  (say it by name)',
        '  files: 2 changed, 0 unchanged, 1 skipped, 0 error',
        '  TIMING',
        '',
      ].join('\n'),
    );
  });

  it('gives tools the suggestions with their findings, between the transforms and the files of the usual report', () => {
    const json = JSON.parse(formatReviewReport(SUMMARY, PLAN, 'json'));
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'mode', 'unsafe', 'review', 'format', 'transforms', 'suggestions', 'context', 'files', 'totals', 'timing']);
    expect(json.review).toBe('review.txt');
    expect(json.suggestions[1]).toEqual({
      index: 2,
      line: 4,
      comment: null,
      text: 'Rename `srv` to `server`.',
      scope: { places: null, why: null },
      transforms: [{ name: 'rename', wording: 'Rename `srv` to `server`', status: 'selected', settings: { rename: ['srv=server'] } }],
      change: null,
      refused: [],
      findings: [{ path: 'tests/test_b.py', code: 'TM201', transform: 'rename', suggestion: 'say it by name', line: 3, column: 9, endLine: 3, endColumn: 30, message: 'srv → server', status: 'applied', safety: 'safe', reason: null, testIds: null, edits: null }],
    });
    expect(json.suggestions[4].refused).toEqual([{ kind: 'harmful', reason: 'renaming setUp: unittest hooks would stop running (unittest calls them by name)' }]);
    expect(json.context).toEqual([{ line: 1, text: 'Please fix these:', note: null }]);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['tests/test_a.py', 'tests/test_b.py', 'tests/test_c.py']);
    expect(json.totals.transforms.rename.applied).toBe(2);
  });

  it('gives reviewers a Markdown section per suggestion with a table of its findings', () => {
    const markdown = formatReviewReport(SUMMARY, PLAN, 'markdown');
    expect(markdown).toContain('### testmend report for `review.txt` (dry run: nothing written)');
    expect(markdown).toContain(
      [
        '#### 1. "Use the precise assertion: assertTrue(a == b) hides the values."',
        '',
        '- `assert-methods`: 1 applied, 1 no-fix',
        '',
        '| file | line | code | transform | status | finding |',
        '|---|---:|---|---|---|---|',
        '| `tests/test_a.py` | 6:9 | TM101 | `assert-methods` | applied | assertTrue(a == b) → assertEqual: the failure message shows the values |',
        '| `tests/test_a.py` | 9:9 | TM101 | `assert-methods` | no-fix | assertTrue(0 < a < 2) left alone<br>*a chained comparison has no single assert method; split it into two assertions by hand* |',
      ].join('\n'),
    );
    expect(markdown).toContain('#### 6. "Add a release note."\n\n- ✗ not about code: about the release note, not the code\n');
    expect(markdown).toContain("#### Files not processed\n\n- `tests/test_c.py`: skipped (syntax error in the input at line 2: missing ')')");
  });
});
