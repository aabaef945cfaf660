/** How much a finding asks of its reader, by what became of its fix: the CI reports (github, sarif, html) share it. */
import type { FixStatus } from './types.js';

/** `warning`: the file changes, or would, or should and could not; `note`: left alone, with the reason, or kept by a suppression comment. */
export type Severity = 'warning' | 'note';

const SEVERITIES: Readonly<Record<FixStatus, Severity>> = {
  applied: 'warning',
  declined: 'warning',
  conflict: 'warning',
  reverted: 'warning',
  'unsafe-not-enabled': 'note',
  'no-fix': 'note',
  suppressed: 'note',
};

export function findingSeverity(status: FixStatus): Severity {
  return SEVERITIES[status];
}
