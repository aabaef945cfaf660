/** A worker thread of the pool: runs its task on the batches it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Target } from './files.js';
import { registerPlugins } from './plugins.js';
import { TASKS, type WorkerSetup } from './pool.js';

const { task, options } = workerData as WorkerSetup;
// The batches sent meanwhile wait in the port until the plugins' transforms are registered here too.
await registerPlugins(options.plugins ?? []);
const run = TASKS[task];

parentPort!.on('message', (batch: readonly Target[]) => {
  parentPort!.postMessage(batch.map((target) => run(target, options)));
});
