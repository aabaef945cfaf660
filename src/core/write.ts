/** Writing a file so that a crash or a full disk never leaves it half written. */
import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Replaces `file` with `bytes` atomically: a temporary file in the same
 * directory, synced, given the original mode (and owner, where allowed), then
 * renamed over the original. A symbolic link is followed, so the link stays a
 * link. Refuses when the file changed on disk since `seen` was taken.
 */
export function writeFileAtomic(file: string, bytes: Buffer, seen: Stats): void {
  const target = realpathSync(file);
  const current = statSync(target);
  if (current.mtimeMs !== seen.mtimeMs || current.size !== seen.size) {
    throw new Error('the file changed on disk while testmend was working on it; run again');
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.testmend-${process.pid}-${threadId}.tmp`);
  const fd = openSync(temp, 'wx', current.mode & 0o7777);
  try {
    try {
      writeFileSync(fd, bytes);
      fchmodSync(fd, current.mode & 0o7777);
      tryChown(fd, current);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

function tryChown(fd: number, stats: Stats): void {
  try {
    fchownSync(fd, stats.uid, stats.gid);
  } catch {
    // Giving a file away needs privileges; without them it keeps the writer's owner.
  }
}

/**
 * Creates `file` with `bytes`, all at once: a temporary file in the same
 * directory, synced, then linked to its name, which fails when a file is
 * already there. A file already there with the same bytes (another worker
 * of the run made it) is left as it is; one with other bytes is an error.
 * The temporary file goes on every exit.
 */
export function createFileOnce(file: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.testmend-${process.pid}-${threadId}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!readFileSync(file).equals(bytes)) throw new Error(`${file} is already there, with other content`);
  } finally {
    unlinkSync(temp);
  }
}
