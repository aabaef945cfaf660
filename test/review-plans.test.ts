/**
 * The plans of reviews in the styles reviews come in (a Gerrit export, a
 * GitHub export, a Markdown list under headings, free prose), all about the
 * project in test/reviews/project: each suggestion, where it applies, what it
 * maps to, and what the run does where.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../src/core/report.js';
import { TRANSFORMS } from '../src/core/registry.js';
import { CodeIndex } from '../src/review/places.js';
import { planReview, type Plan } from '../src/review/plan.js';
import { ROOT } from './helpers.js';

const REVIEWS = path.join(ROOT, 'test', 'reviews');
const PROJECT = path.join(REVIEWS, 'project');

/** The project's test modules, as a run over `tests` finds them. */
const FILES = readdirSync(path.join(PROJECT, 'tests'))
  .filter((name) => name.startsWith('test_'))
  .sort()
  .map((name) => ({ display: `tests/${name}`, file: path.join(PROJECT, 'tests', name) }));

/** The plan of a review of test/reviews/ over the project, with every transform of this version. */
function projectPlan(name: string, widen = false): Plan {
  const text = readFileSync(path.join(REVIEWS, name), 'utf8');
  return planReview(text, name, ['tests'], { available: TRANSFORMS.map((t) => t.meta), code: new CodeIndex(FILES), widen });
}

describe('the plan of a review', () => {
  it('a Gerrit export: comments on lines and ranges, a reply, a quote, the commit message and the change as a whole', () => {
    const plan = projectPlan('gerrit.json');
    expect(formatPlan(plan, 'text', '0.1.0', false)).toBe(
      [
        'testmend plan: gerrit.json, 8 suggestions, for tests',
        '  1. "Please add Closes-Bug for the bug this fixes." (the commit message)',
        '     ✗ not about code: a comment on the commit message, not the code',
        '  2. "Thanks! A few nits inline. The camelCase locals in these tests should…" (the change)',
        '     in tests/test_ports.py, tests/test_volumes.py (the files the review comments on)',
        '     → naming to snake_case (--naming-style snake) ("camelCase"): runs',
        '  3. "Please rename `body` to `port_body` in this test; `body` says nothing." (tests/test_ports.py:17)',
        '     in test PortsTest.test_create_port in tests/test_ports.py (lines 16-19) (the comment on line 17 says "this test")',
        '     → rename body → port_body ("rename `body` to `port_body`"): runs',
        '  4. "assertTrue hides both values when it fails; use assertEqual." (tests/test_ports.py:18)',
        '     in tests/test_ports.py (the comment is on line 18)',
        '     → assert-methods ("assertTrue"): runs',
        '  5. "nit: call it `_attempt`" (tests/test_ports.py:26)',
        '     in tests/test_ports.py (the comment is on line 26)',
        '     → rename _try → _attempt ("call it `_attempt`"): runs',
        '  6. "`portId`, `attachResp` don\'t follow PEP 8; the rest of the module is…" (tests/test_ports.py:34)',
        '     in tests/test_ports.py (the comment is on line 34)',
        '     → rename portId → port_id, attachResp → attach_resp ("snake_case: portId → port_id, attachResp →…"): runs',
        '  7. "Same for the assertions in this test: use assertEqual." (tests/test_ports.py:34)',
        '     in test PortsTest.test_port_lifecycle in tests/test_ports.py (lines 33-41) (the comment on line 34 says "this test")',
        '     → assert-methods ("assertEqual"): runs',
        '  8. "This sleeps for no reason; rename `body` to `volume` while you are here." (tests/test_volumes.py:12)',
        '     in tests/test_volumes.py (the comment is on line 12; the comment is on patch set 2; the newest in the review is 3)',
        '     → rename body → volume ("rename `body` to `volume`"): runs',
        '     → sleep-to-wait ("sleeps"): runs',
        'Read as context, not as suggestions: "Done" (a reply in a thread), "self.assertTrue(attachResp[\'port\'] ==…" (quoted)',
        'Runs: assert-methods, rename, naming, sleep-to-wait.',
        '',
      ].join('\n'),
    );
    expect({ settings: plan.settings, regions: plan.regions, changes: plan.changes }).toEqual({
      settings: {
        'naming-style': 'snake',
        rename: [
          'tests/test_ports.py::PortsTest.test_create_port.body=port_body',
          'tests/test_ports.py::_try=_attempt',
          'tests/test_ports.py::portId=port_id',
          'tests/test_ports.py::attachResp=attach_resp',
          'tests/test_volumes.py::body=volume',
        ],
      },
      regions: {
        naming: [
          {
            path: 'tests/test_ports.py',
          },
          {
            path: 'tests/test_volumes.py',
          },
        ],
        'assert-methods': [
          {
            path: 'tests/test_ports.py',
          },
          {
            path: 'tests/test_ports.py',
            from: 33,
            to: 41,
          },
        ],
        'sleep-to-wait': [
          {
            path: 'tests/test_volumes.py',
          },
        ],
      },
      changes: [],
    });
  });

  it('a GitHub export: suggestion blocks, a comment on a test, an outdated comment, a comment on a file, a reply', () => {
    const plan = projectPlan('github.json');
    expect(formatPlan(plan, 'text', '0.1.0', false)).toBe(
      [
        'testmend plan: github.json, 8 suggestions, for tests',
        '  1. "Say why it sleeps:" (tests/test_ports.py:30)',
        '     in tests/test_ports.py (the comment is on line 30)',
        '     → suggested change: line 30 of tests/test_ports.py becomes 1 line: runs; unsafe (it applies only with --unsafe) unless it changes only layout or comments',
        '  2. "suggested change" (tests/test_ports.py:22-23)',
        '     in tests/test_ports.py (the comment is on line 23)',
        '     → suggested change: lines 22-23 of tests/test_ports.py become 1 line: runs; unsafe (it applies only with --unsafe) unless it changes only layout or comments',
        '  3. "The port should be created active:" (tests/test_ports.py:17)',
        '     in tests/test_ports.py (the comment is on line 17)',
        '     → suggested change: line 17 of tests/test_ports.py becomes 1 line: runs; unsafe (it applies only with --unsafe) unless it changes only layout or comments',
        '  4. "suggested change" (tests/test_ports.py:24)',
        '     in tests/test_ports.py (the comment is on line 24)',
        '     → suggested change: line 24 of tests/test_ports.py becomes 1 line: runs; unsafe (it applies only with --unsafe) unless it changes only layout or comments',
        '  5. "`test_port_lifecycle` does four unrelated things; splitting it would…" (tests/test_ports.py:33)',
        '     in test PortsTest.test_port_lifecycle in tests/test_ports.py (lines 33-41) (the comment names test_port_lifecycle)',
        '     → split-tests ("does four unrelated things"): runs; its fixes are unsafe and apply only with --unsafe',
        '  6. "Please rename `body` to `created` in this test." (tests/test_ports.py:12)',
        '     nowhere: the comment says "this test", but the comment is outdated: the lines it is on changed after it was written',
        '     → rename body → created ("rename `body` to `created`"): does not run: the review places it nowhere under the paths',
        '  7. "One test per operation please." (tests/test_volumes.py)',
        '     in tests/test_volumes.py (the comment is on the file)',
        '     → split-tests ("One test per"): runs; its fixes are unsafe and apply only with --unsafe',
        '  8. "Use assertEqual in this test. self.assertEqual(body[\'status\']…" (tests/test_volumes.py:12)',
        '     in test VolumesTest.test_volume_status in tests/test_volumes.py (lines 10-12) (the comment on line 12 says "this test")',
        '     → assert-methods ("assertEqual"): runs',
        'Read as context, not as suggestions: "I agree, and this test sleeps: use a…" (a reply in a thread)',
        'Runs: assert-methods, split-tests, 4 suggested changes.',
        '',
      ].join('\n'),
    );
    expect({ settings: plan.settings, regions: plan.regions, changes: plan.changes }).toEqual({
      settings: {},
      regions: {
        'split-tests': [
          {
            path: 'tests/test_ports.py',
            from: 33,
            to: 41,
          },
          {
            path: 'tests/test_volumes.py',
          },
        ],
        'assert-methods': [
          {
            path: 'tests/test_volumes.py',
            from: 10,
            to: 12,
          },
        ],
      },
      changes: [
        {
          path: 'tests/test_ports.py',
          from: 30,
          to: 30,
          replacement: '            time.sleep(0.01)  # give the port time to settle',
          seen: ['            time.sleep(0.01)'],
        },
        {
          path: 'tests/test_ports.py',
          from: 22,
          to: 23,
          replacement: '        body = self._create_port(\'p2\', status=\'ACTIVE\')',
          seen: ['        body = self._create_port(\'p2\')', '        body[\'status\'] = \'ACTIVE\''],
        },
        {
          path: 'tests/test_ports.py',
          from: 17,
          to: 17,
          replacement: '        body = self._create_port(\'p1\', status=\'ACTIVE\')',
          seen: ['        body = self._create_port(\'p0\')'],
        },
        {
          path: 'tests/test_ports.py',
          from: 24,
          to: 24,
          replacement: '        self.assertEqual(body[\'status\'], \'ACTIVE\'',
          seen: ['        self.assertTrue(body[\'status\'] == \'ACTIVE\')'],
        },
      ],
    });
  });

  it('a Markdown bullet list under headings that name the files, with an item marked done, a quote and struck-out words', () => {
    const plan = projectPlan('sections.md');
    expect(formatPlan(plan, 'text', '0.1.0', false)).toBe(
      [
        'testmend plan: sections.md, 5 suggestions, for tests',
        '  1. "`volumeId` doesn\'t follow PEP 8; the rest of the module is snake_case." (line 3)',
        '     in tests/test_volumes.py (the review names tests/test_volumes.py)',
        '     → rename volumeId → volume_id ("snake_case: volumeId → volume_id"): runs',
        '  2. "`self.assertTrue(body[\'status\'] == \'available\')` hides both values…" (line 4)',
        '     in tests/test_volumes.py (the review names tests/test_volumes.py)',
        '     → assert-methods ("assertTrue"): runs',
        '  3. "`_attempt` would be a better name for `_try`." (line 10)',
        '     in tests/test_ports.py (the review names tests/test_ports.py)',
        '     → rename _try → _attempt ("`_attempt` would be a better name"): runs',
        '  4. "Separate tests for each step of `test_port_lifecycle`, please." (line 11)',
        '     in test PortsTest.test_port_lifecycle in tests/test_ports.py (lines 33-41) (the review names test_port_lifecycle)',
        '     → split-tests ("Separate tests"): runs; its fixes are unsafe and apply only with --unsafe',
        '  5. "Keep the locals as they are." (line 15)',
        '     ✗ not mechanical: no rule of the table matches its wording; it needs a person',
        'Read as context, not as suggestions: line 6 "Replace the sleeps with a polling wait." (marked done), line 13 "the lifecycle test is hard to follow" (quoted)',
        'Runs: assert-methods, rename, split-tests.',
        '',
      ].join('\n'),
    );
    expect({ settings: plan.settings, regions: plan.regions, changes: plan.changes }).toEqual({
      settings: {
        rename: ['tests/test_volumes.py::volumeId=volume_id', 'tests/test_ports.py::_try=_attempt'],
      },
      regions: {
        'assert-methods': [
          {
            path: 'tests/test_volumes.py',
          },
        ],
        'split-tests': [
          {
            path: 'tests/test_ports.py',
            from: 33,
            to: 41,
          },
        ],
      },
      changes: [],
    });
  });

  it('free prose: the sentences of one paragraph are separate suggestions, and the file it names holds them', () => {
    const plan = projectPlan('prose.txt');
    expect(formatPlan(plan, 'text', '0.1.0', false)).toBe(
      [
        'testmend plan: prose.txt, 5 suggestions, for tests',
        '  1. "In test_ports.py the helper `_create_port` calls what it returns…" (line 1)',
        '     in tests/test_ports.py (the review names test_ports.py)',
        '     → rename body → port_body ("rename `body` to `port_body`"): runs',
        '  2. "`test_port_lifecycle` does four unrelated things; splitting it would…" (line 2)',
        '     in test PortsTest.test_port_lifecycle in tests/test_ports.py (lines 33-41) (the review names test_port_lifecycle)',
        '     → split-tests ("does four unrelated things"): runs; its fixes are unsafe and apply only with --unsafe',
        '  3. "The retry helper `_try` deserves a clearer name: call it `_attempt`." (line 4)',
        '     in tests/test_ports.py (the review names test_ports.py)',
        '     → rename _try → _attempt ("call it `_attempt`"): runs',
        '  4. "This hides both values when it fails. Use assertEqual and friends in…" (line 8)',
        '     in tests/test_ports.py, tests/test_volumes.py (the review names test_ports.py, test_volumes.py)',
        '     → assert-methods ("assertEqual"): runs',
        '  5. "Thanks for the patch!" (line 11)',
        '     ✗ not about code: a remark on the change, not a request',
        'Read as context, not as suggestions: line 6 "self.assertTrue(body[\'status\'] ==…" (quoted)',
        'Runs: assert-methods, rename, split-tests.',
        '',
      ].join('\n'),
    );
    expect({ settings: plan.settings, regions: plan.regions, changes: plan.changes }).toEqual({
      settings: {
        rename: ['tests/test_ports.py::body=port_body', 'tests/test_ports.py::_try=_attempt'],
      },
      regions: {
        'split-tests': [
          {
            path: 'tests/test_ports.py',
            from: 33,
            to: 41,
          },
        ],
        'assert-methods': [
          {
            path: 'tests/test_ports.py',
          },
          {
            path: 'tests/test_volumes.py',
          },
        ],
      },
      changes: [],
    });
  });

  it('places a suggestion in the class its words name, and in the whole file when a comment says "this test" of no test', () => {
    const plan = planReview('- `PortsTest` hides its values: use assertEqual.\n', 'r.md', ['tests'], { available: TRANSFORMS.map((t) => t.meta), code: new CodeIndex(FILES) });
    expect(plan.regions).toEqual({ 'assert-methods': [{ path: 'tests/test_ports.py', from: 5, to: 41 }] });
    const github = JSON.stringify([{ path: 'tests/test_ports.py', line: 2, side: 'RIGHT', body: 'Split this test.', diff_hunk: '@@ -1,2 +1,2 @@\n import time\n import unittest' }]);
    const nowhere = planReview(github, 'r.json', ['tests'], { available: TRANSFORMS.map((t) => t.meta), code: new CodeIndex(FILES) });
    expect(nowhere.suggestions[0].scope).toEqual({ places: [], why: 'the comment says "this test", but line 2 is in no test' });
    expect(nowhere.transforms).toEqual([]);
  });

  it('applies every suggestion to every file under the paths with --review-scope paths, and says so', () => {
    const plan = projectPlan('prose.txt', true);
    expect(plan.settings).toEqual({ rename: ['body=port_body', '_try=_attempt'] });
    expect(plan.regions).toEqual({});
    expect(formatPlan(plan, 'text', '0.1.0', false)).toContain(
      '  1. "In test_ports.py the helper `_create_port` calls what it returns…" (line 1)\n     in every file under the paths (--review-scope paths)\n',
    );
    // Still placed: the lines a suggested change replaces, and the name a comment's line defines.
    expect(projectPlan('github.json', true).changes.map((c) => [c.path, c.from, c.to])).toEqual([
      ['tests/test_ports.py', 30, 30],
      ['tests/test_ports.py', 22, 23],
      ['tests/test_ports.py', 17, 17],
      ['tests/test_ports.py', 24, 24],
    ]);
    expect(projectPlan('gerrit.json', true).settings.rename).toContain('_try=_attempt');
  });
});
