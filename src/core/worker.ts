/** A worker thread of the pool: runs the task it was last sent on the batches it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Target } from './files.js';
import { registerPlugins } from './plugins.js';
import { TASKS, type WorkerMessage, type WorkerSetup } from './pool.js';
import type { RunOptions } from './process.js';

const { plugins, stop } = workerData as WorkerSetup;
// The messages sent meanwhile wait in the port until the plugins' transforms are registered here too.
await registerPlugins(plugins);
// A task and its options always come before the batches to run it on.
let run: (target: Target, options: RunOptions) => unknown;
let options: RunOptions;

parentPort!.on('message', (message: WorkerMessage) => {
  if ('task' in message) {
    run = TASKS[message.task];
    options = message.options;
    return;
  }
  // Between two files, a stopped run ends the batch early.
  const results = [];
  for (const target of message.batch) {
    if (Atomics.load(stop, 0) !== 0) break;
    results.push(run(target, options));
  }
  parentPort!.postMessage(results);
});
