/**
 * A progress line for long runs on a terminal: files done of the total, the
 * phase, and an estimate of the time left, redrawn in place on stderr from
 * about a second into the run, and cleared at the end. Output that is not a
 * terminal never gets one.
 */

/** What a run is doing: its first pass over every file, for transforms that reach across files, or the transforms themselves. */
export type RunPhase = 'collecting facts' | 'transforming';

/** Sees how far a run is. */
export type ProgressListener = (phase: RunPhase, done: number, total: number) => void;

export interface Progress {
  readonly update: ProgressListener;
  /** Clears the line, when it is shown, so that other output can be written; the next update draws it again. */
  clear(): void;
}

/** How long a run goes before it shows progress. */
const DELAY_MS = 1000;
/** How often the line is redrawn, at most. */
const INTERVAL_MS = 100;
/** Back to the start of the line, then erase to its end. */
const CLEAR = '\r\x1b[K';

/** The terminal a progress line is drawn on. */
interface Terminal {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A progress line on `terminal`, or one that draws nothing when it is not a terminal or `wanted` is false. */
export function createProgress(terminal: Terminal, wanted: boolean, now: () => number = () => performance.now()): Progress {
  if (!wanted || terminal.isTTY !== true) return { update: () => {}, clear: () => {} };
  const started = now();
  let phase: RunPhase | null = null;
  let phaseStarted = started;
  let phaseDone = 0;
  let drawn = -Infinity;
  let shown = false;
  return {
    update(next, done, total) {
      const at = now();
      if (next !== phase) {
        // The pace counts from the phase's first report: before it, workers start and load the parser, which later files do not wait for.
        phase = next;
        phaseStarted = at;
        phaseDone = done;
      }
      if (at - started < DELAY_MS || at - drawn < INTERVAL_MS) return;
      const line = `testmend: ${next} ${done}/${total} files (${Math.floor((100 * done) / total)}%)${eta(at - phaseStarted, done - phaseDone, total - done)}`;
      const width = (terminal.columns ?? 0) > 1 ? terminal.columns! - 1 : line.length;
      terminal.write(`${CLEAR}${line.slice(0, width)}`);
      drawn = at;
      shown = true;
    },
    clear() {
      if (shown) terminal.write(CLEAR);
      shown = false;
      drawn = -Infinity;
    },
  };
}

/** `, ETA 1:05` from the pace so far: `elapsedMs` for `done` files, `left` to go; none before there is a pace. */
function eta(elapsedMs: number, done: number, left: number): string {
  if (done === 0 || left <= 0) return '';
  const seconds = Math.ceil(((elapsedMs / done) * left) / 1000);
  const clock = seconds >= 3600 ? `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}` : `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
  return `, ETA ${clock}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
