/**
 * sleep-to-wait's shared helper: one wait_until per package, imported by
 * every module the run rewrites, created when the package has none (a new
 * file: atomic, shown by --dry, reported, never written twice), or a helper
 * the package already has (found by the first pass, or on disk).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileOnce } from '../src/core/write.js';
import { makeTree, passingTests, runCli } from './helpers.js';

/** A unittest module whose test waits for an order to ship, polling every 0.01 s. */
function ordersModule(fake: string): string {
  return [
    'import time',
    'import unittest',
    '',
    '',
    `class ${fake}(object):`,
    '    def __init__(self):',
    '        self.polls = 0',
    '',
    '    def status(self, order_id):',
    '        self.polls += 1',
    "        return 'shipped' if self.polls >= 3 else 'pending'",
    '',
    '',
    `class ${fake}Test(unittest.TestCase):`,
    '    def test_ships(self):',
    `        orders = ${fake}()`,
    '        for _ in range(50):',
    "            if orders.status('o1') == 'shipped':",
    '                break',
    '            time.sleep(0.01)',
    '        else:',
    "            self.fail('never shipped')",
    '        self.assertEqual(3, orders.polls)',
    '',
  ].join('\n');
}

const SHOP: Record<string, string> = {
  'shop/__init__.py': '',
  'shop/tests/__init__.py': '',
  'shop/tests/test_orders.py': ordersModule('Orders'),
  'shop/tests/unit/__init__.py': '',
  'shop/tests/unit/test_carts.py': ordersModule('Carts'),
};

/** Every file under `dir`, relative, with its text; testmend's cache and Python's bytecode left out. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const name = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__' && entry.name !== '.testmend_cache') walk(name);
      } else files[name] = readFileSync(path.join(dir, name), 'utf8');
    }
  };
  walk('');
  return files;
}

describe('one shared helper per package', () => {
  it('creates the package\'s helper module once, imports it from every rewritten module, and a second run changes nothing', () => {
    const dir = makeTree(SHOP);
    const run = runCli(['-t', 'sleep-to-wait', 'shop'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/shop\/tests\/polling\.py: changed — 1 applied \(TM801\)\n +1:1 +TM801 applied +new file: shop\.tests\.polling, the polling helper wait_until the modules of shop share\n/);
    const helper = readFileSync(path.join(dir, 'shop/tests/polling.py'), 'utf8');
    expect(helper).toMatch(/^"""[^\n]+"""\nimport time\n\n\ndef wait_until\(predicate, timeout, interval\):\n/);
    for (const module of ['shop/tests/test_orders.py', 'shop/tests/unit/test_carts.py']) {
      const text = readFileSync(path.join(dir, module), 'utf8');
      expect(text).toContain('import unittest\n\nfrom shop.tests import polling\n');
      expect(text).toContain('        if not polling.wait_until(_poll, timeout=0.5, interval=0.01):\n');
      expect(text).not.toContain('def wait_until');
    }
    expect(passingTests(dir, ['shop.tests.test_orders', 'shop.tests.unit.test_carts'])).toBe(2);
    const before = snapshot(dir);
    const again = runCli(['-t', 'sleep-to-wait', 'shop'], dir);
    expect(again.stderr).toContain('files: 0 changed');
    expect(snapshot(dir)).toEqual(before);
  });

  it('is in the copies --verify tests: the rewritten modules import it there, and their waits are kept and verified', () => {
    const dir = makeTree(SHOP);
    const run = runCli(['-t', 'sleep-to-wait', '--report', 'json', '--report-file', 'report.json', '--verify', 'python3 -m unittest shop.tests.test_orders shop.tests.unit.test_carts', 'shop'], dir);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.verification).toMatchObject({ matchesBaseline: true, reverted: 0, baselineTests: 2 });
    const waits = report.files.flatMap((file: { findings: { transform: string; status: string; verification?: { verifiedBy: number } }[] }) => file.findings).filter((f: { message: string }) => !f.message.startsWith('new file'));
    expect(waits).toHaveLength(2);
    for (const wait of waits) expect(wait).toMatchObject({ transform: 'sleep-to-wait', status: 'applied', verification: { verifiedBy: 1 } });
    expect(existsSync(path.join(dir, 'shop/tests/polling.py'))).toBe(true);
    expect(passingTests(dir, ['shop.tests.test_orders', 'shop.tests.unit.test_carts'])).toBe(2);
  });

  it('shows the new module in --dry as a file made from /dev/null, and writes nothing', () => {
    const dir = makeTree(SHOP);
    const run = runCli(['--dry', '-t', 'sleep-to-wait', 'shop'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--- /dev/null\n+++ b/shop/tests/polling.py\n@@ -0,0 +1,17 @@\n+"""');
    expect(run.stdout.match(/\+\+\+ b\/shop\/tests\/polling\.py/g)).toHaveLength(1);
    expect(snapshot(dir)).toEqual(Object.fromEntries(Object.entries(SHOP).map(([name, text]) => [name, text])));
    const check = runCli(['--check', '-t', 'sleep-to-wait', 'shop'], dir);
    expect(check.status).toBe(1);
    expect(check.stdout.split('\n')).toContain('shop/tests/polling.py');
  });

  it('creates it for a run over one file of the package too, and the next file imports it', () => {
    const dir = makeTree(SHOP);
    runCli(['-t', 'sleep-to-wait', 'shop/tests/unit/test_carts.py'], dir);
    expect(existsSync(path.join(dir, 'shop/tests/polling.py'))).toBe(true);
    const helper = readFileSync(path.join(dir, 'shop/tests/polling.py'), 'utf8');
    const run = runCli(['-t', 'sleep-to-wait', 'shop/tests/test_orders.py'], dir);
    expect(run.stderr).toContain('files: 1 changed');
    expect(readFileSync(path.join(dir, 'shop/tests/test_orders.py'), 'utf8')).toContain('from shop.tests import polling\n');
    expect(readFileSync(path.join(dir, 'shop/tests/polling.py'), 'utf8')).toBe(helper);
    expect(passingTests(dir, ['shop.tests.test_orders', 'shop.tests.unit.test_carts'])).toBe(2);
  });

  it('makes one module for each package of the run', () => {
    const dir = makeTree({ ...SHOP, 'bank/__init__.py': '', 'bank/test_loans.py': ordersModule('Loans') });
    runCli(['-t', 'sleep-to-wait', 'shop', 'bank'], dir);
    expect(readFileSync(path.join(dir, 'bank/test_loans.py'), 'utf8')).toContain('from bank import polling\n');
    expect(existsSync(path.join(dir, 'bank/polling.py'))).toBe(true);
    expect(existsSync(path.join(dir, 'shop/tests/polling.py'))).toBe(true);
    expect(passingTests(dir, ['shop.tests.test_orders', 'bank.test_loans'])).toBe(2);
  });

  it('puts it where --wait-helper-module says, for that package only', () => {
    const dir = makeTree({ ...SHOP, 'shop/testing/__init__.py': '', 'bank/__init__.py': '', 'bank/test_loans.py': ordersModule('Loans') });
    runCli(['-t', 'sleep-to-wait', '--wait-helper-module', 'shop.testing.waits', 'shop', 'bank'], dir);
    expect(readFileSync(path.join(dir, 'shop/tests/test_orders.py'), 'utf8')).toContain('from shop.testing import waits\n');
    expect(readFileSync(path.join(dir, 'shop/tests/test_orders.py'), 'utf8')).toContain('if not waits.wait_until(');
    expect(existsSync(path.join(dir, 'shop/testing/waits.py'))).toBe(true);
    expect(existsSync(path.join(dir, 'bank/polling.py'))).toBe(true);
    const bad = runCli(['--dry', '-t', 'sleep-to-wait', '--wait-helper-module', 'shop/testing', 'shop'], makeTree(SHOP));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--wait-helper-module: 'shop/testing' is not a dotted module name: write it as package.module, such as nova.tests.polling");
  });

  it('uses a polling helper the package already has, keeping its contract', () => {
    const utils = [
      'import time',
      '',
      '',
      'def wait_until_true(predicate, timeout, interval):',
      '    deadline = time.monotonic() + timeout',
      '    while True:',
      '        result = predicate()',
      '        if result or time.monotonic() >= deadline:',
      '            return result',
      '        time.sleep(interval)',
      '',
    ].join('\n');
    const dir = makeTree({ ...SHOP, 'shop/tests/utils.py': utils });
    runCli(['-t', 'sleep-to-wait', 'shop'], dir);
    expect(existsSync(path.join(dir, 'shop/tests/polling.py'))).toBe(false);
    expect(readFileSync(path.join(dir, 'shop/tests/test_orders.py'), 'utf8')).toContain('from shop.tests import utils\n');
    expect(readFileSync(path.join(dir, 'shop/tests/test_orders.py'), 'utf8')).toContain('        if not utils.wait_until_true(_poll, timeout=0.5, interval=0.01):\n');
    expect(passingTests(dir, ['shop.tests.test_orders', 'shop.tests.unit.test_carts'])).toBe(2);
  });

  it("finds tempest's call_until_true on disk when the run is one test file", () => {
    const callUntilTrue = [
      'import time',
      '',
      '',
      'def call_until_true(func, duration, sleep_for, *args, **kwargs):',
      '    now = time.time()',
      '    timeout = now + duration',
      '    while now < timeout:',
      '        if func(*args, **kwargs):',
      '            return True',
      '        time.sleep(sleep_for)',
      '        now = time.time()',
      '    return False',
      '',
    ].join('\n');
    const dir = makeTree({
      'tempest/__init__.py': '',
      'tempest/lib/__init__.py': '',
      'tempest/lib/common/__init__.py': '',
      'tempest/lib/common/utils/__init__.py': '',
      'tempest/lib/common/utils/test_utils.py': callUntilTrue,
      'tempest/api/__init__.py': '',
      'tempest/api/test_orders.py': ordersModule('Orders'),
    });
    runCli(['-t', 'sleep-to-wait', 'tempest/api/test_orders.py'], dir);
    const text = readFileSync(path.join(dir, 'tempest/api/test_orders.py'), 'utf8');
    expect(text).toContain('from tempest.lib.common.utils import test_utils\n');
    expect(text).toContain('if not test_utils.call_until_true(');
    expect(existsSync(path.join(dir, 'tempest/polling.py'))).toBe(false);
    expect(passingTests(dir, ['tempest.api.test_orders'])).toBe(1);
  });

  it('leaves the loops alone when the helper module is there without the helper', () => {
    const dir = makeTree({ ...SHOP, 'shop/tests/polling.py': 'POLLS = 3\n' });
    const run = runCli(['-t', 'sleep-to-wait', 'shop'], dir);
    expect(run.stderr).toContain('shop/tests/polling.py has no polling helper wait_until(predicate, timeout, interval); add one there, or name another module with --wait-helper-module');
    expect(snapshot(dir)['shop/tests/test_orders.py']).toBe(SHOP['shop/tests/test_orders.py']);
  });

  it('keeps a module outside any package on its own wait_until', () => {
    const dir = makeTree({ 'test_orders.py': ordersModule('Orders') });
    runCli(['-t', 'sleep-to-wait', 'test_orders.py'], dir);
    expect(readFileSync(path.join(dir, 'test_orders.py'), 'utf8')).toContain('\ndef wait_until(predicate, timeout, interval):\n');
    expect(Object.keys(snapshot(dir))).toEqual(['test_orders.py']);
  });
});

describe('creating a file', () => {
  it('writes it whole, accepts the same bytes already there, refuses other bytes, and leaves no temporary file', () => {
    const dir = makeTree({});
    const file = path.join(dir, 'polling.py');
    createFileOnce(file, Buffer.from('a\n'));
    createFileOnce(file, Buffer.from('a\n'));
    expect(() => createFileOnce(file, Buffer.from('b\n'))).toThrow(/already there, with other content/);
    writeFileSync(path.join(dir, 'other.py'), '');
    expect(readdirSync(dir).sort()).toEqual(['other.py', 'polling.py']);
    expect(readFileSync(file, 'utf8')).toBe('a\n');
  });
});
