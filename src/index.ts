/**
 * testmend's public surface: what a transform is made of, and the analysis
 * of Python and of test code that transforms share. Transforms import from
 * this module only (and from their own folder); everything else under src/ is
 * internal and may change.
 *
 * It is also the package's entry point: the API (transform a source text,
 * run over paths, list the transforms, load plugins) and `defineTransform`
 * for transforms written outside testmend.
 *
 * Its exports come from the layers in order, bottom up: the vocabulary in
 * core/types, then python/, then testing/, and the engine last. The order
 * matters: the engine loads the registry, which loads the built-in
 * transforms, which import this module; when a program imports this module
 * first, the transforms run their top-level code while it is still being
 * evaluated, and find what they use here only if the modules it comes from
 * were evaluated before the engine.
 */

// The vocabulary: transforms, findings, fixes, the file context.
export type {
  CodeFix,
  CodeInfo,
  CodeTable,
  Edit,
  FactsContext,
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
export { textDigest } from './python/source.js';
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
export { containsType, enclosing, ForwardCursor, keywordArguments, readArguments, type CallArguments } from './python/syntax.js';
export { readSites } from './python/syntax-sites.js';
export { readNamesAndSites } from './python/tree-names.js';
export { alwaysBinds, isNameBound, nameRole, parameterOnlyBinders, sameNode, scopeOf, usesOf, within, type NameUse } from './python/name-uses.js';
export { analyzeScopes, type Binding, type Scope, type ScopeAnalysis } from './python/scope.js';
export { identifiersOf } from './python/identifiers.js';
export { addImport, afterImports, importedNames, lineEnd, type ImportedName } from './python/imports.js';
export { analyzeRange, type RangeFlow } from './python/dataflow/index.js';
export { functionScope, isPlainMethod } from './python/dataflow/occurrences.js';
export { readTestDecorators, type InjectedMock } from './python/mock-patches.js';
export { renameBinding } from './python/rename-local.js';
export { caseStyleLabel, caseStyleOf, toCamelCase, toCaseStyle, toSnakeCase, type CaseStyle } from './python/case-style.js';

// Tests: discovery, framework hooks, phases and slices, helper methods, renaming members across a run.
export { findTestDefinitions, type TestDefinition } from './testing/discovery.js';
export { frameworkNameReason } from './testing/hooks.js';
export {
  type ConventionDecision,
  type ConventionFacts,
  type ConventionName,
  conventionNames,
  countStyles,
  decideConvention,
  NAME_KIND_LABEL,
  NAME_KINDS,
  type NameKind,
  newFunctionStyle,
  newFunctionStyleIn,
  noStyles,
  runStyles,
  type StyleCounts,
} from './testing/name-conventions.js';
export { countStatements, isWait, readPhases, type Phase, type TestPhases } from './testing/phases.js';
export { statementEffects, type StatementEffects } from './testing/statement-effects.js';
export { collectPositionFacts, positionFactsText, positionReasons, readSourcePositions, type PositionFacts, type PositionReasons, type SourceRead, type SourceReads } from './testing/source-positions.js';
export { groupPhases, moduleNamesUsed, slicePhases, type PhaseGroup, type PhaseJoin, type PhaseSlice } from './testing/slices.js';
export {
  classFacts,
  helperCall,
  moduleClassFacts,
  reuseClassFacts,
  statementLines,
  uniqueHelperName,
  writeHelper,
  type ClassFacts,
  type HelperEdits,
  type ModuleClassFacts,
} from './testing/helper-method.js';
export { collectMemberFacts, isNamedClassChain, qualifiedName, type MemberFacts, type NamePair } from './testing/member-facts.js';
export {
  classIndex,
  memberEdits,
  methodParameterEdits,
  parameterCallEdits,
  parameterReachRefusal,
  planMemberRename,
  planMethodParameter,
  type MemberPlan,
  type MemberTarget,
  type ParameterPlan,
} from './testing/members.js';

// The engine, last (see above): the API, and the contract a plugin's transforms meet.
export { defineTransform, TransformDefinitionError } from './core/define.js';
export {
  ConfigError,
  ConfigFileError,
  listTransforms,
  loadPlugins,
  PluginError,
  run,
  RunOptionsError,
  SelectorError,
  transform,
  UnknownTransformError,
  VerifyError,
  type JsonReport,
  type RunPathsOptions,
  type TransformResult,
  type TransformSourceOptions,
} from './core/api.js';
export type { FileResult, FileStatus, FixStatus, ReportedFinding } from './core/types.js';
export type { RunMode } from './core/report.js';
export type { ProgressListener, RunPhase } from './core/progress.js';
