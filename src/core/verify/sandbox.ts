/**
 * Sandboxes: copies of the project where `--verify` writes a choice of fixed
 * files and runs the test command, so that the user's tree is never touched
 * and several runs can go on at once.
 */
import { spawn } from 'node:child_process';
import { constants, copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders a sandbox links to rather than copies: environments and repositories, big and read by the tests as they are. */
const LINKED = new Set(['.git', '.hg', '.svn', '.tox', '.nox', '.venv', 'venv', 'node_modules', '.eggs']);
/** Folders a sandbox leaves out: caches and test-result stores each run makes anew. */
const LEFT_OUT = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.stestr', '.testrepository']);

/** How a run ended. */
export interface RunEnd {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly ms: number;
}

/** Child processes still running, so that an interrupted run can stop them. */
const running = new Set<number>();

/** Stops every test command still running (its whole process group). */
export function stopAll(): void {
  for (const pid of running) killGroup(pid, 'SIGKILL');
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** One copy of the project, and which of its Python files hold something other than the original. */
export class Sandbox {
  private readonly written = new Map<string, Buffer>();
  /** Each write gets its own whole second as mtime, so Python never takes a stale bytecode cache for the new text. */
  private stamp = Math.floor(Date.now() / 1000);

  constructor(
    readonly root: string,
    private readonly original: (file: string) => Buffer | null,
  ) {}

  /** Makes the copy's files hold `texts` (by path relative to the project); every other file holds its original, and a file the project does not have is removed. */
  apply(texts: ReadonlyMap<string, Buffer>): void {
    for (const file of [...this.written.keys()]) {
      if (!texts.has(file)) this.write(file, this.original(file), false);
    }
    for (const [file, bytes] of texts) {
      if (!this.written.get(file)?.equals(bytes)) this.write(file, bytes, true);
    }
  }

  private write(file: string, bytes: Buffer | null, changed: boolean): void {
    const target = path.join(this.root, file);
    if (bytes === null) {
      rmSync(target, { force: true });
      this.written.delete(file);
      return;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.testmend-verify.tmp`;
    writeFileSync(temp, bytes);
    const stamp = ++this.stamp;
    utimesSync(temp, stamp, stamp);
    renameSync(temp, target);
    if (changed) this.written.set(file, bytes);
    else this.written.delete(file);
  }

  /** Runs a shell command in the copy; after `timeoutMs` its process group is stopped. */
  run(command: string, env: NodeJS.ProcessEnv, timeoutMs: number | null): Promise<RunEnd> {
    const started = performance.now();
    return new Promise((resolve) => {
      const child = spawn('/bin/sh', ['-c', command], { cwd: this.root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      let timedOut = false;
      const timers: NodeJS.Timeout[] = [];
      if (child.pid !== undefined) running.add(child.pid);
      if (timeoutMs !== null) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            killGroup(child.pid!, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5000));
          }, timeoutMs),
        );
      }
      const finish = (code: number | null) => {
        timers.forEach(clearTimeout);
        if (child.pid !== undefined) {
          // Whatever the command left running in its group goes with it.
          killGroup(child.pid, 'SIGKILL');
          running.delete(child.pid);
        }
        resolve({ stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), code, timedOut, ms: performance.now() - started });
      };
      child.on('error', () => finish(null));
      child.on('close', (code) => finish(code));
    });
  }
}

/**
 * Copies the project at `source` to `target`: files are copied (cloned
 * where the file system can), environment and repository folders are
 * linked, caches are left out.
 */
export function copyProject(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (entry.isDirectory()) {
      if (LEFT_OUT.has(entry.name)) continue;
      if (LINKED.has(entry.name) || isVirtualEnv(from)) symlinkSync(from, to);
      else copyProject(from, to);
    } else if (entry.isFile()) copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

function isVirtualEnv(dir: string): boolean {
  try {
    return lstatSync(path.join(dir, 'pyvenv.cfg')).isFile();
  } catch {
    return false;
  }
}
