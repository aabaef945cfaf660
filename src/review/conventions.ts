/**
 * Reading a naming convention out of a review's words: the one it asks for
 * ("the rest of the module is snake_case", "use camelCase like Twisted"), and
 * the quoted names that do not follow it, which become renames.
 */
import { caseStyleOf, toCaseStyle, type CaseStyle } from '../python/case-style.js';
import type { RenamePair } from './renames.js';

/** What a suggestion says about naming conventions. */
export interface ConventionReading {
  /** The convention it asks for, or null when it names none or cannot be read as asking for one. */
  readonly style: CaseStyle | null;
  /** The quoted names that do not follow it, each with its name in the convention. */
  readonly renames: readonly RenamePair[];
}

const STYLE_WORDS: readonly { readonly style: CaseStyle; readonly pattern: RegExp }[] = [
  { style: 'snake', pattern: /\bsnake[ _-]?case\b|\bpep ?8\b|\blower_case_with_underscores\b/gi },
  { style: 'camel', pattern: /\b(?:lower)?camel[ _-]?case\b|\bmixed[ _-]?case\b/gi },
];

/** Words just before a convention that turn it around: "don't use camelCase", "instead of snake_case". */
const TURNED = /\b(?:don't|do not|doesn't|does not|not|never|avoid|instead of|rather than|no)\s+(?:\w+\s+){0,2}$/i;

const QUOTED = /[`'"]([A-Za-z_]\w*)(?:\(\))?[`'"]/g;

/**
 * The convention a suggestion asks for. The words decide when they name one
 * convention; when the quoted names all follow one convention, they are the
 * names the reviewer points at, and the other convention is asked for. When
 * the two disagree, the names win if the words were turned around ("`fooBar`
 * doesn't follow PEP 8"), the words otherwise ("use snake_case like
 * `volume_id`").
 */
export function readConvention(text: string): ConventionReading {
  const named = STYLE_WORDS.flatMap(({ style, pattern }) => [...text.matchAll(pattern)].map((match) => ({ style, turned: TURNED.test(text.slice(0, match.index)) })));
  if (named.length === 0) return { style: null, renames: [] };
  const styles = new Set(named.map((n) => n.style));
  const words = styles.size === 1 ? (named[0].turned ? other(named[0].style) : named[0].style) : askedFor(text);
  const names = [...new Set([...text.matchAll(QUOTED)].map((m) => m[1]))].filter((name) => caseStyleOf(name) !== null);
  const nameStyles = new Set(names.map((name) => caseStyleOf(name)!));
  const pointed = nameStyles.size === 1 ? other([...nameStyles][0]) : null;
  const style = words === null || pointed === null || words === pointed ? (words ?? pointed) : named.some((n) => n.turned) ? pointed : words;
  if (style === null) return { style: null, renames: [] };
  return { style, renames: names.filter((name) => caseStyleOf(name) !== style).map((name) => ({ from: name, to: toCaseStyle(name, style) })) };
}

/** The one convention the words ask things to become ("should be snake_case", "convert them to camelCase"), or null. */
function askedFor(text: string): CaseStyle | null {
  const asked = new Set(
    STYLE_WORDS.flatMap(({ style, pattern }) =>
      [...text.matchAll(pattern)].filter((match) => /\b(?:should|must|to) be (?:in )?$|\b(?:to|into) $/i.test(text.slice(0, match.index))).map(() => style),
    ),
  );
  return asked.size === 1 ? [...asked][0] : null;
}

function other(style: CaseStyle): CaseStyle {
  return style === 'snake' ? 'camel' : 'snake';
}
