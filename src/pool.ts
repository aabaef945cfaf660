/**
 * Running files through `processFile`, in this thread or in a pool of worker
 * threads. Both go through the same scheduler; only the executor differs.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Target } from './files.js';
import { processFile, type RunOptions } from './process.js';
import type { FileResult } from './types.js';

/** A batch of files sent to a worker, and what comes back. */
export interface BatchRequest {
  readonly targets: readonly Target[];
  readonly options: RunOptions;
}

type Executor = (batch: BatchRequest) => Promise<FileResult[]>;

const BATCH_SIZE = 8;

/** The default job count: one per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Processes every target with `jobs` executors and calls `onResult` in target
 * order as soon as each result and all before it are ready, whatever the
 * order in which they finish.
 */
export async function runFiles(
  targets: readonly Target[],
  options: RunOptions,
  jobs: number,
  onResult: (result: FileResult) => void,
): Promise<FileResult[]> {
  const workers: Worker[] = [];
  // Native trees are released by finalizers that run on a later turn of the
  // event loop, so the in-process executor yields after every batch.
  const inProcess: Executor = async (batch) => {
    const results = batch.targets.map((target) => processFile(target, batch.options));
    await nextTurn();
    return results;
  };
  const executors: Executor[] =
    jobs <= 1 || targets.length <= BATCH_SIZE
      ? [inProcess]
      : Array.from({ length: Math.min(jobs, Math.ceil(targets.length / BATCH_SIZE)) }, () => {
          const worker = new Worker(new URL('./worker.js', import.meta.url));
          workers.push(worker);
          return (batch: BatchRequest) => askWorker(worker, batch);
        });

  const results: (FileResult | undefined)[] = new Array(targets.length);
  let next = 0;
  let flushed = 0;
  const flush = () => {
    for (; flushed < targets.length && results[flushed] !== undefined; flushed++) onResult(results[flushed]!);
  };
  const drain = async (executor: Executor) => {
    let execute = executor;
    while (next < targets.length) {
      const start = next;
      next = Math.min(targets.length, next + BATCH_SIZE);
      const batch = targets.slice(start, next);
      let done: FileResult[];
      try {
        done = await execute({ targets: batch, options });
      } catch (error) {
        // A worker that died takes its batch with it; the rest of the run goes on in this thread.
        const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`;
        done = batch.map((target) => ({ path: target.display, status: 'error', reason, findings: [], diff: null }));
        execute = inProcess;
      }
      done.forEach((result, offset) => (results[start + offset] = result));
      flush();
    }
  };
  try {
    await Promise.all(executors.map(drain));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results as FileResult[];
}

function askWorker(worker: Worker, batch: BatchRequest): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (results: FileResult[]) => {
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
    worker.postMessage(batch);
  });
}
