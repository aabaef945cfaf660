/** `--show-settings`: the settings in force for a path, each with where it comes from, in the syntax of a [tool.testmend] table. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { PER_FILE_IGNORES, type ProjectSettings, type Setting, type SettingSource } from './config.js';
import { readLintConfig } from './lint-config.js';
import { findNearestFile } from './nearby.js';
import { fileProfile, SELECTION_KEYS } from './profiles.js';
import { codeRanges } from './codes.js';

/** The settings for each of `paths` (a directory stands for the files directly in it). */
export function showSettings(project: ProjectSettings, paths: readonly string[], cwd: string): string {
  const runWide = project.settingsFor(cwd, true);
  const sections = paths.map((given) => {
    const file = path.resolve(cwd, given);
    const isDirectory = isDir(file);
    const settings = project.settingsFor(file, isDirectory);
    const stand = isDirectory ? path.join(file, '__init__.py') : file;
    const config = project.configFor(isDirectory ? file : path.dirname(file));
    const ignored = isDirectory ? [] : project.ignoredFor(file);
    const profile = fileProfile(stand, settings, ignored, null);
    const lint = readLintConfig({ nearestFile: (names) => findNearestFile(stand, names), settings: profile.settings });
    const lines = [
      `Settings for ${given}${isDirectory ? ' (files directly in this directory)' : ''}`,
      `  configuration: ${config === null ? 'none (defaults and the command line)' : `${project.display(config.path)} ${config.section}`}`,
      `  transforms that run: ${profile.transforms.join(', ') || 'none'}${ignored.length > 0 ? ` (per-file-ignores leave out ${ignored.join(', ')})` : ''}`,
      `  codes that run: ${codeRanges(profile.codes ?? []) || 'none'}`,
      `  formatter: ${formatterText(profile, project)}`,
      `  line length: ${lint.maxLineLength}${lint.path === null ? '' : ` (linter settings: ${project.display(lint.path)})`}${lint.formatter === null ? '' : `, ${lint.formatter.name} lays out the code`}`,
      '',
      ...keyLines([...settings].filter(([name]) => isPerFile(project, name)), project),
    ];
    if (config !== null && config.perFileIgnores.length > 0) {
      lines.push(`  [${PER_FILE_IGNORES}]  # ${project.display(config.path)}`);
      for (const { pattern, names } of config.perFileIgnores) lines.push(`  ${JSON.stringify(pattern)} = ${tomlValue(names)}`);
    }
    return lines.join('\n');
  });
  const runLines = keyLines([...runWide].filter(([name]) => !isPerFile(project, name)), project);
  return `${[...sections, `Run-wide settings (from the configuration of the working directory)\n\n${runLines.join('\n')}`].join('\n\n')}\n`;
}

/** Which formatter lays out the changed lines, or why none does. */
function formatterText(profile: ReturnType<typeof fileProfile>, project: ProjectSettings): string {
  if (profile.formatter === null) return profile.settings.formatter === 'none' ? 'none (formatter = "none")' : 'none (pyproject.toml configures neither black nor ruff format)';
  const where = profile.formatter.config === null ? '' : ` (settings: ${project.display(profile.formatter.config)})`;
  return `${profile.formatter.name} lays out the changed lines${where}`;
}

function isPerFile(project: ProjectSettings, name: string): boolean {
  return project.scopeOf(name) === 'file';
}

/** `key = value  # source`, aligned; unset keys as comments. */
function keyLines(settings: readonly [string, Setting][], project: ProjectSettings): string[] {
  const shown = settings.map(([name, setting]) => [setting.value === undefined ? `# ${name}` : `${name} = ${tomlValue(setting.value)}`, describeSource(setting.source, setting.value, project) + layeredOn(name, setting, project)]);
  const width = Math.max(0, ...shown.map(([text]) => text.length));
  return shown.map(([text, source]) => `  ${text.padEnd(width)}  # ${source}`);
}

/** For a selection key the command line gives over a configuration: what it applies after. */
function layeredOn(name: string, setting: Setting, project: ProjectSettings): string {
  const { configured } = setting;
  if (configured === undefined || !SELECTION_KEYS.includes(name)) return '';
  return `, after ${tomlValue(configured.value)} from ${describeSource(configured.source, configured.value, project)}`;
}

function describeSource(source: SettingSource, value: unknown, project: ProjectSettings): string {
  if (source === 'default') return value === undefined ? 'not set' : 'default';
  if (source === 'command line') return 'command line';
  return `${project.display(source.path)} ${source.section}`;
}

/** A value in TOML syntax. */
function tomlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isDir(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
