/**
 * What test code reads of its own source positions, and so which fixes it
 * would notice. A module that compares frame or code line numbers, renders
 * tracebacks of its own code, reads the name of the function that logged, or
 * counts references held by frames, fails when a fix adds or removes lines,
 * respaces a line a traceback shows, or moves code into another function.
 * Some of it is a fact of the module itself (what it reads), some a fact of
 * the run (another module imports it and inspects it by position, or quotes
 * its file name with line numbers); the first pass gathers the latter.
 */
import type Parser from 'tree-sitter';
import type { FileContext, FileFacts } from '../core/types.js';
import { importedNames, type ImportedName } from '../python/imports.js';
import { findTestDefinitions } from './discovery.js';

/** One place where a module reads something of its own source. */
export interface SourceRead {
  /** The name read, as written (`co_firstlineno`, `traceback.format_exc`, `funcName`). */
  readonly what: string;
  /** Its 1-based line. */
  readonly line: number;
}

/**
 * The first place a module reads each kind of position, or null: line
 * numbers (frames, code objects, tracebacks, tracers), the text of its lines
 * (rendered tracebacks, `inspect.getsource`, linecache), and the frames
 * themselves (the function a frame runs, the logging record's `funcName`,
 * reference counts).
 */
export interface SourceReads {
  readonly lines: SourceRead | null;
  readonly text: SourceRead | null;
  readonly frames: SourceRead | null;
}

/** Names that read line numbers: of frames, code objects and tracebacks, and tracers that receive line events. */
const LINE_READERS = /\b(?:f_lineno|co_firstlineno|tb_lineno|co_lines|co_positions|co_lnotab|co_linetable|getframeinfo|getouterframes|getinnerframes|getlineno|settrace|setprofile|sys\.monitoring)\b|%\(lineno\)/g;

/** Names that read the text of source lines: tracebacks rendered or summarised, inspect's source readers, linecache. */
const TEXT_READERS =
  /\b(?:getsource|getsourcelines|findsource|getblock|linecache|format_exc|format_exception|format_tb|format_stack|print_exc|print_exception|print_tb|print_stack|print_last|extract_tb|extract_stack|walk_tb|walk_stack|TracebackException|StackSummary|FrameSummary)\b/g;

/** Names that read frames: the function running, the logging record's function name, references frames hold. */
const FRAME_READERS = /\b(?:funcName|co_name|co_qualname|f_code|f_back|f_locals|_getframe|currentframe|inspect\.stack|inspect\.trace|getrefcount|get_referrers|get_referents)\b/g;

/** A file name with a line number, as tracebacks, profilers and warnings print it: `profilee.py:25(testfunc)`, `File "x.py", line 25`. */
const QUOTED_POSITION = /([A-Za-z_]\w*)\.py(?::\d|['"]?,? line \d)/g;

/** A comment that names its own line: `# line 20`. */
const LINE_COMMENT = /^#\s*line\s+(\d+)\b/i;

/** Each tree's reads: the first pass and every transform of a round ask about the same tree. */
const readsByTree = new WeakMap<Parser.Tree, SourceReads>();

/** What a module reads of its own source, found in its code and strings (not its comments); read once per parse. */
export function readSourcePositions(context: FileContext): SourceReads {
  let reads = readsByTree.get(context.tree);
  if (reads === undefined) {
    reads = findSourceReads(context);
    readsByTree.set(context.tree, reads);
  }
  return reads;
}

function findSourceReads(context: FileContext): SourceReads {
  const { source } = context;
  const root = source.includes('#') ? context.tree.rootNode : null;
  const first = (pattern: RegExp): SourceRead | null => {
    pattern.lastIndex = 0;
    let read: SourceRead | null = null;
    for (let match = pattern.exec(source); match !== null && read === null; match = pattern.exec(source)) {
      // A name read in a comment reads nothing: the tree tells whether the match sits in one.
      if (root?.descendantForIndex(match.index, match.index + match[0].length).type === 'comment') continue;
      read = { what: match[0].replace(/^%\(|\)$/g, ''), line: context.line(match.index) };
    }
    pattern.lastIndex = 0;
    return read;
  };
  return { lines: first(LINE_READERS), text: first(TEXT_READERS), frames: first(FRAME_READERS) };
}

function matchesAnywhere(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** The part of {@link QUOTED_POSITION} a scan looks for first: the file name's extension and its line number. */
const QUOTED_POSITION_TAIL = /\.py(?::\d|['"]?,? line \d)/;

/** The last text judged: several transforms of a run judge each file's text. */
let lastJudged: { readonly source: string; readonly tells: boolean } | null = null;

/**
 * Whether the first pass can learn anything of a file for the others, from
 * its text alone: it quotes a file name with a line number, or names
 * something that reads line numbers or the text of lines, and so may inspect
 * the modules it imports by position. A file turned away has facts null; the
 * second pass reads its own module name and tests from the file itself. The
 * scan errs toward yes: it also counts names in comments and quotes not
 * preceded by a name.
 */
export const positionFactsText: Pick<RegExp, 'test'> = {
  test(source: string): boolean {
    if (lastJudged?.source !== source) {
      const tells = QUOTED_POSITION_TAIL.test(source) || matchesAnywhere(LINE_READERS, source) || matchesAnywhere(TEXT_READERS, source);
      lastJudged = { source, tells };
    }
    return lastJudged.tells;
  },
};

/** What the first pass learns of one file for the others. */
export interface PositionFacts {
  /** Its dotted module name. */
  readonly module: string;
  readonly hasTests: boolean;
  /** The modules it imports, when it reads source positions (inspect, linecache, frame and code line numbers). */
  readonly inspects: readonly string[];
  /** The file names (without `.py`) its text quotes with a line number. */
  readonly quotes: readonly string[];
}

/** Each tree's facts: several transforms of a run collect them from the same file. */
const factsByTree = new WeakMap<Parser.Tree, PositionFacts>();

/** The first pass's facts of one file, computed once per parse. */
export function collectPositionFacts(context: FileContext): PositionFacts {
  let facts = factsByTree.get(context.tree);
  if (facts === undefined) {
    const module = context.moduleName();
    const hasTests = definesTests(context);
    const reads = hasTests ? readSourcePositions(context) : null;
    const inspects = reads !== null && (reads.lines ?? reads.text) !== null ? importedNames(context.tree.rootNode).map((name) => absolutePath(name, module)) : [];
    const quotes = [...new Set([...context.source.matchAll(QUOTED_POSITION)].map((match) => match[1]))];
    facts = { module, hasTests, inspects, quotes };
    factsByTree.set(context.tree, facts);
  }
  return facts;
}

function definesTests(context: FileContext): boolean {
  return findTestDefinitions(context.tree.rootNode, context.source).length > 0;
}

/** The dotted path an import stands for, a relative one (`from . import fodder`) resolved against the importing module. */
function absolutePath(name: ImportedName, importer: string): string {
  const from = name.statement.type === 'import_from_statement' ? (name.statement.childForFieldName('module_name')?.text ?? '') : '';
  const dots = /^\.*/.exec(from)![0].length;
  if (dots === 0) return name.path;
  const base = importer.split('.').slice(0, -dots);
  return [...base, name.path.slice(from.length + 1)].filter(Boolean).join('.');
}

/**
 * Why code that moves or changes this module's lines could change what some
 * test sees, by kind, each null when nothing reads it:
 * - `lines`: its line numbers are read, by itself, by a test module that
 *   imports it and inspects it by position (a module without tests), by a
 *   module that quotes its file name with line numbers, or by its comments
 *   (`# line 20`);
 * - `text`: it reads the text of its own lines (tracebacks, getsource);
 * - `frames`: it reads the frames its code runs in (function names,
 *   references), or any of the above, which moving code changes too.
 * Each reason names what is read and where.
 */
export interface PositionReasons {
  readonly lines: string | null;
  readonly text: string | null;
  readonly frames: string | null;
}

/** The reasons for one file, from what it reads and the facts its transform collected over the run (`collectPositionFacts`). */
export function positionReasons(context: FileContext, project: readonly FileFacts[]): PositionReasons {
  const reads = readSourcePositions(context);
  const own = (read: SourceRead | null, what: string) => (read === null ? null : `the module reads ${what} (${read.what} on line ${read.line})`);
  const text = own(reads.text, 'the text of its own lines');
  const lines = own(reads.lines, 'its own line numbers') ?? text ?? readByOthers(context, project) ?? commentedLines(context);
  const frames = own(reads.frames, 'the frames its code runs in') ?? lines;
  return { lines, text, frames };
}

/** Why another module of the run reads this one's line numbers, or null. */
function readByOthers(context: FileContext, project: readonly FileFacts[]): string | null {
  const run = indexRun(project);
  // A reader can only name this module by its last name, the file's: its full name, which looks at the disk, is needed then only.
  if (run.inspected.has(lastName(context.path.slice(context.path.lastIndexOf('/') + 1).replace(/\.py$/, '')))) {
    const own = run.byPath.get(context.path);
    const module = own?.module ?? context.moduleName();
    const reader = run.readers.find((file) => file.facts.inspects.some((name) => sameModule(name, module)));
    if (reader !== undefined && !(own?.hasTests ?? definesTests(context))) {
      return `${reader.path} imports this module and reads source by line number (inspect, linecache, frame line numbers)`;
    }
  }
  const base = /([^/]+)\.py$/.exec(context.path)?.[1];
  const quoting = base === undefined ? undefined : run.quoters.get(base);
  if (quoting !== undefined) return `${quoting} quotes ${base}.py with line numbers`;
  return null;
}

/** Why the comments tie the module to its line numbers (`# line 20` on line 20), or null. */
function commentedLines(context: FileContext): string | null {
  if (!/#\s*line\s+\d/i.test(context.source)) return null;
  for (const comment of context.tree.rootNode.descendantsOfType('comment')) {
    if (Number(LINE_COMMENT.exec(comment.text)?.[1]) === comment.startPosition.row + 1) {
      return `its comments name their own line numbers (${comment.text} on line ${comment.startPosition.row + 1})`;
    }
  }
  return null;
}

/** The run's facts by path, the test modules that read positions, and the first file quoting each file name with line numbers. */
interface RunIndex {
  readonly byPath: ReadonlyMap<string, PositionFacts>;
  readonly readers: readonly { readonly path: string; readonly facts: PositionFacts }[];
  /** The last names of the modules the readers import (`fodder` of `pkg.fodder`). */
  readonly inspected: ReadonlySet<string>;
  readonly quoters: ReadonlyMap<string, string>;
}

/** Each run's index, built once: every file's check looks up its own facts and the readers, not the whole run. */
const runIndexes = new WeakMap<readonly FileFacts[], RunIndex>();

function indexRun(project: readonly FileFacts[]): RunIndex {
  let index = runIndexes.get(project);
  if (index === undefined) {
    const files = project.flatMap((file) => (file.facts === null ? [] : [{ path: file.path, facts: file.facts as PositionFacts }]));
    const quoters = new Map<string, string>();
    for (const { path, facts } of files) for (const name of facts.quotes) if (!quoters.has(name)) quoters.set(name, path);
    const readers = files.filter(({ facts }) => facts.inspects.length > 0);
    const inspected = new Set(readers.flatMap(({ facts }) => facts.inspects.map(lastName)));
    index = { byPath: new Map(files.map(({ path, facts }) => [path, facts])), readers, inspected, quoters };
    runIndexes.set(project, index);
  }
  return index;
}

/** The last part of a dotted name: two names of the same module ({@link sameModule}) share it. */
function lastName(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}

/** Whether two dotted names name the same module, one maybe seen from deeper in the package tree. */
function sameModule(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
