/**
 * Modules whose line numbers other code reads, where style must not add or
 * remove lines: fodder modules that tests inspect by position (test_inspect
 * compares `inspect.getsource` and frame line numbers against fixed lines),
 * and modules that write their own line numbers in comments (`# line 20`).
 */
import { findTestDefinitions, importedNames, type FileContext, type FileFacts, type ImportedName, type TokenizedSource } from '../../src/index.js';

/** What the first pass learns of one file. */
export interface PositionFacts {
  /** Its dotted module name. */
  readonly module: string;
  readonly hasTests: boolean;
  /** The modules it imports, when it reads source positions (inspect, linecache, frame and code line numbers). */
  readonly inspects: readonly string[];
}

/** Calls and attributes that read source by line number. */
const POSITION_READERS = /\b(?:getsource|getsourcelines|findsource|getlineno|getframeinfo|getouterframes|getinnerframes|linecache|f_lineno|co_firstlineno|tb_lineno|co_lines|co_positions)\b/;

/** A comment that names its own line: `# line 20`. */
const LINE_COMMENT = /^#\s*line\s+(\d+)\b/i;

export function positionFacts(context: FileContext): PositionFacts {
  const module = context.moduleName();
  const hasTests = findTestDefinitions(context.tree.rootNode, context.source).length > 0;
  const inspects = hasTests && POSITION_READERS.test(context.source) ? importedNames(context.tree.rootNode).map((name) => absolutePath(name, module)) : [];
  return { module, hasTests, inspects };
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
 * Why the line numbers of this file must stay as they are, or null: the
 * module has no tests and a test module of the run that reads positions
 * imports it, or its comments name their own line numbers.
 */
export function lineNumbersMatter(context: FileContext, project: readonly FileFacts[], tokenized: TokenizedSource): string | null {
  const run = indexRun(project);
  const own = run.byPath.get(context.path);
  const module = own?.module ?? context.moduleName();
  if (own?.hasTests !== true) {
    const reader = run.readers.find((file) => file.inspects.some((name) => sameModule(name, module)));
    if (reader !== undefined) return `${reader.path} imports this module and reads source by line number (inspect, linecache, frame line numbers)`;
  }
  for (const line of tokenized.logical) {
    for (const token of line.tokens) {
      if (token.kind === 'comment' && Number(LINE_COMMENT.exec(token.text)?.[1]) === token.line + 1) {
        return `its comments name their own line numbers (${token.text} on line ${token.line + 1})`;
      }
    }
  }
  return null;
}

/** The run's facts by path, and the test modules that read positions, in path order. */
interface RunIndex {
  readonly byPath: ReadonlyMap<string, PositionFacts>;
  readonly readers: readonly { readonly path: string; readonly inspects: readonly string[] }[];
}

/** Each run's index, built once: every file's check looks up its own facts and the readers, not the whole run. */
const runIndexes = new WeakMap<readonly FileFacts[], RunIndex>();

function indexRun(project: readonly FileFacts[]): RunIndex {
  let index = runIndexes.get(project);
  if (index === undefined) {
    const facts = project.flatMap((file) => (file.facts === null ? [] : [{ path: file.path, facts: file.facts as PositionFacts }]));
    index = {
      byPath: new Map(facts.map(({ path, facts }) => [path, facts])),
      readers: facts.filter(({ facts }) => facts.inspects.length > 0).map(({ path, facts }) => ({ path, inspects: facts.inspects })),
    };
    runIndexes.set(project, index);
  }
  return index;
}

/** Whether two dotted names name the same module, one maybe seen from deeper in the package tree. */
function sameModule(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
