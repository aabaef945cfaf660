/**
 * Reading explicit renames out of a review's words: "rename `server` to
 * `created_server`", "`srv` → `server`", "use a shorter name such as
 * `test_x`" when the name it replaces is quoted nearby.
 */
import { FRAMEWORK_HOOKS } from '../testing/hooks.js';

/** One explicit rename. */
export interface RenamePair {
  readonly from: string;
  readonly to: string;
}

/** What a suggestion says about renaming. */
export interface RenameReading {
  /** Renames to apply. */
  readonly renames: readonly RenamePair[];
  /** Test framework hooks the suggestion would rename. */
  readonly hooks: readonly string[];
  /** Renames that would take away a test's `test` prefix. */
  readonly undiscoverable: readonly RenamePair[];
  /** Why names the suggestion proposes cannot be matched to the names they replace, or null. */
  readonly ambiguous: string | null;
  /** The words that asked for a rename, or null when none did. */
  readonly wording: string | null;
  /** A new name proposed without a name for it to replace ("call it `_attempt`"): the name at the comment's place may be it. */
  readonly unplaced: string | null;
}

/** Quoted names become `⟨name⟩` before the patterns run; `name()` counts as `name`. */
const QUOTED_NAME = /([`'"“‘])([A-Za-z_]\w*)(?:\(\))?([`'"”’])/g;
const CLOSING: Readonly<Record<string, string>> = { '`': '`', "'": "'", '"': '"', '“': '”', '‘': '’' };

/** A name in the marked text: quoted, or bare. */
const NAME = String.raw`(⟨[A-Za-z_]\w*⟩|[A-Za-z_]\w*)`;
const QUOTED = String.raw`(⟨[A-Za-z_]\w*⟩)`;
const ARROW = String.raw`(?:to|as|into|→|->|=>)`;

/** Explicit renames, each with the group numbers of the old and the new name, and whether bare names count. */
const EXPLICIT: readonly { readonly pattern: RegExp; readonly from: number; readonly to: number; readonly bare: boolean }[] = [
  {
    pattern: new RegExp(String.raw`\brenam(?:e|ing)\s+(?:(?:the|this|that|variable|method|test|function|attribute|argument|parameter|local|class|helper|fixture|case|name|of)\s+){0,4}${NAME}\s+${ARROW}\s+${NAME}`, 'gi'),
    from: 1,
    to: 2,
    bare: true,
  },
  { pattern: new RegExp(String.raw`${NAME}\s+(?:should|could|would|might|can|must)\s+(?:be\s+)?(?:renamed\s+(?:to|as)|called|named|become)\s+${NAME}`, 'gi'), from: 1, to: 2, bare: true },
  {
    pattern: new RegExp(String.raw`\b(?:use|call(?:\s+(?:it|this|that|the\s+\w+))?|name\s+(?:it|this|that|the\s+\w+)|prefer)\s+${NAME}\s+(?:instead\s+of|rather\s+than)\s+${NAME}`, 'gi'),
    from: 2,
    to: 1,
    bare: true,
  },
  { pattern: new RegExp(String.raw`\breplac(?:e|ing)\s+${QUOTED}\s+(?:with|by)\s+${QUOTED}`, 'gi'), from: 1, to: 2, bare: false },
  { pattern: new RegExp(String.raw`${QUOTED}\s*(?:→|->|=>)\s*${QUOTED}`, 'g'), from: 1, to: 2, bare: false },
];

/** "and `c` to `d`" after an explicit rename. */
const MORE = new RegExp(String.raw`\s*(?:,\s*(?:and\s+)?|and\s+)${NAME}\s+${ARROW}\s+${NAME}`, 'iy');

/** "use a shorter name, such as `x`": the names a suggestion proposes, alternatives (`or`) or a list (`and`). */
const PROPOSAL = new RegExp(
  String.raw`(?:\b(?:use|using|choose|pick|prefer|try|consider)\b[^.!?]{0,80}?\bnames?\b|\b(?:call|name)\s+(?:it|this|that|them|the\s+\w+))[^.!?⟨]{0,60}?\b(?:such as|like|eg|for example|for instance|say|perhaps|maybe)[,:]?\s+(⟨\w+⟩(?:\s*(?:,\s*(?:or|and)?|or|and)\s*⟨\w+⟩)*)`,
  'gi',
);

/** Where the proposed names start in a {@link PROPOSAL} match. */
const PROPOSED = /\b(?:such as|like|eg|for example|for instance|say|perhaps|maybe)[,:]?\s+⟨/i;

/** One new name proposed outright: "call it `x`", "`x` would be a better name", "a clearer name is `x`". */
const DIRECT: readonly RegExp[] = [
  /\b(?:call|name)\s+(?:it|this|that|the\s+\w+)\s+(⟨\w+⟩)/gi,
  /(⟨\w+⟩)\s+(?:would|might|could|will)\s+(?:be|make)\s+(?:a\s+)?(?:much\s+)?(?:better|clearer|nicer|more\s+\w+)\s+name\b/gi,
  /\b(?:better|clearer|nicer)\s+name\s+(?:would\s+be|is|might\s+be|could\s+be)\s+(⟨\w+⟩)/gi,
];

/**
 * Reads the renames a suggestion asks for. `it` is the name at the place a
 * comment is attached to, which a new name proposed alone replaces.
 */
export function readRenames(text: string, it: string | null = null): RenameReading {
  let marked = markQuotedNames(text.replace(/\be\.g\.,?/gi, 'eg'));
  const pairs: RenamePair[] = [];
  let wording: string | null = null;
  for (const { pattern, from, to, bare } of EXPLICIT) {
    for (const match of marked.matchAll(pattern)) {
      const found = [[match[from], match[to]]];
      let end = match.index + match[0].length;
      for (let more = readMore(marked, end); more !== null; more = readMore(marked, end)) {
        found.push([more[1], more[2]]);
        end = more.index + more[0].length;
      }
      const accepted = found.filter(([a, b]) => acceptable(a, bare) && acceptable(b, bare));
      if (accepted.length === 0) continue;
      wording ??= unmark(marked.slice(match.index, end)).trim();
      pairs.push(...accepted.map(([a, b]) => ({ from: unmark(a), to: unmark(b) })));
      marked = marked.slice(0, match.index) + ' '.repeat(end - match.index) + marked.slice(end);
    }
  }
  let ambiguous: string | null = null;
  let unplaced: string | null = null;
  const propose = (proposed: readonly string[], alternatives: boolean, words: string) => {
    const replaced = unique([...marked.matchAll(/⟨(\w+)⟩/g)].map((m) => m[1]).filter((name) => !proposed.includes(name)));
    wording ??= unmark(words).trim();
    if (!alternatives && replaced.length === 0 && proposed.length === 1 && it !== null) {
      pairs.push({ from: it, to: proposed[0] });
    } else if (!alternatives && replaced.length === proposed.length) {
      pairs.push(...replaced.map((from, i) => ({ from, to: proposed[i] })));
    } else {
      if (!alternatives && replaced.length === 0 && proposed.length === 1) unplaced ??= proposed[0];
      ambiguous ??= describeAmbiguity(proposed, replaced, alternatives);
    }
  };
  for (const match of marked.matchAll(PROPOSAL)) {
    const proposed = [...match[1].matchAll(/⟨(\w+)⟩/g)].map((m) => m[1]);
    propose(proposed, proposed.length > 1 && /\bor\b/i.test(match[1]), match[0].slice(match[0].search(PROPOSED)));
  }
  if (pairs.length === 0 && ambiguous === null) {
    for (const match of DIRECT.flatMap((pattern) => [...marked.matchAll(pattern)]).slice(0, 1)) propose([match[1].slice(1, -1)], false, match[0]);
  }
  return { ...sortPairs(pairs, ambiguous, wording), unplaced };
}

function readMore(text: string, at: number): RegExpExecArray | null {
  MORE.lastIndex = at;
  return MORE.exec(text);
}

/** Sorts pairs into renames, hooks and undiscoverable tests; drops renames of assert methods, which are choices of assertion. */
function sortPairs(pairs: readonly RenamePair[], ambiguous: string | null, wording: string | null): Omit<RenameReading, 'unplaced'> {
  const renames: RenamePair[] = [];
  const hooks: string[] = [];
  const undiscoverable: RenamePair[] = [];
  for (const pair of pairs) {
    if (pair.from === pair.to || /^(?:assert|fail)[A-Z_]/.test(pair.from)) continue;
    if (pair.from in FRAMEWORK_HOOKS) hooks.push(pair.from);
    else if (/^test/i.test(pair.from) && !/^test/i.test(pair.to)) undiscoverable.push(pair);
    else if (!renames.some((r) => r.from === pair.from)) renames.push(pair);
  }
  return { renames, hooks: unique(hooks), undiscoverable, ambiguous, wording };
}

function describeAmbiguity(proposed: readonly string[], replaced: readonly string[], alternatives: boolean): string {
  const offered = proposed.map(quote).join(alternatives ? ' or ' : ' and ');
  if (replaced.length === 0) return `the review proposes ${offered} but quotes no name for it to replace`;
  return `the review offers ${offered} for ${replaced.map(quote).join(' and ')}: which name replaces which is a person's choice`;
}

function markQuotedNames(text: string): string {
  return text.replace(QUOTED_NAME, (whole, open: string, name: string, close: string) => (CLOSING[open] === close ? `⟨${name}⟩` : whole));
}

function isQuoted(name: string): boolean {
  return name.startsWith('⟨');
}

/** A bare word that reads as code: it has an underscore, a digit or a hump. */
function isCodeLike(name: string): boolean {
  return /_|\d|[a-z][A-Z]/.test(name);
}

/** Whether a name may take part in a rename: quoted, or bare where bare names count; never a case style. */
function acceptable(name: string, bare: boolean): boolean {
  const plain = unmark(name);
  if (/^(?:camel|snake|pascal|kebab|mixed|upper|lower)_?case$/i.test(plain)) return false;
  return isQuoted(name) || (bare && isCodeLike(name));
}

function unmark(text: string): string {
  return text.replace(/⟨(\w+)⟩/g, '`$1`').replace(/^`(\w+)`$/, '$1');
}

function quote(name: string): string {
  return `\`${name}\``;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
