/** `testmend explain NAME`: a transform's documentation, and the review wordings that select it. */
import { defaultSetText, exampleFlags, optionFacts, wordingGroups } from './describe.js';
import type { Transform, TransformOption } from './types.js';

const WIDTH = 78;

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
  section(out, 'Example', [...exampleOptions(meta.examples.settings ?? {}), '  before:', ...codeLines(meta.docs.example.input), '  after:', ...codeLines(meta.docs.example.output)]);
  section(out, 'Fix safety', wrap(meta.docs.fixSafety));
  const options = Object.entries(meta.options ?? {});
  section(out, 'Options', options.length === 0 ? ['  none'] : options.flatMap(([name, option]) => wrap(describeOption(name, option), '      ', '  ')));
  section(out, 'Review wordings that select it (--from-review)', wordingLines(meta.name));
  return `${out.join('\n')}\n`;
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

function codeLines(code: string): string[] {
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
