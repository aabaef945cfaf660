/** The test-id map follows a changed test into the classes that inherit it, in any module of the run. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeTestIdChanges } from '../src/core/test-id-map.js';
import { makeTree, runCli } from './helpers.js';

const BASE =
  'import unittest\n\n\nclass ServerTests(unittest.TestCase):\n    kind = "base"\n\n    def test_server(self):\n        server = {"status": "ACTIVE"}\n\n' +
  '        # Reboot\n        server["status"] = "REBOOT"\n        self.assertEqual("REBOOT", server["status"])\n\n' +
  '        # Stop\n        server["status"] = "STOPPED"\n        self.assertEqual("STOPPED", server["status"])\n\n\n' +
  'class ServerTestsV2(ServerTests):\n    kind = "v2"\n';
const OTHER =
  'from tests import test_base\n\n\nclass ServerTestsV3(test_base.ServerTests):\n    kind = "v3"\n\n\nclass ServerTestsV4(ServerTestsV3):\n    pass\n\n\n' +
  'class ServerTestsOwn(test_base.ServerTests):\n    def test_server(self):\n        pass\n';

function idMap(args: readonly string[], files: Record<string, string>): { map: Record<string, string[]>; stderr: string } {
  const dir = makeTree(files);
  const run = runCli([...args, '--dry', '--test-id-map', 'ids.json', 'tests'], dir);
  expect(run.status, run.stderr).toBe(0);
  return { map: JSON.parse(readFileSync(path.join(dir, 'ids.json'), 'utf8')), stderr: run.stderr };
}

describe('--test-id-map', () => {
  it('lists a split test in every subclass that inherits it, here and in other modules, and not where a subclass overrides it', () => {
    const { map, stderr } = idMap(['-t', 'split-tests', '--unsafe', '--split-phases', '2'], { 'tests/__init__.py': '', 'tests/test_base.py': BASE, 'tests/test_other.py': OTHER });
    const parts = (cls: string) => ['reboot', 'stop'].map((part) => `${cls}.test_server_${part}`);
    expect(map).toEqual({
      'tests.test_base.ServerTests.test_server': parts('tests.test_base.ServerTests'),
      'tests.test_base.ServerTestsV2.test_server': parts('tests.test_base.ServerTestsV2'),
      'tests.test_other.ServerTestsV3.test_server': parts('tests.test_other.ServerTestsV3'),
      'tests.test_other.ServerTestsV4.test_server': parts('tests.test_other.ServerTestsV4'),
    });
    expect(stderr).toContain('(also in 3 subclasses: tests.test_base.ServerTestsV2.test_server, tests.test_other.ServerTestsV3.test_server, tests.test_other.ServerTestsV4.test_server)');
  });

  it('maps a test to its final parts when a later round splits one of its parts again', () => {
    const changes = [
      { from: 'm.T.test_u', to: ['m.T.test_u_1', 'm.T.test_u_chain', 'm.T.test_u_map'] },
      { from: 'm.T.test_u_chain', to: ['m.T.test_u_chain_ror', 'm.T.test_u_chain_3'] },
      { from: 'm.T.test_v', to: ['m.T.test_w'] },
    ];
    expect(composeTestIdChanges(changes)).toEqual([
      { from: 'm.T.test_u', to: ['m.T.test_u_1', 'm.T.test_u_chain_ror', 'm.T.test_u_chain_3', 'm.T.test_u_map'] },
      { from: 'm.T.test_v', to: ['m.T.test_w'] },
    ]);
  });

  it('renames the tests a renamed test class inherits along with its own', () => {
    const { map } = idMap(['-t', 'rename', '--unsafe', '--rename', 'ServerTestsV2=ServerTestsNext'], { 'tests/__init__.py': '', 'tests/test_base.py': BASE.replace('kind = "v2"', 'kind = "v2"\n\n    def test_v2(self):\n        pass') });
    expect(map).toEqual({
      'tests.test_base.ServerTestsV2.test_server': ['tests.test_base.ServerTestsNext.test_server'],
      'tests.test_base.ServerTestsV2.test_v2': ['tests.test_base.ServerTestsNext.test_v2'],
    });
  });
});
