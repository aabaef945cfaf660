/**
 * The naming transform beyond its fixture pairs: the convention a run
 * prevails with, what the report says about names left alone, and the
 * reasons of refusals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSource, transformSource } from '../src/core/engine.js';
import type { FileFacts, ReportedFinding, TransformSettings } from '../src/core/types.js';
import assertMethods from '../transforms/assert-methods/index.js';
import naming from '../transforms/naming/index.js';
import { FIXTURES, makeTree, passingTests, ROOT, runCli } from './helpers.js';

const DIR = path.join(FIXTURES, 'naming');

/** Runs naming over several modules as one run: the first pass over all, then each module. */
function runOver(files: Record<string, string>, settings: TransformSettings = {}, unsafe = false): Record<string, { output: string; findings: ReportedFinding[] }> {
  const options = { transforms: [naming], unsafe, settings };
  const facts: FileFacts[] = Object.entries(files).map(([file, source]) => ({ path: file, facts: collectSource(file, source, options).naming }));
  const project = new Map([['naming', facts]]);
  return Object.fromEntries(
    Object.entries(files).map(([file, source]) => {
      const outcome = transformSource(file, source, { ...options, project });
      return [file, { output: outcome.output, findings: outcome.findings }];
    }),
  );
}

function findingsOf(file: string, settings: TransformSettings = {}): ReportedFinding[] {
  return transformSource(file, readFileSync(path.join(DIR, file), 'utf8'), { transforms: [naming], unsafe: false, settings }).findings;
}

/** The finding whose message starts with the given words. */
function about(findings: readonly ReportedFinding[], start: string): ReportedFinding {
  const found = findings.filter((finding) => finding.message.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
}

const SNAKE_MODULE = [
  'def test_a(self):',
  '    server_list = []',
  '    volume_size = 1',
  '    image_ref, flavor_id = None, None',
  '    return server_list, volume_size, image_ref, flavor_id',
  '',
].join('\n');

const CAMEL_MODULE = [
  'def test_b(self):',
  '    serverList = []',
  '    volumeSize = 1',
  '    imageRef = None',
  '    return serverList, volumeSize, imageRef',
  '',
].join('\n');

const MIXED_MODULE = [
  'def test_c(self):',
  '    flavor_ref = 1',
  '    diskSize = 2',
  '    return flavor_ref, diskSize',
  '',
].join('\n');

describe('the convention of the run', () => {
  it('unifies a mixing module to snake_case when the run is mostly snake_case', () => {
    const run = runOver({ 'a.py': SNAKE_MODULE, 'c.py': MIXED_MODULE });
    expect(run['c.py'].output).toBe(MIXED_MODULE.replaceAll('diskSize', 'disk_size'));
    expect(about(run['c.py'].findings, 'local diskSize → disk_size').status).toBe('applied');
    expect(about(run['c.py'].findings, 'local diskSize').message).toContain('(5 snake_case, 1 mixedCase)');
  });

  it('unifies a mixing module to mixedCase when the run is mostly mixedCase', () => {
    const run = runOver({ 'b.py': CAMEL_MODULE, 'c.py': MIXED_MODULE });
    expect(run['c.py'].output).toBe(MIXED_MODULE.replaceAll('flavor_ref', 'flavorRef'));
    expect(run['b.py'].output).toBe(CAMEL_MODULE);
  });

  it('leaves a module that keeps to mixedCase alone and says so, in a snake_case run too', () => {
    const run = runOver({ 'a.py': SNAKE_MODULE, 'b.py': CAMEL_MODULE, 'c.py': MIXED_MODULE });
    expect(run['b.py'].output).toBe(CAMEL_MODULE);
    const note = about(run['b.py'].findings, 'locals and parameters left in mixedCase');
    expect(note.status).toBe('no-fix');
    expect(note.reason).toBe('this module names its locals and parameters in mixedCase throughout (3) and PEP 8 keeps mixedCase where it prevails; --naming-style snake converts them');
  });

  it('places the note where the name is after another transform changed the line in an earlier round', () => {
    const source = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_b(self):\n        self.assertTrue(1 == 1); serverList = []\n        return serverList\n';
    const notes = [[naming], [assertMethods, naming]].map((transforms) => {
      const options = { transforms, unsafe: false, settings: {} };
      const project = new Map([['naming', [{ path: 't.py', facts: collectSource('t.py', source, options).naming }]]]);
      const outcome = transformSource('t.py', source, { ...options, project });
      return { output: outcome.output, note: about(outcome.findings, 'locals and parameters left in mixedCase') };
    });
    expect(notes[1].output).toContain('self.assertEqual(1, 1); serverList = []');
    expect([notes[1].note.line, notes[1].note.column]).toEqual([6, 34]);
    expect([notes[0].note.line, notes[0].note.column]).toEqual([6, 34]);
  });

  it('says the run is mixedCase by convention when it is', () => {
    const run = runOver({ 'b.py': CAMEL_MODULE });
    expect(about(run['b.py'].findings, 'locals and parameters left in mixedCase').reason).toContain('the run names them in mixedCase by convention');
  });

  it('takes --naming-style over the count, in every module', () => {
    const run = runOver({ 'a.py': SNAKE_MODULE, 'b.py': CAMEL_MODULE }, { 'naming-style': 'snake' });
    expect(run['b.py'].output).toBe(CAMEL_MODULE.replace(/serverList/g, 'server_list').replace(/volumeSize/g, 'volume_size').replace(/imageRef/g, 'image_ref'));
    expect(about(run['b.py'].findings, 'local imageRef → image_ref').message).toBe('local imageRef → image_ref: as --naming-style snake asks');
    const camel = runOver({ 'a.py': SNAKE_MODULE }, { 'naming-style': 'camel' });
    expect(camel['a.py'].output).toBe(
      SNAKE_MODULE.replace(/server_list/g, 'serverList').replace(/volume_size/g, 'volumeSize').replace(/image_ref/g, 'imageRef').replace(/flavor_id/g, 'flavorId'),
    );
  });

  it('does not count framework names: unittest is camelCase in every project', () => {
    const module = [
      'import unittest',
      '',
      'class T(unittest.TestCase):',
      '    def setUp(self):',
      '        self.addCleanup(print)',
      '',
      '    def tearDown(self):',
      '        pass',
      '',
      '    def assertServerActive(self, server):',
      '        pass',
      '',
      '    def test_boot(self):',
      '        pass',
      '',
    ].join('\n');
    const run = runOver({ 't.py': module });
    expect(run['t.py'].output).toBe(module);
    expect(run['t.py'].findings).toEqual([]);
  });
});

describe('an incomplete run', () => {
  it('still renames locals, but nothing other files may reach, when a file of the run cannot be read', () => {
    const module = [
      'class T(object):',
      '    def makeServer(self):',
      '        server_name = "a"',
      '        imageRef = None',
      '        return server_name, imageRef',
      '',
      '    def make_volume(self):',
      '        return self.makeServer()',
      '',
    ].join('\n');
    const run = runOver({ 'broken.py': 'def broken(:\n', 'm.py': module }, {}, true);
    expect(run['m.py'].output).toBe(module.replaceAll('imageRef', 'image_ref'));
    expect(about(run['m.py'].findings, 'method T.makeServer keeps its name').reason).toBe('not every file of the run could be read: uses of it elsewhere could be missed');
  });
});

describe('refusals', () => {
  it('never renames framework names, and says why', () => {
    const findings = findingsOf('hooks.input.py', { 'naming-style': 'snake' });
    expect(about(findings, 'method ServerTest.setUp would become set_up').reason).toBe('setUp is a unittest hook: renaming it stops it from running');
    expect(about(findings, 'method ServerTest.assertServerActive would become').reason).toMatch(/^assertServerActive is an assert method/);
    expect(about(findings, 'method ServerTest._setUp would become').reason).toBe('_setUp is a fixtures hook: renaming it stops it from running');
    expect(about(findings, 'method ServerTest.__privateHelper would become').reason).toMatch(/^__privateHelper is class-private/);
    expect(about(findings, 'local bootedServer → booted_server').status).toBe('applied');
  });

  it('leaves a scope that reads locals() or eval alone', () => {
    const findings = findingsOf('refuse-dynamic-and-collision.input.py');
    expect(about(findings, 'local serverName would become server_name').reason).toMatch(/^test_message_from_locals\(\) reads its names by spelling/);
    expect(about(findings, 'local flavorRef would become flavor_ref').reason).toMatch(/^test_eval\(\) reads its names by spelling/);
  });

  it('lets locals() or vars() in a function keep only that function\'s names: module-level functions are still renamed', () => {
    const source = [
      'def _makeServer(name):',
      '    return {"name": name}',
      '',
      '',
      'class T(object):',
      '    def test_message(self):',
      '        serverName = _makeServer("a")["name"]',
      '        return "%(serverName)s" % locals()',
      '',
      '    def test_vars(self):',
      '        flavorRef = 1',
      '        return vars()',
      '',
    ].join('\n');
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: false, settings: { 'naming-style': 'snake' } });
    expect(about(findings, 'function _makeServer').status).toBe('applied');
    expect(output).toContain('def _make_server(name):');
    expect(output).toContain('serverName = _make_server("a")["name"]');
    expect(about(findings, 'local serverName would become server_name').reason).toMatch(/^test_message\(\) reads its names by spelling/);
    expect(about(findings, 'local flavorRef would become flavor_ref').reason).toMatch(/^test_vars\(\) reads its names by spelling/);
  });

  it('keeps module-level names when eval, exec, or locals() at module level may read them', () => {
    const helper = 'def _makeServer(name):\n    return {"name": name}\n\n\n';
    for (const reader of ['def test_eval():\n    return eval("_makeServer(1)")\n', 'NAMES = locals()\n', 'def test_exec():\n    exec("x = 1")\n']) {
      const { output, findings } = transformSource('t.py', helper + reader, { transforms: [naming], unsafe: false, settings: { 'naming-style': 'snake' } });
      expect(output).toContain('def _makeServer(name):');
      expect(about(findings, 'function _makeServer').reason).toMatch(/may read _makeServer by its spelling$/);
    }
  });

  it('refuses a new name that exists in a scope the rename reaches', () => {
    const findings = findingsOf('refuse-dynamic-and-collision.input.py');
    expect(about(findings, 'local imageRef would become image_ref').reason).toBe('image_ref is already used in test_collision(): renaming imageRef to it would mix the two names up');
    expect(about(findings, 'local diskSize would become disk_size').reason).toBe('disk_size is already used in grow(): renaming diskSize to it would mix the two names up');
  });

  it('refuses two names that would become the same in one scope', () => {
    const source = 'def test_x(self):\n    a_b = 0\n    fooBar = 1\n    fooBAR = 2\n    return fooBar + fooBAR\n';
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: false, settings: { 'naming-style': 'snake' } });
    expect(output).toBe(source.replaceAll('fooBar', 'foo_bar'));
    expect(about(findings, 'local fooBAR would become foo_bar').reason).toBe('foo_bar is already used in test_x(): renaming fooBAR to it would mix the two names up');
  });

  it('refuses the parameters of pytest tests; renames those of public helpers and methods only as unsafe', () => {
    const source = [
      'import unittest',
      '',
      'def make_server(serverName):',
      '    return serverName',
      '',
      'def test_pytest(tmpPath):',
      '    assert tmpPath',
      '',
      'class T(unittest.TestCase):',
      '    def _boot(self, imageRef):',
      '        return imageRef',
      '',
      '    def boot(self, flavorRef):',
      '        return self._boot(imageRef=flavorRef)',
      '',
      '    def test_boot(self):',
      '        self.assertEqual(1, self.boot(flavorRef=1))',
      '',
    ].join('\n');
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: false, settings: { 'naming-style': 'snake' } });
    expect(output).toBe(source.replaceAll('imageRef', 'image_ref'));
    expect(about(findings, 'parameter serverName → server_name').status).toBe('unsafe-not-enabled');
    expect(about(findings, 'parameter flavorRef of T.boot() → flavor_ref').status).toBe('unsafe-not-enabled');
    expect(about(findings, 'parameter imageRef of T._boot() → image_ref').status).toBe('applied');
    expect(about(findings, 'parameter tmpPath').reason).toMatch(/requests the fixture/);
    const unsafe = transformSource('t.py', source, { transforms: [naming], unsafe: true, settings: { 'naming-style': 'snake' } }).output;
    expect(unsafe).toBe(source.replaceAll('imageRef', 'image_ref').replaceAll('flavorRef', 'flavor_ref').replaceAll('serverName', 'server_name'));
  });

  it('refuses a test whose new name a sibling base of a subclass already has: the subclass would lose a test', () => {
    const source = [
      'import unittest',
      '',
      'class SeekMixin:',
      '    def testInit(self):',
      '        pass',
      '',
      'class BasicMixin:',
      '    def test_init(self):',
      '        pass',
      '',
      'class BytesTest(BasicMixin, SeekMixin, unittest.TestCase):',
      '    pass',
      '',
    ].join('\n');
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: true, settings: { 'naming-style': 'snake' } });
    expect(output).toBe(source);
    expect(about(findings, 'method SeekMixin.testInit would become test_init').reason).toBe('BasicMixin already has test_init: the rename would replace it');
  });

  it('refuses methods that may override a class outside the run or that nothing in the run calls, and names a string spells anywhere', () => {
    const source = [
      'import logging',
      'import unittest',
      '',
      'def handlerFunc():',
      '    return logging.StreamHandler()',
      '',
      'CONFIG = {"()": "ext://tests.test_log.handlerFunc"}',
      '',
      'class ShortFormatter(logging.Formatter):',
      '    def formatHeader(self, records):',
      '        return "head"',
      '',
      'class DTDHandler:',
      '    def notationDecl(self, name, publicId, systemId):',
      '        pass',
      '',
      'class LogTest(unittest.TestCase):',
      '    def test_format_header(self):',
      '        handler = logging.StreamHandler()',
      '        handler.setFormatter(ShortFormatter())',
      '',
    ].join('\n');
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: true, settings: { 'naming-style': 'snake' } });
    expect(output).toBe(source);
    expect(about(findings, 'method ShortFormatter.formatHeader would become format_header').reason).toBe(
      'ShortFormatter derives from logging.Formatter, which is outside the run: formatHeader may override one of its methods',
    );
    expect(about(findings, 'method DTDHandler.notationDecl would become notation_decl').reason).toBe(
      'nothing in the run uses notationDecl: whatever calls it does so from outside the run, by that name',
    );
    expect(about(findings, 'function handlerFunc would become handler_func').reason).toBe(
      'a string in t.py spells handlerFunc: a use by name there (a configuration, a patch, a lookup) would not follow the rename',
    );
  });

  it('renames a nested function parameter with its keyword arguments, unless a call passes **', () => {
    const source = [
      'def test_x(self):',
      '    def build(nameSuffix):',
      '        return nameSuffix',
      '    build(nameSuffix="a")',
      '    def other(imageRef=None):',
      '        return imageRef',
      '    options = dict(imageRef=1)',
      '    return other(**options)',
      '',
    ].join('\n');
    const { output, findings } = transformSource('t.py', source, { transforms: [naming], unsafe: false, settings: { 'naming-style': 'snake' } });
    expect(output).toBe(source.replaceAll('nameSuffix', 'name_suffix'));
    expect(about(findings, 'parameter imageRef').reason).toBe('a call at line 8 passes **arguments, which may name imageRef');
  });
});

describe('the command line', () => {
  it('lists --naming-style under the transform options', () => {
    const help = runCli(['--help'], process.cwd()).stdout;
    expect(help).toMatch(/--naming-style\s+naming: rename to this convention in every module/);
    expect(help).toContain('[choices: "snake", "camel"]');
  });

  it('decides the convention over every file it is given', () => {
    const dir = makeTree({ 'tests/test_a.py': SNAKE_MODULE, 'tests/test_c.py': MIXED_MODULE });
    const run = runCli(['-t', 'naming', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_c.py'), 'utf8')).toBe(MIXED_MODULE.replaceAll('diskSize', 'disk_size'));
    expect(readFileSync(path.join(dir, 'tests/test_a.py'), 'utf8')).toBe(SNAKE_MODULE);
  });
});

describe('examples/', () => {
  it('renames the demo module\'s mixedCase local, and the module passes as before', () => {
    const source = readFileSync(path.join(ROOT, 'examples', 'test_server_actions.py'), 'utf8');
    const { output, findings } = transformSource('test_server_actions.py', source, { transforms: [naming], unsafe: false });
    expect(findings.filter((finding) => finding.status === 'applied').map((finding) => finding.message)).toEqual([
      'local newFlavor → new_flavor: locals and parameters of the run are mostly snake_case (9 snake_case, 1 mixedCase)',
    ]);
    const dir = makeTree({ 'before_naming.py': source, 'after_naming.py': output });
    expect(passingTests(dir, ['after_naming'])).toBe(passingTests(dir, ['before_naming']));
  });
});

describe('across the files of a run', () => {
  const files = {
    'tests/__init__.py': '',
    'tests/utils.py': [
      'def make_server(serverName, flavorRef="m1.small"):',
      '    server_id = "srv-" + serverName',
      '    return {"id": server_id, "name": serverName, "flavor": flavorRef}',
      '',
      '',
      'def _build_volume(volumeSize, volume_type="lvm"):',
      '    return {"size": volumeSize, "type": volume_type}',
      '',
    ].join('\n'),
    'tests/base.py': [
      'import unittest',
      '',
      '',
      'class BaseTest(unittest.TestCase):',
      '',
      '    def createServer(self, name):',
      '        return {"name": name, "status": "ACTIVE"}',
      '',
      '    def _waitForActive(self, server):',
      '        return server["status"] == "ACTIVE"',
      '',
    ].join('\n'),
    'tests/test_servers.py': [
      'from tests import base',
      'from tests import utils',
      'from tests.utils import _build_volume',
      '',
      '',
      'class ServerTest(base.BaseTest):',
      '',
      '    def test_make(self):',
      '        server = utils.make_server(serverName="web", flavorRef="m1.large")',
      '        self.assertEqual("m1.large", server["flavor"])',
      '',
      '    def test_volume(self):',
      '        volume = _build_volume(volumeSize=2)',
      '        self.assertEqual(2, volume["size"])',
      '',
      '    def testCreate(self):',
      '        server = self.createServer("db")',
      '        self.assertTrue(self._waitForActive(server))',
      '',
    ].join('\n'),
  };

  /** Runs the package's tests and returns how many ran; fails unless they pass. */
  const packageTests = (dir: string) => passingTests(dir, ['discover', '-s', 'tests', '-t', '.']);

  it('keeps a helper\'s parameter that a call in another module may pass in **kwargs', () => {
    const dir = makeTree({
      'tests/__init__.py': '',
      'tests/helpers.py': 'def _make_thing(serverName=None, flavor_ref=1, image_ref=2):\n    return serverName\n',
      'tests/test_b.py': 'from tests.helpers import _make_thing\n\n\ndef test_thing():\n    opts = {"serverName": "a"}\n    return _make_thing(**opts)\n',
    });
    const run = runCli(['-t', 'naming', '--naming-style', 'snake', '--unsafe', '.'], dir);
    expect(run.stderr).toContain('a call in tests/test_b.py passes **kwargs to _make_thing(): its keys may spell serverName');
    expect(readFileSync(path.join(dir, 'tests/helpers.py'), 'utf8')).toContain('serverName');
  });

  it('renames a private helper\'s parameter with its keyword uses in other modules, and a private method with its uses in subclasses', () => {
    const dir = makeTree(files);
    const before = packageTests(dir);
    const run = runCli(['-t', 'naming', '--naming-style', 'snake', '.'], dir);
    expect(run.status).toBe(0);
    const tests = readFileSync(path.join(dir, 'tests/test_servers.py'), 'utf8');
    expect(readFileSync(path.join(dir, 'tests/utils.py'), 'utf8')).toBe(files['tests/utils.py'].replaceAll('volumeSize', 'volume_size'));
    expect(tests).toContain('volume = _build_volume(volume_size=2)');
    expect(tests).toContain('utils.make_server(serverName="web", flavorRef="m1.large")');
    expect(tests).toContain('self.assertTrue(self._wait_for_active(server))');
    expect(readFileSync(path.join(dir, 'tests/base.py'), 'utf8')).toContain('    def _wait_for_active(self, server):\n');
    expect(packageTests(dir)).toBe(before);
  });

  it('with --unsafe, renames public helpers\' parameters, public methods and tests everywhere, and maps the test ids', () => {
    const dir = makeTree(files);
    const before = packageTests(dir);
    const run = runCli(['-t', 'naming', '--naming-style', 'snake', '--unsafe', '--test-id-map', 'ids.json', '.'], dir);
    expect(run.status).toBe(0);
    const tests = readFileSync(path.join(dir, 'tests/test_servers.py'), 'utf8');
    expect(tests).toContain('utils.make_server(server_name="web", flavor_ref="m1.large")');
    expect(tests).toContain('    def test_create(self):\n        server = self.create_server("db")\n');
    expect(readFileSync(path.join(dir, 'tests/base.py'), 'utf8')).toContain('    def create_server(self, name):\n');
    expect(readFileSync(path.join(dir, 'tests/utils.py'), 'utf8')).toContain('def make_server(server_name, flavor_ref="m1.small"):\n    server_id = "srv-" + server_name\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'ids.json'), 'utf8'))).toEqual({ 'tests.test_servers.ServerTest.testCreate': ['tests.test_servers.ServerTest.test_create'] });
    expect(packageTests(dir)).toBe(before);
    expect(runCli(['-t', 'naming', '--naming-style', 'snake', '--unsafe', '--check', '.'], dir).status).toBe(0);
  });

  it('leaves an override alone when the module of its base keeps to mixedCase', () => {
    const tree = {
      'tests/__init__.py': '',
      'tests/base.py': 'import unittest\n\n\nclass BaseTest(unittest.TestCase):\n\n    def createServer(self, name):\n        return {"name": name}\n\n    def getFlavor(self):\n        return "m1"\n',
      'tests/test_x.py': [
        'from tests import base',
        '',
        '',
        'class XTest(base.BaseTest):',
        '',
        '    def createServer(self, name):',
        '        return dict(super().createServer(name), status="ACTIVE")',
        '',
        '    def _make_volume(self):',
        '        return {}',
        '',
        '    def test_create(self):',
        '        self.assertEqual("ACTIVE", self.createServer("a")["status"])',
        '',
        '    def test_volume(self):',
        '        self.assertEqual({}, self._make_volume())',
        '',
      ].join('\n'),
    };
    const dir = makeTree(tree);
    const run = runCli(['-t', 'naming', '--unsafe', '--report', 'json', '--report-file', 'report.json', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/test_x.py'), 'utf8')).toBe(tree['tests/test_x.py']);
    expect(readFileSync(path.join(dir, 'tests/base.py'), 'utf8')).toBe(tree['tests/base.py']);
    const findings = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).files.flatMap((file: { findings: ReportedFinding[] }) => file.findings);
    expect(findings.find((finding: ReportedFinding) => finding.message.startsWith('method XTest.createServer')).reason).toBe(
      'tests/base.py defines createServer in the same classes and keeps its names as they are',
    );
  });

  it('refuses a method that a string spells, as mock.patch.object does', () => {
    const patched = {
      ...files,
      'tests/test_patched.py': [
        'from unittest import mock',
        '',
        'from tests import base',
        '',
        '',
        'class PatchedTest(base.BaseTest):',
        '',
        '    @mock.patch.object(base.BaseTest, "createServer")',
        '    def test_patched(self, create_mock):',
        '        self.createServer("x")',
        '        create_mock.assert_called_once_with("x")',
        '',
      ].join('\n'),
    };
    const dir = makeTree(patched);
    const run = runCli(['-t', 'naming', '--naming-style', 'snake', '--unsafe', '--report', 'json', '--report-file', 'report.json', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'tests/base.py'), 'utf8')).toContain('def createServer(self, name):');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const findings = report.files.flatMap((file: { findings: ReportedFinding[] }) => file.findings);
    expect(findings.find((finding: ReportedFinding) => finding.message.startsWith('method BaseTest.createServer')).reason).toBe(
      "a string spells createServer ('createServer', tests/test_patched.py:8), as mock.patch, getattr or stub_out do: that use would not follow the rename",
    );
  });
});

describe('the first pass read again', () => {
  /** Every naming and rename fixture as one run, with the first pass's facts as collected or as if read from another text. */
  function runFixtures(stale: boolean, settings: TransformSettings, unsafe: boolean, incomplete: boolean) {
    const files = ['naming', 'rename'].flatMap((dir) =>
      readdirSync(path.join(FIXTURES, dir))
        .filter((name) => name.endsWith('.input.py'))
        .sort()
        .map((name) => [`${dir}/${name}`, readFileSync(path.join(FIXTURES, dir, name), 'utf8')] as const),
    );
    const options = { transforms: [naming], unsafe, settings };
    const facts: FileFacts[] = files.map(([file, source], index) => {
      const collected = collectSource(file, source, options).naming as Record<string, unknown> | null;
      if (incomplete && index === 0) return { path: file, facts: null };
      return { path: file, facts: stale && collected !== null ? { ...collected, fingerprint: 'another text' } : collected };
    });
    const project = new Map([['naming', facts]]);
    return files.map(([file, source]) => transformSource(file, source, { ...options, project }));
  }

  it('gives the findings and fixes the file itself gives: the second pass reads them from the facts while the text is unchanged', () => {
    let findings = 0;
    for (const [settings, unsafe, incomplete] of [
      [{}, false, false],
      [{}, true, false],
      [{ 'naming-style': 'snake' }, true, false],
      [{ 'naming-style': 'camel' }, true, false],
      [{}, true, true],
      [{ 'naming-style': 'snake' }, false, true],
    ] as const) {
      const collected = runFixtures(false, settings, unsafe, incomplete);
      expect(collected).toEqual(runFixtures(true, settings, unsafe, incomplete));
      findings += collected.flatMap((outcome) => outcome.findings).length;
    }
    expect(findings).toBeGreaterThan(200);
  });
});
