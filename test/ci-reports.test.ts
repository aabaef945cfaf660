/**
 * The reports for CI, from the built command line on a real tree: GitHub
 * workflow commands, read back the way the runner reads them, and SARIF,
 * validated against the published SARIF 2.1.0 schema, with its fixes applied
 * to the files to give what testmend writes. Then the GitHub Actions
 * workflows of the README and docs/ci.md, their steps run as a runner runs
 * them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { escapeData, escapeProperty } from '../src/core/report-github.js';
import { toSarif } from '../src/core/report-sarif.js';
import { selectTransforms } from '../src/core/registry.js';
import type { ReportedEdit } from '../src/core/types.js';
import { applyPlacedEdits, CLI, makeTree, removeTrees, ROOT, runCli } from './helpers.js';

afterAll(removeTrees);

const SERVERS = [
  'import unittest',
  '',
  '',
  'class ServersTest(unittest.TestCase):',
  '    def test_list(self):',
  '        servers = self.api.list_servers()',
  "        self.assertTrue(servers[0]['load'] == '100%', 'load')",
  '        self.assertTrue(0 < len(servers) < 3)',
  '        self.assertTrue(not (servers[0] == servers[1]))',
  '        self.assertEqual(servers[0].active, True)',
  "        name = '😀'; self.assertEquals(name, '😀')",
  '',
].join('\n');

const BROKEN = 'def test_broken(:\n    pass\n';

/** A tree with findings of every kind, a file whose path needs escaping, and a file that does not parse. */
function tree(): string {
  return makeTree({ 'tests/test_servers.py': SERVERS, 'tests/odd dir,1/test_ü:x.py': SERVERS, 'tests/test_broken.py': BROKEN });
}

interface WorkflowCommand {
  readonly name: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

/** Reads a workflow command as the runner does: `::name key=value,…::message`, then undoes the escapes. */
function readCommand(line: string): WorkflowCommand {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  expect(match, line).not.toBeNull();
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(match![2].split(',').map((pair) => pair.split('=', 2)).map(([key, value]) => [key, unescape(value)]));
  return { name: match![1], properties, message: unescape(match![3]) };
}

describe('--report github', () => {
  it('escapes messages and properties as GitHub documents', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,1/test_ü:x.py 100%')).toBe('dir%2C1/test_ü%3Ax.py 100%25');
  });

  it('annotates every finding on its lines with its code as title, and each file not processed as an error', () => {
    const dir = tree();
    const run = runCli(['--check', '--report', 'github', 'tests'], dir);
    expect(run.status).toBe(3);
    const commands = run.stderr.trimEnd().split('\n').map(readCommand);
    const servers = commands.filter((c) => c.properties.file === 'tests/test_servers.py');
    expect(servers.map((c) => [c.name, c.properties.title, c.properties.line])).toEqual([
      ['warning', 'TM101', '7'],
      ['notice', 'TM101', '8'],
      ['warning', 'TM101', '9'],
      ['warning', 'TM104', '9'],
      ['notice', 'TM105', '10'],
      ['warning', 'TM110', '11'],
    ]);
    expect(servers[0]).toEqual({
      name: 'warning',
      properties: { file: 'tests/test_servers.py', line: '7', endLine: '7', col: '9', endColumn: '62', title: 'TM101' },
      message: "assertTrue(servers[0]['load'] == '100%') → assertEqual: the failure message shows the values",
    });
    expect(servers[1].message).toBe(
      'assertTrue(0 < len(servers) < 3) left alone\nno-fix: a chained comparison has no single assert method; split it into two assertions by hand',
    );
    // Columns count UTF-16 code units: each emoji takes two.
    expect(servers[5].properties).toMatchObject({ col: '22', endColumn: '51' });
    const odd = commands.filter((c) => c.properties.file === 'tests/odd dir,1/test_ü:x.py');
    expect(odd.map((c) => c.properties.title)).toEqual(servers.map((c) => c.properties.title));
    expect(commands.filter((c) => c.name === 'error')).toEqual([
      {
        name: 'error',
        properties: { file: 'tests/test_broken.py', title: 'testmend: file skipped' },
        message: expect.stringMatching(/^syntax error in the input at line 1/),
      },
    ]);
  });
});

/** The published SARIF 2.1.0 schema, compiled once. */
function sarifValidator() {
  const ajv = new Ajv04.default({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

describe('--report sarif', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0: a rule per code, a result per finding in UTF-16 columns, fixes that give what testmend writes', () => {
    const dir = tree();
    const run = runCli(['--dry', '--report', 'sarif', '--report-file', 'report.sarif', 'tests'], dir);
    expect(run.status).toBe(3);
    const log = JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const [sarifRun] = log.runs;
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    const rules: { id: string; name: string }[] = sarifRun.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
    expect(rules.find((r) => r.id === 'TM101')).toMatchObject({ name: 'comparison-in-assert-true', defaultConfiguration: { level: 'warning' } });
    for (const result of sarifRun.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);

    const uris = new Set(sarifRun.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['tests/odd%20dir%2C1/test_%C3%BC%3Ax.py', 'tests/test_servers.py']);

    const servers = sarifRun.results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri === 'tests/test_servers.py');
    expect(servers.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual(['TM101 warning', 'TM101 note', 'TM101 warning', 'TM104 warning', 'TM105 note', 'TM110 warning']);
    expect(servers[5].locations[0].physicalLocation.region).toEqual({ startLine: 11, startColumn: 22, endLine: 11, endColumn: 51 });
    expect(servers[1].fixes).toBeUndefined();
    expect(servers[4].fixes[0].description.text).toMatch(/^unsafe, with --unsafe: /);

    // The fixes of the applied findings, applied to the file, give what testmend writes.
    const applied = servers.filter((r: { properties: { status: string } }) => r.properties.status === 'applied');
    const edits = applied.flatMap((r: { fixes: { artifactChanges: { replacements: { deletedRegion: SarifRegion; insertedContent: { text: string }; properties: { combined: boolean } }[] }[] }[] }) =>
      r.fixes[0].artifactChanges[0].replacements.map(
        (rep): ReportedEdit => ({ line: rep.deletedRegion.startLine, column: rep.deletedRegion.startColumn, endLine: rep.deletedRegion.endLine, endColumn: rep.deletedRegion.endColumn, text: rep.insertedContent.text, combined: rep.properties.combined }),
      ),
    );
    expect(edits.some((e: ReportedEdit) => e.combined)).toBe(true);
    const fixed = runCli(['tests/test_servers.py'], dir);
    expect(fixed.status).toBe(0);
    expect(applyPlacedEdits(SERVERS, edits)).toBe(readFileSync(path.join(dir, 'tests', 'test_servers.py'), 'utf8'));

    expect(sarifRun.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: expect.stringMatching(/^skipped: syntax error in the input at line 1/) },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'tests/test_broken.py', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  it('gives each rule its help, and a link to its docs page under the package homepage when there is one', () => {
    const transforms = selectTransforms(['assert-methods']);
    const summary = { version: '1.2.3', mode: 'check' as const, unsafe: false, transforms, files: [], elapsedMs: 1 };
    const rule = (homepage: string | null) => toSarif(summary, homepage).runs[0].tool.driver.rules.find((r) => r.id === 'TM110')!;
    expect(rule(null)).not.toHaveProperty('helpUri');
    expect(rule(null).help.markdown).toMatch(/^\*\*TM110 deprecated-alias\*\* \(`assert-methods`: use the precise assertion\)\. Fix: safe\./);
    expect(rule('https://github.com/org/testmend#readme').helpUri).toBe('https://github.com/org/testmend/blob/HEAD/docs/transforms/assert-methods.md#codes');
    expect(rule('https://testmend.example.org/v1/').helpUri).toBe('https://testmend.example.org/v1/docs/transforms/assert-methods.md#codes');
    const log = toSarif(summary, 'https://github.com/org/testmend#readme');
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, runs: [{ ...log.runs[0], columnKind: 'utf8Bytes' }] })).toBe(false);
  });
});

describe('a finding a suppression comment keeps', () => {
  const SUPPRESSED = ['import unittest', '', '', 'class KeptTest(unittest.TestCase):', '    def test_kept(self):', '        self.assertEquals(1, 1)  # testmend: ignore[TM110]', ''].join('\n');

  it('gets no annotation, and is a SARIF result suppressed in the source', () => {
    const dir = makeTree({ 'tests/test_kept.py': SUPPRESSED });
    expect(runCli(['--check', '--report', 'github', '--report-file', 'report.txt', 'tests'], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('');
    expect(runCli(['--check', '--report', 'sarif', '--report-file', 'report.sarif', 'tests'], dir).status).toBe(0);
    const log = JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'TM110',
        level: 'note',
        suppressions: [{ kind: 'inSource', justification: "suppressed by '# testmend: ignore[TM110]' on line 6" }],
        properties: expect.objectContaining({ status: 'suppressed' }),
      }),
    ]);
    expect(log.runs[0].results[0]).not.toHaveProperty('fixes');
  });
});

/** A step of a GitHub Actions job. */
interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, string>;
}

/** What became of a step: skipped, or run with its exit status and output. */
interface StepRun {
  readonly step: Step;
  readonly status: number | null;
  readonly output: string;
}

/**
 * The workflows of a page's YAML blocks, each as the steps of its one job; a
 * block that is a list of steps adds them to the workflow before it.
 */
function workflowsOf(page: string): Step[][] {
  const workflows: Step[][] = [];
  for (const node of fromMarkdown(readFileSync(path.join(ROOT, page), 'utf8')).children) {
    if (node.type !== 'code' || node.lang !== 'yaml') continue;
    const doc: unknown = parseYaml(node.value);
    if (Array.isArray(doc)) workflows.at(-1)!.push(...(doc as Step[]));
    else if (typeof doc === 'object' && doc !== null && 'jobs' in doc) {
      const jobs = Object.values((doc as { jobs: Record<string, { steps: Step[] }> }).jobs);
      expect(jobs).toHaveLength(1);
      workflows.push([...jobs[0].steps]);
    }
  }
  return workflows;
}

/**
 * Runs a job's steps in `dir` as a GitHub runner does: a failed step skips
 * the steps after it unless their `if` runs them on failure; `run` goes to
 * bash -eo pipefail, with `testmend` on the PATH standing for the installed
 * package; the actions are checked for what they read.
 */
function runJob(steps: readonly Step[], dir: string): StepRun[] {
  const bin = path.join(dir, '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'testmend'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  chmodSync(path.join(bin, 'testmend'), 0o755);
  const runs: StepRun[] = [];
  let failed = false;
  for (const step of steps) {
    expect([undefined, 'success() || failure()'], JSON.stringify(step)).toContain(step.if);
    if (failed && step.if === undefined) continue;
    if (step.run === 'npm install --global testmend' || step.uses?.startsWith('actions/checkout@') || step.uses?.startsWith('actions/setup-node@')) continue;
    if (step.run !== undefined) {
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
      runs.push({ step, status: run.status, output: run.stdout + run.stderr });
      failed ||= run.status !== 0;
    } else if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) {
      const log = JSON.parse(readFileSync(path.join(dir, step.with!.sarif_file), 'utf8'));
      const validate = sarifValidator();
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      runs.push({ step, status: 0, output: '' });
    } else if (step.uses?.startsWith('actions/upload-artifact@')) {
      expect(existsSync(path.join(dir, step.with!.path)), step.with!.path).toBe(true);
      runs.push({ step, status: 0, output: '' });
    } else {
      throw new Error(`a step this test does not know: ${JSON.stringify(step)}`);
    }
  }
  return runs;
}

describe('the GitHub Actions workflows of the README and docs/ci.md', () => {
  const example = readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py'));

  it.each(['README.md', 'docs/ci.md'])('%s: each step runs, the job fails while a file would change, and the findings are annotated and uploaded', (page) => {
    const workflows = workflowsOf(page);
    expect(workflows).toHaveLength(1);
    const runs = runJob(workflows[0], makeTree({ 'tests/test_server_actions.py': example }));
    const commands = runs.filter((r) => r.step.run?.startsWith('testmend '));
    // --check fails its step while a file would change; --dry writes the page and succeeds.
    expect(commands.map((r) => r.status)).toEqual(commands.map((r) => (r.step.run!.includes('--check') ? 1 : 0)));
    expect(commands.length).toBe(page === 'README.md' ? 2 : 3);
    const annotated = runs.find((r) => r.step.run?.includes('--report github'))!;
    expect(annotated.output).toMatch(/^::warning file=tests\/test_server_actions\.py,line=\d+,endLine=\d+.*,title=TM\d{3}::/m);
    expect(runs.filter((r) => r.step.uses !== undefined).map((r) => r.step.uses!.replace(/@.*/, ''))).toEqual(
      page === 'README.md' ? ['github/codeql-action/upload-sarif'] : ['github/codeql-action/upload-sarif', 'actions/upload-artifact'],
    );
  });
});
