/** A worker thread of the pool: runs its task on the batches it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Target } from './files.js';
import { registerPlugins } from './plugins.js';
import { TASKS, type WorkerSetup } from './pool.js';

const { task, options, stop } = workerData as WorkerSetup;
// The batches sent meanwhile wait in the port until the plugins' transforms are registered here too.
await registerPlugins(options.plugins ?? []);
const run = TASKS[task];

parentPort!.on('message', (batch: readonly Target[]) => {
  // Between two files, a stopped run ends the batch early.
  const results = [];
  for (const target of batch) {
    if (Atomics.load(stop, 0) !== 0) break;
    results.push(run(target, options));
  }
  parentPort!.postMessage(results);
});
