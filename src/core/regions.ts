/**
 * Limiting a run's transforms to regions: the files, and the lines in them,
 * that a review places its suggestions in. A transform without regions runs
 * everywhere; one with regions runs in their files (and, when its fixes reach
 * other files, in every file), and keeps the findings that lie in them.
 */
import type { Region } from '../review/plan.js';
import type { Finding } from './types.js';

/** The regions of each limited transform, by name. */
export type Regions = Readonly<Record<string, readonly Region[]>>;

/** Whether a transform has anything to do in a file: it is not limited, it reaches other files, or a region is in this file. */
export function runsIn(regions: Regions, transform: string, path: string, reachesOtherFiles: boolean): boolean {
  const own = regions[transform];
  return own === undefined || reachesOtherFiles || own.some((region) => region.path === path);
}

/**
 * Whether a finding at `line` of `path` is kept: its transform is not
 * limited, or a region holds it. A finding that follows from a definition in
 * another file is judged by that definition's place.
 */
export function keepsFinding(regions: Regions, transform: string, path: string, line: number, finding: Finding): boolean {
  const own = regions[transform];
  if (own === undefined) return true;
  const at = finding.about ?? { path, line };
  return own.some((region) => region.path === at.path && (region.from === undefined || (region.from <= at.line && at.line <= region.to!)));
}
