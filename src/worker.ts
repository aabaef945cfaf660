/** A worker thread of the pool: processes the batches it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { BatchRequest } from './pool.js';
import { processFile } from './process.js';

parentPort!.on('message', (batch: BatchRequest) => {
  parentPort!.postMessage(batch.targets.map((target) => processFile(target, batch.options)));
});
