/**
 * sleep-to-wait
 *
 * ## What it does
 * Rewrites polling loops that sleep between checks (`for _ in range(N): ...
 * time.sleep(s)`, `while True:` with a counter or a deadline, `while <not
 * done> and time.time() < deadline: time.sleep(s)`, for/while-else, and
 * try/except retries) into one call to a polling helper that returns as soon
 * as the condition holds. Also tempest's shapes: a deadline stored in a name
 * (`timed_out = int(time.time()) - start >= timeout`) or tested with the loop
 * condition, a loop condition with a body that checks too (the first check
 * guards the first sleep, or opens each try), loops left by both `break` and
 * `return`, a pause right before leaving, the same sleep ending two branches,
 * and `for i in items` over `items = range(N)`. The helper is the one
 * `--wait-helper` names, else one the package already has (tempest's
 * `call_until_true`, a `wait_until` in a common module), else a `wait_until`
 * in one module per package (`--wait-helper-module`, created when missing);
 * a module outside any package gets its own small copy.
 *
 * ## Why is this bad
 * A counted sleep loop has no real deadline (its time grows with every slow
 * check), measures nothing with a clock tests do not mock, and repeats the
 * same bookkeeping in every test. A bare sleep before an assertion always
 * waits the full time, and fails when the system is a little slower.
 *
 * ## Example
 * `for _ in range(10): if ready(): return; time.sleep(0.5)` then
 * `self.fail(...)` becomes `if wait_until(lambda: ready(), timeout=5,
 * interval=0.5): return` then `self.fail(...)`.
 *
 * ## Fix safety
 * Safe: the budget (N × s, or the deadline), the order of sleeping and
 * checking, the return value (even a false one), the failure path and its
 * message (loop variables keep their last values through `nonlocal`),
 * fail-fast raises, the exceptions a retry catches, and every comment are
 * kept. Unsafe (--unsafe): a bare sleep before positive assertions becomes a
 * wait for the asserted condition. Refused and reported: sleeps before
 * negative assertions, sleeps that may be the behaviour under test, sleep(0),
 * sleeps in threads, workers and mock side effects, scopes where the clock
 * or sleep is patched, and loops the analysis does not understand.
 */
import type Parser from 'tree-sitter';
import { formatNumber, numberValue } from './budget.js';
import { readTimeNames, sleepInterval, type TimeNames } from './clock.js';
import {
  type CodeTable,
  type Edit,
  enclosing,
  type FileContext,
  type Finding,
  nameRole,
  type NameUse,
  readLintConfig,
  sameNode,
  type Transform,
  type TransformMeta,
  usesOf,
  within,
} from '../../src/index.js';
import { collectHelpers, helperText, isDefaultHelper, helperModuleProblem, parseHelperModule, parseWaitHelper, planHelper, PRESETS, waitHelperProblem, type HelperPlan, type HelperProblem } from './wait-helper.js';
import { formatCall, rewriteLoop } from './wait-rewrite.js';
import { mayDefineHelper, SLEEP_TEXT } from './helper-text.js';
import { statementsOf } from './conditions.js';
import { analyzeLoop, enclosingFunction, leavesAfter } from './waits.js';

type Node = Parser.SyntaxNode;

const EXAMPLE_INPUT = `import time


def wait_for_active(api, server_id):
    for _ in range(10):
        if api.get_server(server_id)['status'] == 'ACTIVE':
            return
        time.sleep(0.5)
    raise AssertionError('server %s never became active' % server_id)
`;

const EXAMPLE_OUTPUT = `import time


${helperText('time', '    ', '\n')}


def wait_for_active(api, server_id):
    def _poll():
        if api.get_server(server_id)['status'] == 'ACTIVE':
            return True

    if wait_until(_poll, timeout=5, interval=0.5):
        return
    raise AssertionError('server %s never became active' % server_id)
`;

const codes = {
  TM801: {
    name: 'polling-loop',
    summary: 'a loop that polls with time.sleep until a condition holds → a call to a polling helper with the same deadline, failure and result',
    fix: 'safe',
  },
  TM802: {
    name: 'bare-sleep',
    summary: 'a time.sleep before assertions on state → a wait for what they assert (it fails later and may return sooner); other bare sleeps are reported',
    fix: 'unsafe',
  },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'sleep-to-wait',
  summary: 'Turn time.sleep polling into a polling wait with the same deadline, failure message and return value',
  suggestion: 'wait for the condition instead of sleeping',
  safety: 'safe',
  defaultEnabled: true,
  docs: {
    whatItDoes:
      'Rewrites polling loops that sleep between checks (for-range, also over a name bound to range(N); while True with a ' +
      'counter or a deadline; while <not done> with a deadline; for/while-else; try/except retries) into one call to a ' +
      'polling helper that returns as soon as the condition holds. The deadline may be stored in a name first ' +
      '(timed_out = int(time.time()) - start >= client.build_timeout) and tested with the loop condition; a loop whose ' +
      'condition and body both check tests its condition at the start of each try, or, when it sleeps first, once before ' +
      'the first sleep (if <condition>: sleep, then wait); a loop left by both break and return sets a flag for the return; ' +
      'a pause right before the loop leaves stays in the try, and the same sleep at the end of two branches is one pause. ' +
      'The helper is the one --wait-helper names; else a polling helper the package already has (found in the modules of the ' +
      'run, in the helper module, or as tempest\'s call_until_true on disk), imported as a module; else wait_until(predicate, ' +
      'timeout, interval) in one module per package (polling in its first tests package, as nova.tests.polling, or where ' +
      '--wait-helper-module says), created once, shown by --dry and reported as a new file. A module outside any package ' +
      'gets its own wait_until after its imports.',
    whyIsThisBad:
      'A sleep waits the full time even when the thing is ready, and fails when it is a little late. Counted sleep loops have no ' +
      'real deadline and repeat the same bookkeeping in every test; the helper measures a deadline with time.monotonic().',
    example: { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
    fixSafety:
      'Safe: the time budget (N × s, or the deadline), whether the sleep came before or after each check, the return value ' +
      '(even a false one), the failure path and its message (loop variables keep their last values), fail-fast raises, the ' +
      'exceptions a retry catches and all comments are kept. Unsafe (--unsafe): a bare time.sleep(N) before positive assertions ' +
      'becomes a wait for the asserted condition. Refused with a reason: sleeps before negative assertions, sleeps that may be ' +
      'the behaviour under test (expiry, tokens, second boundaries, rate limits, lockouts, *_duration/*_timeout settings), ' +
      'sleep(0), sleeps in threads, workers and mock side effects, scopes where sleep or the clock is patched, and loops the ' +
      'analysis does not understand. The rewrite and the inserted wait_until add lines, so the lines below move: tracebacks ' +
      'and code that reads line numbers see the new ones.',
  },
  examples: {
    valid: [
      'import time\n\n\ndef yield_to_others():\n    time.sleep(0)\n',
      'import time\n\n\nclass T:\n    def test_nothing_sent(self):\n        time.sleep(1)\n        self.assertEqual([], self.notifier.sent)\n',
      'import time\n\n\ndef poll_forever(api):\n    while not api.ready():\n        time.sleep(1)\n',
    ],
    invalid: [
      { input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
      {
        input: 'import time\n\n\nclass T:\n    def test_boot(self):\n        self.api.boot()\n        time.sleep(2)\n        self.assertTrue(self.api.booted())\n',
        output:
          EXAMPLE_OUTPUT.slice(0, EXAMPLE_OUTPUT.indexOf('\n\n\ndef wait_for_active')) +
          '\n\n\nclass T:\n    def test_boot(self):\n        self.api.boot()\n        wait_until(lambda: self.api.booted(), timeout=2, interval=0.2)\n        self.assertTrue(self.api.booted())\n',
      },
    ],
  },
  options: {
    'wait-helper-module': {
      type: 'string',
      check: helperModuleProblem,
      describe:
        'sleep-to-wait: the module that holds the shared wait_until of its package, created when missing (default: polling in the first tests package of each module, as nova.tests.polling, else in the top package); other packages keep the default',
    },
    'wait-helper': {
      type: 'string',
      check: waitHelperProblem,
      describe: `sleep-to-wait: call this helper instead of inserting wait_until: module.path:function (same contract), or a preset: ${Object.entries(PRESETS).map(([name, preset]) => `${name} (${preset.target})`).join(', ')}`,
    },
  },
  codes,
};

/** Code only Python 2 runs: the rewrite's nonlocal and time.monotonic() would break such a module. */
const PYTHON2_MARKERS = /\bxrange\s*\(|\.(?:iteritems|itervalues|iterkeys|has_key)\s*\(|\bbasestring\b|^[ \t]*print[ \t]+[^(=\s]|^[ \t]*except[ \t]+[\w.]+[ \t]*,[ \t]*\w+[ \t]*:|\.next\(\)/m;

/** setUp-like methods: a patch made there holds for the whole class. */
const SETUP_METHODS = new Set(['setUp', 'setUpClass', 'asyncSetUp', 'setup_method', 'setup_class', 'setUpTestData', '_setUp', 'setup']);

/** Patch targets that replace the clock or sleep. */
const CLOCK_TARGET = /(?:^|\.)(?:time\.(?:sleep|time|monotonic|perf_counter)|(?:eventlet|greenthread)\.sleep)$/;
const CLOCK_ATTRIBUTES = new Set(['sleep', 'time', 'monotonic', 'perf_counter']);

/**
 * What a test mentions when its sleep may be the behaviour under test. Each
 * has a name for the report; `when` must also match (a token alone is just
 * a credential, a token that is revoked or refreshed is the subject).
 */
const BEHAVIOUR_HEURISTICS: readonly { name: string; pattern: RegExp; when?: RegExp }[] = [
  { name: 'expiry', pattern: /expir\w*|\bttl\b|\w+_ttl\b|\bstale\b|lifetime/i },
  { name: 'token', pattern: /\w*(?:revok|refresh|rotat|invalidat|renew)\w*/i, when: /token/i },
  { name: 'rate limit', pattern: /rate.?limit\w*|throttl\w*|\bquota\w*|\bburst\w*/i },
  { name: 'lockout', pattern: /lock.?out\w*|failed_(?:login|attempt)\w*|max_attempts/i },
  { name: '*_duration/*_timeout setting', pattern: /\b\w+_(?:duration|timeout)\b/ },
];
const TIMESTAMP_TEXT = /utcnow|timeutils|datetime|timestamp|created_at|updated_at|strftime|isotime/;

/** Assertions that say something did not happen, or is absent. */
const NEGATIVE_ASSERTIONS = new Set([
  'assertFalse', 'assertIsNone', 'assertNotIn', 'assertNotEqual', 'assertIsNot', 'assertNotIsInstance', 'assertNotRegex',
  'assertNotRegexpMatches', 'assertNotAlmostEqual', 'assertNotEquals', 'failIf', 'assert_not_called', 'assert_not_awaited',
]);

/** Positive assertions and the condition each checks. */
const CONDITIONS: Readonly<Record<string, { arity: number; write: (args: string[]) => string }>> = {
  assertTrue: { arity: 1, write: ([x]) => x },
  assert_: { arity: 1, write: ([x]) => x },
  failUnless: { arity: 1, write: ([x]) => x },
  assertEqual: { arity: 2, write: ([a, b]) => `${a} == ${b}` },
  assertEquals: { arity: 2, write: ([a, b]) => `${a} == ${b}` },
  assertIn: { arity: 2, write: ([a, b]) => `${a} in ${b}` },
  assertIs: { arity: 2, write: ([a, b]) => `${a} is ${b}` },
  assertIsNotNone: { arity: 1, write: ([x]) => `${x} is not None` },
  assertIsInstance: { arity: 2, write: ([a, b]) => `isinstance(${a}, ${b})` },
  assertGreater: { arity: 2, write: ([a, b]) => `${a} > ${b}` },
  assertGreaterEqual: { arity: 2, write: ([a, b]) => `${a} >= ${b}` },
  assertLess: { arity: 2, write: ([a, b]) => `${a} < ${b}` },
  assertLessEqual: { arity: 2, write: ([a, b]) => `${a} <= ${b}` },
};
const TRUTH_ASSERTIONS = new Set(['assertTrue', 'assert_', 'failUnless']);
const EMPTY_VALUES = /^(?:0|0\.0|None|False|\[\]|\{\}|\(\)|''|""|set\(\))$/;
const BARE_OPERANDS = new Set(['identifier', 'attribute', 'call', 'subscript', 'string', 'concatenated_string', 'integer', 'float', 'list', 'dictionary', 'tuple', 'set', 'parenthesized_expression', 'none', 'true', 'false']);

/** Keywords that hand a function to a thread, a worker or a mock (`target=f`), and calls that run one (`spawn(f)`). */
const HANDED_TO = '\\b(?:target|side_effect|new|callback)';
const RUN_BY = '\\b(?:spawn(?:_n|_after)?|submit|start_new_thread|run_in_executor|call_later|Thread|Timer)';

function create(context: FileContext): Finding<Code>[] {
  if (!SLEEP_TEXT.test(context.source)) return [];
  const names = readTimeNames(context.tree.rootNode);
  if (names.modules.size === 0 && names.sleeps.size === 0) return [];
  const sleeps = findSleeps(context, names);
  if (sleeps.length === 0) return [];
  return new SleepJudge(context, names, parseWaitHelper(context.settings['wait-helper']), parseHelperModule(context.settings['wait-helper-module'])).judge(sleeps);
}

/** The sleep calls of the file, found by text and confirmed in the tree; the inserted helper's own sleep is not one. */
function findSleeps(context: FileContext, names: TimeNames): Node[] {
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...[...names.modules].map((m) => `${escape(m)}\\s*\\.\\s*sleep`), ...[...names.sleeps].map(escape)];
  const pattern = new RegExp(`(?<![\\w.])(?:${alternatives.join('|')})\\s*\\(`, 'g');
  const root = context.tree.rootNode;
  const helpers = root.namedChildren.filter(isDefaultHelper).map((helper) => [helper.startIndex, helper.endIndex]);
  const calls: Node[] = [];
  for (const match of context.source.matchAll(pattern)) {
    if (helpers.some(([start, end]) => start <= match.index && match.index < end)) continue;
    const open = match.index + match[0].length - 1;
    const list = root.descendantForIndex(open, open + 1).parent;
    const call = list?.type === 'argument_list' ? list.parent : null;
    if (call?.type === 'call' && sleepInterval(call, names) !== null) calls.push(call);
  }
  return calls;
}

/** A finding's place and message, before the fix or the reason is known. */
interface Place {
  readonly code: Code;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

function refusal(place: Place, reason: string): Finding<Code> {
  return { ...place, fix: null, reason };
}

/** Decides, sleep by sleep, what to do; one finding per loop. */
class SleepJudge {
  private helper: HelperPlan | HelperProblem | undefined;
  private patches: { patch: Node; scopes: Node[] }[] | undefined;
  private readonly reserved = new Map<number, Set<string>>();
  private readonly uses = new Map<string, NameUse[]>();
  private maxLine: number | undefined;
  private handedOver: ReadonlySet<string> | undefined;

  constructor(
    private readonly context: FileContext,
    private readonly names: TimeNames,
    private readonly option: ReturnType<typeof parseWaitHelper>,
    private readonly helperModule: string | null,
  ) {}

  /**
   * One finding per loop or bare sleep. While the helper still has to be
   * inserted, every fix carries the same insertion, so only the first safe
   * fix can apply in this round; the engine runs the transform again on the
   * new text, where the others are found with the helper in place. Judging
   * them now would be thrown away, so the first safe fix the engine keeps
   * ends the round.
   */
  judge(sleeps: readonly Node[]): Finding<Code>[] {
    const findings: Finding<Code>[] = [];
    const loops = new Set<number>();
    for (const sleep of sleeps) {
      const loop = this.enclosingLoop(sleep);
      if (loop !== null && loops.has(loop.startIndex)) continue;
      if (loop !== null) loops.add(loop.startIndex);
      const finding = this.judgeSleep(sleep, loop);
      if (finding === null) continue;
      findings.push(finding);
      const helper = this.plan();
      if (finding.fix?.safety === 'safe' && this.context.keeps(finding.code, finding.start) && 'edits' in helper && helper.edits.length > 0) break;
    }
    return findings;
  }

  private judgeSleep(sleep: Node, loop: Node | null): Finding<Code> | null {
    const interval = sleepInterval(sleep, this.names)!;
    const shown = `${sleep.childForFieldName('function')!.text}(${interval.text})`;
    const place = { code: loop === null ? ('TM802' as const) : ('TM801' as const), start: (loop ?? sleep).startIndex, end: (loop ?? sleep).endIndex };
    const leftAlone = (reason: string, what = shown) => refusal({ ...place, message: `${what} left alone` }, reason);
    if (numberValue(interval) === 0) return leftAlone('sleep(0) only yields to other threads; there is nothing to wait for');
    if (loop === null && leavesAfter(sleep.parent!) && this.isPolled(enclosingFunction(sleep))) return null;
    const worker = this.workerReason(sleep);
    if (worker !== null) return leftAlone(worker);
    const patch = this.patchOver(sleep);
    if (patch !== null) {
      const shownPatch = patch.text.replace(/\s+/g, ' ');
      return leftAlone(`the clock or sleep is patched in this scope (${shownPatch.length > 60 ? `${shownPatch.slice(0, 57)}...` : shownPatch}); a deadline on time.monotonic() would not follow the patched clock`);
    }
    return loop !== null ? this.judgeLoop(loop, sleep) : this.judgeBareSleep(sleep, interval, shown, place);
  }

  /** The nearest loop around the sleep in the same function. */
  private enclosingLoop(sleep: Node): Node | null {
    const at = enclosing(sleep, ['for_statement', 'while_statement', 'function_definition', 'lambda', 'class_definition']);
    return at?.type === 'for_statement' || at?.type === 'while_statement' ? at : null;
  }

  private judgeLoop(loop: Node, sleep: Node): Finding<Code> {
    const analysis = analyzeLoop(loop, sleep, { source: this.context.source, root: this.context.tree.rootNode, names: this.names, usesOf: (fn, name) => this.usesIn(fn, name) });
    const place = { code: 'TM801' as const, start: loop.startIndex, end: loop.endIndex };
    if ('reason' in analysis) return refusal({ ...place, message: `${analysis.shape} left alone` }, analysis.reason);
    const helper = this.plan();
    const message = `${analysis.shape} → ${'callee' in helper ? `${helper.callee}()` : 'a polling helper'}: budget ${analysis.before} → ${analysis.after}`;
    if ('reason' in helper) return refusal({ ...place, message }, helper.reason);
    const shadow = this.shadowedIn(analysis.fn, helper.root);
    if (shadow) return refusal({ ...place, message }, `${helper.root} is a local name in this function`);
    const edits = rewriteLoop(analysis, this.context, helper, { poll: this.freshName(analysis.fn, '_poll'), result: this.freshName(analysis.fn, 'polled'), returned: this.freshName(analysis.fn, 'returned'), maxLine: this.lineLimit() });
    if ('reason' in edits) return refusal({ ...place, message }, edits.reason);
    return { ...place, message, fix: { edits: [...helper.edits, ...edits], safety: 'safe', creates: helper.creates } };
  }

  /** A bare sleep: before positive assertions it becomes a wait for them (unsafe); otherwise it is reported. */
  private judgeBareSleep(sleep: Node, interval: Node, shown: string, place: { code: Code; start: number; end: number }): Finding<Code> | null {
    const leftAlone = (reason: string) => refusal({ ...place, message: `${shown} left alone` }, reason);
    const statement = sleep.parent!;
    const fn = enclosingFunction(sleep);
    if (statement.type !== 'expression_statement' || statement.namedChildren.length !== 1) return leftAlone('the sleep is part of a larger expression');
    if (fn === null) return leftAlone('the sleep is not inside a function');
    const siblings = statementsOf(statement.parent);
    const following = siblings.slice(siblings.findIndex((s) => sameNode(s, statement)) + 1);
    if (this.startsAWait(following, fn)) return null;
    const fetches: Node[] = [];
    while (following.length > 0 && isFetch(following[0])) fetches.push(following.shift()!);
    const assertions: Assertion[] = [];
    let refused: string | null = null;
    for (const next of following) {
      const assertion = readAssertion(next);
      if (assertion === null) break;
      if (assertion.operands === null) {
        if (assertions.length === 0) {
          refused = assertion.negative
            ? `a sleep before a negative assertion (${assertion.name}): polling cannot prove that something did not happen`
            : `the next assertion (${assertion.name}) is not a condition to poll`;
        }
        break;
      }
      assertions.push({ name: assertion.name, operands: assertion.operands });
    }
    if (refused?.startsWith('a sleep before a negative')) return leftAlone(refused);
    const heuristic = behaviourHeuristic(fn, interval);
    if (heuristic !== null) return leftAlone(`the sleep may be the behaviour under test (${heuristic})`);
    if (refused !== null) return leftAlone(refused);
    if (assertions.length === 0) return leftAlone('the sleep is not followed by an assertion on state: it may be pacing the test or simulating a slow operation');
    const condition = substitute(assertions, fetches, this.context);
    if (condition === null) return leftAlone('the assertion reads a fetched value more than once; polling would fetch it again each time');
    if (!readsLiveState(condition.nodes, fn, (name) => this.usesIn(fn, name))) return leftAlone('the assertion reads only local values set before the sleep; polling them would never see a change');
    const helper = this.plan();
    const seconds = numberValue(interval);
    const step = seconds !== null ? formatNumber(Math.min(1, seconds / 10)) : `${interval.text} / 10`;
    const predicate = `lambda: ${condition.text}`;
    const shownPredicate = predicate.length > 50 ? `${predicate.slice(0, 47)}...` : predicate;
    const message = `bare ${shown} before ${[...new Set(assertions.map((a) => a.name))].join(', ')} → ${'callee' in helper ? helper.callee : 'a polling helper'}(${shownPredicate}): always ${interval.text} s before, up to ${interval.text} s every ${step} s after`;
    if ('reason' in helper) return refusal({ ...place, message }, helper.reason);
    if (this.shadowedIn(fn, helper.root)) return refusal({ ...place, message }, `${helper.root} is a local name in this function`);
    const indent = this.context.indentOf(statement.startIndex);
    const args = helper.keywords ? [predicate, `timeout=${interval.text}`, `interval=${step}`] : [predicate, interval.text, step];
    const unit = indent.length > 0 ? this.context.indentOf(fn.childForFieldName('body')!.startIndex).slice(this.context.indentOf(fn.startIndex).length) : '    ';
    let lines = formatCall('', helper.callee, args, '', indent, unit, this.lineLimit());
    const tooLong = (candidate: string[]) => candidate.some((line) => indent.length + line.length > this.lineLimit());
    if (condition.parts.length > 1 && tooLong(lines)) {
      // One condition a line: aligned after `lambda: (`, or under it when that is still too wide.
      const wrap = (first: string, next: string) => `${first}${condition.parts.join(`\n${next}and `)})`;
      const layout = (predicate: string) => formatCall('', helper.callee, [predicate, ...args.slice(1)], '', indent, unit, this.lineLimit()).flatMap((line) => line.split('\n'));
      lines = layout(wrap('lambda: (', `${unit}${' '.repeat('lambda: ('.length)}`));
      if (tooLong(lines)) lines = layout(wrap(`lambda: (\n${unit.repeat(2)}`, unit.repeat(2)));
    }
    const eol = `${this.context.eol}${indent}`;
    const lineEnd = this.context.source.indexOf('\n', statement.endIndex);
    const rest = this.context.source.slice(statement.endIndex, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    const comment = rest.trim().startsWith('#') ? rest.trim() : null;
    const edit: Edit =
      comment !== null && indent.length + lines[lines.length - 1].length + rest.length > this.lineLimit()
        ? { start: statement.startIndex, end: statement.endIndex + rest.length, text: [comment, ...lines].join(eol) }
        : { start: statement.startIndex, end: statement.endIndex, text: lines.join(eol) };
    return { ...place, message, fix: { edits: [...helper.edits, edit], safety: 'unsafe', creates: helper.creates } };
  }

  /**
   * Whether the statements after a sleep are a wait on the helper (or a
   * polled function and the wait): the sleep is the wait's first pause. The
   * polled function may also be defined earlier in the function, as when a
   * guard (`if <loop condition>:`) holds the first sleep and the wait.
   */
  private startsAWait(following: readonly Node[], fn: Node): boolean {
    const helper = this.plan();
    const callee = 'callee' in helper ? helper.callee : null;
    if (callee === null) return false;
    const [first, second] = following;
    const polled = first?.type === 'function_definition' ? first.childForFieldName('name')!.text : null;
    const wait = polled !== null ? second : first;
    const nested = new Set(statementsOf(fn.childForFieldName('body')).filter((s) => s.type === 'function_definition').map((s) => s.childForFieldName('name')!.text));
    return (
      wait !== undefined &&
      wait.descendantsOfType('call').some((call) => {
        const args = statementsOf(call.childForFieldName('arguments'));
        if (call.childForFieldName('function')?.text !== callee) return false;
        return polled === null ? args[0]?.type === 'lambda' || (args[0]?.type === 'identifier' && nested.has(args[0].text)) : args[0]?.text === polled;
      })
    );
  }

  /** Whether a nested function is the try a rewritten wait polls: the helper's first argument in its enclosing function. A pause before it returns is part of that try. */
  private isPolled(fn: Node | null): boolean {
    const outer = fn === null ? null : enclosingFunction(fn);
    const helper = this.plan();
    if (outer === null || !('callee' in helper)) return false;
    const name = fn!.childForFieldName('name')!.text;
    return outer.descendantsOfType('call').some((call) => call.childForFieldName('function')?.text === helper.callee && statementsOf(call.childForFieldName('arguments'))[0]?.text === name);
  }

  private plan(): HelperPlan | HelperProblem {
    if (this.helper === undefined) {
      const python2 = PYTHON2_MARKERS.exec(this.context.source);
      this.helper = python2
        ? { reason: `the module looks like Python 2 (${python2[0].trim()}); the rewrite needs Python 3 (nonlocal, time.monotonic())` }
        : planHelper(this.context, this.option, this.helperModule);
    }
    return this.helper;
  }

  /** Whether a function binds `name` itself, so that a call to the helper would reach something else. */
  private shadowedIn(fn: Node, name: string): boolean {
    return this.usesIn(fn, name).some((use) => use.role === 'bind' && sameNode(use.scope, fn));
  }

  /** The uses of a name in a function, shared by the loops and sleeps of the file. */
  private usesIn(fn: Node, name: string): NameUse[] {
    const key = `${fn.id}:${name}`;
    let uses = this.uses.get(key);
    if (uses === undefined) this.uses.set(key, (uses = usesOf(name, fn, this.context.tree.rootNode, this.context.source)));
    return uses;
  }

  /** A name no code in the function uses yet, and no other rewrite in this run took. */
  private freshName(fn: Node, base: string): string {
    const taken = this.reserved.get(fn.startIndex) ?? new Set<string>();
    this.reserved.set(fn.startIndex, taken);
    const text = fn.text;
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base}${n}`;
      if (!taken.has(name) && !new RegExp(`\\b${name}\\b`).test(text)) {
        taken.add(name);
        return name;
      }
    }
  }

  /** The longest line the project's flake8 or pycodestyle settings allow here. */
  private lineLimit(): number {
    return (this.maxLine ??= readLintConfig(this.context).maxLineLength);
  }

  /** Why the sleep may run in a thread, a worker or a mock side effect; null when it runs in the test. */
  private workerReason(sleep: Node): string | null {
    if (enclosing(sleep, ['lambda', 'function_definition'])?.type === 'lambda') return 'the sleep is inside a lambda: a callback or a mock side effect';
    const fn = enclosingFunction(sleep);
    if (fn === null) return null;
    const outer = enclosingFunction(fn);
    if (outer !== null && !runsInTheTest(fn, outer)) return 'the sleep is in a nested function handed to something else: it may run in a thread, a worker or as a mock side effect';
    const cls = fn.parent?.parent?.type === 'class_definition' ? fn.parent.parent : fn.parent?.parent?.parent?.type === 'class_definition' ? fn.parent.parent.parent : null;
    if (cls !== null && /Thread|Process|Greenlet|Timer|Worker/.test(cls.childForFieldName('superclasses')?.text ?? '')) return `the sleep is in ${fn.childForFieldName('name')!.text} of a thread or worker class`;
    const name = fn.childForFieldName('name')!.text;
    if (this.isHandedOver(name)) return `${name} is handed to a thread, a worker or a mock as a side effect`;
    return null;
  }

  /**
   * Whether the module passes a function where a thread, a worker or a mock
   * runs it: `target=f`, `side_effect=self.f`, `spawn(…, f, …)`. The names
   * so passed are read from the text once, not once per sleep.
   */
  private isHandedOver(name: string): boolean {
    if (!/^\w+$/.test(name)) return new RegExp(`${HANDED_TO}\\s*=\\s*(?:self\\.|cls\\.)?${name}\\b|${RUN_BY}\\s*\\([^)]*\\b${name}\\b`).test(this.context.source);
    if (this.handedOver === undefined) {
      const names = new Set<string>();
      const { source } = this.context;
      for (const [, first, second] of source.matchAll(new RegExp(`${HANDED_TO}\\s*=\\s*(?=(\\w+)(?:\\.(\\w+))?)`, 'g'))) {
        names.add(first);
        if ((first === 'self' || first === 'cls') && second !== undefined) names.add(second);
      }
      for (const match of source.matchAll(new RegExp(`${RUN_BY}\\s*\\(`, 'g'))) {
        const from = match.index + match[0].length;
        const close = source.indexOf(')', from);
        for (const [word] of source.slice(from, close === -1 ? undefined : close).matchAll(/\w+/g)) names.add(word);
      }
      this.handedOver = names;
    }
    return this.handedOver.has(name);
  }

  /** The patch of the clock or of sleep whose scope holds the sleep, or null. */
  private patchOver(sleep: Node): Node | null {
    const root = this.context.tree.rootNode;
    this.patches ??= findClockPatches(this.context, this.names).map((patch) => ({ patch, scopes: patchScopes(patch, root) }));
    return this.patches.find(({ scopes }) => scopes.some((scope) => within(sleep, scope)))?.patch ?? null;
  }
}

/** Whether a nested function is only called, or handed to addCleanup: then it runs in the test's own thread. */
function runsInTheTest(fn: Node, outer: Node): boolean {
  const name = fn.childForFieldName('name')!.text;
  const uses = outer.descendantsOfType('identifier').filter((id) => id.text === name && !sameNode(id, fn.childForFieldName('name')));
  return uses.every((id) => {
    const parent = id.parent;
    if (parent?.type === 'call' && sameNode(parent.childForFieldName('function'), id)) return true;
    const call = parent?.type === 'argument_list' ? parent.parent : null;
    return call?.type === 'call' && /(?:^|\.)addCleanup$/.test(call.childForFieldName('function')?.text ?? '') && sameNode(statementsOf(parent)[0], id);
  });
}

/** The calls and assignments that replace time.sleep, time.time, time.monotonic or eventlet's sleep. */
function findClockPatches(context: FileContext, names: TimeNames): Node[] {
  const root = context.tree.rootNode;
  const found: Node[] = [];
  for (const match of context.source.matchAll(/\b(?:\w*[pP]atch\w*(?:\.\w+)*|setattr|freeze_time|travel)\s*\(|\b\w+\.(?:sleep|time|monotonic|perf_counter)\s*=(?!=)/g)) {
    const node = root.descendantForIndex(match.index, match.index + 1);
    const statementOrCall = enclosing(node, ['call', 'assignment']);
    if (statementOrCall === null) continue;
    if (statementOrCall.type === 'assignment') {
      const target = statementOrCall.childForFieldName('left');
      const object = target?.type === 'attribute' ? target.childForFieldName('object') : null;
      if (object && names.modules.has(object.text) && CLOCK_ATTRIBUTES.has(target!.childForFieldName('attribute')!.text)) found.push(statementOrCall);
      continue;
    }
    const callee = statementOrCall.childForFieldName('function')?.text ?? '';
    const args = statementsOf(statementOrCall.childForFieldName('arguments'));
    const strings = args.map((arg) => (arg.type === 'string' ? arg.text.slice(1, -1).replace(/^['"]+|['"]+$/g, '') : null));
    const patchesClock =
      /freeze_time|travel/.test(callee) ||
      strings.some((text) => text !== null && CLOCK_TARGET.test(text)) ||
      (args.length >= 2 && names.modules.has(args[0].text) && strings[1] !== null && CLOCK_ATTRIBUTES.has(strings[1]));
    if (patchesClock && !found.some((other) => sameNode(other, statementOrCall))) found.push(statementOrCall);
  }
  return found;
}

/**
 * Where a patch holds: the decorated function or class; the body of a
 * `with`; the class of a setUp; the whole module for a fixture or
 * module-level code; else the function it is made in. Classes that derive
 * from a patched class in the same file are patched too.
 */
function patchScopes(patch: Node, root: Node): Node[] {
  const decorated = enclosing(patch, ['decorator'])?.parent?.childForFieldName('definition');
  const withStatement = patch.parent?.type === 'with_item' || (patch.parent?.type === 'as_pattern' && patch.parent.parent?.type === 'with_item') ? enclosing(patch, ['with_statement']) : null;
  const fn = enclosingFunction(patch);
  const classOf = (node: Node) => enclosing(node, ['class_definition']);
  let scope: Node = root;
  if (decorated) scope = decorated;
  else if (withStatement) scope = withStatement;
  else if (fn !== null) {
    const name = fn.childForFieldName('name')!.text;
    const cls = classOf(fn);
    const isFixture = cls !== null && /Fixture/.test(cls.childForFieldName('superclasses')?.text ?? '');
    const decorators = fn.parent?.type === 'decorated_definition' ? fn.parent.text.slice(0, fn.startIndex - fn.parent.startIndex) : '';
    if (isFixture || /fixture/.test(decorators)) scope = root;
    else if (SETUP_METHODS.has(name)) scope = cls ?? root;
    else scope = fn;
  } else {
    scope = classOf(patch) ?? root;
  }
  if (scope.type !== 'class_definition') return [scope];
  const patched = [scope];
  const classes = root.descendantsOfType('class_definition');
  for (let grew = true; grew; ) {
    grew = false;
    for (const cls of classes) {
      if (patched.some((p) => sameNode(p, cls))) continue;
      const bases = cls.childForFieldName('superclasses')?.text ?? '';
      if (patched.some((p) => new RegExp(`\\b${p.childForFieldName('name')!.text}\\b`).test(bases))) {
        patched.push(cls);
        grew = true;
      }
    }
  }
  return patched;
}

/** Why a bare sleep may be what the test is about, naming the heuristic; null when none applies. */
function behaviourHeuristic(fn: Node, interval: Node): string | null {
  const text = fn.text;
  const name = fn.childForFieldName('name')!.text;
  for (const heuristic of BEHAVIOUR_HEURISTICS) {
    const match = heuristic.when === undefined || heuristic.when.test(text) ? heuristic.pattern.exec(text) : null;
    if (match) return `${heuristic.name} heuristic: "${match[0]}" in ${name}`;
  }
  const seconds = numberValue(interval);
  const stamp = TIMESTAMP_TEXT.exec(text);
  if (seconds !== null && seconds <= 2 && stamp) return `second-boundary heuristic: a ${interval.text} s sleep in a test that reads "${stamp[0]}"`;
  return null;
}

/** `name = <expression with a call>`: a fetch of fresh state. */
function isFetch(statement: Node): boolean {
  const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.type === 'identifier' && assignment.childForFieldName('right')!.descendantsOfType('call').length + (assignment.childForFieldName('right')!.type === 'call' ? 1 : 0) > 0;
}

/** A positive assertion and the operands its condition is made of (the test of an `assert`). */
interface Assertion {
  readonly name: string;
  readonly operands: Node[];
}

/** An assertion statement: its name, whether it is negative, and its operands when it is a positive condition. */
function readAssertion(statement: Node): { name: string; negative: boolean; operands: Node[] | null } | null {
  if (statement.type === 'assert_statement') {
    const test = statement.namedChildren[0];
    const negative = test.type === 'not_operator' || /\bnot in\b|\bis None\b|==\s*(?:0|\[\]|\{\}|None|False)\s*$/.test(test.text);
    return { name: 'assert', negative, operands: negative ? null : [test] };
  }
  const call = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
  if (call === null || callee?.type !== 'attribute') return null;
  const name = callee.childForFieldName('attribute')!.text;
  if (!/^(?:assert|fail)/.test(name)) return null;
  const args = statementsOf(call.childForFieldName('arguments'));
  const positional = args.filter((arg) => arg.type !== 'keyword_argument');
  const emptyCompare = ['assertEqual', 'assertEquals', 'assertIs'].includes(name) && positional.slice(0, 2).some((arg) => EMPTY_VALUES.test(arg.text));
  const negated = TRUTH_ASSERTIONS.has(name) && positional[0]?.type === 'not_operator';
  if (NEGATIVE_ASSERTIONS.has(name) || emptyCompare || negated) return { name, negative: true, operands: null };
  const rule = CONDITIONS[name];
  const owner = callee.childForFieldName('object')!.text;
  const extra = args.filter((arg) => arg.type === 'keyword_argument' && !['msg', 'message'].includes(arg.childForFieldName('name')!.text));
  if (rule === undefined || (owner !== 'self' && owner !== 'cls') || positional.length < rule.arity || positional.length > rule.arity + 1 || extra.length > 0) {
    return { name, negative: false, operands: null };
  }
  return { name, negative: false, operands: positional.slice(0, rule.arity) };
}

const LOOSE = new Set(['boolean_operator', 'conditional_expression', 'lambda', 'named_expression']);

/**
 * The asserted conditions joined with `and`, each fetched name replaced by
 * its fetch so that every poll reads fresh state; null when a fetched name
 * is read twice. Also returns the nodes the condition reads.
 */
function substitute(assertions: readonly Assertion[], fetches: readonly Node[], context: FileContext): { text: string; parts: string[]; nodes: Node[] } | null {
  const fetched = new Map(
    fetches.map((statement) => {
      const assignment = statement.namedChildren[0];
      const value = assignment.childForFieldName('right')!;
      return [assignment.childForFieldName('left')!.text, value] as const;
    }),
  );
  const used = new Map<string, number>();
  const render = (node: Node): string => {
    const ids = [node, ...node.descendantsOfType('identifier')].filter((id) => id.type === 'identifier' && fetched.has(id.text) && nameRole(id) === 'read');
    let text = context.text(node);
    for (const id of ids.sort((a, b) => b.startIndex - a.startIndex)) {
      used.set(id.text, (used.get(id.text) ?? 0) + 1);
      const value = fetched.get(id.text)!;
      const replacement = BARE_OPERANDS.has(value.type) ? context.text(value) : `(${context.text(value)})`;
      text = text.slice(0, id.startIndex - node.startIndex) + replacement + text.slice(id.endIndex - node.startIndex);
    }
    return text;
  };
  const operand = (node: Node) => (BARE_OPERANDS.has(node.type) ? render(node) : `(${render(node)})`);
  const parts = assertions.map(({ name, operands }) => {
    if (name === 'assert' || TRUTH_ASSERTIONS.has(name)) return { text: render(operands[0]), loose: LOOSE.has(operands[0].type) };
    return { text: CONDITIONS[name].write(operands.map(operand)), loose: false };
  });
  if ([...used.values()].some((count) => count > 1)) return null;
  const joined = parts.map((part) => (parts.length > 1 && part.loose ? `(${part.text})` : part.text));
  const nodes = [...assertions.flatMap((a) => a.operands), ...[...used.keys()].map((name) => fetched.get(name)!)];
  return { text: joined.join(' and '), parts: joined, nodes };
}

/**
 * Whether polling the condition can see a change: it calls something, or
 * reads an attribute of something other than a local variable.
 */
function readsLiveState(nodes: readonly Node[], fn: Node, usesOf: (name: string) => NameUse[]): boolean {
  const isLocal = (name: string) => name !== 'self' && name !== 'cls' && usesOf(name).some((use) => use.role !== 'read' && sameNode(use.scope, fn));
  return nodes.some(
    (node) =>
      node.type === 'call' ||
      node.descendantsOfType('call').length > 0 ||
      [node, ...node.descendantsOfType('attribute')].some((at) => at.type === 'attribute' && !isLocal(rootName(at))),
  );
}

function rootName(node: Node): string {
  let at = node;
  while (at.type === 'attribute' || at.type === 'subscript') at = at.childForFieldName(at.type === 'attribute' ? 'object' : 'value')!;
  return at.text;
}

/** The first pass reads the polling helpers each module of the run defines, for the others to import. */
const transform: Transform<Code> = { meta, collect: collectHelpers, collectsFrom: { test: mayDefineHelper }, create };
export default transform;
