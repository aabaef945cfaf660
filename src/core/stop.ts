/**
 * How a run stops early without losing anything: on SIGINT or SIGTERM, or
 * when standard output is closed (`| head`) or full (`> /dev/full`), no new
 * file is started, the files in progress are finished, and the run reports
 * what it did.
 */

/** Why a run stopped early. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'EPIPE' | 'output';

/** Exit status of a run stopped early: 128 plus the signal's number, as shells report it. */
export const STOP_EXIT: Readonly<Record<Exclude<StopReason, 'output'>, number>> = { SIGINT: 130, SIGTERM: 143, EPIPE: 141 };

/**
 * A flag every thread of a run can read: a worker thread sees it through
 * shared memory between two files, without waiting for a message.
 */
export class StopFlag {
  readonly shared: Int32Array;
  reason: StopReason | null = null;

  constructor(shared = new Int32Array(new SharedArrayBuffer(4))) {
    this.shared = shared;
  }

  get stopped(): boolean {
    return Atomics.load(this.shared, 0) !== 0;
  }

  stop(reason: StopReason): void {
    if (this.reason !== null) return;
    this.reason = reason;
    Atomics.store(this.shared, 0, 1);
  }
}

/** Standard output as a run writes it: an error there stops the run instead of crashing it. */
export class Output {
  /** The error that made standard output unusable, other than a closed pipe. */
  failure: NodeJS.ErrnoException | null = null;
  private broken = false;

  constructor(
    private readonly flag: StopFlag,
    private readonly stream: NodeJS.WriteStream = process.stdout,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  write(text: string | Buffer): void {
    if (this.broken) return;
    try {
      this.stream.write(text);
    } catch (error) {
      this.fail(error as NodeJS.ErrnoException);
    }
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.broken) return;
    this.broken = true;
    if (error.code === 'EPIPE') {
      this.flag.stop('EPIPE');
    } else {
      this.failure = error;
      this.flag.stop('output');
    }
  }

  /** Waits until what was written has gone out, or failed: a failure is seen only once the stream reports it. */
  flush(): Promise<void> {
    if (this.broken) return Promise.resolve();
    return new Promise((resolve) => {
      try {
        this.stream.write('', () => setImmediate(resolve));
      } catch {
        resolve();
      }
    });
  }
}

/**
 * Stops the run on SIGINT and SIGTERM, saying so on stderr. A second signal
 * stops at once: `abort` stops the work in progress and cleans up after
 * it, then the process exits. `clear` runs first on each signal, to clear
 * what is drawn on the terminal (a progress line). Returns the function
 * that removes the handlers.
 */
export function stopOnSignals(flag: StopFlag, abort: () => Promise<void>, clear: () => void = () => {}): () => void {
  const handler = (signal: NodeJS.Signals) => {
    clear();
    if (flag.stopped) {
      writeQuietly(process.stderr, `testmend: ${signal} again: stopping at once; the files in progress keep their old text\n`);
      void abort().finally(() => process.exit(STOP_EXIT[signal as 'SIGINT' | 'SIGTERM']));
      return;
    }
    flag.stop(signal as StopReason);
    writeQuietly(process.stderr, `\ntestmend: ${signal}: finishing the files in progress, then stopping (send it again to stop at once)\n`);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** Writes to stderr, where a failure has nowhere left to be reported. */
export function writeQuietly(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // Nowhere to report it.
  }
}
