/**
 * The generated regions about the command line: usage, options, the
 * transforms' options, exit codes and the table of transforms. They read the
 * tables `--help` reads (src/core/options.ts) and the registry.
 */
import type { Options } from 'yargs';
import { codeRange } from '../core/codes.js';
import { CLI_OPTIONS, COMMANDS, EXIT_MEANINGS, USAGE } from '../core/options.js';
import { TRANSFORMS } from '../core/registry.js';
import { cell, code, codeBlock, linkFrom, prose, table } from './markdown.js';
import { optionRow, transformPagePath } from './transform-page.js';

/** The usage lines and the commands. */
export function usage(): string {
  const commands = Object.values(COMMANDS).map((command) => [code(command.command.replace('$0', 'testmend')), cell(prose(command.describe)), cell(`${code(command.positional)}: ${prose(command.argument.describe)}`)]);
  return [codeBlock(USAGE.replaceAll('$0', 'testmend'), 'text'), table(['command', 'what it does', 'argument'], commands)].join('\n\n');
}

/** testmend's own options, as `--help` lists them. */
export function cliOptions(): string {
  const rows = Object.entries(CLI_OPTIONS).map(([name, option]: [string, Options]) => {
    const aliases = [option.alias ?? []].flat().map((alias) => code(alias.length === 1 ? `-${alias}` : `--${alias}`));
    const fallback = option.defaultDescription ?? (option.default === undefined || option.default === false ? '' : code(String(option.default)));
    return [[...aliases, code(`--${name}`)].join(', '), takes(option), fallback, cell(prose(option.describe ?? ''))];
  });
  return table(['option', 'takes', 'default', 'what it does'], rows);
}

function takes(option: Options): string {
  if (option.choices) return `one of ${[option.choices].flat().map((choice) => code(String(choice))).join(', ')}`;
  return option.type === 'boolean' ? 'nothing (a switch)' : `a ${option.type}`;
}

/** Every transform's options, by transform, with a link to its page. */
export function transformOptions(page: string): string {
  const rows = TRANSFORMS.flatMap((t) =>
    Object.entries(t.meta.options ?? {}).map(([name, option]) => [`[${code(t.meta.name)}](${linkFrom(page, transformPagePath(t.meta.name))})`, ...optionRow(t.meta, name, option)]),
  );
  return table(['transform', 'option', 'takes', 'default', 'what it does'], rows);
}

/** The exit codes and what each means. */
export function exitCodes(): string {
  return table(['code', 'meaning'], Object.entries(EXIT_MEANINGS).map(([exit, meaning]) => [exit, cell(prose(meaning))]));
}

/** Every transform in registry order: a link to its page, its codes, safety, default set, the suggestion it answers, a summary. */
export function transformTable(page: string): string {
  const rows = TRANSFORMS.map(({ meta }) => [
    `[${code(meta.name)}](${linkFrom(page, transformPagePath(meta.name))})`,
    codeRange(meta.name),
    meta.safety,
    meta.defaultEnabled ? 'yes' : 'no',
    cell(prose(meta.suggestion)),
    cell(prose(meta.summary)),
  ]);
  return table(['transform', 'codes', 'safety', 'default', 'review suggestion', 'summary'], rows);
}
