/**
 * rename
 *
 * ## What it does
 * Applies the renames a review asks for (`--rename old=new`, repeatable,
 * or a `--rename-file`; `path::Class.old=new` or `path::Class.test_x.old=new`
 * limits one to a file, a class or a function): locals, parameters and nested functions with every
 * reference in scope; methods and attributes with subclasses' overrides and
 * every `self.x`/`cls.x`/`Class.x` in the run; method parameters with their
 * keyword callers; module-level functions, classes and variables with their
 * imports and `module.x` uses; tests, keeping them discoverable.
 *
 * ## Why is this bad
 * Names like `srv`, `r2` or `test_live_migrate_server_with_two_volumes_and_a_port`
 * make a test hard to read. Renaming by hand misses a closure, a keyword
 * argument in another module or a subclass's override, and renaming a hook
 * such as setUp silently stops it from running.
 *
 * ## Example
 * `--rename srv=server` turns `srv = self._create()` / `self.assertEqual(srv.status, 'ACTIVE')`
 * into `server = self._create()` / `self.assertEqual(server.status, 'ACTIVE')`.
 *
 * ## Fix safety
 * Locals, parameters of tests and nested functions, and private (`_x`)
 * methods, functions and classes are safe. Public methods, functions,
 * classes and their parameters, and tests (their ids change), are unsafe:
 * code outside the run may reach them. Framework hooks and API, string
 * mentions, fakes, overrides of bases outside the run, dynamic scopes and
 * collisions are refused with the reason.
 */
import { readFileSync } from 'node:fs';
import type Parser from 'tree-sitter';
import {
  type Binding,
  type CodeTable,
  collectMemberFacts,
  type FileContext,
  type FileFacts,
  type Finding,
  isNamedClassChain,
  keywordArguments,
  memberEdits,
  type MemberFacts,
  type MemberTarget,
  methodParameterEdits,
  parameterCallEdits,
  parameterReachRefusal,
  planMemberRename,
  planMethodParameter,
  qualifiedName,
  renameBinding,
  type Safety,
  type Scope,
  type ScopeAnalysis,
  type Transform,
  type TransformMeta,
  type TransformSettings,
} from '../../src/index.js';

type Node = Parser.SyntaxNode;

const codes = {
  TM201: {
    name: 'rename-local',
    summary: 'a local, a parameter of a function or a nested function → its new name, with every reference in its scope and the keyword arguments of calls to its function',
    fix: 'safe or unsafe',
  },
  TM202: {
    name: 'rename-member',
    summary: "a method, test, class attribute or attribute set through self → its new name, with subclasses' overrides and every use in the run",
    fix: 'safe or unsafe',
  },
  TM203: { name: 'rename-module-name', summary: 'a module-level function, class or variable → its new name, with its imports and module.x uses in the run', fix: 'safe or unsafe' },
  TM204: { name: 'rename-method-parameter', summary: "a method's parameter → its new name, in every override and at the keyword arguments of the calls reaching it", fix: 'safe or unsafe' },
  TM205: { name: 'rename-keyword-argument', summary: "keyword arguments of calls to another file's function whose parameter is renamed", fix: 'safe or unsafe' },
} as const satisfies CodeTable;

type Code = keyof typeof codes;

const meta: TransformMeta<Code> = {
  name: 'rename',
  summary: 'Rename locals, parameters, methods, functions, classes and tests, with every reference in the run',
  suggestion: 'use a clearer name',
  safety: 'safe',
  defaultEnabled: false,
  docs: {
    whatItDoes:
      'Applies explicit renames (--rename old=new, Class.old=new or path::Class.test_old=test_new; or --rename-file) the way Python ' +
      'resolves names: a local or parameter with every reference in its scope, closures, comprehensions and lambdas included, and ' +
      'the keyword arguments of calls that reach its function, in any file of the run; a method, class attribute or attribute set ' +
      'through self with the overrides of subclasses and mixins and every self.x, cls.x, super().x and Class.x; a method parameter ' +
      'in every override and at its keyword callers; a module-level function, class or variable with its imports and module.x uses. ' +
      'Renamed test ids go into the report and, with --test-id-map, into a JSON file.',
    whyIsThisBad:
      'Unclear names make tests hard to review, and a rename by hand misses a closure, a keyword argument in another module or a ' +
      "subclass's override. Renaming a hook (setUp, resource_setup, _setUp…) silently stops it from running, and a test renamed " +
      'without its test prefix is silently no longer run.',
    example: {
      input: 'class T:\n    def test_show(self):\n        srv = self._create()\n        self.assertEqual(srv.status, "ACTIVE")\n',
      output: 'class T:\n    def test_show(self):\n        server = self._create()\n        self.assertEqual(server.status, "ACTIVE")\n',
    },
    fixSafety:
      'Safe: locals, parameters of tests and nested functions, and private (_x) methods, functions and classes whose every use is in ' +
      'the run. Unsafe (opt-in with --unsafe): public methods, module-level functions, classes and their parameters, which code ' +
      "outside the run may reach, and tests, whose ids change. Refused with the reason: framework hooks and API (setUp, addCleanup, " +
      'assert*, resource_setup, pytest_*, dunders…), names a string spells (mock.patch.object, getattr, stub_out), fakes of external ' +
      'APIs, methods overriding a base outside the run, attribute uses on objects whose class cannot be told, scopes that use ' +
      'locals()/vars()/eval/exec, pytest fixture parameters, and new names that already exist where the rename reaches.',
  },
  examples: {
    valid: [
      'def test_x(self):\n    server = 1\n    return server\n',
      'def test_x(self):\n    srv = 1\n    return locals()\n',
      'def test_x(self):\n    srv = server = 1\n    return srv\n',
      'class T:\n    def test_x(self):\n        return self.srv\n',
    ],
    invalid: [
      {
        input: 'def test_x(self):\n    srv = 1\n    check = lambda: srv + 1\n    return [srv for _ in range(2)], check\n',
        output: 'def test_x(self):\n    server = 1\n    check = lambda: server + 1\n    return [server for _ in range(2)], check\n',
      },
      {
        input: 'def test_x(self):\n    def make(srv):\n        return srv\n    return make(srv=1)\n',
        output: 'def test_x(self):\n    def make(server):\n        return server\n    return make(server=1)\n',
      },
    ],
    settings: { rename: ['srv=server'] },
  },
  options: {
    rename: {
      type: 'array',
      describe: 'rename: old=new, Class.old=new, path::Class.old=new or path::Class.test_x.old=new (a local of that function); runs rename unless -t or --select chooses what runs',
      enables: true,
      check: (value, settings) => problemOf(parseSpecs([...[value].flat().map(String), ...fileSpecs(settings)])),
    },
    'rename-file': {
      type: 'string',
      describe: 'rename: read renames from this file, a JSON object {"old": "new"} or one old = new per line (# comments)',
      enables: true,
      check: (value) => renameFileProblem(String(value)),
      path: true,
    },
  },
  codes,
};

/** A --rename value that cannot be read. */
export class RenameOptionError extends Error {
  override name = 'RenameOptionError';
}

/** One rename asked for: `path::Class.from=to`, path and class optional. */
interface RenameRequest {
  readonly path: string | null;
  readonly className: string | null;
  readonly from: string;
  readonly to: string;
}

const SPEC = /^\s*(?:(.+?)::)?((?:[A-Za-z_]\w*\.)*)([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)\s*$/;

/** A problem, when `result` is one: the checks of the options say it; a run would throw it. */
function problemOf(result: unknown): string | null {
  return typeof result === 'string' ? result : null;
}

/** The renames of --rename and --rename-file, in the order given, or what is wrong with them. */
function readRequests(settings: TransformSettings): RenameRequest[] | string {
  const specs = [settings.rename ?? []].flat().map(String);
  const file = settings['rename-file'];
  if (typeof file === 'string' && file !== '') {
    const fromFile = readRenameFile(file);
    if (typeof fromFile === 'string') return fromFile;
    specs.push(...fromFile);
  }
  return parseSpecs(specs);
}

/** The specs of the run's rename file, when it has one that can be read. */
function fileSpecs(settings: TransformSettings): string[] {
  const file = settings['rename-file'];
  const specs = typeof file === 'string' && file !== '' ? readRenameFile(file) : [];
  return typeof specs === 'string' ? [] : specs;
}

/** What is wrong with a rename file: it cannot be read, or a line of it is no rename. */
function renameFileProblem(file: string): string | null {
  const specs = readRenameFile(file);
  return typeof specs === 'string' ? specs : problemOf(parseSpecs(specs, `in '${file}', `));
}

/** The renames of a run; an unreadable one, which the checks of the options let through only if a file changed meanwhile, is an error. */
function requestsOf(settings: TransformSettings): RenameRequest[] {
  const requests = readRequests(settings);
  if (typeof requests === 'string') throw new RenameOptionError(`--rename: ${requests}`);
  return requests;
}

/** The requests `specs` spell, or what is wrong with the first that spells none. */
function parseSpecs(specs: readonly string[], where = ''): RenameRequest[] | string {
  const requests: RenameRequest[] = [];
  for (const spec of specs) {
    const match = SPEC.exec(spec);
    if (match === null) return `${where}${describeBadSpec(spec)}`;
    requests.push({ path: match[1] ?? null, className: match[2] ? match[2].slice(0, -1) : null, from: match[3], to: match[4] });
  }
  for (const [i, request] of requests.entries()) {
    const twin = requests.slice(i + 1).find((other) => other.to === request.to && other.from !== request.from && mayMeet(request, other));
    if (twin) return `${where}both ${request.from} and ${twin.from} would become ${request.to}: give them different new names`;
  }
  return requests;
}

function describeBadSpec(spec: string): string {
  const form = 'write old=new, Class.old=new or path::Class.old=new';
  const equals = spec.lastIndexOf('=');
  if (equals === -1) return `'${spec}' has no '=': ${form}`;
  const to = spec.slice(equals + 1).trim();
  if (!/^[A-Za-z_]\w*$/.test(to)) return `'${spec}': '${to}' is not a Python name`;
  return `'${spec}': ${form}`;
}

/** Whether two requests may reach the same file and class. */
function mayMeet(a: RenameRequest, b: RenameRequest): boolean {
  return (a.path === null || b.path === null || a.path === b.path) && (a.className === null || b.className === null || a.className === b.className);
}

const renameFiles = new Map<string, string[] | string>();

/** The specs of a rename file (a JSON object, or `old = new` lines with # comments), or what is wrong with it. */
function readRenameFile(file: string): string[] | string {
  let specs = renameFiles.get(file);
  if (specs === undefined) {
    specs = parseRenameFile(file);
    renameFiles.set(file, specs);
  }
  return specs;
}

function parseRenameFile(file: string): string[] | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`;
  }
  if (text.includes('\0') || text.includes('\ufffd')) return `'${file}' is not a text file: write {"old": "new"}, or one old = new per line`;
  if (!/^\s*[[{]/.test(text)) return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
  let object: unknown;
  try {
    object = JSON.parse(text);
  } catch (error) {
    return `'${file}' is not valid JSON (${(error as Error).message}): write {"old": "new"}, or one old = new per line`;
  }
  if (object === null || Array.isArray(object) || typeof object !== 'object' || Object.values(object).some((to) => typeof to !== 'string')) {
    return `'${file}' must hold one JSON object of names: {"old": "new"}`;
  }
  return Object.entries(object as Record<string, string>).map(([from, to]) => `${from}=${to}`);
}

/** Whether a request's `path::` part names this file. */
function appliesTo(request: RenameRequest, path: string): boolean {
  if (request.path === null) return true;
  const wanted = request.path.replace(/^\.\//, '');
  const given = path.replace(/^\.\//, '');
  return given === wanted || given.endsWith(`/${wanted}`);
}

function collect(context: FileContext): MemberFacts | null {
  const requests = requestsOf(context.settings);
  if (requests.length === 0) return null;
  return collectMemberFacts(context, context.scopes(), requests, Object.keys(codes));
}

function create(context: FileContext): Finding<Code>[] {
  const requests = requestsOf(context.settings).filter((r) => context.source.includes(r.from));
  if (requests.length === 0) return [];
  return new Renamer(context, context.scopes()).findings(requests);
}

/** Each run's facts, read once while they live: every file of the run reads them. */
const projects = new WeakMap<readonly FileFacts[], readonly MemberFacts[] | null>();

/** The member facts of every file of the run, or null when some file could not be read. */
function runFacts(facts: readonly FileFacts[]): readonly MemberFacts[] | null {
  if (!projects.has(facts)) projects.set(facts, facts.length === 0 || facts.some((f) => f.facts === null) ? null : facts.map((f) => f.facts as MemberFacts));
  return projects.get(facts)!;
}

/** The renames of one file. */
class Renamer {
  private readonly project: readonly MemberFacts[] | null;
  private readonly own: MemberFacts | null;

  constructor(
    private readonly context: FileContext,
    private readonly analysis: ScopeAnalysis,
  ) {
    this.project = runFacts(context.project.get(meta.name) ?? []);
    this.own = this.project?.find((f) => f.path === context.path) ?? null;
  }

  findings(requests: readonly RenameRequest[]): Finding<Code>[] {
    return requests.flatMap((request) => [
      ...this.localFindings(request),
      ...this.memberFindings(request),
      ...this.keywordFindings(request),
      ...this.methodParameterFindings(request),
    ]);
  }

  /** Locals, parameters and nested functions named `from`. */
  private localFindings(request: RenameRequest): Finding<Code>[] {
    if (!appliesTo(request, this.context.path)) return [];
    return this.analysis.scopes
      .filter((scope) => scope.kind !== 'module' && scope.kind !== 'class' && inClass(scope, request.className))
      .flatMap((scope) => {
        const binding = scope.bindings.get(request.from);
        return binding === undefined || isMethodParameter(binding) ? [] : [this.renameLocal(binding, request.to)];
      });
  }

  private renameLocal(binding: Binding, to: string): Finding<Code> {
    const where = binding.definitions[0]?.node ?? binding.references[0].node;
    const message = `rename ${describeBinding(binding)} to ${to}`;
    const plan = renameBinding(this.analysis, binding, to);
    if ('refusal' in plan) return refuse('TM201', where, message, plan.refusal);
    let safety: Safety = 'safe';
    const fn = binding.scope;
    if (binding.kinds.has('parameter') && fn.kind === 'function' && fn.parent?.kind === 'module') {
      const path = `${this.context.moduleName()}.${fn.name}`;
      if (this.project === null) return refuse('TM201', where, message, 'not every file of the run could be read: calls that pass it by keyword could be missed');
      const unreachable = parameterReachRefusal(this.project, this.context.path, path, binding.name);
      if (unreachable !== null) return refuse('TM201', where, message, unreachable);
      if (!fn.name!.startsWith('_')) safety = 'unsafe';
    }
    return { code: 'TM201', message, start: where.startIndex, end: where.endIndex, fix: { edits: plan.edits, safety } };
  }

  /** Methods, module-level functions and classes named `from`, as defined anywhere in the run. */
  private memberFindings(request: RenameRequest): Finding<Code>[] {
    if (this.project === null) return this.incompleteRun(request);
    const findings: Finding<Code>[] = [];
    const seen = new Set<string>();
    for (const target of targets(this.project, request)) {
      const plan = planMemberRename(this.project, target, request.to);
      const definition = this.definitionHere(target);
      const message = `rename ${describeTarget(target, this.project)} to ${request.to}`;
      const code: Code = target.kind === 'method' ? 'TM202' : 'TM203';
      if ('refusal' in plan) {
        if (definition !== null) findings.push(refuse(code, definition, message, plan.refusal));
        continue;
      }
      const key = `${plan.target.kind}:${plan.classes.join(',')}:${'module' in target ? target.module : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const edits = memberEdits(this.context, this.analysis, this.own!, plan);
      if (edits.length === 0) continue;
      const at = definition ?? { startIndex: edits[0].start, endIndex: edits[0].end };
      const fix = { edits, safety: plan.safety };
      const base = { code, message, start: at.startIndex, end: at.endIndex, fix };
      if (definition === null || plan.testIds.length === 0) findings.push(base);
      else findings.push(...plan.testIds.map((testIds) => ({ ...base, testIds })));
    }
    return findings;
  }

  /** Without every file's facts nothing outside a function is renamed: say so where such a name is defined. */
  private incompleteRun(request: RenameRequest): Finding<Code>[] {
    const scopes = [...this.analysis.scopes].filter((s) => (s.kind === 'module' || s.kind === 'class') && inClass(s, request.className, true));
    const defined = scopes.flatMap((s) => (s.bindings.get(request.from)?.definitions.slice(0, 1) ?? []).map((d) => ({ node: d.node, code: s.kind === 'class' ? ('TM202' as const) : ('TM203' as const) })));
    return defined.map((d) => refuse(d.code, d.node, `rename ${request.from} to ${request.to}`, 'not every file of the run could be read: uses of it elsewhere could be missed'));
  }

  /** Keyword arguments of calls in this file to a module-level function of another file whose parameter is renamed. */
  private keywordFindings(request: RenameRequest): Finding<Code>[] {
    if (this.project === null || this.own === null || request.className !== null || !keywordArguments(this.context.tree).has(request.from)) return [];
    return this.project.flatMap((facts) => {
      if (facts.path === this.context.path || !appliesTo(request, facts.path)) return [];
      return facts.parameters
        .filter((p) => p.parameter === request.from && p.newName === request.to && p.refusal === null)
        .flatMap((p): Finding<Code>[] => {
          const path = `${facts.module}.${p.function}`;
          if (parameterReachRefusal(this.project!, facts.path, path, p.parameter) !== null) return [];
          const edits = parameterCallEdits(this.context, this.analysis, this.own!, path, p.parameter, p.newName);
          if (edits.length === 0) return [];
          const safety: Safety = p.function.startsWith('_') ? 'safe' : 'unsafe';
          return [{ code: 'TM205', message: `rename keyword ${p.parameter}= of ${path}() to ${p.newName}=`, start: edits[0].start, end: edits[0].end, fix: { edits, safety } }];
        });
    });
  }

  /** Parameters of methods, renamed in the method of every class of its family and at the keyword arguments of the calls reaching it. */
  private methodParameterFindings(request: RenameRequest): Finding<Code>[] {
    const findings: Finding<Code>[] = [];
    const seen = new Set<string>();
    for (const facts of this.project ?? []) {
      if (!appliesTo(request, facts.path)) continue;
      for (const parameter of facts.parameters) {
        const { className, function: method } = parameter;
        if (className === null || parameter.parameter !== request.from || parameter.newName !== request.to) continue;
        const qualname = className.slice(facts.module.length + 1);
        if (request.className !== null && qualname !== request.className && !qualname.endsWith(`.${request.className}`)) continue;
        const definition = facts.path === this.context.path ? this.parameterHere(className, method, request.from) : null;
        if (definition === null && !this.passesKeywordTo(method, request.from)) continue;
        const message = `rename parameter ${request.from} of ${qualname}.${method}() to ${request.to}`;
        const plan = planMethodParameter(this.project!, className, method, request.from, request.to);
        if ('refusal' in plan) {
          if (definition !== null) findings.push(refuse('TM204', definition, message, plan.refusal));
          continue;
        }
        const key = `${method}:${plan.classes.join(',')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const edits = methodParameterEdits(this.context, this.analysis, this.own!, plan);
        if (edits.length === 0) continue;
        const at = definition ?? { startIndex: edits[0].start, endIndex: edits[0].end };
        findings.push({ code: 'TM204', message, start: at.startIndex, end: at.endIndex, fix: { edits, safety: plan.safety } });
      }
    }
    return findings;
  }

  /** Whether a call in this file passes `keyword=` to some `x.method(…)`. */
  private passesKeywordTo(method: string, keyword: string): boolean {
    return (keywordArguments(this.context.tree).get(keyword) ?? []).some(({ call }) => {
      const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
      return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === method;
    });
  }

  /** The parameter `name` of method `method` of class `className`, in this file. */
  private parameterHere(className: string, method: string, name: string): Node | null {
    const module = this.context.moduleName();
    const scope = this.analysis.scopes.find((s) => s.kind === 'function' && s.name === method && s.parent?.kind === 'class' && `${module}.${qualifiedName(s.parent)}` === className);
    return scope?.bindings.get(name)?.definitions[0]?.node ?? null;
  }

  /** The first `self.name` in the methods of a class: where an instance attribute shows. */
  private selfAttributeIn(cls: Scope, name: string): Node | null {
    const body = cls.node.childForFieldName('body');
    const pattern = new RegExp(`\\bself\\.${name}\\b`);
    const match = body === null ? null : pattern.exec(this.context.source.slice(body.startIndex, body.endIndex));
    if (body === null || match === null) return null;
    const start = body.startIndex + match.index + match[0].length - name.length;
    const id = this.context.tree.rootNode.descendantForIndex(start, start + name.length);
    return id.type === 'identifier' ? id : null;
  }

  /** The definition of a target when this file holds it. */
  private definitionHere(target: MemberTarget): Node | null {
    const module = this.context.moduleName();
    if (target.kind === 'method') {
      const scope = this.analysis.scopes.find((s) => s.kind === 'class' && isNamedClassChain(s) && `${module}.${qualifiedName(s)}` === target.className);
      if (scope === undefined) return null;
      return scope.bindings.get(target.name)?.definitions[0]?.node ?? this.selfAttributeIn(scope, target.name);
    }
    return target.module === module ? (this.analysis.module.bindings.get(target.name)?.definitions[0]?.node ?? null) : null;
  }
}

/** Every method, attribute, module-level function, class and variable of the run that a request names. */
function targets(project: readonly MemberFacts[], request: RenameRequest): MemberTarget[] {
  return project.flatMap((facts): MemberTarget[] => {
    if (!appliesTo(request, facts.path)) return [];
    const methods = facts.classes
      .filter((c) => c.members.includes(request.from) && (request.className === null || c.qualname === request.className || c.qualname.endsWith(`.${request.className}`)))
      .map((c): MemberTarget => ({ kind: 'method', className: c.fullName, name: request.from }));
    if (request.className !== null) return methods;
    const functions = facts.functions.some((f) => f.name === request.from) ? [{ kind: 'function' as const, module: facts.module, name: request.from }] : [];
    const classes = facts.classes.some((c) => c.qualname === request.from) ? [{ kind: 'class' as const, module: facts.module, name: request.from }] : [];
    const variables = facts.variables.includes(request.from) ? [{ kind: 'variable' as const, module: facts.module, name: request.from }] : [];
    return [...methods, ...functions, ...classes, ...variables];
  });
}

/** Whether a binding is a parameter of a method that is not a test: src/testing/members.ts renames those with their callers. */
function isMethodParameter(binding: Binding): boolean {
  const fn = binding.scope;
  return binding.kinds.has('parameter') && fn.kind === 'function' && fn.parent?.kind === 'class' && isNamedClassChain(fn.parent) && !/^test/.test(fn.name ?? '');
}

/**
 * Whether a scope lies in the class a request names, or in the function
 * (`Class.test_x`, `helper`) it names: a local of that function (any scope
 * when it names none).
 */
function inClass(scope: Scope, className: string | null, self = false): boolean {
  if (className === null) return true;
  for (let at: Scope | null = self ? scope : scope.parent; at !== null; at = at.parent) {
    if (at.kind === 'class' && (qualifiedName(at) === className || qualifiedName(at).endsWith(`.${className}`))) return true;
  }
  for (let at: Scope | null = scope; at !== null; at = at.parent) {
    if (at.kind === 'function' && (definitionPath(at) === className || definitionPath(at).endsWith(`.${className}`))) return true;
  }
  return false;
}

/** `Class.method`, `function.inner`: the names of a function and of the classes and functions around it. */
function definitionPath(scope: Scope): string {
  const names: string[] = [];
  for (let at: Scope | null = scope; at !== null && at.kind !== 'module'; at = at.parent) if (at.name) names.unshift(at.name);
  return names.join('.');
}

function describeBinding(binding: Binding): string {
  const owner = binding.scope.kind === 'function' ? ` of ${binding.scope.name}()` : ` in a ${binding.scope.kind}`;
  if (binding.kinds.has('parameter')) return `parameter ${binding.name}${owner}`;
  if (binding.kinds.has('function')) return `nested function ${binding.name}${owner}`;
  return `local ${binding.name}${owner}`;
}

function describeTarget(target: MemberTarget, project: readonly MemberFacts[]): string {
  if (target.kind === 'method') {
    const cls = project.flatMap((f) => f.classes).find((c) => c.fullName === target.className);
    const kind = /^test/.test(target.name) ? 'test' : cls?.methods.includes(target.name) ? 'method' : 'attribute';
    return `${kind} ${cls?.qualname ?? target.className}.${target.name}`;
  }
  return `${target.kind} ${target.module}.${target.name}`;
}

function refuse(code: Code, node: { startIndex: number; endIndex: number }, message: string, reason: string): Finding<Code> {
  return { code, message, start: node.startIndex, end: node.endIndex, fix: null, reason };
}

const transform: Transform<Code> = { meta, collect, create };
export default transform;
