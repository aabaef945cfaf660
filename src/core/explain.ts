/** `testmend explain NAME`: a transform's documentation, and the review wordings that select it. */
import { REFUSAL_LABELS } from '../review/plan.js';
import { rulesFor } from '../review/rules.js';
import type { Transform, TransformOption } from './types.js';

const WIDTH = 78;

/** Everything a user needs to know about one transform, as text for a terminal. */
export function explainTransform(transform: Transform): string {
  const { meta } = transform;
  const out = [
    `${meta.name}: ${meta.summary}`,
    '',
    `  Review suggestion: ${meta.suggestion}`,
    `  Safety: ${meta.safety}. In the default set: ${meta.defaultEnabled ? 'yes' : `no (run it with -t ${meta.name})`}.`,
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
  const value = option.type === 'boolean' ? '' : option.type === 'array' ? ' VALUE (repeatable)' : ` ${option.type.toUpperCase()}`;
  const choices = option.choices ? ` Choices: ${option.choices.join(', ')}.` : '';
  const fallback = option.default !== undefined ? ` Default: ${String(option.default)}.` : '';
  return `--${name}${value}: ${option.describe.replace(/\.$/, '')}.${choices}${fallback}`;
}

/** The rule table's rows for a transform: the wordings that select it, and the requests it answers in place of. */
function wordingLines(name: string): string[] {
  const rules = rulesFor(name).sort((a, b) => Number(a.refuse !== undefined) - Number(b.refuse !== undefined));
  if (rules.length === 0) return ['  none: only -t selects it'];
  return rules.flatMap((rule) => {
    const wordings = rule.wordings.map((w) => `"${w}"`).join(', ');
    const lead = rule.refuse === undefined ? `${rule.topic}: ` : `in place of a ${REFUSAL_LABELS[rule.refuse]} request (${rule.topic}): `;
    return wrap(`${lead}${wordings}`, '      ', '  ');
  });
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
  const flags = Object.entries(settings).flatMap(([name, value]) => [value].flat().map((one) => (one === true ? `--${name}` : `--${name} ${String(one)}`)));
  return flags.length === 0 ? [] : [`  with: ${flags.join(' ')}`];
}
