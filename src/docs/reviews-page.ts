/**
 * The generated regions about reviews: the rule table with what each of its
 * wordings plans, and a worked example run on examples/ for real.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CodeIndex } from '../review/places.js';
import { REFUSAL_LABELS, planReview, withPlanSettings } from '../review/plan.js';
import { classify, RULES, type Mapping } from '../review/rules.js';
import { TRANSFORMS } from '../core/registry.js';
import { discoverFiles } from '../core/files.js';
import { formatPlan, formatReviewReport } from '../core/report.js';
import { runPaths } from '../core/run.js';
import { cell, code, codeBlock, linkFrom, prose, table } from './markdown.js';
import { transformPagePath } from './transform-page.js';

/** Each rule of the table, in the order they are tried, with each of its wordings and what a suggestion saying only that plans. */
export function ruleTable(page: string): string {
  const rows = RULES.flatMap((rule) =>
    rule.wordings.map((wording, i) => {
      const { mappings, refusals } = classify(wording);
      const plans = [...mappings.map((mapping) => mappingText(mapping, page)), ...refusals.map((refusal) => `✗ ${prose(`${REFUSAL_LABELS[refusal.kind]}: ${refusal.reason}`)}`)];
      return [i === 0 ? cell(rule.topic) : '', cell(code(wording)), cell(plans.join('<br>'))];
    }),
  );
  return table(['rule', 'a suggestion that says', 'plans'], rows);
}

/** A transform a wording selects, linked to its page, with the renames or the naming convention it brings. */
function mappingText(mapping: Mapping, page: string): string {
  const renames = mapping.renames?.map((pair) => prose(`${pair.from} → ${pair.to}`)).join(', ');
  const style = mapping.settings?.['naming-style'];
  const brings = renames ? ` ${renames}` : typeof style === 'string' ? ` ${code(`--naming-style ${style}`)}` : '';
  return `→ [${code(mapping.transform)}](${linkFrom(page, transformPagePath(mapping.transform))})${brings}`;
}

/** Where the worked example's review lives, and the paths it is about, relative to the repository root. */
const EXAMPLE_REVIEW = 'examples/review.md';
const EXAMPLE_PATHS = ['examples'];

/**
 * The review in examples/, its plan (`--plan-only`) and the report of
 * `--dry --unsafe --from-review`, as testmend prints them. The report's last
 * line, the time the run took, is left out.
 */
export async function workedExample(root: string, version: string): Promise<string> {
  const text = readFileSync(path.join(root, EXAMPLE_REVIEW), 'utf8');
  const discover = { allFiles: false, exclude: [], cwd: root };
  const index = new CodeIndex(discoverFiles(EXAMPLE_PATHS, discover).targets);
  const plan = planReview(text, EXAMPLE_REVIEW, EXAMPLE_PATHS, { available: TRANSFORMS.map((t) => t.meta), code: index });
  const files = await runPaths(
    EXAMPLE_PATHS.map((dir) => path.join(root, dir)),
    discover,
    {
      write: false,
      diff: false,
      regions: plan.regions,
      changes: plan.changes,
      profile: { transforms: plan.transforms, unsafe: true, settings: withPlanSettings({}, plan), formatter: null },
    },
    1,
  );
  const transforms = TRANSFORMS.filter((t) => plan.transforms.includes(t.meta.name));
  const report = formatReviewReport({ version, mode: 'dry', unsafe: true, transforms, files, elapsedMs: 0 }, plan, 'text');
  const command = (options: string) => code(`npx testmend ${options} --from-review ${EXAMPLE_REVIEW} ${EXAMPLE_PATHS.join(' ')}`);
  return [
    `${code(EXAMPLE_REVIEW)}, a review of ${code('examples/test_server_actions.py')}:`,
    codeBlock(text, 'markdown'),
    `${command('--plan-only')} prints the plan:`,
    codeBlock(formatPlan(plan, 'text', version, false), 'text'),
    `${command('--dry --unsafe')} prints the same plan on stderr, the diff on stdout, and then the report, grouped by suggestion (here without its last line, the time the run took):`,
    codeBlock(report.replace(/\n[^\n]*\n$/, '\n'), 'text'),
  ].join('\n\n');
}
