/**
 * Naming conventions of Python identifiers: which one a name follows, and the
 * same name in the other one.
 */

/** PEP 8's two conventions for functions and variables. */
export type CaseStyle = 'snake' | 'camel';

/** Underscores that open or close a name: kept as they are by every conversion. */
const EDGES = /^(_*)(.*?)(_*)$/s;

/** `retry_count`, `get_v2_server`: lower-case words joined by underscores, at least two. */
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** `retryCount`, `getHTTPServer`: a lower-case word, then capitalised words, no underscores. */
const CAMEL = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

/** The words of a camelCase name: `getHTTP2Server` → get, HTTP2, Server. */
const CAMEL_WORDS = /[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+/g;

/**
 * The convention a name shows, or null when it shows none: one lower-case
 * word fits both, and constants, CapWords, dunders and mixtures such as
 * `test_setUp_runs` are neither.
 */
export function caseStyleOf(name: string): CaseStyle | null {
  if (/^__.*__$/.test(name)) return null;
  const core = EDGES.exec(name)![2];
  if (SNAKE.test(core)) return 'snake';
  if (CAMEL.test(core)) return 'camel';
  return null;
}

/** `getHTTPServer` → `get_http_server`; leading and trailing underscores stay. */
export function toSnakeCase(name: string): string {
  const [, lead, core, trail] = EDGES.exec(name)!;
  return lead + (core.match(CAMEL_WORDS) ?? [core]).map((word) => word.toLowerCase()).join('_') + trail;
}

/** `get_http_server` → `getHttpServer`; leading and trailing underscores stay. */
export function toCamelCase(name: string): string {
  const [, lead, core, trail] = EDGES.exec(name)!;
  const [first, ...rest] = core.split('_').filter(Boolean);
  return lead + first + rest.map((word) => word[0].toUpperCase() + word.slice(1)).join('') + trail;
}

/** A name written in a convention. */
export function toCaseStyle(name: string, style: CaseStyle): string {
  return style === 'snake' ? toSnakeCase(name) : toCamelCase(name);
}

/** How a convention is written, for messages. */
export function caseStyleLabel(style: CaseStyle): string {
  return style === 'snake' ? 'snake_case' : 'mixedCase';
}
