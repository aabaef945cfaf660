/**
 * The contract every transform meets, checked: the built-in ones by the type
 * checker and their tests, a plugin's when it is defined or loaded, so that a
 * mistake is reported where it was made rather than as a crash in a run.
 */
import type { CodeFix, Transform } from './types.js';

/** A transform that does not meet the contract; the message names the field and what it must be. */
export class TransformDefinitionError extends Error {
  override name = 'TransformDefinitionError';
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const OPTION_TYPES = ['string', 'boolean', 'number', 'array'];
const CODE = /^[A-Z]{2}\d{3}$/;
const CODE_FIXES: readonly CodeFix[] = ['safe', 'unsafe', 'safe or unsafe', 'none'];

/**
 * Declares a transform: its `meta` and `create(context)`, and `collect` when
 * it must see every file of the run first. It returns the transform
 * unchanged, typed, once its metadata has been checked; a plugin module
 * exports it as its default.
 *
 * @throws TransformDefinitionError naming the first field that is missing or wrong.
 */
export function defineTransform<T extends Transform>(transform: T): T {
  checkTransform(transform, 'defineTransform');
  return transform;
}

/**
 * Checks that `value` is a transform with complete metadata: what `--list`,
 * `--help`, `testmend explain` and a docs page read, and the functions the
 * engine calls. `origin` says where it came from, for the error message.
 */
export function checkTransform(value: unknown, origin: string): asserts value is Transform {
  const wrong = (field: string, must: string) => new TransformDefinitionError(`${origin}: ${field} must be ${must}`);
  if (!isRecord(value)) throw wrong('a transform', 'an object with meta and create');
  if (typeof value.create !== 'function') throw wrong('create', 'a function from a file context to findings');
  if (value.collect !== undefined && typeof value.collect !== 'function') throw wrong('collect', 'a function, when given');
  const { meta } = value;
  if (!isRecord(meta)) throw wrong('meta', 'an object');
  if (typeof meta.name !== 'string' || !NAME.test(meta.name)) throw wrong('meta.name', 'a kebab-case name such as legacy-asserts');
  for (const field of ['summary', 'suggestion']) if (!isText(meta[field])) throw wrong(`meta.${field}`, 'a non-empty string');
  if (meta.safety !== 'safe' && meta.safety !== 'unsafe') throw wrong('meta.safety', "'safe' or 'unsafe'");
  if (typeof meta.defaultEnabled !== 'boolean') throw wrong('meta.defaultEnabled', 'true or false');
  const { docs, examples, options } = meta;
  if (!isRecord(docs)) throw wrong('meta.docs', 'an object with whatItDoes, whyIsThisBad, example and fixSafety');
  for (const field of ['whatItDoes', 'whyIsThisBad', 'fixSafety']) if (!isText(docs[field])) throw wrong(`meta.docs.${field}`, 'a non-empty string');
  if (!isExample(docs.example)) throw wrong('meta.docs.example', 'an object with an input and an output string');
  if (!isRecord(examples)) throw wrong('meta.examples', 'an object with valid and invalid examples');
  if (!Array.isArray(examples.valid) || examples.valid.length === 0 || !examples.valid.every((code) => typeof code === 'string')) {
    throw wrong('meta.examples.valid', 'a non-empty list of code the transform leaves alone');
  }
  if (!Array.isArray(examples.invalid) || examples.invalid.length === 0 || !examples.invalid.every(isExample)) {
    throw wrong('meta.examples.invalid', 'a non-empty list of { input, output } the transform fixes');
  }
  checkCodes(meta.codes, wrong);
  if (options === undefined) return;
  if (!isRecord(options)) throw wrong('meta.options', 'an object of options by name');
  for (const [name, option] of Object.entries(options)) {
    if (!NAME.test(name)) throw wrong(`meta.options['${name}']`, 'named in kebab-case');
    if (!isRecord(option) || !OPTION_TYPES.includes(option.type as string) || !isText(option.describe)) {
      throw wrong(`meta.options['${name}']`, `an object with a type (${OPTION_TYPES.join(', ')}) and a describe string`);
    }
  }
}

/**
 * A plugin's codes are written as the built-in ones, `TM110`, with two
 * capital letters of the plugin's own (TM is testmend's): `LA101`. All of a
 * transform's codes share their hundred, so that `LA1` selects them all.
 */
function checkCodes(codes: unknown, wrong: (field: string, must: string) => TransformDefinitionError): void {
  if (!isRecord(codes) || Object.keys(codes).length === 0) throw wrong('meta.codes', 'an object of the codes its findings carry, by code: { LA101: { name, summary, fix } }');
  const hundreds = new Set(Object.keys(codes).map((code) => code.slice(0, 3)));
  for (const [code, info] of Object.entries(codes)) {
    if (!CODE.test(code) || code.startsWith('TM')) throw wrong(`meta.codes['${code}']`, "named by two capital letters of the plugin's own (TM is testmend's) and three digits, such as LA101");
    if (hundreds.size > 1) throw wrong('meta.codes', `in one hundred, as ${code.slice(0, 3)}xx: a transform's codes share their first three characters`);
    if (!isRecord(info) || typeof info.name !== 'string' || !NAME.test(info.name) || !isText(info.summary) || !CODE_FIXES.includes(info.fix as CodeFix)) {
      throw wrong(`meta.codes['${code}']`, `an object with a kebab-case name, a one-line summary and a fix (${CODE_FIXES.join(', ')})`);
    }
    if (info.default !== undefined && typeof info.default !== 'boolean') throw wrong(`meta.codes['${code}'].default`, 'true or false, when given');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function isExample(value: unknown): boolean {
  return isRecord(value) && typeof value.input === 'string' && typeof value.output === 'string';
}
