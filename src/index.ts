/**
 * testmend's public surface: what a transform is made of, and the analysis
 * of Python and of test code that transforms share. Transforms import from
 * this module only (and from their own folder); everything else under src/ is
 * internal and may change.
 *
 * Its exports come from the layers below the engine (the vocabulary in
 * core/types, then python/, then testing/), in that order.
 */

// The vocabulary: transforms, findings, fixes, the file context.
export type {
  CodeFix,
  CodeInfo,
  CodeTable,
  Edit,
  FileContext,
  FileFacts,
  Finding,
  Fix,
  NearbyFile,
  NewFile,
  ProjectFacts,
  Safety,
  TestIdChange,
  Transform,
  TransformExample,
  TransformMeta,
  TransformOption,
  TransformSettings,
} from './core/types.js';
export { applyEdits } from './core/edits.js';
export { readLintConfig, type LintConfig } from './core/lint-config.js';

// Python: parsing, tokens, syntax, names and scopes, imports, data flow, renaming a local, naming conventions.
export { parsePython } from './python/parse.js';
export { nextLineStart } from './python/lines.js';
export { closingBracket } from './python/scan.js';
export {
  BLANK,
  CONTINUATION,
  ENDS_IN_STRING,
  STARTS_IN_STRING,
  UnreadableCode,
  indentWidth,
  tokenize,
  type LogicalLine,
  type Token,
  type TokenizedSource,
} from './python/tokens.js';
export { containsType, enclosing, keywordArguments, readArguments, type CallArguments } from './python/syntax.js';
export { alwaysBinds, nameRole, sameNode, scopeOf, usesOf, within, type NameUse } from './python/name-uses.js';
export type { Binding, Scope, ScopeAnalysis } from './python/scope.js';
export { addImport, afterImports, importedNames, lineEnd } from './python/imports.js';
export { analyzeRange, type RangeFlow } from './python/dataflow/index.js';
export { functionScope, isPlainMethod } from './python/dataflow/occurrences.js';
export { readTestDecorators, type InjectedMock } from './python/mock-patches.js';
export { renameBinding } from './python/rename-local.js';
export { caseStyleLabel, caseStyleOf, toCaseStyle, type CaseStyle } from './python/case-style.js';

// Tests: discovery, framework hooks, phases and slices, helper methods, renaming members across a run.
export { findTestDefinitions, type TestDefinition } from './testing/discovery.js';
export { frameworkNameReason } from './testing/hooks.js';
export { countStatements, isWait, readPhases, type Phase, type TestPhases } from './testing/phases.js';
export { statementEffects, type StatementEffects } from './testing/statement-effects.js';
export { groupPhases, moduleNamesUsed, slicePhases, type PhaseGroup, type PhaseJoin, type PhaseSlice } from './testing/slices.js';
export { classFacts, helperCall, statementLines, uniqueHelperName, writeHelper, type ClassFacts, type HelperEdits } from './testing/helper-method.js';
export {
  classIndex,
  collectMemberFacts,
  isNamedClassChain,
  memberEdits,
  methodParameterEdits,
  parameterCallEdits,
  parameterReachRefusal,
  planMemberRename,
  planMethodParameter,
  qualifiedName,
  type MemberFacts,
  type MemberTarget,
  type NamePair,
} from './testing/members.js';
