/**
 * Names a test framework or Python itself calls by their spelling: renaming
 * one makes a hook stop running or breaks the framework's API, and no test
 * fails to say so.
 */

/** How a framework uses a name, which decides what renaming it breaks. */
type Use = 'hook' | 'api' | 'setting';

/** Names test frameworks reach by spelling, with the framework and how it uses them. */
const FRAMEWORK_NAMES: Readonly<Record<string, readonly [framework: string, use: Use]>> = {
  setUp: ['unittest', 'hook'],
  tearDown: ['unittest', 'hook'],
  setUpClass: ['unittest', 'hook'],
  tearDownClass: ['unittest', 'hook'],
  setUpModule: ['unittest', 'hook'],
  tearDownModule: ['unittest', 'hook'],
  asyncSetUp: ['unittest', 'hook'],
  asyncTearDown: ['unittest', 'hook'],
  runTest: ['unittest', 'hook'],
  load_tests: ['unittest', 'hook'],
  addCleanup: ['unittest', 'api'],
  addClassCleanup: ['unittest', 'api'],
  enterContext: ['unittest', 'api'],
  doCleanups: ['unittest', 'api'],
  run: ['unittest', 'api'],
  debug: ['unittest', 'api'],
  id: ['unittest', 'api'],
  shortDescription: ['unittest', 'api'],
  subTest: ['unittest', 'api'],
  skipTest: ['unittest', 'api'],
  fail: ['unittest', 'api'],
  failureException: ['unittest', 'setting'],
  longMessage: ['unittest', 'setting'],
  maxDiff: ['unittest', 'setting'],
  useFixture: ['testtools', 'api'],
  addDetail: ['testtools', 'api'],
  getDetails: ['testtools', 'api'],
  addOnException: ['testtools', 'api'],
  patch: ['testtools', 'api'],
  expectThat: ['testtools', 'api'],
  getUniqueString: ['testtools', 'api'],
  getUniqueInteger: ['testtools', 'api'],
  _setUp: ['fixtures', 'hook'],
  cleanUp: ['fixtures', 'api'],
  DEFAULT_TIMEOUT: ['oslotest', 'setting'],
  skip_checks: ['tempest', 'hook'],
  setup_credentials: ['tempest', 'hook'],
  setup_clients: ['tempest', 'hook'],
  resource_setup: ['tempest', 'hook'],
  resource_cleanup: ['tempest', 'hook'],
  clear_credentials: ['tempest', 'hook'],
  addClassResourceCleanup: ['tempest', 'api'],
  setup_method: ['pytest', 'hook'],
  teardown_method: ['pytest', 'hook'],
  setup_class: ['pytest', 'hook'],
  teardown_class: ['pytest', 'hook'],
  setup_module: ['pytest', 'hook'],
  teardown_module: ['pytest', 'hook'],
  setup_function: ['pytest', 'hook'],
  teardown_function: ['pytest', 'hook'],
};

/** The test-framework hooks (methods and functions a framework calls by name), by framework. */
export const FRAMEWORK_HOOKS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FRAMEWORK_NAMES)
    .filter(([, [, use]]) => use === 'hook')
    .map(([name, [framework]]) => [name, framework]),
);

/**
 * Why a method, class attribute or module-level function named `name` must
 * never be renamed, as a sentence a reviewer understands, or null when
 * nothing calls it by its spelling. Covers unittest, testtools, fixtures,
 * oslotest, tempest and pytest hooks and API, every `assert*` method,
 * `pytest_*` hooks, dunder names and class-private (mangled) names. Locals
 * and parameters are not reached by spelling: do not ask about them.
 */
export function frameworkNameReason(name: string): string | null {
  const known = Object.hasOwn(FRAMEWORK_NAMES, name) ? FRAMEWORK_NAMES[name] : undefined;
  if (known !== undefined) {
    const [framework, use] = known;
    if (use === 'hook') return `${name} is a ${framework} hook: renaming it stops it from running`;
    if (use === 'setting') return `${name} is a ${framework} setting: ${framework} reads it by that name, so a renamed one is ignored`;
    return `${name} is ${framework} API: the framework and other code call it by that name`;
  }
  if (/^assert/.test(name)) return `${name} is an assert method: assert* names are the TestCase API and its convention, and other tests call them by name`;
  if (/^pytest_/.test(name)) return `${name} is a pytest hook: pytest calls pytest_* functions by name`;
  if (name.startsWith('__') && name.endsWith('__')) return `${name} is a special name: Python looks it up by that spelling`;
  if (name.startsWith('__')) return `${name} is class-private: Python mangles it to _Class${name}, and code may reach it under that name`;
  return null;
}
