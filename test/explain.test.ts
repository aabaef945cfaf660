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

  it('lists its codes with their names and fixes', () => {
    const text = words(run.stdout.slice(run.stdout.indexOf('\n\nCodes\n'), run.stdout.indexOf('Review wordings that select it')));
    for (const [code, info] of Object.entries(meta.codes)) expect(text).toContain(words(`${code} ${info.name} [${info.fix === 'none' ? 'no fix' : info.fix}] (${name}): ${info.summary}`));
  });

  it('lists the review wordings that select it', () => {
    const section = words(run.stdout.slice(run.stdout.indexOf('Review wordings that select it (--from-review)')));
    const rules = rulesFor(name);
    if (rules.length === 0) expect(section).toContain('none: only -t selects it');
    for (const rule of rules) for (const wording of rule.wordings) expect(section).toContain(words(`"${wording}"`));
  });
});

describe('testmend explain CODE', () => {
  it('says what a code finds, its transform, its fix, how to choose it, and the examples that show it', () => {
    const run = runCli(['explain', 'TM110'], makeTree({}));
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout.split('\n', 1)[0]).toBe('TM110 deprecated-alias');
    const text = words(run.stdout);
    expect(text).toContain('assertEquals, failUnless, assertItemsEqual, assertRaisesRegexp... → their current names; a test of the alias keeps it');
    expect(text).toContain('Transform: assert-methods (use the precise assertion); see testmend explain assert-methods.');
    expect(text).toContain('Fix: safe. In the default set: yes.');
    expect(text).toContain('Choose it with --select TM110, leave it out with --ignore TM110.');
    expect(run.stdout).toContain('  before:\n    cls.failUnless(ok)\n  after:\n    cls.assertTrue(ok)\n');
    expect(run.stdout).not.toContain('assertTrue(isinstance(a, B))');
  });

  it('says when a code is unsafe or outside the default set', () => {
    expect(words(runCli(['explain', 'TM105'], makeTree({})).stdout)).toContain('Fix: unsafe, applied only with --unsafe. In the default set: yes.');
    expect(words(runCli(['explain', 'TM502'], makeTree({})).stdout)).toContain('In the default set: no; --extend-select TM502 adds it.');
  });

  it('explains the codes testmend itself gives suppression comments', () => {
    const run = runCli(['explain', 'TM001'], makeTree({}));
    expect(run.status).toBe(0);
    const text = words(run.stdout);
    expect(text).toContain('Reported by testmend itself, about suppression comments (docs/suppression.md).');
    expect(text).toContain('In the default set: no; --extend-select TM001 adds it.');
    expect(words(runCli(['explain', 'TM002'], makeTree({})).stdout)).toContain('In the default set: yes.');
  });

  it('lists the codes under a prefix, and every code for TM', () => {
    const prefix = runCli(['explain', 'TM1'], makeTree({})).stdout;
    expect(prefix.split('\n', 1)[0]).toBe(`Codes TM1*: ${Object.keys(TRANSFORMS[0].meta.codes).length}`);
    expect(prefix).toContain('  TM110 deprecated-alias [safe] (assert-methods): ');
    expect(prefix).not.toContain('TM201');
    const all = runCli(['explain', 'TM'], makeTree({})).stdout;
    for (const t of TRANSFORMS) for (const code of Object.keys(t.meta.codes)) expect(all).toContain(`  ${code} `);
  });
});

describe('testmend explain', () => {
  it('puts the harmful requests a transform answers after its own wordings', () => {
    const text = words(runCli(['explain', 'assert-methods'], makeTree({})).stdout);
    expect(text).toContain('assertions: "assertEqual", "assertTrue(a == b)"');
    expect(text.indexOf('assertions: "assertEqual"')).toBeLessThan(text.indexOf('in place of a harmful request (a precise assertion traded for assertTrue/assertFalse)'));
  });

  it('treats an unknown name as a usage error that names the nearest valid one, or lists the transforms', () => {
    const near = runCli(['explain', 'asert-methods'], makeTree({}));
    expect(near.status).toBe(2);
    expect(near.stderr).toContain("testmend: unknown transform or code 'asert-methods'; did you mean assert-methods?");
    expect(runCli(['explain', 'TM1100'], makeTree({})).stderr).toContain("unknown transform or code 'TM1100'; did you mean TM110?");
    const far = runCli(['explain', 'no-such-transform'], makeTree({}));
    expect(far.status).toBe(2);
    expect(far.stderr).toContain(`testmend: unknown transform or code 'no-such-transform'; transforms: ${TRANSFORMS.map((t) => t.meta.name).join(', ')}; testmend explain TM lists the codes`);
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
