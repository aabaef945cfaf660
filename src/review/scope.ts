/**
 * Where a suggestion applies: the file its comment is attached to, and the
 * test or class around the comment's line when its words are about "this
 * test"; the files, tests and classes its words (or the headings above it)
 * name; or, for a review that names no place, every file under the paths.
 */
import type { Anchor } from './formats.js';
import type { CodeIndex, Definition } from './places.js';

/** A file of the run a suggestion applies to, whole or in one definition. */
export interface Place {
  /** The file, as reports show it. */
  readonly path: string;
  /** The function or class it is limited to, or null for the whole file. */
  readonly definition: Definition | null;
}

/** Where a suggestion applies, and why, in words. */
export interface Scope {
  /** null: every file under the paths; otherwise these places (none when what the review names is not under the paths). */
  readonly places: readonly Place[] | null;
  /** Why these places, for the plan; null for every file under the paths of a review that names no place. */
  readonly why: string | null;
}

/** What the scope of one suggestion is read from. */
export interface ScopeInput {
  readonly text: string;
  /** The headings above it, and the paragraph it is a sentence of: the files they name are its files too. */
  readonly surroundings: readonly string[];
  readonly anchor: Anchor | null;
  /** Names the suggestion renames: they are what it changes, not where. */
  readonly renamed: readonly string[];
  /** The files the review's comments are attached to, among the run's; null for a review without anchors. */
  readonly reviewed: readonly string[] | null;
}

/** Words about the definition around a comment's line. */
const THIS = /\b(?:this|the same)\s+(test(?:\s+(?:case|method|function))?|method|function|helper|class|suite|test\s*case\s+class)\b/i;

/** A Python file named in words: `tests/test_ports.py`, test_ports.py. */
const FILE_NAME = /(?:^|[\s`'"(])((?:[\w.-]+\/)*[\w-]+\.py)\b/g;

/** A test's name (quoted or not), or a class's in quotes or ending in Test(s)/TestCase. */
const TEST_NAME = /\btest_?\w*\b(?!\.\w)/g;
const CLASS_NAME = /`([A-Z][A-Za-z0-9_]*)`|\b([A-Z]\w*(?:Test|Tests|TestCase))\b/g;

/** Where one suggestion applies. */
export function scopeOf(input: ScopeInput, code: CodeIndex | null): Scope {
  if (code === null) return { places: null, why: null };
  if (input.anchor !== null) return anchoredScope(input, input.anchor, code);
  const named = namedFiles([input.text, ...input.surroundings], code);
  if (named !== null && named.files.length === 0) return { places: [], why: `the review names ${named.names.join(', ')}, which is not among the files under the paths` };
  const within = named?.files ?? input.reviewed;
  const definitions = namedDefinitions(input.text, input.renamed, within, code);
  if (definitions.found.length > 0) {
    return { places: definitions.found.map(({ path, definition }) => ({ path, definition })), why: `the review names ${[...new Set(definitions.found.map((f) => f.definition.name))].join(', ')}` };
  }
  const missing = definitions.missing.length > 0 ? `; it names ${definitions.missing.map((name) => `\`${name}\``).join(', ')}, which no file ${within === null ? 'under the paths' : 'under review'} defines` : '';
  if (named !== null) return { places: named.files.map((path) => ({ path, definition: null })), why: `the review names ${named.names.join(', ')}${missing}` };
  if (input.reviewed !== null) return { places: input.reviewed.map((path) => ({ path, definition: null })), why: `the files the review comments on${missing}` };
  return { places: null, why: missing === '' ? null : `every file under the paths${missing}` };
}

/** A place in words: `tests/test_a.py`, or `test PortsTest.test_create in tests/test_a.py (lines 40-58)`. */
export function describePlace(place: Place): string {
  const { definition } = place;
  if (definition === null) return place.path;
  const kind = definition.kind === 'class' ? 'class' : /^test/.test(definition.name) ? 'test' : 'function';
  return `${kind} ${definition.qualname} in ${place.path} (lines ${definition.from}-${definition.to})`;
}

function anchoredScope(input: ScopeInput, anchor: Anchor, code: CodeIndex): Scope {
  const files = code.filesNamed(anchor.path);
  if (files.length === 0) return { places: [], why: `the comment is on ${anchor.path}, which is not among the files under the paths` };
  const whole = files.map((path): Place => ({ path, definition: null }));
  const named = namedDefinitions(input.text, input.renamed, files, code).found;
  if (named.length > 0) return { places: named, why: `the comment names ${[...new Set(named.map((p) => p.definition.name))].join(', ')}` };
  const about = THIS.exec(input.text);
  const on = anchor.line === null ? 'the file' : `line ${anchor.line}`;
  if (about === null) return { places: whole, why: `the comment is on ${on}${anchor.stale === null ? '' : `; ${anchor.stale}`}` };
  // "This test" said of a place that cannot be found is not widened to the whole file.
  if (anchor.line === null) return { places: [], why: `the comment says "${about[0]}" of the whole file` };
  if (anchor.stale !== null) return { places: [], why: `the comment says "${about[0]}", but ${anchor.stale}` };
  const kind = /class|suite/i.test(about[1]) ? 'class' : /test/i.test(about[1]) ? 'test' : 'function';
  const places = files.map((path): Place => ({ path, definition: code.around(path, anchor.line!, kind) }));
  if (places.some((p) => p.definition === null)) return { places: [], why: `the comment says "${about[0]}", but line ${anchor.line} is in no ${kind}` };
  return { places, why: `the comment on line ${anchor.line} says "${about[0]}"` };
}

/** The files of the run the words name, or null when they name none. */
function namedFiles(texts: readonly string[], code: CodeIndex): { names: string[]; files: string[] } | null {
  const names = [...new Set(texts.flatMap((text) => [...text.matchAll(FILE_NAME)].map((m) => m[1])))];
  if (names.length === 0) return null;
  return { names, files: [...new Set(names.flatMap((name) => code.filesNamed(name)))] };
}

/** The tests and classes the words name, where the files define them, and the names no file defines. */
function namedDefinitions(text: string, renamed: readonly string[], within: readonly string[] | null, code: CodeIndex) {
  const tests = [...text.matchAll(TEST_NAME)].map((m) => m[0]).filter((name) => /^test_|^test[A-Z]/.test(name));
  const classes = [...text.matchAll(CLASS_NAME)].map((m) => m[1] ?? m[2]);
  const names = [...new Set([...tests, ...classes])].filter((name) => !renamed.includes(name));
  const found = names.flatMap((name) => code.definitionsNamed(name, within));
  const missing = tests.filter((name) => names.includes(name) && !found.some((f) => f.definition.name === name));
  return { found, missing: [...new Set(missing)] };
}
