/** `testmend explain NAME`: a transform's documentation and codes, a code's, or the codes under a prefix. */
import { allCodes, codesOf, OTHER_OWNERS, type CodeEntry } from './codes.js';
import { defaultSetText, exampleFlags, optionFacts, wordingGroups } from './describe.js';
import { transformSource } from './engine.js';
import { TRANSFORMS } from './registry.js';
import type { CodeFix, Transform, TransformExample, TransformOption } from './types.js';

const WIDTH = 78;

/**
 * What `testmend explain NAME` prints for a transform name, a code (`TM110`)
 * or a prefix of codes (`TM1`, `TM11`, `TM` for all); null for anything else.
 */
export function explain(name: string): string | null {
  const transform = TRANSFORMS.find((t) => t.meta.name === name);
  if (transform !== undefined) return explainTransform(transform);
  const code = allCodes().find((entry) => entry.code === name);
  if (code !== undefined) return explainCode(code);
  return name.length >= 2 && allCodes().some((entry) => entry.code.startsWith(name)) ? explainPrefix(name) : null;
}

/** Everything a user needs to know about one transform, as text for a terminal. */
export function explainTransform(transform: Transform): string {
  const { meta } = transform;
  const out = [
    `${meta.name}: ${meta.summary}`,
    '',
    `  Review suggestion: ${meta.suggestion}`,
    `  Safety: ${meta.safety}. In the default set: ${defaultSetText(meta)}.`,
  ];
  section(out, 'What it does', wrap(meta.docs.whatItDoes));
  section(out, 'Why', wrap(meta.docs.whyIsThisBad));
  section(out, 'Example', [...exampleOptions(meta.examples.settings ?? {}), '  before:', ...codeBlock(meta.docs.example.input), '  after:', ...codeBlock(meta.docs.example.output)]);
  section(out, 'Fix safety', wrap(meta.docs.fixSafety));
  const options = Object.entries(meta.options ?? {});
  section(out, 'Options', options.length === 0 ? ['  none'] : options.flatMap(([name, option]) => wrap(describeOption(name, option), '      ', '  ')));
  section(out, 'Codes', codesOf(meta.name).flatMap(codeLines));
  section(out, 'Review wordings that select it (--from-review)', wordingLines(meta.name));
  return `${out.join('\n')}\n`;
}

/** What one code stands for, where it comes from, how to choose it, and the examples that show it. */
export function explainCode(entry: CodeEntry): string {
  const transform = TRANSFORMS.find((t) => t.meta.name === entry.owner);
  const running = entry.default !== false && (transform === undefined || transform.meta.defaultEnabled) ? 'yes' : `no; --extend-select ${entry.code} adds it`;
  const out = [
    `${entry.code} ${entry.name}`,
    ...wrap(entry.summary),
    '',
    transform === undefined
      ? `  Reported by ${OTHER_OWNERS[entry.owner].about} (${OTHER_OWNERS[entry.owner].page}).`
      : `  Transform: ${entry.owner} (${transform.meta.suggestion}); see testmend explain ${entry.owner}.`,
    `  Fix: ${FIX_LABELS[entry.fix]}. In the default set: ${running}.`,
    `  Choose it with --select ${entry.code}, leave it out with --ignore ${entry.code}.`,
  ];
  const examples = transform === undefined ? [] : examplesOf(transform, entry.code);
  if (examples.length > 0) section(out, 'Examples', examples.flatMap((example) => ['  before:', ...codeBlock(example.input), '  after:', ...codeBlock(example.output)]));
  return `${out.join('\n')}\n`;
}

/** The codes a prefix covers (`TM1`, `TM11`; `TM` for all), one a line. */
export function explainPrefix(prefix: string): string {
  const codes = allCodes().filter((entry) => entry.code.startsWith(prefix));
  return `${[`Codes ${prefix}*: ${codes.length}`, ...codes.flatMap(codeLines)].join('\n')}\n`;
}

const FIX_LABELS: Readonly<Record<CodeFix, string>> = {
  safe: 'safe',
  unsafe: 'unsafe, applied only with --unsafe',
  'safe or unsafe': 'safe or unsafe, as each finding says; unsafe fixes apply only with --unsafe',
  none: 'none: the finding is a report',
};

/** A code's line in a list: code, name, fix, then its summary wrapped under them. */
function codeLines(entry: CodeEntry): string[] {
  return wrap(`${entry.code} ${entry.name} [${entry.fix === 'none' ? 'no fix' : entry.fix}] (${entry.owner}): ${entry.summary}`, '        ', '  ');
}

/** The transform's examples whose findings carry the code, run with unsafe fixes. */
function examplesOf(transform: Transform, code: string): TransformExample[] {
  const { docs, examples } = transform.meta;
  const unique = [docs.example, ...examples.invalid].filter((example, index, all) => all.findIndex((other) => other.input === example.input) === index);
  return unique.filter((example) =>
    transformSource('example.py', example.input, { transforms: [transform], unsafe: true, settings: examples.settings }).findings.some((f) => f.code === code),
  );
}

function section(out: string[], title: string, body: readonly string[]): void {
  out.push('', title, ...body);
}

function describeOption(name: string, option: TransformOption): string {
  const facts = optionFacts(name, option);
  const choices = facts.choices ? ` Choices: ${facts.choices.join(', ')}.` : '';
  const fallback = facts.default !== null ? ` Default: ${facts.default}.` : '';
  return `${facts.usage}${facts.repeatable ? ' (repeatable)' : ''}: ${facts.describe}.${choices}${fallback}`;
}

/** The review wordings that select a transform, and the requests it answers in place of. */
function wordingLines(name: string): string[] {
  const groups = wordingGroups(name);
  if (groups.length === 0) return ['  none: only -t selects it'];
  return groups.flatMap((group) => wrap(`${group.lead}: ${group.wordings.map((w) => `"${w}"`).join(', ')}`, '      ', '  '));
}

function codeBlock(code: string): string[] {
  return code.replace(/\n$/, '').split('\n').map((line) => `    ${line}`);
}

/** Greedy word wrap; the first line takes `first` as its indent, the others `rest`. */
function wrap(text: string, rest = '  ', first = rest): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const indent = lines.length === 0 ? first : rest;
    if (line.length > indent.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line += line.length > indent.length ? ` ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** The command-line options an example runs with (`  with: --rename srv=server`), when it needs any. */
function exampleOptions(settings: Readonly<Record<string, unknown>>): string[] {
  const flags = exampleFlags(settings);
  return flags.length === 0 ? [] : [`  with: ${flags.join(' ')}`];
}
