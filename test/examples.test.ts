/**
 * Each transform documents valid and invalid examples next to its code. Both
 * directions are checked: an invalid example is fixed into its output, the
 * output is left alone, and a valid example is left alone. They run with
 * the transform's `examples.settings`.
 */
import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../src/core/registry.js';
import { fix } from './helpers.js';

describe.each(TRANSFORMS.map((transform) => [transform.meta.name, transform] as const))('%s', (_, transform) => {
  const { examples, docs } = transform.meta;
  const settings = examples.settings ?? {};

  it('documents itself fully', () => {
    for (const text of [transform.meta.summary, transform.meta.suggestion, docs.whatItDoes, docs.whyIsThisBad, docs.fixSafety]) {
      expect(text.length).toBeGreaterThan(10);
    }
    expect(examples.valid.length).toBeGreaterThan(0);
    expect(examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(examples.invalid.map((example) => [example.input, example]))('fixes %j', (_, example) => {
    expect(example.output, 'an invalid example whose output is its input fixes nothing: make it a valid one').not.toBe(example.input);
    expect(fix(example.input, [transform], true, settings)).toBe(example.output);
    expect(fix(example.output, [transform], true, settings)).toBe(example.output);
  });

  it.each(examples.valid.map((code) => [code]))('leaves %j alone', (code) => {
    expect(fix(code, [transform], true, settings)).toBe(code);
  });

  it('fixes the documentation example as documented', () => {
    expect(docs.example.output).not.toBe(docs.example.input);
    expect(fix(docs.example.input, [transform], transform.meta.safety === 'unsafe', settings)).toBe(docs.example.output);
  });
});
