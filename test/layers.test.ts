/**
 * The layers of the code base and the one direction of their imports:
 * transforms → the public surface (src/index.ts) → testing → python → the
 * vocabulary (core/types, core/edits). The engine (the rest of src/core/)
 * sits on top and reaches the transforms only through the registry; the docs
 * generator (src/docs/) sits above the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT } from './helpers.js';

type Layer = 'vocabulary' | 'python' | 'testing' | 'review' | 'public' | 'core' | 'registry' | 'docs' | 'transform' | 'other';

/** Which layer a module (path relative to the repository root, posix separators) belongs to. */
function layerOf(module: string): Layer {
  if (module === 'src/core/types.ts' || module === 'src/core/edits.ts') return 'vocabulary';
  if (module === 'src/core/registry.ts') return 'registry';
  if (module === 'src/index.ts') return 'public';
  if (module.startsWith('transforms/')) return 'transform';
  for (const layer of ['python', 'testing', 'review', 'core', 'docs'] as const) if (module.startsWith(`src/${layer}/`)) return layer;
  return 'other';
}

/** The layers each layer may import from, besides itself. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  vocabulary: [],
  python: ['vocabulary'],
  testing: ['python', 'vocabulary'],
  review: ['testing', 'python', 'vocabulary'],
  public: ['core', 'testing', 'python', 'vocabulary', 'review'],
  core: ['registry', 'review', 'testing', 'python', 'vocabulary'],
  registry: ['transform', 'vocabulary'],
  docs: ['core', 'registry', 'review', 'testing', 'python', 'vocabulary'],
  transform: ['public'],
  other: ['vocabulary', 'python', 'testing', 'review', 'public', 'core', 'registry', 'docs', 'transform'],
};

/** One import statement that goes against the layers. */
interface WrongImport {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/** Every TypeScript module under `dirs` of `root`, relative to it. */
function modulesUnder(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const child = `${dir}/${entry.name}`;
      return entry.isDirectory() ? walk(child) : entry.name.endsWith('.ts') ? [child] : [];
    });
  return dirs.flatMap(walk).sort();
}

/** The imports of the modules under src/ and transforms/ of `root` that go against the layers. */
function wrongImports(root: string): WrongImport[] {
  const wrong: WrongImport[] = [];
  for (const module of modulesUnder(root, ['src', 'transforms'])) {
    const from = layerOf(module);
    for (const match of readFileSync(path.join(root, module), 'utf8').matchAll(IMPORT)) {
      const typeOnly = match[2] !== undefined;
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(module), (match[3] ?? match[4]).replace(/\.js$/, '.ts')));
      const target = layerOf(to);
      const why = reasonAgainst(module, from, to, target, typeOnly);
      if (why !== null) wrong.push({ from: module, to, why });
    }
  }
  return wrong;
}

function reasonAgainst(module: string, from: Layer, to: string, target: Layer, typeOnly: boolean): string | null {
  if (from === 'transform') {
    const own = module.split('/').slice(0, 2).join('/');
    if (to.startsWith(`${own}/`) || target === 'public') return null;
    return target === 'transform' ? "a transform uses another transform's module" : 'a transform reaches past src/index.ts';
  }
  if (from === target || ALLOWED[from].includes(target)) return null;
  // The context a transform sees carries the file's scope analysis.
  if (from === 'vocabulary' && target === 'python' && typeOnly) return null;
  return `${from} may not import ${target}`;
}

describe('layers', () => {
  it('every import in src/ and transforms/ goes the one way', () => {
    expect(wrongImports(ROOT)).toEqual([]);
  });

  it('sees every module of each layer', () => {
    const modules = modulesUnder(ROOT, ['src', 'transforms']);
    const layers = new Set(modules.map(layerOf));
    expect([...layers].sort()).toEqual(['core', 'docs', 'public', 'python', 'registry', 'review', 'testing', 'transform', 'vocabulary']);
    expect(modules.filter((module) => layerOf(module) === 'other')).toEqual([]);
  });

  it('catches each kind of wrong-way import in a fixture tree', () => {
    const root = makeTree({
      'src/core/types.ts': "import type { ScopeAnalysis } from '../python/scope.js';\nimport { analyzeScopes } from '../python/scope.js';\n",
      'src/python/scope.ts': "import type { Edit } from '../core/types.js';\nimport { transformSource } from '../core/engine.js';\n",
      'src/testing/phases.ts': "export { planReview } from '../review/plan.js';\n",
      'src/core/engine.ts': "import { LineTable } from '../python/lines.js';\nimport style from '../../transforms/style/index.js';\n",
      'src/core/explain.ts': "import { transformPage } from '../docs/transform-page.js';\n",
      'src/core/registry.ts': "import style from '../../transforms/style/index.js';\n",
      'src/index.ts': "export type { Edit } from './core/types.js';\n",
      'transforms/style/index.ts':
        "import { tokenize } from '../../src/index.js';\nimport { spacing } from './spacing.js';\n" +
        "import { parsePython } from '../../src/python/parse.js';\nimport { alias } from '../naming/case-style.js';\n",
      'transforms/style/spacing.ts': "const tokens = await import('../../src/python/tokens.js');\n",
    });
    expect(wrongImports(root)).toEqual([
      { from: 'src/core/engine.ts', to: 'transforms/style/index.ts', why: 'core may not import transform' },
      { from: 'src/core/explain.ts', to: 'src/docs/transform-page.ts', why: 'core may not import docs' },
      { from: 'src/core/types.ts', to: 'src/python/scope.ts', why: 'vocabulary may not import python' },
      { from: 'src/python/scope.ts', to: 'src/core/engine.ts', why: 'python may not import core' },
      { from: 'src/testing/phases.ts', to: 'src/review/plan.ts', why: 'testing may not import review' },
      { from: 'transforms/style/index.ts', to: 'src/python/parse.ts', why: 'a transform reaches past src/index.ts' },
      { from: 'transforms/style/index.ts', to: 'transforms/naming/case-style.ts', why: "a transform uses another transform's module" },
      { from: 'transforms/style/spacing.ts', to: 'src/python/tokens.ts', why: 'a transform reaches past src/index.ts' },
    ]);
  });
});
