/** What the reliability tests share: running the CLI as a user would, as another user, and interrupted. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers.js';

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI through a shell command line, for pipes and redirections: `$CLI` stands for it. */
export function shell(command: string, cwd: string): Run {
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', CLI: `${process.execPath} ${CLI}` },
    timeout: 60_000,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** The user tests run as another user with: nobody, when this process may switch to it (it runs as root). */
export const OTHER_USER = { uid: 65534, gid: 65534 };

/** Why the tests that need another user cannot run here, or null when they can. */
export function otherUserUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'the tests run as a user who cannot switch to another (not root)';
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', 'process.exit(0)']);
  if (probe.status !== 0) return 'setpriv cannot run node as nobody on this machine';
  const cli = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, '--version']);
  return cli.status === 0 ? null : 'user nobody cannot read the built CLI: a folder above the checkout is closed to other users';
}

/** Runs the CLI as user nobody (see {@link otherUserUnavailable}). */
export function cliAsOtherUser(args: readonly string[], cwd: string): Run {
  const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
    timeout: 60_000,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Starts the CLI and sends it `signal` once `ready()` holds (polled), or
 * after `latestMs` at the latest; resolves when it has exited.
 */
export function runAndSignal(args: readonly string[], cwd: string, signal: NodeJS.Signals, ready: () => boolean, latestMs = 30_000, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const started = Date.now();
    const poll = setInterval(() => {
      if (ready() || Date.now() - started > latestMs) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('close', (status, killedBy) => {
      clearInterval(poll);
      resolve({ status, signal: killedBy, stdout, stderr });
    });
  });
}

/** Every file under `dir`, relative, sorted; temporary files of testmend included. */
export function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? allFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** Every file under `dir` but those of testmend's cache, relative, sorted. */
export function projectFiles(dir: string): string[] {
  return allFiles(dir).filter((file) => !file.startsWith('.testmend_cache/'));
}

/** The temporary files testmend left under `dir`, its cache included. */
export function tempFiles(dir: string): string[] {
  return allFiles(dir).filter((file) => /\.testmend-\d+-\d+\.tmp$/.test(file));
}
