/**
 * A file's text under a choice of fixes: the engine runs again on the
 * original text and leaves the chosen fixes out, so that the others still
 * apply and compose exactly as in a normal run.
 */
import { readFileSync } from 'node:fs';
import { findingKey } from '../engine.js';
import type { Target } from '../files.js';
import { variantFile, type RunOptions } from '../process.js';
import type { CreatedFile, ReportedFinding } from '../types.js';

/** One file with some fixes left out: its bytes (null when it keeps its original text), its findings and the files its fixes create. */
export interface Variant {
  readonly bytes: Buffer | null;
  readonly findings: readonly ReportedFinding[];
  readonly created: readonly CreatedFile[];
}

const LEFT_OUT = 'left out while --verify searched for the fixes that change outcomes';

/** The variants of the run's files, computed once each. */
export class Variants {
  private readonly originals = new Map<string, Buffer>();
  private readonly cache = new Map<string, Variant>();

  constructor(
    private readonly targets: ReadonlyMap<string, Target>,
    private readonly options: RunOptions,
  ) {}

  /** Takes what a file becomes with every fix, computed elsewhere (by the pool). */
  seed(path: string, variant: Variant): void {
    this.cache.set(path, variant);
  }

  /** A file's original bytes, by its display path. */
  original(path: string): Buffer {
    let bytes = this.originals.get(path);
    if (bytes === undefined) this.originals.set(path, (bytes = readFileSync(this.targets.get(path)!.file)));
    return bytes;
  }

  /** The file with the fixes whose keys are in `leftOut` left out. */
  of(path: string, leftOut: ReadonlySet<string>): Variant {
    const cacheKey = [path, ...[...leftOut].filter((key) => key.startsWith(`${path}\u0000`)).sort()].join('\u0001');
    let variant = this.cache.get(cacheKey);
    if (variant === undefined) {
      const revert = Object.fromEntries([...leftOut].map((key) => [key, LEFT_OUT]));
      const { bytes, findings, created } = variantFile(this.targets.get(path)!, { ...this.options, revert }, this.original(path));
      variant = { bytes: bytes === null ? null : Buffer.from(bytes), findings, created };
      this.cache.set(cacheKey, variant);
    }
    return variant;
  }

  /** The keys of the fixes a variant applies. */
  appliedKeys(path: string, leftOut: ReadonlySet<string>): string[] {
    return this.of(path, leftOut)
      .findings.filter((f) => f.status === 'applied')
      .map((f) => findingKey(path, f));
  }
}
