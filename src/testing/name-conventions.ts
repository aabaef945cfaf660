/**
 * The naming conventions a module and a run follow: which names show one,
 * how many follow each, and the convention a module's names take. The naming
 * transform renames by these rules; a transform that adds a function names it
 * by them too, so that the next run of naming leaves the new name alone.
 */
import type { FileContext, FileFacts } from '../core/types.js';
import type { Binding, ScopeAnalysis } from '../python/scope.js';
import { caseStyleLabel, caseStyleOf, type CaseStyle } from '../python/case-style.js';
import { frameworkNameReason } from './hooks.js';

/** The two kinds of names whose conventions are counted apart. */
export type NameKind = 'function' | 'variable';

/** How many names of a kind follow each convention. */
export type StyleCounts = Record<NameKind, Record<CaseStyle, number>>;

/** A name that shows a convention, and what it names. */
export interface ConventionName {
  readonly binding: Binding;
  readonly kind: NameKind;
  readonly style: CaseStyle;
}

/** How a module's names of one kind are treated: the convention they take, or why they are left alone. */
export type ConventionDecision = { readonly target: CaseStyle; readonly why: string } | { readonly target: null; readonly note: string | null };

/** Each kind of name as messages call it. */
export const NAME_KIND_LABEL: Readonly<Record<NameKind, string>> = { function: 'functions and methods', variable: 'locals and parameters' };

export const NAME_KINDS = ['function', 'variable'] as const;

/** No names counted. */
export function noStyles(): StyleCounts {
  return { function: { snake: 0, camel: 0 }, variable: { snake: 0, camel: 0 } };
}

/** Every name of the file that shows a convention and that may be counted: no imports, classes, module or class attributes. */
export function conventionNames(analysis: ScopeAnalysis): ConventionName[] {
  const found: ConventionName[] = [];
  for (const scope of analysis.scopes) {
    for (const binding of scope.bindings.values()) {
      const style = caseStyleOf(binding.name);
      if (style === null || binding.kinds.has('import') || binding.kinds.has('class') || binding.definitions.length === 0) continue;
      const kind: NameKind = binding.kinds.has('function') ? 'function' : 'variable';
      if (kind === 'variable' && (scope.kind === 'module' || scope.kind === 'class')) continue;
      found.push({ binding, kind, style });
    }
  }
  return found;
}

/** The conventions of the names that are the project's choice: framework names are everyone's. */
export function countStyles(names: readonly ConventionName[]): StyleCounts {
  const counts = noStyles();
  for (const { binding, kind, style } of names) {
    if (frameworkReason(binding) === null) counts[kind][style]++;
  }
  return counts;
}

/** What a first pass that counts conventions learns of a file. */
export interface ConventionFacts {
  readonly counts: StyleCounts;
}

const runCounts = new WeakMap<readonly FileFacts[], StyleCounts>();

/** The counts of every file of a run whose first pass gave {@link ConventionFacts}, added up once per run. */
export function runStyles(files: readonly FileFacts[]): StyleCounts {
  let sum = runCounts.get(files);
  if (sum === undefined) {
    sum = noStyles();
    for (const { facts } of files) {
      if (facts === null) continue;
      const { counts } = facts as ConventionFacts;
      for (const kind of NAME_KINDS) {
        sum[kind].snake += counts[kind].snake;
        sum[kind].camel += counts[kind].camel;
      }
    }
    runCounts.set(files, sum);
  }
  return sum;
}

/** Why a method or module-level function keeps its name whatever the convention, or null; locals are nobody else's. */
function frameworkReason(binding: Binding): string | null {
  return binding.kinds.has('function') && (binding.scope.kind === 'module' || binding.scope.kind === 'class') ? frameworkNameReason(binding.name) : null;
}

/**
 * What a module's names of one kind become: the given convention; else, when
 * the module mixes, the one that prevails in the run (snake_case on a tie, as
 * PEP 8 asks). A module that keeps to mixedCase is left alone.
 */
export function decideConvention(kind: NameKind, own: StyleCounts, run: StyleCounts, forced: CaseStyle | undefined): ConventionDecision {
  if (forced !== undefined) return { target: forced, why: `as --naming-style ${forced} asks` };
  const { snake, camel } = own[kind];
  if (snake > 0 && camel > 0) {
    const target: CaseStyle = run[kind].camel > run[kind].snake ? 'camel' : 'snake';
    const { snake: runSnake, camel: runCamel } = run[kind];
    return { target, why: `${NAME_KIND_LABEL[kind]} of the run are mostly ${caseStyleLabel(target)} (${runSnake} snake_case, ${runCamel} mixedCase)` };
  }
  if (camel === 0) return { target: null, note: null };
  const project = run[kind].camel > run[kind].snake ? 'the run names them in mixedCase by convention' : 'PEP 8 keeps mixedCase where it prevails';
  return {
    target: null,
    note: `this module names its ${NAME_KIND_LABEL[kind]} in mixedCase throughout (${camel}) and ${project}; --naming-style snake converts them`,
  };
}

/**
 * The convention of a function added to a module, which a later decision
 * keeps: the one the module's functions take when it mixes or one is given,
 * else the one they keep to, else snake_case.
 */
export function newFunctionStyle(own: StyleCounts, run: StyleCounts, forced: CaseStyle | undefined): CaseStyle {
  const { target } = decideConvention('function', own, run, forced);
  return target ?? (own.function.camel > 0 ? 'camel' : 'snake');
}

/**
 * The convention of a function the file gains now, so that naming leaves it
 * as it is named: naming's first pass counts the conventions of the run when
 * naming runs; else the file's own count decides.
 */
export function newFunctionStyleIn(context: FileContext): CaseStyle {
  const own = countStyles(conventionNames(context.scopes()));
  const naming = context.project.get('naming');
  return newFunctionStyle(own, naming === undefined ? own : runStyles(naming), context.settings['naming-style'] as CaseStyle | undefined);
}
