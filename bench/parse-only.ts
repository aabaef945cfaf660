/**
 * The floor testmend is measured against: read, decode and parse every file,
 * nothing else. Like the engine, it yields to the event loop now and then so
 * that finished trees are freed.
 */
import { readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { discoverFiles } from '../src/core/files.js';
import { parsePython } from '../src/python/parse.js';
import { decodeSource, SourceError } from '../src/python/source.js';

const { targets } = discoverFiles(process.argv.slice(2), { allFiles: false, exclude: [], cwd: process.cwd() });
let nodes = 0;
let unreadable = 0;
for (const [index, target] of targets.entries()) {
  try {
    nodes += parsePython(decodeSource(readFileSync(target.file)).text).rootNode.childCount;
  } catch (error) {
    // testmend reports such a file and goes on; so does the floor it is measured against.
    if (!(error instanceof SourceError)) throw error;
    unreadable++;
  }
  if (index % 8 === 7) await nextTurn();
}
process.stdout.write(`${targets.length} files (${unreadable} unreadable), ${nodes} top-level nodes\n`);
