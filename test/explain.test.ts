/** `testmend explain NAME`, for every transform this version registers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { RULES, rulesFor } from '../src/review/rules.js';
import { makeTree, ROOT, runCli, type CliRun } from './helpers.js';

/** Text with its runs of whitespace made single spaces, as word wrapping leaves it. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The `with:` line of the transforms whose example needs options. */
const EXAMPLE_OPTIONS: Readonly<Record<string, string>> = { rename: '  with: --rename srv=server\n' };

describe.each(TRANSFORMS.map((t) => [t.meta.name, t] as const))('testmend explain %s', (name, transform) => {
  const { meta } = transform;
  let run: CliRun;
  beforeAll(() => {
    run = runCli(['explain', name], makeTree({}));
  });

  it('exits 0 and starts with the name and the summary', () => {
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout.split('\n', 1)[0]).toBe(`${name}: ${meta.summary}`);
  });

  it('prints what it does, why, the example before and after, fix safety and options in full', () => {
    const text = words(run.stdout);
    expect(run.stdout).toContain(`  Review suggestion: ${meta.suggestion}\n`);
    expect(run.stdout).toContain(`  Safety: ${meta.safety}.`);
    for (const [title, body] of [
      ['What it does', meta.docs.whatItDoes],
      ['Why', meta.docs.whyIsThisBad],
      ['Fix safety', meta.docs.fixSafety],
    ]) {
      expect(run.stdout).toContain(`\n\n${title}\n`);
      expect(text).toContain(words(body));
    }
    const indented = (code: string) => code.replace(/\n$/, '').split('\n').map((line) => `    ${line}\n`).join('');
    const given = EXAMPLE_OPTIONS[name] ?? '';
    expect(run.stdout).toContain(`\n\nExample\n${given}  before:\n${indented(meta.docs.example.input)}  after:\n${indented(meta.docs.example.output)}`);
    const options = Object.keys(meta.options ?? {});
    if (options.length === 0) expect(run.stdout).toContain('\n\nOptions\n  none\n');
    for (const option of options) expect(run.stdout).toContain(`  --${option}`);
  });

  it('lists the review wordings that select it', () => {
    const section = words(run.stdout.slice(run.stdout.indexOf('Review wordings that select it (--from-review)')));
    const rules = rulesFor(name);
    if (rules.length === 0) expect(section).toContain('none: only -t selects it');
    for (const rule of rules) for (const wording of rule.wordings) expect(section).toContain(words(`"${wording}"`));
  });
});

describe('testmend explain', () => {
  it('puts the harmful requests a transform answers after its own wordings', () => {
    const text = words(runCli(['explain', 'assert-methods'], makeTree({})).stdout);
    expect(text).toContain('assertions: "assertEqual", "assertTrue(a == b)"');
    expect(text.indexOf('assertions: "assertEqual"')).toBeLessThan(text.indexOf('in place of a harmful request (a precise assertion traded for assertTrue/assertFalse)'));
  });

  it('treats an unknown name as a usage error that lists the valid ones', () => {
    const run = runCli(['explain', 'no-such-transform'], makeTree({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`testmend: unknown transform 'no-such-transform'; valid names: ${TRANSFORMS.map((t) => t.meta.name).join(', ')}`);
    expect(runCli(['explain'], makeTree({})).status).toBe(2);
  });
});

describe('docs/reviews.md', () => {
  const reviews = words(readFileSync(path.join(ROOT, 'docs', 'reviews.md'), 'utf8'));

  it('documents every rule of the table with its wordings', () => {
    for (const rule of RULES) {
      expect(reviews).toContain(rule.topic);
      for (const wording of rule.wordings) expect(reviews).toContain(words(wording));
    }
  });
});
