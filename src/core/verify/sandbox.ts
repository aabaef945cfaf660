/**
 * Sandboxes: copies of the project where `--verify` writes a choice of fixed
 * files and runs the test command, so that the user's tree is never touched
 * and several runs can go on at once.
 */
import { spawn } from 'node:child_process';
import { constants, copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders a sandbox links to rather than copies: environments and repositories, big and read by the tests as they are. */
const LINKED = new Set(['.git', '.hg', '.svn', '.tox', '.nox', '.venv', 'venv', 'node_modules', '.eggs']);
/** Folders a sandbox leaves out: caches and test-result stores each run makes anew. */
const LEFT_OUT = new Set(['__pycache__', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.stestr', '.testrepository', '.testmend_cache']);

/** How a run ended. */
export interface RunEnd {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly code: number | null;
  /** Whether it was stopped: it took too long, or stayed silent too long (`silenced`). */
  readonly timedOut: boolean;
  readonly silenced: boolean;
  readonly ms: number;
  /** The longest time it went without a sign of progress (output, or its results file growing). */
  readonly silentMs: number;
}

/** When a run is stopped: after `ms` in all, or after `silentMs` without a sign of progress (null: never). */
export interface RunLimits {
  readonly ms: number | null;
  readonly silentMs: number | null;
  /** A file the run writes as it goes (its results), whose growth counts as progress. */
  readonly watch: string | null;
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

  /** Runs a shell command in the copy; when it passes a limit, its process group is stopped. */
  run(command: string, env: NodeJS.ProcessEnv, limits: RunLimits): Promise<RunEnd> {
    const started = performance.now();
    return new Promise((resolve) => {
      const child = spawn('/bin/sh', ['-c', command], { cwd: this.root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let lastSign = started;
      let silentMs = 0;
      const progress = () => {
        const now = performance.now();
        silentMs = Math.max(silentMs, now - lastSign);
        lastSign = now;
      };
      child.stdout.on('data', (chunk: Buffer) => {
        stdout.push(chunk);
        progress();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr.push(chunk);
        progress();
      });
      let timedOut = false;
      let silenced = false;
      const timers: NodeJS.Timeout[] = [];
      const stop = () => {
        if (timedOut) return;
        timedOut = true;
        killGroup(child.pid!, 'SIGTERM');
        timers.push(setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5000));
      };
      if (child.pid !== undefined) running.add(child.pid);
      if (limits.ms !== null) timers.push(setTimeout(stop, limits.ms));
      let watched = -1;
      const watch = setInterval(() => {
        const size = sizeOf(limits.watch);
        if (size !== watched) {
          watched = size;
          progress();
        }
        if (limits.silentMs !== null && !timedOut && performance.now() - lastSign > limits.silentMs) {
          silenced = true;
          stop();
        }
      }, 1000);
      const finish = (code: number | null) => {
        clearInterval(watch);
        progress();
        timers.forEach(clearTimeout);
        if (child.pid !== undefined) {
          // Whatever the command left running in its group goes with it.
          killGroup(child.pid, 'SIGKILL');
          running.delete(child.pid);
        }
        resolve({ stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), code, timedOut, silenced, ms: performance.now() - started, silentMs });
      };
      child.on('error', () => finish(null));
      child.on('close', (code) => finish(code));
    });
  }
}

function sizeOf(file: string | null): number {
  if (file === null) return -1;
  try {
    return statSync(file).size;
  } catch {
    return -1;
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
