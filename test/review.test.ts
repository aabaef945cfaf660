/**
 * Reading a review: splitting it into suggestions, the rule table, explicit
 * renames and the plan. Plans are made against explicit lists of transforms,
 * so that they do not depend on which transforms this version registers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlan, planJson } from '../src/core/report.js';
import { mappingTarget, planReview, withPlanSettings, type PlanOptions } from '../src/review/plan.js';
import { readConvention } from '../src/review/conventions.js';
import { readReview, ReviewFormatError } from '../src/review/formats.js';
import { readRenames } from '../src/review/renames.js';
import { splitSentences } from '../src/review/sentences.js';
import { classify, NO_RULE, RULES } from '../src/review/rules.js';
import { readMarkdown, splitReview } from '../src/review/split.js';
import { ROOT } from './helpers.js';

/** A review written for the suite, from test/reviews/. */
function testReview(name: string): string {
  return readFileSync(path.join(ROOT, 'test', 'reviews', name), 'utf8');
}

/** Every transform the rule table names, as if this version had them all. */
const EVERY: PlanOptions['available'] = ['assert-methods', 'sleep-to-wait', 'naming', 'rename', 'extract-helpers', 'split-tests', 'style', 'docstrings'].map((name) => ({
  name,
  safety: 'safe',
}));
const ONLY_ASSERT: PlanOptions['available'] = [{ name: 'assert-methods', safety: 'safe' }];

/** Each suggestion in short: the transforms it maps to, and the kinds of what it refuses. */
function outline(text: string): [string[], string[]][] {
  return planReview(text, 'review.txt', ['.'], { available: EVERY }).suggestions.map((s) => [s.mappings.map((m) => m.transform), s.refusals.map((r) => r.kind)]);
}

describe('splitting a review', () => {
  it('takes numbered items with unindented continuation lines, and keeps the prose around them apart', () => {
    const passages = splitReview('No defects found.\n\nSuggestions:\n\n1. Naming:\nUse snake_case.\n2. Sleeps:\nDo not sleep.\nReally.\n\nOverall fine.\n');
    expect(passages).toEqual([
      { line: 1, text: 'No defects found.', kind: 'paragraph', introducesList: false },
      { line: 3, text: 'Suggestions:', kind: 'paragraph', introducesList: true },
      { line: 5, text: 'Naming: Use snake_case.', kind: 'item', introducesList: false },
      { line: 7, text: 'Sleeps: Do not sleep. Really.', kind: 'item', introducesList: false },
      { line: 11, text: 'Overall fine.', kind: 'paragraph', introducesList: false },
    ]);
  });

  it('folds wrapped lines and sub-items into their bullet, and drops Markdown emphasis and headings', () => {
    const passages = splitReview('# Review\n\n- **Sleeps**: the test\n  sleeps.\n  - twice\n  * and more\n- Style\n\n+ plus\n');
    expect(passages.map((p) => p.text)).toEqual(['Sleeps: the test sleeps. twice and more', 'Style', 'plus']);
  });

  it('reads 1), (1), * and • markers', () => {
    expect(splitReview('1) one\n2) two\n').map((p) => p.text)).toEqual(['one', 'two']);
    expect(splitReview('(1) one\n(2) two\n').map((p) => p.text)).toEqual(['one', 'two']);
    expect(splitReview('* one\n• two\n').map((p) => p.text)).toEqual(['one', 'two']);
  });

  it('gives a paragraph between two items, or after an item that is only a title, to the item before it', () => {
    const passages = splitReview('1. Naming:\n\nThe names are odd.\n\n2. Style:\n\nTabs.\n\n3. Sleeps are slow.\n\nThanks!\n');
    expect(passages.map((p) => [p.line, p.text, p.kind])).toEqual([
      [1, 'Naming: The names are odd.', 'item'],
      [5, 'Style: Tabs.', 'item'],
      [9, 'Sleeps are slow.', 'item'],
      [11, 'Thanks!', 'paragraph'],
    ]);
  });

  it('keeps an indented paragraph after a blank line in its item', () => {
    expect(splitReview('- one\n\n  more of one\n- two\n').map((p) => p.text)).toEqual(['one more of one', 'two']);
  });

  it('keeps fenced code in its passage and reads no markers inside it', () => {
    const passages = splitReview('- Use the precise assertion:\n\n  ```python\n  - self.assertTrue(a == b)\n  1. x\n  ```\n- Style\n');
    expect(passages.map((p) => p.text)).toEqual(['Use the precise assertion: - self.assertTrue(a == b) 1. x', 'Style']);
  });

  it('takes each paragraph of a review without lists, whatever its line endings', () => {
    const passages = splitReview('\ufeffFirst point,\r\nwrapped.\r\n\r\nSecond point.\r\n');
    expect(passages.map((p) => [p.line, p.text, p.kind])).toEqual([
      [1, 'First point, wrapped.', 'paragraph'],
      [4, 'Second point.', 'paragraph'],
    ]);
  });

  it('reads block quotes and task items marked done as passages of their own, and drops struck-out words', () => {
    const passages = splitReview('> rename `a` to `b`\n\nI agree with the above.\n\n- [x] sleeps\n- [ ] ~~tabs~~ spacing\n');
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['quote', 'rename `a` to `b`'],
      ['paragraph', 'I agree with the above.'],
      ['done', 'sleeps'],
      ['item', 'spacing'],
    ]);
  });

  it('keeps ```suggestion blocks apart from the words, and tells each passage the headings above it', () => {
    const read = readMarkdown('# tests/test_a.py\n\n## Sleeps\n\nUse a wait:\n\n```suggestion\n    wait_until(ready)\n```\n');
    expect(read.passages).toEqual([{ line: 5, text: 'Use a wait:', kind: 'paragraph', introducesList: false, headings: ['tests/test_a.py', 'Sleeps'] }]);
    expect(read.suggestions).toEqual([{ line: 7, content: '    wait_until(ready)' }]);
  });

  it('finds nothing in an empty review', () => {
    expect(splitReview('\n\n  \n')).toEqual([]);
  });
});

describe('reading renames', () => {
  it.each([
    ['rename `server` to `created_server`', [['server', 'created_server']]],
    ['Rename srv_list to servers_by_host.', [['srv_list', 'servers_by_host']]],
    ['rename the local variable `a` as `b_c`, and `d` to `e`', [['a', 'b_c'], ['d', 'e']]],
    ['`srv` → `server` and `vm` -> `instance`', [['srv', 'server'], ['vm', 'instance']]],
    ['`srv` should be renamed to `server`', [['srv', 'server']]],
    ['use `server` instead of `srv`', [['srv', 'server']]],
    ['replace `srv()` with `server()` everywhere', [['srv', 'server']]],
    ['The name `test_live_migrate_one` is long. Consider a shorter name, such as `test_live_migration`.', [['test_live_migrate_one', 'test_live_migration']]],
    ['The names `a1` and `b1` say little; use names such as `first_server` and `second_server`.', [['a1', 'first_server'], ['b1', 'second_server']]],
    ['call it something like `created_server` rather than `s`', [['s', 'created_server']]],
  ])('reads %j', (text, pairs) => {
    const reading = readRenames(text);
    expect(reading.renames.map((r) => [r.from, r.to])).toEqual(pairs);
    expect(reading.ambiguous).toBeNull();
  });

  it.each(['rename it to something clearer', 'rename the test to test_foo', 'Rename server to created_server', 'Rename everything to camelCase', 'replace `time.sleep()` with a wait', "it's 'fine' as it is", 'the server names'])('finds no rename in %j', (text) => {
    expect(readRenames(text)).toMatchObject({ renames: [], hooks: [], undiscoverable: [], ambiguous: null, wording: null });
  });

  it('leaves renames of assert methods to the assertion rules', () => {
    expect(readRenames('replace `assertEquals` with `assertEqual`').renames).toEqual([]);
  });

  it('sets hooks and test names that would lose their prefix apart', () => {
    expect(readRenames('rename `setUp` to `prepare` and `helper_a` to `make_server`')).toMatchObject({ renames: [{ from: 'helper_a', to: 'make_server' }], hooks: ['setUp'] });
    expect(readRenames('call it `migration_works` instead of `test_migration`').undiscoverable).toEqual([{ from: 'test_migration', to: 'migration_works' }]);
  });

  it('does not guess which of several proposed names replaces which', () => {
    const offered = readRenames('Names such as `server` and `servers` are vague. Consider names such as `created_instances` or `instance_servers`.');
    expect(offered.renames).toEqual([]);
    expect(offered.ambiguous).toBe("the review offers `created_instances` or `instance_servers` for `server` and `servers`: which name replaces which is a person's choice");
    expect(readRenames('Use a shorter name, such as `test_short`.').ambiguous).toBe('the review proposes `test_short` but quotes no name for it to replace');
  });
});

describe('the rule table', () => {
  it('names the transforms reviews ask for', () => {
    expect([...new Set(RULES.flatMap((rule) => (rule.transform ? [rule.transform] : [])))].sort()).toEqual(EVERY.map((t) => t.name).sort());
  });

  it.each(RULES.flatMap((rule) => rule.wordings.map((wording) => [rule.transform ?? rule.refuse, wording, rule] as const)))('%s: %j matches', (_, wording, rule) => {
    const found = rule.match(wording, readRenames(wording));
    expect(found).not.toBeNull();
    if (rule.refuse !== undefined) expect(found!.reason ?? rule.reason!(found!.wording)).toMatch(/\w/);
  });

  it.each([
    ['Use snake_case for local variables.', ['naming'], []],
    ['Replace the sleep loop with a polling wait.', ['sleep-to-wait'], []],
    ['Do not add sleeps; wait for the status instead.', ['sleep-to-wait'], []],
    ['This test checks too many things; split it up.', ['split-tests'], []],
    ['Prefer assertEqual over assertTrue here.', ['assert-methods'], []],
    ['Use assertTrue instead of assertEqual, it reads better.', ['assert-methods'], ['harmful']],
    ['Add docstrings to the test methods.', ['docstrings'], []],
    ['Please add more comments.', ['docstrings'], ['not-mechanical']],
    ['Line 12 is too long (E501).', ['style'], []],
    ['Nice work, but fix the indentation in test_a.', ['style'], []],
    ['Consider better error handling around the API client.', [], ['not-mechanical']],
    ['Why not use the existing _wait_for_state_change helper?', [], ['not-mechanical']],
    ['The server names are not very descriptive.', [], ['not-mechanical']],
    ['LGTM', [], ['not-code']],
    ['Please update the commit message and the README.', [], ['not-code']],
  ])('maps %j', (text, transforms, refusals) => {
    const classification = classify(text);
    expect(classification.mappings.map((m) => m.transform)).toEqual(transforms);
    expect(classification.refusals.map((r) => r.kind)).toEqual(refusals);
  });

  it('does not take a hook for renamed when the sentence only mentions it', () => {
    expect(classify('Move the server creation into setUp and name the fixture clearly.').refusals).toEqual([{ kind: 'not-mechanical', reason: NO_RULE }]);
    expect(classify('Rename the helpers, but keep setUp and tearDown as they are.').refusals.map((r) => r.kind)).not.toContain('harmful');
  });

  it('refuses renaming hooks, naming every hook, and gives the review comments of others no docstrings', () => {
    expect(classify('Rename `resource_setup` and `setUp` to something descriptive.').refusals).toEqual([
      { kind: 'harmful', reason: 'renaming resource_setup/setUp: tempest and unittest hooks would stop running (the framework calls them by name)' },
    ]);
    expect(classify('Please address the comments from the previous review.').mappings).toEqual([]);
  });
});

describe('the plans of the reviews written for the suite', () => {
  it('maps the numbered review item by item, and reads its first and last paragraphs as context', () => {
    const plan = planReview(testReview('numbered.txt'), 'numbered.txt', ['.'], { available: EVERY });
    expect(outline(testReview('numbered.txt'))).toEqual([
      [['sleep-to-wait'], []],
      [['assert-methods'], []],
      [['rename'], []],
      [['split-tests'], []],
      [['docstrings'], []],
      [['style'], []],
      [['extract-helpers'], []],
    ]);
    expect(plan.settings).toEqual({ rename: ['vol=attached_volume'] });
    expect(plan.context.map((p) => p.line)).toEqual([1, 3, 20]);
    expect(plan.suggestions.map((s) => s.line)).toEqual([5, 7, 9, 11, 13, 15, 17]);
  });

  it('maps the Markdown review bullet by bullet, and takes the release note after the list as a suggestion', () => {
    expect(outline(testReview('bullets.md'))).toEqual([
      [['sleep-to-wait'], []],
      [['rename'], []],
      [['assert-methods'], []],
      [['naming'], []],
      [['split-tests'], []],
      [['style'], []],
      [[], ['not-code']],
    ]);
    const plan = planReview(testReview('bullets.md'), 'bullets.md', ['.'], { available: EVERY });
    expect(plan.settings).toEqual({ rename: ['srv=resized_server'] });
    expect(plan.suggestions[4].text).toContain('The revert path deserves a test of its own');
  });

  it('finds one mechanical request in a review that is mostly about other things', () => {
    expect(outline(testReview('irrelevant.txt'))).toEqual([
      [[], ['not-code']],
      [[], ['not-code']],
      [[], ['not-code']],
      [[], ['not-code']],
      [[], ['not-mechanical']],
      [[], ['not-mechanical']],
      [['sleep-to-wait'], []],
      [[], ['not-code']],
    ]);
    const reasons = planReview(testReview('irrelevant.txt'), 'r', ['.'], { available: EVERY }).suggestions.flatMap((s) => s.refusals.map((r) => r.reason));
    expect(reasons).toEqual([
      'a remark on the change, not a request',
      'about the commit message, not the code',
      'about the release note, not the code',
      'about the CI job, not the code',
      NO_RULE,
      'new tests take a person who knows what to check',
      'a remark on the change, not a request',
    ]);
  });

  it('refuses the harmful requests with their reasons, applying the safe counterpart where there is one', () => {
    expect(outline(testReview('harmful.txt'))).toEqual([
      [[], ['harmful']],
      [['assert-methods'], ['harmful']],
      [[], ['harmful']],
      [['sleep-to-wait'], ['harmful']],
      [['naming'], ['harmful']],
    ]);
    const plan = planReview(testReview('harmful.txt'), 'harmful.txt', ['.'], { available: EVERY });
    const reasons = plan.suggestions.map((s) => s.refusals[0].reason);
    expect(reasons[0]).toBe('renaming setUp/tearDown: unittest hooks would stop running (unittest calls them by name)');
    expect(reasons[1]).toMatch(/^assertEqual → assertTrue: weaker assertion .*; applying assert-methods instead$/);
    expect(reasons[2]).toBe('renaming test_live_migration to live_migration_works: without the test prefix, unittest and pytest would no longer find the test');
    expect(reasons[3]).toMatch(/^adding or lengthening a sleep: .*applying sleep-to-wait instead/);
    expect(reasons[4]).toBe(reasons[0]);
    expect(plan.settings).toEqual({ 'naming-style': 'camel' });
  });
});

describe('the plan', () => {
  const review = testReview('bullets.md');

  it('marks the transforms this version lacks as unavailable and runs the others, in registry order', () => {
    const plan = planReview(review, 'bullets.md', ['tests'], { available: ONLY_ASSERT });
    expect(plan.transforms).toEqual(['assert-methods']);
    expect(plan.suggestions.flatMap((s) => s.mappings.map((m) => [m.transform, m.status]))).toEqual([
      ['sleep-to-wait', 'unavailable'],
      ['rename', 'unavailable'],
      ['assert-methods', 'selected'],
      ['naming', 'unavailable'],
      ['split-tests', 'unavailable'],
      ['style', 'unavailable'],
    ]);
    expect(plan.settings).toEqual({});
    expect(planReview(review, 'bullets.md', ['tests'], { available: [...EVERY].reverse() }).transforms).toEqual(['style', 'split-tests', 'rename', 'naming', 'sleep-to-wait', 'assert-methods']);
  });

  it('leaves out what -t and --skip leave out', () => {
    const only = planReview(review, 'bullets.md', ['.'], { available: EVERY, only: ['rename', 'style'] });
    expect(only.transforms).toEqual(['rename', 'style']);
    expect(only.suggestions[0].mappings[0].status).toBe('left-out');
    const skipped = planReview(review, 'bullets.md', ['.'], { available: EVERY, skip: ['rename'] });
    expect(skipped.transforms).not.toContain('rename');
    expect(skipped.settings).toEqual({});
  });

  it('adds its renames to those of the command line', () => {
    const plan = planReview(review, 'bullets.md', ['.'], { available: EVERY });
    expect(withPlanSettings({ rename: ['a=b'], other: 1 }, plan)).toEqual({ rename: ['a=b', 'srv=resized_server'], other: 1 });
    expect(withPlanSettings({}, plan)).toEqual({ rename: ['srv=resized_server'] });
  });

  it('prints each suggestion, quoted and shortened, with its transforms or why none applies', () => {
    const plan = planReview(review, 'bullets.md', ['tests'], { available: ONLY_ASSERT });
    expect(formatPlan(plan, 'text', '0.1.0', false)).toBe(
      [
        'testmend plan: bullets.md, 7 suggestions, for tests',
        '  1. "Sleeps: `test_resize_server` sleeps for ten seconds waiting for…" (line 5)',
        '     → sleep-to-wait ("Sleeps"): transform sleep-to-wait is not available in this version',
        '  2. "Please rename `srv` to `resized_server`; `srv` says nothing." (line 7)',
        '     in every file under the paths',
        '     → rename srv → resized_server ("rename `srv` to `resized_server`"): transform rename is not available in this version',
        '  3. "`self.assertTrue(flavor[\'name\'] == \'m1.large\')` hides both values when…" (line 8)',
        '     → assert-methods ("assertTrue"): runs',
        '  4. "The local names mix camelCase and snake_case (`newFlavor`…" (line 10)',
        '     → naming ("camelCase"): transform naming is not available in this version',
        '  5. "`test_resize_and_confirm` is too long: split the resize and the…" (line 11)',
        '     → split-tests ("separate tests"): transform split-tests is not available in this version',
        '  6. "Lines 40 to 52 are indented with a mix of tabs and spaces." (line 14)',
        '     → style ("indented"): transform style is not available in this version',
        '  7. "Please also add a release note for the API change." (line 16)',
        '     ✗ not about code: about the release note, not the code',
        'Read as context, not as suggestions: line 3 "Thanks for picking this up! Some…"',
        'Runs: assert-methods.',
        '',
      ].join('\n'),
    );
  });

  it('says when a transform it runs needs --unsafe, and when nothing runs', () => {
    const unsafe = planReview('- Replace the sleeps with waits.\n', 'r.md', ['.'], { available: [{ name: 'sleep-to-wait', safety: 'unsafe' }] });
    expect(formatPlan(unsafe, 'text', '0.1.0', false)).toContain('→ sleep-to-wait ("sleeps"): runs; its fixes are unsafe and apply only with --unsafe');
    expect(formatPlan(unsafe, 'text', '0.1.0', true)).toContain('→ sleep-to-wait ("sleeps"): runs\n');
    const none = planReview('LGTM, thanks!\n', 'r.md', ['.'], { available: ONLY_ASSERT });
    expect(formatPlan(none, 'text', '0.1.0', false)).toContain('Nothing to run: no suggestion maps to a transform this version has.');
  });

  it('gives tools the plan as JSON and reviewers as a Markdown table', () => {
    const plan = planReview(review, 'bullets.md', ['tests'], { available: ONLY_ASSERT });
    const json = planJson(plan, '0.1.0');
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'review', 'format', 'paths', 'suggestions', 'context', 'run', 'regions', 'settings', 'changes']);
    expect(json.suggestions[1]).toEqual({
      index: 2,
      line: 7,
      comment: null,
      text: 'Please rename `srv` to `resized_server`; `srv` says nothing.',
      scope: { places: null, why: null },
      transforms: [{ name: 'rename', wording: 'rename `srv` to `resized_server`', status: 'unavailable', settings: { rename: ['srv=resized_server'] } }],
      change: null,
      refused: [],
    });
    expect(JSON.parse(formatPlan(plan, 'json', '0.1.0', false))).toEqual(JSON.parse(JSON.stringify(json)));
    const markdown = formatPlan(plan, 'markdown', '0.1.0', false);
    expect(markdown).toContain('| 3 | "`self.assertTrue(flavor[\'name\'] == \'m1.large\')` hides both values when…" | line 8 | `assert-methods`: runs |  |');
    expect(markdown).toContain('| 7 | "Please also add a release note for the API change." | line 16 |  | not about code: about the release note, not the code |');
  });
});

describe('the forms a review comes in', () => {
  it("reads Gerrit's comments export behind its )]}' line: file → comments, ranges, replies, the base side, older patch sets, the commit message", () => {
    const gerrit = [
      ")]}'",
      JSON.stringify({
        '/COMMIT_MSG': [{ id: 'm', line: 3, message: 'Typo.', patch_set: 2 }],
        '/PATCHSET_LEVEL': [{ id: 'c', message: 'Thanks!', patch_set: 2 }],
        'tests/test_a.py': [
          { id: 'a', line: 7, range: { start_line: 7, start_character: 8, end_line: 7, end_character: 11 }, message: 'call it `x`', patch_set: 2 },
          { id: 'b', in_reply_to: 'a', line: 7, message: 'Done', patch_set: 2 },
          { id: 'd', line: 4, side: 'PARENT', message: 'old', patch_set: 2 },
          { id: 'e', line: 9, range: { start_line: 8, start_character: 0, end_line: 9, end_character: 4 }, message: 'older', patch_set: 1 },
          { id: 'f', message: 'on the file', patch_set: 2 },
        ],
      }),
    ].join('\n');
    const review = readReview(gerrit);
    expect(review.format).toBe('gerrit');
    expect(review.comments.map((c) => [c.id, c.replyTo, c.commitMessage, c.anchor])).toEqual([
      ['m', null, true, null],
      ['c', null, false, null],
      ['a', null, false, { path: 'tests/test_a.py', line: 7, startLine: 7, columns: { start: 8, end: 11 }, stale: null, seen: null }],
      ['b', 'a', false, { path: 'tests/test_a.py', line: 7, startLine: 7, columns: null, stale: null, seen: null }],
      ['d', null, false, { path: 'tests/test_a.py', line: 4, startLine: 4, columns: null, stale: 'the comment is on the base the change started from, not on the change', seen: null }],
      ['e', null, false, { path: 'tests/test_a.py', line: 9, startLine: 8, columns: null, stale: 'the comment is on patch set 1; the newest in the review is 2', seen: null }],
      ['f', null, false, { path: 'tests/test_a.py', line: null, startLine: null, columns: null, stale: null, seen: null }],
    ]);
  });

  it("reads GitHub's review comments export: lines, ranges, the lines the diff hunk shows, outdated comments, the removed side, comments on a file", () => {
    const hunk = '@@ -1,3 +1,4 @@\n import time\n-old()\n+new()\n+more()';
    const github = [
      { id: 1, path: 'a.py', body: 'one', line: 3, start_line: null, side: 'RIGHT', diff_hunk: hunk },
      { id: 2, path: 'a.py', body: 'two', line: 3, start_line: 2, side: 'RIGHT', diff_hunk: hunk },
      { id: 3, path: 'a.py', body: 'old', line: null, original_line: 5, side: 'RIGHT', diff_hunk: hunk },
      { id: 4, path: 'a.py', body: 'left', line: 2, side: 'LEFT', diff_hunk: hunk },
      { id: 5, path: 'a.py', body: 'file', line: null, subject_type: 'file', diff_hunk: '' },
      { id: 6, path: 'a.py', body: 'reply', line: 3, in_reply_to_id: 1, diff_hunk: hunk },
    ];
    const review = readReview(JSON.stringify(github));
    expect(review.format).toBe('github');
    expect(review.comments.map((c) => [c.id, c.replyTo, c.anchor?.line, c.anchor?.startLine, c.anchor?.stale, c.anchor?.seen])).toEqual([
      ['1', null, 3, 3, null, ['more()']],
      ['2', null, 3, 2, null, ['new()', 'more()']],
      ['3', null, 5, 5, 'the comment is outdated: the lines it is on changed after it was written', null],
      ['4', null, 2, 2, 'the comment is on lines the pull request removes', null],
      ['5', null, null, null, null, null],
      ['6', '1', 3, 3, null, ['more()']],
    ]);
  });

  it('reads anything else as text, and refuses JSON of another shape', () => {
    expect(readReview('[1] is a citation, not JSON').format).toBe('text');
    expect(readReview('{not json').comments[0].body).toBe('{not json');
    expect(() => readReview('{"comments": 3}')).toThrow(ReviewFormatError);
    expect(() => readReview('[{"body": "no path"}]')).toThrow(ReviewFormatError);
  });
});

describe('sentences and suggestions in free prose', () => {
  it('cuts sentences at their end, not inside code spans, dotted names or abbreviations', () => {
    expect(splitSentences('Use `time.sleep()` less. In test_a.py, e.g. here, wait! Why? `x` is it.')).toEqual(['Use `time.sleep()` less.', 'In test_a.py, e.g. here, wait!', 'Why?', '`x` is it.']);
  });

  it('reads one paragraph as several suggestions when its sentences ask for different things, and keeps together sentences that explain each other', () => {
    const plan = planReview('The sleeps are slow. Use a polling wait. Also rename `a_b` to `c_d`. `srv` is unclear. Use a name such as `server`.\n', 'r.txt', ['.'], { available: EVERY });
    expect(plan.suggestions.map((s) => [s.text, s.mappings.map((m) => mappingTarget(m))])).toEqual([
      ['The sleeps are slow. Use a polling wait.', ['sleep-to-wait']],
      ['Also rename `a_b` to `c_d`.', ['rename a_b → c_d']],
      ['`srv` is unclear. Use a name such as `server`.', ['rename srv → server']],
    ]);
  });
});

describe('the wordings of issue reviews', () => {
  it.each([
    ['`test_attach_detach` does four unrelated things; splitting it would make failures easier to read', ['split-tests']],
    ['One test per operation please.', ['split-tests']],
    ['Please write separate tests for attach and detach.', ['split-tests']],
    ['This test is hard to follow; break it up.', ['split-tests']],
    ['Break it up into helper methods.', ['extract-helpers']],
    ['Splitting it into smaller functions would help.', ['extract-helpers']],
  ])('maps %j', (text, transforms) => {
    expect(classify(text).mappings.map((m) => m.transform)).toEqual(transforms);
  });

  it('reads "call it X" and "X would be a better name" as renames of the other quoted name, or of the name at the comment\'s line', () => {
    expect(readRenames('`_try` is vague; call it `_attempt`.').renames).toEqual([{ from: '_try', to: '_attempt' }]);
    expect(readRenames('`_attempt` would be a better name for `_try`.').renames).toEqual([{ from: '_try', to: '_attempt' }]);
    expect(readRenames('A better name is `created_server`; `s` says nothing.').renames).toEqual([{ from: 's', to: 'created_server' }]);
    expect(readRenames('nit: call it `_attempt`', '_try').renames).toEqual([{ from: '_try', to: '_attempt' }]);
    expect(readRenames('nit: call it `_attempt`')).toMatchObject({ renames: [], unplaced: '_attempt', ambiguous: 'the review proposes `_attempt` but quotes no name for it to replace' });
  });

  it('reads a stated naming convention: it sets --naming-style, and the quoted names against it become renames', () => {
    expect(readConvention("`volumeId`, `attachResp` don't follow PEP 8; the rest of the module is snake_case")).toEqual({
      style: 'snake',
      renames: [
        { from: 'volumeId', to: 'volume_id' },
        { from: 'attachResp', to: 'attach_resp' },
      ],
    });
    expect(readConvention('Use camelCase like the rest of Twisted.')).toEqual({ style: 'camel', renames: [] });
    expect(readConvention("Don't use camelCase here.")).toEqual({ style: 'snake', renames: [] });
    expect(readConvention('The locals should be snake_case, not camelCase.')).toEqual({ style: 'snake', renames: [] });
    expect(readConvention('use snake_case like `volume_id`')).toEqual({ style: 'snake', renames: [] });
    expect(readConvention('The code uses both camelCase and snake_case.')).toEqual({ style: null, renames: [] });
    expect(readConvention('The local names mix camelCase and snake_case (`newFlavor`, `old_flavor`).')).toEqual({ style: null, renames: [] });

    const named = classify("`volumeId`, `attachResp` don't follow PEP 8; the rest of the module is snake_case.");
    expect(named.mappings.map((m) => [m.transform, m.settings])).toEqual([['rename', { rename: ['volumeId=volume_id', 'attachResp=attach_resp'] }]]);
    expect(classify('Use snake_case for the locals, like the rest of the module.').mappings.map((m) => [m.transform, m.settings])).toEqual([['naming', { 'naming-style': 'snake' }]]);
  });
});
