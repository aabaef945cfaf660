/**
 * The vocabulary shared by the engine and the transforms.
 *
 * A transform is `meta` plus `create(context)`: it reads one file through a
 * read-only {@link FileContext} and returns {@link Finding}s. It never touches
 * files or the edit buffer; the engine applies the fixes, checks the result and
 * reports.
 */
import type Parser from 'tree-sitter';
import type { ScopeAnalysis } from '../python/scope.js';

/** Whether a fix keeps behaviour (`safe`) or needs the user's opt-in (`unsafe`). */
export type Safety = 'safe' | 'unsafe';

/** One replacement in original-source indices (UTF-16 code units, as JS strings count). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits that fix one finding; all of them apply or none does. */
export interface Fix {
  readonly edits: readonly Edit[];
  readonly safety: Safety;
  /** Files the edits need that do not exist yet (a module they import): created with them, once per run, never over a file that is there. */
  readonly creates?: readonly NewFile[];
}

/** A file a fix creates. */
export interface NewFile {
  /** Where, in the same form as {@link FileContext.path}. */
  readonly path: string;
  readonly text: string;
  /** What it holds, in words a reviewer reads. */
  readonly message: string;
}

/** A file a run creates, with the transform and fix that asked for it. */
export interface CreatedFile extends NewFile {
  /** The code of the finding whose fix created it. */
  readonly code: string;
  readonly transform: string;
  readonly suggestion: string;
  readonly safety: Safety;
}

/** A test whose id changes when a fix applies: `module.Class.test_old` → its new ids. */
export interface TestIdChange {
  readonly from: string;
  readonly to: readonly string[];
}

/**
 * How a code's fixes apply: always safe, always unsafe (opt-in with
 * `--unsafe`), either one as each finding's fix says, or never: the code
 * reports and does not fix.
 */
export type CodeFix = 'safe' | 'unsafe' | 'safe or unsafe' | 'none';

/** What one finding code stands for. */
export interface CodeInfo {
  /** kebab-case, unique across all codes: `deprecated-alias`. */
  readonly name: string;
  /** One line: what is found and what the fix makes of it. */
  readonly summary: string;
  readonly fix: CodeFix;
  /** False for a code that runs only when selected by name (`--extend-select`), even when its transform runs. */
  readonly default?: boolean;
}

/**
 * The codes a transform's findings carry, by code: `TM` and three digits,
 * all in the transform's own hundred (assert-methods has TM1xx).
 */
export type CodeTable<C extends string = string> = Readonly<Record<C, CodeInfo>>;

interface FindingBase<C extends string> {
  /** The kind of finding, a code of the transform's table; fixes and refusals of one kind share it. */
  readonly code: C;
  /** What was found, in words a reviewer reads. */
  readonly message: string;
  /** Where, in original-source indices. */
  readonly start: number;
  readonly end: number;
  /** Test ids the fix renames or splits, for skip lists, test history and dashboards. */
  readonly testIds?: TestIdChange;
  /**
   * For a finding that follows from a definition in another file of the run
   * (a call here of a method renamed where it is defined): that definition's
   * file and line. A run limited to some places keeps the finding when it
   * keeps that place.
   */
  readonly about?: { readonly path: string; readonly line: number };
}

/**
 * One place a transform found. It either carries a fix, or says why it has none:
 * a transform that is unsure refuses and gives the reason.
 */
export type Finding<C extends string = string> =
  | (FindingBase<C> & { readonly fix: Fix; readonly reason?: undefined })
  | (FindingBase<C> & { readonly fix: null; readonly reason: string });

/** A worked example: `input` is fixed into `output` (equal to `input` when nothing changes). */
export interface TransformExample {
  readonly input: string;
  readonly output: string;
}

/**
 * A command-line option a transform takes (`--name`). Its value reaches every
 * transform as `context.settings[name]`; names are unique across transforms.
 */
export interface TransformOption {
  /** `array` is a repeatable string option. */
  readonly type: 'string' | 'boolean' | 'number' | 'array';
  readonly describe: string;
  readonly choices?: readonly string[];
  readonly default?: string | boolean | number;
  /** Giving this option runs its transform when neither `-t` nor `--select` chooses what runs, though it is not in the default set. */
  readonly enables?: boolean;
  /** For `number`: the least value allowed, and whether it must be a whole number. */
  readonly min?: number;
  readonly integer?: boolean;
  /**
   * Checks a value, from the command line or any other source, before any
   * file is read: returns what is wrong with it and how to fix it, or null
   * when it is good. The message does not name the option: the caller names
   * it and where the value came from. `settings` holds every option value
   * of the run, for checks across options.
   */
  readonly check?: (value: unknown, settings: TransformSettings) => string | null;
  /** Its value names a file: a configuration file gives it relative to its own directory. */
  readonly path?: boolean;
}

/** Who a transform is and what it stands for. */
export interface TransformMeta<C extends string = string> {
  /** kebab-case; equals the transform's folder name under transforms/. */
  readonly name: string;
  /** One line for `--list`. */
  readonly summary: string;
  /** The review suggestion it answers, in a reviewer's words. */
  readonly suggestion: string;
  /** `unsafe` when the transform's main fix is opt-in. Individual fixes carry their own safety. */
  readonly safety: Safety;
  /** Whether the transform runs when `-t` is not given. */
  readonly defaultEnabled: boolean;
  readonly docs: {
    readonly whatItDoes: string;
    readonly whyIsThisBad: string;
    readonly example: TransformExample;
    readonly fixSafety: string;
  };
  /**
   * Code that must come out unchanged (`valid`) and code with its fixed form
   * (`invalid`). The test harness checks both directions: each input becomes
   * its output, and the output is left alone.
   */
  readonly examples: {
    readonly valid: readonly string[];
    readonly invalid: readonly TransformExample[];
    /** Option values the examples (and `docs.example`) run with, for a transform that does nothing without them. */
    readonly settings?: TransformSettings;
  };
  /** The command-line options it reads from `context.settings`. */
  readonly options?: Readonly<Record<string, TransformOption>>;
  /** Every code its findings may carry; the type checker holds `create` to them. */
  readonly codes: CodeTable<C>;
}

/** A transform: metadata plus a function from one file to its findings. */
export interface Transform<C extends string = string> {
  readonly meta: TransformMeta<C>;
  /**
   * An optional first pass over every file of the run, for transforms that
   * need to know other files (a rename reaching callers elsewhere). What it
   * returns must be plain data; it reaches `create` through `context.project`.
   */
  collect?(context: FileContext): unknown;
  /** Which files `collect` can find anything in, by their text (a pattern, or any test of the text): the first pass does not parse the others, and their facts are null. */
  readonly collectsFrom?: Pick<RegExp, 'test'>;
  create(context: FileContext): readonly Finding<C>[];
  /**
   * An optional answer from the first pass's facts alone, asked before the
   * second pass parses the file: the findings `create` gives on this text,
   * none with a fix, or null when only `create` can tell. It answers only
   * when its facts prove the file is the one the first pass read, which
   * parsed cleanly. When every transform of the run answers, the engine
   * reports the file unchanged without parsing it again.
   */
  createFromFacts?(context: FactsContext): readonly Finding<C>[] | null;
}

/** What a transform sees of a file before it is parsed: its {@link FileContext} without the tree. */
export type FactsContext = Omit<FileContext, 'tree' | 'text' | 'scopes' | 'query'>;

/** What one file's `collect` returned; null when the file could not be read, parsed or collected. */
export interface FileFacts {
  readonly path: string;
  readonly facts: unknown;
}

/** The first pass's results for the whole run, by transform name, in path order. */
export type ProjectFacts = ReadonlyMap<string, readonly FileFacts[]>;

/** Values of the transforms' command-line options, by option name. */
export type TransformSettings = Readonly<Record<string, unknown>>;

/** A configuration file found near the file being transformed. */
export interface NearbyFile {
  readonly path: string;
  readonly text: string;
}

/** What a transform sees of one file. Everything is read-only. */
export interface FileContext {
  /** The file's path as the user named it (posix separators). */
  readonly path: string;
  /** The decoded text, without a byte-order mark. */
  readonly source: string;
  readonly tree: Parser.Tree;
  /** The line ending new lines should use: the file's first one, or `\n`. */
  readonly eol: string;
  /** The source text of a node. */
  text(node: Parser.SyntaxNode): string;
  /** 1-based line of a source index. */
  line(index: number): number;
  /**
   * 1-based line of a source index in the file as it was before the run:
   * unlike `line`, it stays right after fixes of an earlier round added or
   * removed lines above. Messages that quote a line use it.
   */
  sourceLine(index: number): number;
  /**
   * Whether the engine keeps a finding of this code at this index: false
   * when the run does not select the code or a comment suppresses it there
   * (the engine applies both itself). A transform may skip work whose
   * findings would be dropped; it never needs to ask.
   */
  keeps(code: string, index: number): boolean;
  /** 1-based column of a source index, in characters. */
  column(index: number): number;
  /** The whitespace that starts the line holding `index`. */
  indentOf(index: number): string;
  /** The index where the line holding `index` starts. */
  lineStart(index: number): number;
  /** The scopes, bindings and references of the tree, analysed once per parse and shared by every transform. */
  scopes(): ScopeAnalysis;
  /** A compiled query for a pattern; compiled once per process. */
  query(pattern: string): Parser.Query;
  /** The transforms' option values for this run. */
  readonly settings: TransformSettings;
  /** Every file's `collect` results; empty when no selected transform collects. */
  readonly project: ProjectFacts;
  /**
   * The dotted module name test runners give this file: its path from the
   * first directory up that is not a package (has no `__init__.py`).
   */
  moduleName(): string;
  /**
   * The nearest file with one of these names, in the file's directory or
   * above (closest directory first, then the order of `names`), or null.
   */
  nearestFile(names: readonly string[]): NearbyFile | null;
  /**
   * Where the module `dotted` of this file's package tree is (`nova.tests.utils`
   * → `<dir above the top package>/nova/tests/utils.py`, or its package's
   * `__init__.py`), in the same form as `path`, with its text; null text when
   * there is no such file yet (the path is then that of the `.py` file).
   */
  moduleFile(dotted: string): { readonly path: string; readonly text: string | null };
}

/** What became of a finding's fix. `reverted`: `--verify` found it changes a test's outcome, or could not prove an unsafe fix harmless. */
export type FixStatus = 'applied' | 'unsafe-not-enabled' | 'declined' | 'conflict' | 'no-fix' | 'suppressed' | 'reverted';

/** A finding as the report shows it: placed in the original file. */
export interface ReportedFinding {
  /** The finding's code (`TM110`). */
  readonly code: string;
  /** The transform that found it, or `testmend` for the engine's own codes (TM0xx). */
  readonly transform: string;
  readonly suggestion: string;
  readonly line: number;
  readonly column: number;
  /** Where it ends: the place just past its last character. */
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly status: FixStatus;
  /** Safety of the fix, when there is one. */
  readonly safety: Safety | null;
  /** Why the fix was not applied, when it was not. */
  readonly reason: string | null;
  /** Test ids the fix changes. */
  readonly testIds: TestIdChange | null;
  /** The edits of its fix, placed in the original file; null when it has no fix. */
  readonly edits: readonly ReportedEdit[] | null;
  /** The same change in the classes that inherit the test (`--test-id-map` lists them too); absent when none does. */
  readonly inheritedTestIds?: readonly TestIdChange[];
  /** What `--verify` proved about the fix; absent without `--verify`. */
  readonly verification?: FixVerification;
}

/** What `--verify` found for one fix. */
export interface FixVerification {
  /** How many tests that cover the fix ran with the outcomes they had before it (an applied fix is kept on this proof). */
  readonly verifiedBy: number;
  /** For a reverted fix: the test whose outcome it changed, or null when it was reverted for another reason (no test covers it). */
  readonly changed: OutcomeChange | null;
}

/** A test whose outcome differs between the untouched tree and the fixed one. */
export interface OutcomeChange {
  readonly test: string;
  /** Outcomes as the runner reported them: passed, failed, error, skipped, timeout, missing… */
  readonly before: string;
  readonly after: string;
  /** The runner's message for the new outcome (the first lines of the traceback), or ''. */
  readonly message: string;
}

/**
 * One edit of a reported fix: the text from (line, column) up to (endLine,
 * endColumn) of the original file becomes `text`. Lines and columns are
 * 1-based; columns count UTF-16 code units.
 */
export interface ReportedEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  /**
   * True when the fix was made on text an earlier fix of the run wrote: the
   * edit then takes that earlier edit in, replacing what it replaced with the
   * text both made, and overlaps the earlier fix's edits.
   */
  readonly combined: boolean;
}

/** What happened to one file. `changed` means "would change" in a dry run. */
export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'error';

export interface FileResult {
  readonly path: string;
  readonly status: FileStatus;
  /** Why a file was skipped or could not be processed. */
  readonly reason: string | null;
  readonly findings: readonly ReportedFinding[];
  /** The unified diff, when asked for and the file changed. */
  readonly diff: string | null;
  /** For the HTML report, when asked for: the diff with every finding's lines in view, or null when there is nothing to show. */
  readonly pageDiff?: string | null;
  /** The formatter that laid out the changed lines (black, ruff), when one ran. */
  readonly formatter?: string;
  /** Files the applied fixes created (or would create, in a dry run). */
  readonly created?: readonly CreatedFile[];
}
