/**
 * sleep-to-wait beyond the shared fixture harness: the reasons of refusals,
 * the --wait-helper fixtures, and behaviour under a fake clock (same
 * outcomes and messages, same budget, sooner when the condition comes early),
 * measured by counting polls and fake seconds, never by the wall clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../src/core/engine.js';
import { transformBytes } from '../src/core/process.js';
import { selectTransforms } from '../src/core/registry.js';
import assertMethods from '../transforms/assert-methods/index.js';
import sleepToWait from '../transforms/sleep-to-wait/index.js';
import { FIXTURES, fix, fixtureCasesIn, makeTree, runCli, runPython, type FixtureCase } from './helpers.js';

const DIR = path.join(FIXTURES, 'sleep-to-wait');
const options = { transforms: [sleepToWait], unsafe: true };

/** Runs a module's tests with time.sleep, time.time and time.monotonic on a fake clock; per test: outcome, message, fake seconds, polls. */
const RUNNER = `
import importlib, json, sys, time, unittest

class FakeClock(object):
    def __init__(self):
        self.now = 1000.0
    def read(self):
        return self.now
    def sleep(self, seconds):
        assert seconds >= 0, seconds
        self.now += seconds

clock = FakeClock()
time.time = time.monotonic = clock.read
time.sleep = clock.sleep
module = importlib.import_module(sys.argv[1])

class Result(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.records = {}
    def startTest(self, test):
        super().startTest(test)
        self.started = clock.now
        self.outcome = ('ok', '')
    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcome = ('failure', str(err[1]))
    def addError(self, test, err):
        super().addError(test, err)
        self.outcome = ('error', '%s: %s' % (err[0].__name__, err[1]))
    def stopTest(self, test):
        super().stopTest(test)
        polls = [v.polls for v in vars(test).values() if hasattr(v, 'polls')]
        self.records[test.id().rsplit('.', 1)[1]] = {
            'outcome': self.outcome[0], 'message': self.outcome[1],
            'elapsed': round(clock.now - self.started, 6), 'polls': sum(polls)}

result = Result()
unittest.defaultTestLoader.loadTestsFromModule(module).run(result)
print(json.dumps(result.records))
`;

interface TestRecord {
  readonly outcome: string;
  readonly message: string;
  readonly elapsed: number;
  readonly polls: number;
}

/** Runs `source` as module `name` under the fake clock, next to `extra` files. */
function runOnFakeClock(source: string, extra: Record<string, string> = {}): Record<string, TestRecord> {
  const dir = makeTree({ 'module_under_test.py': source, 'fake_clock_runner.py': RUNNER, ...extra });
  const run = runPython(['fake_clock_runner.py', 'module_under_test'], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

/** A stand-in for tempest's test_utils and exceptions, with call_until_true's documented contract. */
const TEMPEST_STUB: Record<string, string> = {
  'tempest/__init__.py': '',
  'tempest/lib/__init__.py': '',
  'tempest/lib/common/__init__.py': '',
  'tempest/lib/common/utils/__init__.py': '',
  'tempest/lib/exceptions.py': 'class NotFound(Exception):\n    pass\n\n\nclass TimeoutException(Exception):\n    pass\n',
  'tempest/lib/common/utils/test_utils.py': [
    'import time',
    '',
    '',
    'def call_until_true(func, duration, sleep_for):',
    '    """True once func() is true; False when duration seconds pass first."""',
    '    end = time.time() + duration',
    '    while time.time() < end:',
    '        if func():',
    '            return True',
    '        time.sleep(sleep_for)',
    '    return False',
    '',
  ].join('\n'),
};

/** The fixture cases of a subdirectory, for a --wait-helper value. */
function settingCases(folder: string): FixtureCase[] {
  return fixtureCasesIn(path.join(DIR, folder)).map((c) => ({ ...c, name: `${folder}/${c.name}` }));
}

describe('refusals name the heuristic or the reason', () => {
  const cases = readdirSync(DIR).filter((file) => file.startsWith('refuse-') && file.endsWith('.input.py'));

  it.each(cases)('%s: every marked place is refused for its reason, nothing else is reported', (file) => {
    const source = readFileSync(path.join(DIR, file), 'utf8');
    const marks = new Map<number, string>();
    source.split('\n').forEach((line, index) => {
      const mark = /# refused: (.*)$/.exec(line);
      if (mark) marks.set(index + 1, mark[1]);
    });
    const outcome = transformSource(file, source, options);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.findings.map((finding) => finding.line).sort((a, b) => a - b)).toEqual([...marks.keys()]);
    for (const finding of outcome.findings) {
      expect(finding.status).toBe('no-fix');
      expect(`${finding.message} ${finding.reason}`).toContain(marks.get(finding.line));
    }
  });
});

describe.each([
  ['tempest', 'tempest'],
  ['tempest', 'tempest.lib.common.utils.test_utils:call_until_true'],
  ['custom', 'myproject.tests.utils:wait_until_true'],
])('--wait-helper fixtures in %s/ with %s', (folder, helper) => {
  const settings = { 'wait-helper': helper };

  it.each(settingCases(folder))('$name: input becomes output byte for byte, and output is left alone', ({ input, output }) => {
    const before = readFileSync(input);
    const expected = readFileSync(output);
    const outcome = transformBytes(path.basename(input), before, { ...options, settings });
    expect((outcome.bytes ?? before).equals(expected)).toBe(true);
    const again = transformBytes(path.basename(output), expected, { ...options, settings });
    expect(again.status).toBe('unchanged');
  });

  it.each(settingCases(folder))('$name: output compiles', ({ output }) => {
    const run = runPython(['-c', 'import sys; compile(open(sys.argv[1]).read(), sys.argv[1], "exec")', output], DIR);
    expect(run.stderr).toBe('');
  });
});

describe('behaviour fixtures under a fake clock', () => {
  // fake-clock-* fixtures poll every second: they run under the fake clock only, not in real time.
  const cases = [
    ...readdirSync(DIR)
      .filter((file) => (file.startsWith('behaviour-') || file.startsWith('fake-clock-')) && file.endsWith('.input.py'))
      .map((file) => ({ name: file, input: path.join(DIR, file), extra: {} })),
    ...settingCases('tempest')
      .filter((c) => path.basename(c.input).startsWith('behaviour-'))
      .map((c) => ({ name: c.name, input: c.input, extra: TEMPEST_STUB })),
  ];

  // A deadline tested with `>` made the old loop overshoot by one interval, and a loop that sleeps once more
  // after its last try is one interval slower: the bound is each fixture's polling interval.
  // behaviour-loops and behaviour-variants also run in real time, so they poll slowly enough for a loaded machine.
  const INTERVALS: Record<string, number> = {
    'fake-clock-shapes.input.py': 1,
    'behaviour-loops.input.py': 0.0625,
    'behaviour-variants.input.py': 0.0625,
  };
  const intervalOf = (name: string) => INTERVALS[name] ?? 0.01;

  it.each(cases.filter((c) => c.name !== 'behaviour-unsafe.input.py'))('$name: same outcomes, messages and budgets', ({ name, input, extra }) => {
    const INTERVAL = intervalOf(name);
    const output = input.replace(/\.input\.py$/, '.output.py');
    const before = runOnFakeClock(readFileSync(input, 'utf8'), extra);
    const after = runOnFakeClock(readFileSync(output, 'utf8'), extra);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [test, record] of Object.entries(before)) {
      expect(record.outcome, test).toBe('ok');
      expect(after[test].outcome, test).toBe('ok');
      expect(after[test].elapsed, test).toBeLessThanOrEqual(record.elapsed + 1e-6);
      expect(after[test].elapsed, test).toBeGreaterThanOrEqual(record.elapsed - INTERVAL - 1e-6);
    }
  });

  it('the bare sleep waits only until the state arrives (--unsafe)', () => {
    const input = path.join(DIR, 'behaviour-unsafe.input.py');
    const before = runOnFakeClock(readFileSync(input, 'utf8'));
    const after = runOnFakeClock(readFileSync(input.replace('.input.py', '.output.py'), 'utf8'));
    expect(before.test_becomes_active.elapsed).toBeCloseTo(0.05, 6);
    // Ready 0.02 s after boot; polled every 0.005 s, float rounding may cost one more poll.
    expect(after.test_becomes_active.elapsed).toBeLessThanOrEqual(0.025 + 1e-6);
    expect(after.test_too_slow_fails_the_same_way.elapsed).toBeCloseTo(before.test_too_slow_fails_the_same_way.elapsed, 6);
  });
});

describe('a rewritten nova-style wait, counted', () => {
  const module = (readyAfter: number) => `
import time
import unittest


class FakeAPI(object):
    def __init__(self):
        self.polls = 0

    def get_server(self, server_id):
        self.polls += 1
        status = 'ACTIVE' if self.polls >= ${readyAfter} else 'BUILD'
        return {'id': server_id, 'status': status}


class T(unittest.TestCase):

    def _wait_for_state_change(self, server, expected_status, max_retries=10):
        retry_count = 0
        while True:
            server = self.api.get_server(server['id'])
            if server['status'] == expected_status:
                break
            retry_count += 1
            if retry_count == max_retries:
                self.fail('Wait for state change failed, expected_status=%s, '
                          'actual_status=%s' % (expected_status, server['status']))
            time.sleep(0.5)
        return server

    def test_wait(self):
        self.api = FakeAPI()
        self._wait_for_state_change({'id': 's1'}, 'ACTIVE')
`;

  it('returns at the third poll, one second in, like the loop', () => {
    const source = module(3);
    const after = runOnFakeClock(fix(source, [sleepToWait]));
    expect(after.test_wait).toEqual({ outcome: 'ok', message: '', elapsed: 1, polls: 3 });
    expect(runOnFakeClock(source).test_wait).toEqual(after.test_wait);
  });

  it('gives up after the same 4.5 s and the same ten polls, with the same message', () => {
    const source = module(1000);
    const rewritten = fix(source, [sleepToWait]);
    expect(rewritten).toContain('timeout=(max_retries - 1) * 0.5');
    const before = runOnFakeClock(source).test_wait;
    const after = runOnFakeClock(rewritten).test_wait;
    expect(before).toEqual({ outcome: 'failure', message: 'Wait for state change failed, expected_status=ACTIVE, actual_status=BUILD', elapsed: 4.5, polls: 10 });
    expect(after).toEqual(before);
  });
});

describe('reports', () => {
  it('name the shape and the budget before and after', () => {
    const source = readFileSync(path.join(DIR, 'behaviour-loops.input.py'), 'utf8');
    const messages = transformSource('t.py', source, options).findings.map((finding) => finding.message);
    expect(messages).toContain(
      'while True loop with a retry counter (break on success, gives up inside) → wait_until(): budget (max_retries - 1) sleeps of INTERVAL s → a (max_retries - 1) * INTERVAL s deadline polled every INTERVAL s',
    );
    expect(messages).toContain('while-else loop with a deadline (break on success, else on timeout) → wait_until(): budget a 0.3125 s deadline on time.time() → a 0.3125 s deadline polled every INTERVAL s');
    expect(messages).toContain(
      'for-else loop (break on success, else on timeout) → wait_until(): budget 5 sleeps of INTERVAL s → a first INTERVAL s sleep, then a 4 * INTERVAL s deadline polled every INTERVAL s',
    );
  });

  it('leave the first sleep of a rewritten wait alone on the next run', () => {
    const source = readFileSync(path.join(DIR, 'behaviour-loops.output.py'), 'utf8');
    expect(transformSource('t.py', source, options).findings).toEqual([]);
  });
});

describe('next to assert-methods', () => {
  it('edits the same loop without a conflict: the give-up block keeps its place', () => {
    const source = readFileSync(path.join(DIR, 'with-assert-methods.input.py'), 'utf8');
    const outcome = transformSource('t.py', source, { transforms: selectTransforms(['assert-methods', 'sleep-to-wait']), unsafe: false });
    expect(outcome.findings.map((finding) => `${finding.transform} ${finding.status}`)).toEqual([
      'sleep-to-wait applied',
      'assert-methods applied',
      'assert-methods applied',
      'sleep-to-wait applied',
      'assert-methods applied',
    ]);
    expect(outcome.output).toBe(fix(readFileSync(path.join(DIR, 'with-assert-methods.output.py'), 'utf8'), [assertMethods]));
  });
});

describe('the command line', () => {
  const loop = [
    'import time',
    '',
    '',
    'def wait_for(api):',
    '    for _ in range(10):',
    "        if api.get('s1')['status'] == 'ACTIVE' and api.get('s1')['task_state'] is None:",
    '            return',
    '        time.sleep(0.5)',
    "    raise AssertionError('timed out')",
    '',
  ].join('\n');

  it('lists --wait-helper and its preset under the transform options', () => {
    const run = runCli(['--help'], process.cwd());
    expect(run.stdout).toMatch(/--wait-helper[\s\S]*tempest\s+\(tempest\.lib\.common\.utils\.test_utils:call_until_true\)/);
  });

  it('calls a preset given by name', () => {
    const dir = makeTree({ 'test_wait.py': loop });
    const run = runCli(['-t', 'sleep-to-wait', '--wait-helper', 'tempest', 'test_wait.py'], dir);
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(dir, 'test_wait.py'), 'utf8');
    expect(text).toContain('from tempest.lib.common.utils import test_utils\n');
    expect(text).toContain('    if test_utils.call_until_true(_poll, 5, 0.5):\n        return\n');
    expect(text).not.toContain('def wait_until');
  });

  it('reports a malformed --wait-helper for every file it would touch', () => {
    const dir = makeTree({ 'test_wait.py': loop });
    const run = runCli(['--dry', '-t', 'sleep-to-wait', '--wait-helper', 'no colon here', 'test_wait.py'], dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("--wait-helper 'no colon here': expected module.path:function or a preset (tempest)");
  });

  it('keeps lines within the max-line-length of the nearest flake8 configuration', () => {
    const dir = makeTree({ 'tox.ini': '[flake8]\nmax-line-length = 130\n', 'test_wait.py': loop });
    runCli(['-t', 'sleep-to-wait', 'test_wait.py'], dir);
    expect(readFileSync(path.join(dir, 'test_wait.py'), 'utf8')).toContain(
      "    if wait_until(lambda: api.get('s1')['status'] == 'ACTIVE' and api.get('s1')['task_state'] is None, timeout=5, interval=0.5):\n",
    );
    const narrow = makeTree({ 'test_wait.py': loop });
    runCli(['-t', 'sleep-to-wait', 'test_wait.py'], narrow);
    expect(readFileSync(path.join(narrow, 'test_wait.py'), 'utf8')).toContain('    def _poll():\n');
  });
});

describe('the inserted helper', () => {
  it('returns the first true value, or the last false one when time runs out', () => {
    const source = fix(readFileSync(path.join(DIR, 'behaviour-from-import-sleep.input.py'), 'utf8'), [sleepToWait]);
    const helper = source.slice(source.indexOf('def wait_until'), source.indexOf('\n\n\nclass'));
    const probe = [
      'import time',
      helper,
      'values = iter([0, None, "found", "late"])',
      'print(repr(wait_until(lambda: next(values), timeout=10, interval=1)), time.monotonic())',
      'falses = iter([0, [], ""])',
      'print(repr(wait_until(lambda: next(falses), timeout=2, interval=1)), time.monotonic())',
      '',
    ].join('\n');
    const dir = makeTree({ 'module_under_test.py': probe, 'fake_clock_runner.py': RUNNER });
    const run = runPython(['fake_clock_runner.py', 'module_under_test'], dir);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(["'found' 1002.0", "'' 1004.0"]);
  });

  it('is inserted once after the imports, in the file’s line endings and indentation', () => {
    const source = readFileSync(path.join(DIR, 'helper-crlf-tabs.output.py'), 'utf8');
    expect(source.match(/def wait_until/g)).toHaveLength(1);
    expect(source).toContain('from nova import test\r\n\r\n\r\ndef wait_until(predicate, timeout, interval):\r\n\t"""');
    expect(source.split('\n').every((line) => line === '' || line.endsWith('\r') || line === source.split('\n').at(-1))).toBe(true);
  });
});

describe('snippets', () => {
  it('keeps a long rotated condition within the line limit', () => {
    const source = [
      'import time',
      '',
      '',
      'def wait_for_volume_attachment_remove(client, volume_id, attachment_id):',
      "    attachments = client.show_volume(volume_id)['volume']['attachments']",
      '    start = time.time()',
      "    while any(attachment_id == a['attachment_id'] for a in attachments) and time.time() - start < 60:",
      '        time.sleep(1)',
      "        attachments = client.show_volume(volume_id)['volume']['attachments']",
      '',
    ].join('\n');
    const output = fix(source, [sleepToWait]);
    expect(output).toContain(
      [
        '    def _poll():',
        "        attachments = client.show_volume(volume_id)['volume']['attachments']",
        '        return not any(',
        "            attachment_id == a['attachment_id'] for a in attachments)",
        '',
        '    wait_until(_poll, timeout=60, interval=1)',
      ].join('\n'),
    );
    expect(output.split('\n').every((line) => line.length <= 79)).toBe(true);
  });

  it('keeps a false return value', () => {
    const source = ['import time', '', '', 'def drain(q):', '    for _ in range(3):', '        n = q.depth()', '        if n == 0:', '            return n', '        time.sleep(1)', "    raise AssertionError('not drained')", ''].join('\n');
    const dir = makeTree({ 'before_fix.py': source, 'after_fix.py': fix(source, [sleepToWait]) });
    const probe = (module: string) => runPython(['-c', `import ${module}\nclass Q:\n    depth = lambda self: 0\nprint(repr(${module}.drain(Q())))`], dir).stdout;
    expect(probe('after_fix')).toBe('0\n');
    expect(probe('before_fix')).toBe('0\n');
  });

});
