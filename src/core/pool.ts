/**
 * Running files through a per-file task, in this thread or in a pool of
 * worker threads. Both go through the same scheduler and the same task
 * functions; only the executor differs.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { realpathSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Target } from './files.js';
import { collectFile, processFile, variantFile, type CollectResult, type RunOptions, type VariantResult } from './process.js';
import { StopFlag } from './stop.js';
import type { FileResult } from './types.js';
import { removeQuietly, tempPathFor } from './write.js';

/** The per-file tasks a pool runs, by name; a worker thread looks them up the same way. */
export const TASKS = { process: processFile, collect: collectFile, variant: variantFile } as const;
export type TaskName = keyof typeof TASKS;
type TaskResult<T extends TaskName> = T extends 'process' ? FileResult : T extends 'variant' ? VariantResult : CollectResult;

/** What a worker thread is started with: the plugins whose transforms it registers, and the run's stop flag. */
export interface WorkerSetup {
  readonly plugins: readonly string[];
  readonly stop: Int32Array;
}

/** What a worker thread is sent: the task and the run's options, once per task, then the batches to run it on. */
export type WorkerMessage = { readonly task: TaskName; readonly options: RunOptions } | { readonly batch: readonly Target[] };

type Executor<R> = (batch: readonly Target[]) => Promise<R[]>;

const BATCH_SIZE = 8;

/** The young generation of each worker's heap, in MB (V8 picks 16 or more by itself). */
const WORKER_YOUNG_GENERATION_MB = 4;

/** The default job count: one per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The worker threads of a run, started when a task first needs them and
 * kept for the tasks after it: the first and the second pass share them, so
 * each thread starts and loads testmend once. A thread that dies leaves.
 */
export class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #setup: WorkerSetup;

  constructor(plugins: readonly string[], stop: StopFlag) {
    this.#setup = { plugins, stop: stop.shared };
  }

  /** `count` live workers, started as needed. */
  take(count: number): Worker[] {
    while (this.#workers.length < count) {
      // A small young generation: each worker's short-lived garbage (tree wrappers, texts) is swept sooner,
      // which keeps the memory of several workers together near that of one.
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.#setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.once('exit', () => {
        const index = this.#workers.indexOf(worker);
        if (index !== -1) this.#workers.splice(index, 1);
      });
      this.#workers.push(worker);
    }
    return this.#workers.slice(0, count);
  }

  /** Stops every worker; the pool can start new ones after. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/**
 * Runs `task` on every target with `jobs` executors and calls `onResult` in
 * target order as soon as each result and all before it are ready, whatever
 * the order in which they finish. Only results waiting for an earlier one are
 * held; the caller keeps what it needs.
 *
 * Once `stop` is set, no new file is started: each executor finishes the
 * file it is on, and the results there are go to `onResult`, in target
 * order, whatever is missing between them.
 */
export async function runTask<T extends TaskName>(
  task: T,
  targets: readonly Target[],
  options: RunOptions,
  jobs: number,
  onResult: (result: TaskResult<T>) => void,
  stop = new StopFlag(),
  pool?: WorkerPool,
): Promise<void> {
  const run = TASKS[task] as (target: Target, options: RunOptions) => TaskResult<T>;
  const workers = pool ?? new WorkerPool(options.plugins ?? [], stop);
  // Native trees are released by finalizers that run on a later turn of the
  // event loop, and a signal is handled only between turns, so the
  // in-process executor yields after every file.
  const inProcess: Executor<TaskResult<T>> = async (batch) => {
    const results: TaskResult<T>[] = [];
    for (const target of batch) {
      if (stop.stopped) break;
      results.push(run(target, options));
      await nextTurn();
    }
    return results;
  };
  // This thread is one of the jobs: it has loaded testmend already, and would otherwise only wait for the
  // workers. They get their first batch before it starts on its own, which holds the event loop a file at a time.
  const helpers = jobs <= 1 ? 0 : Math.min(jobs, Math.ceil(targets.length / BATCH_SIZE)) - 1;
  const executors: Executor<TaskResult<T>>[] = [
    ...workers.take(helpers).map((worker) => {
      worker.postMessage({ task, options } satisfies WorkerMessage);
      return (batch: readonly Target[]) =>
        askWorker<TaskResult<T>>(worker, batch).catch((error: unknown) => {
          // A worker that died may have been writing: its temporary file goes too.
          removeWorkerTemps(worker, batch);
          throw error;
        });
    }),
    inProcess,
  ];

  const waiting = new Map<number, TaskResult<T>>();
  let next = 0;
  let flushed = 0;
  const flush = () => {
    for (; waiting.has(flushed); flushed++) {
      onResult(waiting.get(flushed)!);
      waiting.delete(flushed);
    }
  };
  const drain = async (executor: Executor<TaskResult<T>>) => {
    let execute = executor;
    while (next < targets.length && !stop.stopped) {
      const start = next;
      next = Math.min(targets.length, next + batchSize(execute === inProcess, targets.length - next, executors.length));
      const batch = targets.slice(start, next);
      let done: TaskResult<T>[];
      try {
        done = await execute(batch);
      } catch {
        // A worker that died does not take the run with it: its batch and the rest go on in this thread.
        execute = inProcess;
        done = await execute(batch);
      }
      done.forEach((result, offset) => waiting.set(start + offset, result));
      flush();
    }
  };
  // Every executor finishes its file before the workers go, even when another failed.
  const settled = await Promise.allSettled(
    executors.map((executor) =>
      drain(executor).catch((error: unknown) => {
        stop.stop('output');
        throw error;
      }),
    ),
  );
  if (pool === undefined) await workers.close();
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  for (const index of [...waiting.keys()].sort((a, b) => a - b)) onResult(waiting.get(index)!);
}

/**
 * How many files an executor takes at once. This thread takes one: it has no
 * message to save, and files it held would wait while a worker sat idle. A
 * worker takes a batch, smaller towards the end, so that the executors
 * finish together.
 */
export function batchSize(inProcess: boolean, left: number, executors: number): number {
  return inProcess ? 1 : Math.max(1, Math.min(BATCH_SIZE, Math.ceil(left / (2 * executors))));
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The batch each worker is on. */
const busy = new Map<Worker, readonly Target[]>();

/**
 * Stops every worker at once, without waiting for the files they are on,
 * and removes the temporary files they were writing: for a second signal.
 */
export async function abortWorkers(): Promise<void> {
  const stopping = [...busy];
  await Promise.all(stopping.map(([worker]) => worker.terminate()));
  for (const [worker, batch] of stopping) removeWorkerTemps(worker, batch);
}

function removeWorkerTemps(worker: Worker, batch: readonly Target[]): void {
  for (const target of batch) removeQuietly(tempPathFor(safeRealpath(target.file), worker.threadId));
}

function askWorker<R>(worker: Worker, batch: readonly Target[]): Promise<R[]> {
  busy.set(worker, batch);
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      busy.delete(worker);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (results: R[]) => {
      cleanup();
      resolve(results);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`worker thread exited with code ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ batch } satisfies WorkerMessage);
  });
}
