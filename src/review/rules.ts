/**
 * The rule table: which words in a review suggestion select which transform,
 * and which mark a request testmend will not carry out, with the reason. Each
 * rule lists wordings a reviewer writes; the tests check that each one
 * matches, and `testmend explain` and the README show them.
 */
import { FRAMEWORK_HOOKS } from '../testing/hooks.js';
import { readConvention } from './conventions.js';
import { readRenames, type RenamePair, type RenameReading } from './renames.js';

/** Why a suggestion, or part of it, gets no transform. */
export type RefusalKind = 'not-mechanical' | 'harmful' | 'not-code';

/** What a rule found in a suggestion: the words, and the reason when it depends on them. */
interface RuleMatch {
  readonly wording: string;
  readonly reason?: string;
}

/** One row of the table. */
export interface Rule {
  /** The transform it selects; for a refusal, the transform applied in place of the request. */
  readonly transform?: string;
  /** Set when the rule refuses the request. */
  readonly refuse?: RefusalKind;
  /** What the rule is about, in a few words, for the documentation. */
  readonly topic: string;
  /** Wordings that select it, as reviewers write them. */
  readonly wordings: readonly string[];
  readonly match: (text: string, renames: RenameReading) => RuleMatch | null;
  /** The reason given for a refusal, from the words that matched. */
  readonly reason?: (wording: string) => string;
  /** Counts only when no other rule matches (remarks on the change as a whole). */
  readonly alone?: boolean;
}

/** A transform a suggestion maps to, the words that chose it, and option values it brings. */
export interface Mapping {
  readonly transform: string;
  readonly wording: string;
  /** Option values for the transform (`rename: ['old=new']`, `naming-style: 'snake'`), or null. */
  readonly settings: Readonly<Record<string, string | readonly string[]>> | null;
  /** The renames it applies, for `rename`. */
  readonly renames?: readonly RenamePair[];
}

/** A request, or part of one, that testmend does not carry out, and why. */
export interface Refusal {
  readonly kind: RefusalKind;
  readonly reason: string;
}

/** What the rule table makes of one suggestion. */
export interface Classification {
  readonly mappings: readonly Mapping[];
  readonly refusals: readonly Refusal[];
  /** Whether it asks for something: a rule other than a remark on the whole change matched. */
  readonly asks: boolean;
}

/** The earliest match of any of the patterns (a pattern may be a function that matches like `RegExp.exec`). */
function firstOf(...patterns: (RegExp | ((text: string) => RegExpExecArray | null))[]): (text: string) => RuleMatch | null {
  return (text) => {
    const found = patterns.map((pattern) => (pattern instanceof RegExp ? pattern.exec(text) : pattern(text))).filter((match) => match !== null);
    if (found.length === 0) return null;
    return { wording: found.reduce((a, b) => (b.index < a.index ? b : a))[0] };
  };
}

/** Words that turn a request around when they come before it in the same sentence. */
const NEGATION = /\b(?:don't|do not|never|avoid|instead of|rather than|no need|except|other than|apart from|besides|keep|leave)\b[^.!?]*$/i;

/** Like {@link firstOf}, for requests: a match preceded by a negation in its sentence does not count. */
function askedFor(...patterns: RegExp[]): (text: string) => RuleMatch | null {
  return (text) => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
        if (!NEGATION.test(text.slice(0, match.index))) return { wording: match[0] };
      }
    }
    return null;
  };
}

const HOOK_NAMES = new RegExp(String.raw`\b(?:${Object.keys(FRAMEWORK_HOOKS).join('|')})\b`, 'g');
/** What, before a hook's name, shows the hook is not the thing renamed: a negation, or a preposition ("move it into setUp"). */
const NOT_RENAMED = new RegExp(String.raw`${NEGATION.source}|\b(?:into|in|to|from|inside|within|of|by|at)\s+[\`'"]?$`, 'i');
const NAMING_WORDS = /\b(?:re)?nam(?:e|es|ed|ing)\b|\bdescriptive\b|\bcall(?:ed)? (?:it|them)\b/i;

/** Hooks a suggestion would rename: named in a rename, or mentioned in a sentence about names. */
function matchHookRename(text: string, renames: RenameReading): RuleMatch | null {
  const mentioned = text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => NAMING_WORDS.test(sentence))
    .flatMap((sentence) => [...sentence.matchAll(HOOK_NAMES)].filter((m) => !NOT_RENAMED.test(sentence.slice(0, m.index))).map((m) => m[0]));
  const hooks = [...new Set([...renames.hooks, ...mentioned])];
  if (hooks.length === 0) return null;
  const frameworks = [...new Set(hooks.map((hook) => FRAMEWORK_HOOKS[hook]))];
  const caller = frameworks.length === 1 ? frameworks[0] : 'the framework';
  return { wording: `rename ${hooks.join('/')}`, reason: `renaming ${hooks.join('/')}: ${frameworks.join(' and ')} hooks would stop running (${caller} calls them by name)` };
}

const EQUALITY_ASSERT = /\bassert(?:Equals?|NotEquals?|Is|IsNot|IsNone|IsNotNone|In|NotIn|IsInstance|Greater\w*|Less\w*|CountEqual|DictEqual|ListEqual)\b/;
const TRUTH_ASSERT = /\bassert(?:True|False)\b/;

/**
 * A request to trade a precise assertion for assertTrue/assertFalse: the
 * precise one is named first or after "instead of", and the truth assertion is
 * not quoted as the problem (`assertTrue(a == b)`).
 */
function matchWeakerAssertion(text: string): RuleMatch | null {
  const precise = EQUALITY_ASSERT.exec(text);
  const truth = TRUTH_ASSERT.exec(text);
  if (precise === null || truth === null) return null;
  if (/\b(?:instead of|rather than|over|not)\s+[`'"]?assert(?:True|False)\b/i.test(text)) return null;
  if (/\bassert(?:True|False)\s*\([^)]*?(?:==|!=|<|>|\bin\b|\bis\b|\bisinstance\b)/.test(text)) return null;
  const insteadOfPrecise = /\b(?:instead of|rather than)\s+[`'"]?assert(?!True|False)[A-Z]/i.test(text);
  if (!insteadOfPrecise && precise.index > truth.index) return null;
  return { wording: `${precise[0]} → ${truth[0]}` };
}

/** What keeps "split it" and "break it up" from being about tests: "into helper methods". */
const NOT_INTO_HELPERS = String.raw`(?![^.!?]{0,30}?\binto\b[^.!?]{0,30}?\b(?:helpers?|methods|functions)\b)`;

/** Quoted names said not to follow PEP 8 ("`volumeId` doesn't follow PEP 8"): a naming request, not a style one. */
function namesAgainstPep8(text: string): RuleMatch | null {
  if (!/\bpep ?8\b/i.test(text)) return null;
  const convention = readConvention(text);
  return convention.renames.length > 0 ? { wording: `${convention.renames.map((r) => `\`${r.from}\``).join(', ')} against PEP 8` } : null;
}

/** The table, in the order its rules are tried; a suggestion's transforms come in this order. */
export const RULES: readonly Rule[] = [
  {
    refuse: 'harmful',
    topic: 'renaming test framework hooks',
    wordings: ['rename `setUp` to `prepare_servers`', 'the method names `setUp` and `tearDown` are not very descriptive'],
    match: matchHookRename,
  },
  {
    refuse: 'harmful',
    transform: 'assert-methods',
    topic: 'a precise assertion traded for assertTrue/assertFalse',
    wordings: ['use `assertTrue()` instead of `assertEqual()`', 'the code uses `assertEqual()`; consider `assertTrue()`'],
    match: matchWeakerAssertion,
    reason: (wording) => `${wording}: weaker assertion (any true value passes, and a failure no longer shows the values); applying assert-methods instead`,
  },
  {
    refuse: 'harmful',
    transform: 'sleep-to-wait',
    topic: 'adding or lengthening sleeps',
    wordings: ['add a `time.sleep(2)` after the call', 'increase the sleep', 'sleep longer'],
    match: askedFor(/\b(?:add|adding|insert|inserting|put)\b[^.!?]{0,20}?\b(?:time\.)?sleep\b/i, /\b(?:increase|increasing|lengthen|raise|bump)\b[^.!?]{0,20}?\b(?:sleep|delay)s?\b/i, /\bsleep (?:longer|more)\b/i),
    reason: () => 'adding or lengthening a sleep: a fixed sleep makes the test slower and still flaky; applying sleep-to-wait instead, which waits for the condition',
  },
  {
    refuse: 'harmful',
    topic: 'renaming a test without its `test` prefix',
    wordings: ['call it `live_migration_works` instead of `test_live_migration`'],
    match: (_, renames) =>
      renames.undiscoverable.length === 0
        ? null
        : {
            wording: renames.undiscoverable.map((r) => `${r.from} → ${r.to}`).join(', '),
            reason: `renaming ${renames.undiscoverable.map((r) => `${r.from} to ${r.to}`).join(', ')}: without the test prefix, unittest and pytest would no longer find the test`,
          },
  },
  {
    transform: 'rename',
    topic: 'explicit renames',
    wordings: [
      'rename `server` to `created_server`',
      '`srv` → `server`',
      'the name `test_live_migrate_one` is long; use a shorter name such as `test_live_migration`',
      '`_try` is vague; call it `_attempt`',
      '`_attempt` would be a better name for `_try`',
    ],
    match: (_, renames) => (renames.renames.length > 0 && renames.wording !== null ? { wording: renames.wording } : null),
  },
  {
    transform: 'naming',
    topic: 'naming convention words',
    wordings: [
      'naming conventions',
      'camelCase and snake_case',
      'consistent naming',
      'inconsistent names',
      'PEP 8 names',
      'N802',
      '`volumeId`, `attachResp` don\'t follow PEP 8; the rest of the module is snake_case',
    ],
    match: (text) =>
      firstOf(/\b(?:camel|snake|pascal|mixed|kebab)[ _-]?case\b/i, /\bnaming (?:conventions?|style|scheme)s?\b/i, /\b(?:in)?consistent(?:ly)? (?:naming|names)\b/i, /\bpep ?8 (?:naming|names)\b/i, /\bN8\d\d\b/)(text) ??
      namesAgainstPep8(text),
  },
  {
    transform: 'sleep-to-wait',
    topic: 'sleeping, polling and waiting',
    wordings: ['time.sleep()', 'sleeps', 'polling', 'a wait loop', 'wait_for_status', 'a waiter', 'busy-wait'],
    match: firstOf(/\btime\.sleep\b/i, /\bsleep(?:s|ing)?\b/i, /\bpoll(?:s|ing|ed)?\b/i, /\bwait(?:[ _-]?loop|[ _]until|_for\w*|ers?)\b/i, /\bbusy[ -]?wait\w*/i, /\bfixed (?:delays?|waits?)\b/i),
  },
  {
    transform: 'split-tests',
    topic: 'splitting long tests',
    wordings: [
      'split the test',
      'smaller, more focused test cases',
      'the test is too long',
      'one behaviour per test',
      'the test does too much',
      '`test_attach_detach` does four unrelated things; splitting it would make failures easier to read',
      'One test per operation please',
      'separate tests for attach and detach',
      'break it up',
    ],
    match: firstOf(
      /\bsplit\w*\b[^.!?]{0,40}?\btests?\b/i,
      /\bsplit\w*(?: up)?\s+[`'"]?test_\w+/i,
      /\b(?:smaller|focused|separate|shorter|individual)\b[^.!?]{0,30}?\btest(?:s|\s+cases?|\s+methods?)?\b/i,
      /\btests?(?: cases?| methods?)? (?:is|are) (?:too |very |quite |rather |really )?(?:long|big|large)\b/i,
      /\bone (?:thing|behaviou?r|aspect|scenario|check) per test\b/i,
      /\btests?(?: cases?| methods?)? (?:does|do|tests?|checks?|covers?) too (?:much|many)\b/i,
      /\bone test (?:per|for each|for every)\b/i,
      /\b(?:does|do|tests|checks|covers) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|several|many|multiple|a lot of|lots of|too many) (?:\w+ )?things\b/i,
      new RegExp(String.raw`\bsplit(?:ting)? (?:it|this|them|that)\b${NOT_INTO_HELPERS}`, 'i'),
      new RegExp(String.raw`\bbreak(?:ing)? (?:it|this|them|that|(?:this|the) test(?: case| method)?|\x60?test_\w+\x60?) up\b${NOT_INTO_HELPERS}`, 'i'),
      new RegExp(String.raw`\bbreak(?:ing)? up (?:this|the) tests?\b${NOT_INTO_HELPERS}`, 'i'),
    ),
  },
  {
    transform: 'extract-helpers',
    topic: 'nested blocks and helpers',
    wordings: ['nested blocks', 'extract a helper', 'move it into a helper', 'helper methods', 'smaller methods or functions', 'single responsibility', 'duplicated setup'],
    match: firstOf(
      /\bnest(?:ed|ing)\b/i,
      /\bextract\w*\b/i,
      /\b(?:into|to|as) an? (?:\w+ )?helper\b/i,
      /\bhelper (?:methods|functions)\b/i,
      /\b(?:smaller|separate|private|small|utility) (?:methods|functions)\b/i,
      /\bsingle responsibility\b/i,
      /\bdeeply indented\b/i,
      /\bduplicat\w+ (?:code|blocks?|logic|setup)\b/i,
      /\b(?:break|split)\w*\b[^.!?]{0,40}?\binto\b[^.!?]{0,30}?\b(?:methods|functions)\b/i,
    ),
  },
  {
    transform: 'docstrings',
    topic: 'comments and docstrings',
    wordings: ['docstrings', 'the code has limited comments', 'undocumented tests'],
    match: firstOf(
      /\bdoc ?strings?\b/i,
      /(?<!\b(?:review|my|previous|earlier|these|those|other|your|their) )\bcomments?\b(?! (?:above|below|from|by|on (?:the )?(?:previous|last|earlier)))/i,
      /\bundocumented\b/i,
      /\bdocument (?:the|each|every|what)\b/i,
    ),
  },
  {
    transform: 'assert-methods',
    topic: 'assertions',
    wordings: ['assertEqual', 'assertTrue(a == b)', 'a more descriptive assertion method', 'the precise assertion', 'deprecated aliases'],
    match: firstOf(
      /\b(?:assert|fail)(?:[A-Z]\w*|_)(?!\w)/,
      /\b(?:precise|specific|descriptive|dedicated|appropriate|right|proper|better|richer|correct) assert(?:ion)?s?(?: methods?)?\b/i,
      /\bassertion methods?\b/i,
      /\bdeprecated (?:assert\w*|aliases?)\b/i,
    ),
  },
  {
    transform: 'style',
    topic: 'indentation, spacing and code style',
    wordings: ['inconsistent indentation and spacing', 'whitespace', 'blank lines', 'coding style', 'pycodestyle', 'E128', 'line too long'],
    match: firstOf(
      /(?<!deeply )\bindent(?:ation|ed|s)?\b/i,
      /\bspacing\b/i,
      /\bwhite ?space\b/i,
      /\bblank lines?\b/i,
      /\b(?:code|coding) style\b/i,
      /\bformatting\b/i,
      /\bpycodestyle\b/i,
      /\bflake8\b/i,
      (text: string) => (namesAgainstPep8(text) === null ? /\bpep ?8\b(?! ?nam)/i.exec(text) : null),
      /\b[EW][1-9]\d{2}\b/,
      /\blines? (?:is |are )?too long\b|\bline length\b|\blong lines?\b/i,
      /\btrailing (?:spaces|white ?space)\b/i,
      /\btabs\b/i,
    ),
  },
  {
    refuse: 'not-mechanical',
    topic: 'names the review does not spell out',
    wordings: ['names such as `server` and `servers` … consider names such as `created_instances` or `instance_servers`'],
    match: (_, renames) => (renames.ambiguous === null ? null : { wording: renames.wording ?? '', reason: renames.ambiguous }),
  },
  {
    refuse: 'not-mechanical',
    topic: 'descriptive names without the new name',
    wordings: ['more descriptive names', 'variable names are not very descriptive'],
    match: (text, renames) =>
      renames.wording !== null
        ? null
        : firstOf(
            /\b(?:descriptive|meaningful|clearer|self-explanatory|expressive|intention-revealing)\b[^.!?]{0,20}?\bnames?\b/i,
            /\bnames?\b[^.!?]{0,40}?\b(?:not (?:very )?(?:descriptive|clear|meaningful)|unclear|confusing|cryptic)\b/i,
          )(text),
    reason: () => 'choosing a descriptive name takes a person who knows the code; write the new name in the review (rename `old` to `new`) and testmend applies it',
  },
  {
    refuse: 'not-mechanical',
    topic: 'explanatory comments',
    wordings: ['add more comments', 'the code has limited comments'],
    match: firstOf(/\b(?:more|add\w*|limited|few|missing|lack\w*|explanatory|inline|insufficient|sparse|extra)\b[^.!?]{0,30}?\bcomments?\b/i),
    reason: () => 'comments that explain the code take a person who knows it; docstrings only turns leading comments and test names into docstrings',
  },
  {
    refuse: 'not-mechanical',
    topic: 'new tests',
    wordings: ['add a negative test', 'test coverage', 'edge cases'],
    match: firstOf(/\badd\w* (?:(?:more|some|a|an|new|extra|unit|functional|negative|regression|another) )*tests?\b/i, /\btest coverage\b/i, /\b(?:edge|corner) cases?\b/i),
    reason: () => 'new tests take a person who knows what to check',
  },
  {
    refuse: 'not-mechanical',
    topic: 'new assertions',
    wordings: ['add an assertion on the status', 'the test does not check the result'],
    match: firstOf(/\badd\w* (?:(?:an|a|more|some|another|extra) )*(?:assert(?:ion)?s?|checks?)\b/i, /\bmissing (?:assert\w*|checks?)\b/i, /\b(?:doesn't|does not|never) (?:assert|check|verify)\b/i),
    reason: () => 'what a test should check is a person\'s decision',
  },
  {
    refuse: 'not-mechanical',
    topic: 'error handling and logging',
    wordings: ['error handling', 'handle exceptions', 'logging'],
    match: firstOf(/\berror handling\b/i, /\bexception handling\b/i, /\bhandle (?:the )?(?:errors?|exceptions?|failures?)\b/i, /\blogging\b/i),
    reason: () => 'how to handle errors is a design decision, not a rewrite',
  },
  {
    refuse: 'not-code',
    topic: 'release notes, commit messages, tickets, CI',
    wordings: ['release note', 'commit message', 'bump the version', 'bug number', 'Closes-Bug', 'CI job', 'recheck', 'README'],
    match: firstOf(
      /\brelease ?notes?\b/i,
      /\breno\b/i,
      /\bchange ?log\b/i,
      /\bcommit (?:message|title|subject|summary)\b/i,
      /\bversion bump\b|\bbump\w* (?:the )?version\b/i,
      /\b(?:bug|launchpad|storyboard|jira|issue) (?:number|link|reference|id|ticket|tracker)\b/i,
      /\bcloses-bug\b/i,
      /\bticket\b/i,
      /\b(?:ci|zuul|gate|check) jobs?\b/i,
      /\brecheck\b/i,
      /\breadme\b/i,
      /\b(?:api|user|admin|contributor) (?:docs|documentation|guide)\b/i,
    ),
    reason: (wording) => `about the ${wording}, not the code`,
  },
  {
    refuse: 'not-code',
    topic: 'remarks on the change as a whole',
    wordings: ['looks good', 'LGTM', 'well-structured', 'thanks', 'no security defects are detected'],
    match: firstOf(
      /\blooks good\b|\blgtm\b/i,
      /\bwell[- ](?:structured|written|organi[sz]ed)\b/i,
      /\b(?:nice|great|good) (?:work|job|patch|change)\b/i,
      /\bthanks?\b|\bthank you\b/i,
      /\bno (?:security )?(?:defects|issues|problems|vulnerabilities)\b/i,
    ),
    reason: () => 'a remark on the change, not a request',
    alone: true,
  },
];

/** The reason given to a suggestion no rule matches. */
export const NO_RULE = 'no rule of the table matches its wording; it needs a person';

/**
 * Maps one suggestion onto transforms and refusals by the rule table. `it` is
 * the name at the place the suggestion's comment is attached to, when it has
 * one: "call it `x`" renames it.
 */
export function classify(text: string, it: string | null = null): Classification {
  const renames = readRenames(text, it);
  const mappings: Mapping[] = [];
  const refusals: Refusal[] = [];
  const remarks: Refusal[] = [];
  const insteads: Mapping[] = [];
  for (const rule of RULES) {
    const found = rule.match(text, renames);
    if (found === null) continue;
    if (rule.refuse !== undefined) {
      const refusal = { kind: rule.refuse, reason: found.reason ?? rule.reason!(found.wording) };
      (rule.alone ? remarks : refusals).push(refusal);
    }
    if (rule.transform !== undefined) (rule.refuse === undefined ? mappings : insteads).push(mappingOf(rule.transform, found.wording, text, renames));
  }
  for (const mapping of insteads) if (!mappings.some((m) => m.transform === mapping.transform)) mappings.push(mapping);
  const asks = mappings.length > 0 || refusals.length > 0;
  if (asks) return { mappings, refusals, asks };
  return { mappings, refusals: remarks.length > 0 ? remarks.slice(0, 1) : [{ kind: 'not-mechanical', reason: NO_RULE }], asks };
}

/**
 * A mapping with the option values it brings: a rename its pairs; naming the
 * convention the words ask for, or, when they quote names that do not follow
 * it, those names as renames.
 */
function mappingOf(transform: string, wording: string, text: string, renames: RenameReading): Mapping {
  if (transform === 'rename') return { transform, wording, settings: { rename: renames.renames.map(renameSpec) }, renames: renames.renames };
  if (transform !== 'naming') return { transform, wording, settings: null };
  const convention = readConvention(text);
  if (convention.style === null) return { transform, wording, settings: null };
  const quoted = convention.renames.filter((pair) => !(pair.from in FRAMEWORK_HOOKS) && !renames.renames.some((r) => r.from === pair.from));
  if (quoted.length === 0) return { transform, wording, settings: { 'naming-style': convention.style } };
  return { transform: 'rename', wording: `${wording}: ${quoted.map((r) => `${r.from} → ${r.to}`).join(', ')}`, settings: { rename: quoted.map(renameSpec) }, renames: quoted };
}

/** `old=new`, as --rename takes it. */
function renameSpec(pair: RenamePair): string {
  return `${pair.from}=${pair.to}`;
}

/** The rules that select a transform, or apply it in place of a refused request. */
export function rulesFor(transform: string): Rule[] {
  return RULES.filter((rule) => rule.transform === transform);
}
