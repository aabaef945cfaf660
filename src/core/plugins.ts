/**
 * Transforms from outside testmend: a plugin is a JavaScript module whose
 * default export is a transform (see `defineTransform`) or a list of them.
 * Loaded plugins join the registry after the built-in transforms and work as
 * they do: `-t`, `--list`, `--help`, `explain`, the report.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTransform, TransformDefinitionError } from './define.js';
import { CLI_OPTIONS } from './options.js';
import { addTransforms, TransformClashError } from './registry.js';
import type { Transform } from './types.js';

/** The names testmend's own options take, aliases included. */
function ownOptions(): Set<string> {
  const aliases = Object.values(CLI_OPTIONS).flatMap((option) => ('alias' in option ? [option.alias] : []));
  return new Set(['help', 'h', 'version', ...Object.keys(CLI_OPTIONS), ...aliases]);
}

/** A plugin that cannot be loaded or does not give valid transforms. */
export class PluginError extends Error {
  override name = 'PluginError';
}

/** The plugins this thread has registered, in order. */
const registered: string[] = [];

/** The plugins this thread has registered (absolute paths), for a run to pass on to its worker threads. */
export function registeredPlugins(): readonly string[] {
  return registered;
}

/** Plugin paths as a run passes them on, to worker threads too: absolute. */
export function resolvePlugins(files: readonly string[], cwd: string): string[] {
  return files.map((file) => path.resolve(cwd, file));
}

/** Imports a plugin module and returns its transforms, checked. */
export async function loadPlugin(file: string): Promise<Transform[]> {
  if (!existsSync(file)) throw new PluginError(`cannot load the plugin ${file}: no such file`);
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    if (error instanceof SyntaxError && error.message.includes('import statement outside a module')) {
      throw new PluginError(`cannot load the plugin ${file}: Node reads it as CommonJS, so its import statements fail; name it .mjs, or set "type": "module" in its package.json`);
    }
    throw new PluginError(`cannot load the plugin ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (module.default === undefined) {
    throw new PluginError(`the plugin ${file} has no default export: end it with export default defineTransform({ meta, create })`);
  }
  const transforms = [module.default].flat();
  return transforms.map((transform, index) => {
    try {
      checkTransform(transform, transforms.length === 1 ? `the plugin ${file}` : `the plugin ${file}, transform ${index + 1}`);
    } catch (error) {
      if (error instanceof TransformDefinitionError) throw new PluginError(error.message);
      throw error;
    }
    return transform;
  });
}

/**
 * Loads each plugin (absolute paths) and adds its transforms to this
 * thread's registry, in the order given.
 *
 * @throws PluginError when a plugin cannot be loaded, is not valid, or takes a name or an option another transform or testmend has.
 */
export async function registerPlugins(files: readonly string[]): Promise<void> {
  const own = ownOptions();
  for (const file of files) {
    if (registered.includes(file)) continue;
    const transforms = await loadPlugin(file);
    for (const transform of transforms) {
      const taken = Object.keys(transform.meta.options ?? {}).find((option) => own.has(option));
      if (taken !== undefined) throw new PluginError(`the plugin ${file}: ${transform.meta.name} declares --${taken}, which is an option of testmend`);
    }
    try {
      addTransforms(transforms);
    } catch (error) {
      if (error instanceof TransformClashError) throw new PluginError(`the plugin ${file}: ${error.message}`);
      throw error;
    }
    registered.push(file);
  }
}
