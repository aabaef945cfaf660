/**
 * The report as SARIF 2.1.0, the format code-scanning services read (GitHub
 * code scanning takes it through github/codeql-action/upload-sarif): one
 * rule per finding code, one result per finding with its place and, when its
 * fix applied or applies with --unsafe, the fix as replacements in the
 * original file; files that could not be processed are the run's error
 * notifications.
 */
import { pathToFileURL } from 'node:url';
import { readPackage } from './package.js';
import { runCodes, type RunCode, type RunSummary } from './report.js';
import { findingSeverity } from './severity.js';
import { isUnprocessed } from './triage.js';
import type { FileResult, ReportedEdit, ReportedFinding } from './types.js';
import { verificationJson } from './verify/report.js';

/** The published schema of SARIF 2.1.0 (OASIS, with its approved errata). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base id of relative paths: the directory testmend ran in, the repository's root in CI. */
const ROOT_ID = '%SRCROOT%';

/** The SARIF log of a run, as a plain object. `homepage` is where the docs pages are served, if anywhere. */
export function toSarif(summary: RunSummary, homepage: string | null = readPackage().homepage) {
  const rules = runCodes(summary);
  const docs = docsBase(homepage);
  const troubled = summary.files.filter(isUnprocessed);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'testmend',
            version: summary.version,
            ...(homepage === null ? {} : { informationUri: homepage }),
            rules: rules.map((rule) => ruleJson(rule, docs)),
          },
        },
        invocations: [
          {
            executionSuccessful: troubled.length === 0,
            toolExecutionNotifications: troubled.map((file) => ({
              level: 'error',
              message: { text: `${file.status === 'skipped' ? 'skipped' : 'not processed'}: ${file.reason ?? file.status}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: summary.files.flatMap((file) => file.findings.map((finding) => resultJson(file, finding, rules))),
        properties: { mode: summary.mode, unsafe: summary.unsafe, ...(summary.verification && { verification: verificationJson(summary.verification, summary.files) }) },
      },
    ],
  };
}

function ruleJson(rule: RunCode, docs: URL | null) {
  const { meta } = rule;
  const fix = rule.fix === 'none' ? 'none: it reports' : rule.fix;
  const lines = [`**${rule.code} ${rule.name}**${meta === null ? '' : ` (\`${meta.name}\`: ${meta.suggestion})`}. Fix: ${fix}.`, '', rule.summary];
  if (meta !== null) lines.push('', meta.docs.whatItDoes, '', `Why: ${meta.docs.whyIsThisBad}`, '', `Fix safety: ${meta.docs.fixSafety}`);
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.summary },
    ...(meta === null ? {} : { fullDescription: { text: meta.docs.whatItDoes } }),
    help: { text: lines.join('\n').replace(/\*\*|`/g, ''), markdown: lines.join('\n') },
    ...(docs === null || meta === null ? {} : { helpUri: new URL(`docs/transforms/${meta.name}.md#codes`, docs).href }),
    defaultConfiguration: { level: rule.fix === 'none' ? 'note' : 'warning' },
    properties: { transform: meta?.name ?? null, fix: rule.fix, tags: meta === null ? ['testmend'] : ['testmend', meta.name] },
  };
}

function resultJson(file: FileResult, f: ReportedFinding, rules: readonly RunCode[]) {
  const location = artifactLocation(file.path);
  const fixed = f.edits !== null && (f.status === 'applied' || f.status === 'unsafe-not-enabled');
  return {
    ruleId: f.code,
    ruleIndex: rules.findIndex((rule) => rule.code === f.code),
    level: findingSeverity(f.status),
    message: { text: f.reason === null ? f.message : `${f.message}\n${f.status}: ${f.reason}` },
    locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
    ...(f.status === 'suppressed' ? { suppressions: [{ kind: 'inSource', justification: f.reason ?? 'a suppression comment' }] } : {}),
    ...(fixed
      ? {
          fixes: [
            {
              description: { text: `${f.status === 'applied' ? '' : 'unsafe, with --unsafe: '}${f.message}` },
              artifactChanges: [{ artifactLocation: location, replacements: f.edits!.map(replacementJson) }],
            },
          ],
        }
      : {}),
    properties: {
      transform: f.transform,
      status: f.status,
      safety: f.safety,
      ...(f.testIds === null ? {} : { testIds: f.testIds }),
      ...(f.inheritedTestIds && { inheritedTestIds: f.inheritedTestIds }),
      ...(f.verification && { verification: f.verification }),
    },
  };
}

function replacementJson(edit: ReportedEdit) {
  return {
    deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
    insertedContent: { text: edit.text },
    properties: { combined: edit.combined },
  };
}

/** A file as SARIF names it: relative to the root the run was in, or an absolute file URI. */
function artifactLocation(path: string) {
  if (path.startsWith('/')) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT_ID };
}

/**
 * Where the repository's files are served, from the package's homepage: a
 * GitHub repository's page (`https://github.com/org/repo#readme`, as npm
 * writes it) serves them under `blob/HEAD/`; any other homepage is taken as
 * the base itself.
 */
function docsBase(homepage: string | null): URL | null {
  if (homepage === null) return null;
  const url = new URL(homepage);
  url.hash = '';
  const repository = /^\/[^/]+\/[^/]+\/?$/.test(url.pathname) && url.hostname === 'github.com';
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${repository ? 'blob/HEAD/' : ''}`;
  return url;
}
