/**
 * Reading a file to rewrite it, and writing it back so that nothing the user
 * owns is lost: never half written, never over another program's write,
 * with its mode and owner, and no temporary file left behind.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Why a file was not written; the message says what to do. */
export class WriteRefused extends Error {}

/** A file as it was read: its bytes, its identity, and a descriptor kept open on it. */
export interface ReadFile {
  readonly bytes: Buffer;
  readonly stats: Stats;
  readonly fd: number;
}

/**
 * Opens and reads a file without ever blocking on it: a FIFO, a socket or a
 * device is refused, not waited on. The caller closes `fd`.
 */
export function readRegularFile(file: string): ReadFile {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new WriteRefused(`not a regular file (${describeKind(stats)}); testmend reads only regular files`);
    return { bytes: readAll(fd, stats.size), stats, fd };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** What kind of file system object a non-regular file is. */
export function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function readAll(fd: number, size: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(size - total + 1, 65536));
    const read = readSync(fd, chunk, 0, chunk.length, total);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** The temporary file testmend writes next to `target` in this thread. */
export function tempPathFor(target: string, thread = threadId, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.testmend-${pid}-${thread}.tmp`);
}

const TEMP_NAME = /^\.(.+)\.testmend-(\d+)-(\d+)\.tmp$/;

/** Temporary files being written in this thread: removed on exit, whatever the way out. */
const pending = new Set<string>();
process.on('exit', () => {
  for (const temp of pending) removeQuietly(temp);
});

/**
 * Replaces the file read as `before` with `bytes`. A temporary file in the
 * same directory gets the bytes, the owner and then the mode (setuid,
 * setgid and sticky bits included), is synced, and is renamed over the
 * file. Right before the rename the file must still be the one that was
 * read, with the same content; right after, the old file must not have
 * changed, or the other program's version is put back. A symbolic link is
 * written through and stays a link.
 *
 * Refuses, leaving the file as it was, a file with several hard links (the
 * other names would keep the old text), a read-only file, and a file whose
 * owner, group or mode bits the new file cannot be given.
 */
export function writeFileAtomic(file: string, bytes: Buffer, before: ReadFile): void {
  const target = realpathSync(file);
  const { stats } = before;
  if (stats.nlink > 1) {
    throw new WriteRefused(`it has ${stats.nlink} hard links; replacing it would leave the other names with the old text, so testmend leaves it alone (copy it to break the links, then run again)`);
  }
  if ((stats.mode & 0o222) === 0) {
    throw new WriteRefused(`it is read-only (mode ${formatMode(stats.mode)}); testmend does not write files made read-only: make it writable (chmod u+w) to let testmend fix it`);
  }
  sweepStaleTemps(path.dirname(target));
  throughTempFile(target, bytes, {
    mode: 0o600,
    prepare: (fd) => keepOwnerAndMode(fd, stats),
    place: (temp) => {
      assertUnchanged(target, before);
      renameSync(temp, target);
    },
  });
  syncDirectory(path.dirname(target));
  restoreIfWrittenMeanwhile(target, before);
}

/**
 * Replaces a file testmend writes for the user (a report, a map of test
 * ids) with `bytes`, atomically when it is a regular file or does not exist
 * yet, so that a full disk never leaves half a report over the last one.
 */
export function replaceOutputFile(file: string, bytes: Buffer): void {
  let existing: Stats | null = null;
  try {
    existing = statSync(file);
  } catch {
    // A new file.
  }
  if (existing !== null && !existing.isFile()) {
    // /dev/stdout, a FIFO: written as it is.
    const fd = openSync(file, constants.O_WRONLY);
    try {
      writeAll(fd, bytes);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const target = existing === null ? path.resolve(file) : realpathSync(file);
  const mode = existing === null ? 0o666 : existing.mode & 0o7777;
  throughTempFile(target, bytes, {
    mode,
    prepare: (fd) => {
      if (existing !== null) fchmodSync(fd, mode);
    },
  });
}

/**
 * Replaces `file` with `bytes` through a temporary file beside it, as
 * writeFileAtomic does, but unsynced and with no checks: for files the run
 * can make again, such as its cache's entries. A reader sees the old file or
 * the new one, never a part.
 */
export function replaceRebuildableFile(file: string, bytes: Buffer): void {
  throughTempFile(file, bytes, { mode: 0o666, sync: false });
}

/**
 * Removes the temporary files this process left anywhere under `dir`: after
 * its worker threads were stopped outright, in the middle of a write.
 */
export function removeOwnTempsUnder(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = TEMP_NAME.exec(entry.name);
    if (entry.isFile() && match !== null && Number(match[2]) === process.pid) removeQuietly(path.join(entry.parentPath, entry.name));
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
  throughTempFile(file, bytes, {
    mode: 0o666,
    place: (temp) => {
      try {
        linkSync(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (!readFileSync(file).equals(bytes)) throw new Error(`${file} is already there, with other content`);
      }
    },
  });
}

/** How {@link throughTempFile} makes and places its temporary file. */
interface TempFileSteps {
  /** The mode the temporary file is created with, less the umask. */
  readonly mode: number;
  /** Gives it its owner and mode once written; nothing by default. */
  readonly prepare?: (fd: number) => void;
  /** Puts it where it goes; by default renames it over the target. */
  readonly place?: (temp: string) => void;
  /** Whether it is synced before it is placed; true by default. */
  readonly sync?: boolean;
}

/**
 * Writes `bytes` to a new temporary file beside `target`, prepares it,
 * syncs it and places it, as `steps` say. The temporary file is gone when
 * this returns or throws, and on the way out of the process while it runs.
 */
function throughTempFile(target: string, bytes: Buffer, steps: TempFileSteps): void {
  const { mode, prepare, place = (temp: string) => renameSync(temp, target), sync = true } = steps;
  const temp = tempPathFor(target);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  pending.add(temp);
  try {
    try {
      writeAll(fd, bytes);
      prepare?.(fd);
      if (sync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    place(temp);
  } finally {
    // After a rename the name is already gone.
    removeQuietly(temp);
    pending.delete(temp);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Gives the new file the old one's owner, group and mode; refuses when that is not allowed. */
function keepOwnerAndMode(fd: number, stats: Stats): void {
  keepOwner(fd, stats);
  keepMode(fd, stats);
}

/** Gives the new file the old one's owner and group; refuses when that is not allowed. */
function keepOwner(fd: number, stats: Stats): void {
  try {
    fchownSync(fd, stats.uid, stats.gid);
  } catch {
    const now = fstatSync(fd);
    if (now.uid !== stats.uid) {
      throw new WriteRefused(`it belongs to user ${stats.uid}, and only its owner or root can give the new version that owner; testmend leaves it alone (run as user ${stats.uid})`);
    }
    if (now.gid !== stats.gid) {
      throw new WriteRefused(`its group is ${stats.gid}, which you are not a member of, so the new version could not keep it; testmend leaves it alone`);
    }
  }
}

/** Gives the new file the old one's mode, after its owner (changing the owner clears setuid and setgid). */
function keepMode(fd: number, stats: Stats): void {
  const mode = stats.mode & 0o7777;
  fchmodSync(fd, mode);
  const kept = fstatSync(fd).mode & 0o7777;
  if (kept !== mode) {
    throw new WriteRefused(`its mode ${formatMode(mode)} could not be kept (the system allowed only ${formatMode(kept)}); testmend leaves it alone`);
  }
}

/** The file must be the one read, with the content read: the same device, inode, size, times and bytes. */
function assertUnchanged(target: string, before: ReadFile): void {
  const now = statSync(target);
  const { stats } = before;
  const same = now.dev === stats.dev && now.ino === stats.ino && now.size === stats.size && now.mtimeMs === stats.mtimeMs && now.ctimeMs === stats.ctimeMs;
  if (!same || !readFileSync(target).equals(before.bytes)) {
    throw new WriteRefused('the file changed on disk while testmend was working on it; it keeps the other change: run testmend again');
  }
}

/**
 * After the rename the old file is still open: if another program wrote to
 * it between the last check and the rename, its version is put back, so
 * that its bytes are not lost.
 */
function restoreIfWrittenMeanwhile(target: string, before: ReadFile): void {
  const old = fstatSync(before.fd);
  if (old.size === before.stats.size && old.mtimeMs === before.stats.mtimeMs) return;
  const theirs = readAll(before.fd, old.size);
  throughTempFile(target, theirs, { mode: 0o600, prepare: (fd) => keepOwnerAndMode(fd, before.stats) });
  throw new WriteRefused('another program wrote to the file while testmend replaced it; testmend put that version back: run testmend again');
}

/** Makes the rename durable. Some file systems cannot sync a directory; the rename stands either way. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported here.
  }
}

/** Directories whose stale temporary files this thread has looked for. */
const swept = new Set<string>();

/**
 * Removes the temporary files that a testmend process killed outright (by
 * SIGKILL or a power cut) left in `dir`; those of a process that is still
 * running are its own.
 */
export function sweepStaleTemps(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match !== null && !isRunning(Number(match[2]))) removeQuietly(path.join(dir, name));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a temporary file; one already gone is fine. */
export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function formatMode(mode: number): string {
  return `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;
}
