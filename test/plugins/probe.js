// @ts-check
/**
 * A plugin for the tests: it logs each call of its `collect` and `create`
 * (the thread, the file) to the file --probe-log names, can take
 * --probe-delay milliseconds per file, and reports one finding per file.
 */
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { defineTransform } from 'testmend';

/**
 * @param {import('testmend').TransformSettings} settings
 * @param {string} event
 * @param {string} path
 */
function log(settings, event, path) {
  if (typeof settings['probe-log'] === 'string') appendFileSync(settings['probe-log'], `${JSON.stringify({ event, path, thread: threadId })}\n`);
  const delay = Number(settings['probe-delay'] ?? 0);
  if (delay > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
}

export default defineTransform({
  meta: {
    name: 'probe',
    summary: 'Log what the engine asks of a transform, for the tests',
    suggestion: 'none: a probe for the tests',
    safety: 'safe',
    defaultEnabled: false,
    docs: {
      whatItDoes: 'Logs each collect and create call with its thread and file, and reports the module name and how many lines each file has.',
      whyIsThisBad: 'Nothing is: the tests read its log to see which files were read, by which thread.',
      example: { input: 'x = 1\n', output: 'x = 1\n' },
      fixSafety: 'It fixes nothing.',
    },
    examples: { valid: ['x = 1\n'], invalid: [{ input: 'x = 1\n', output: 'x = 1\n' }] },
    codes: { PR101: { name: 'probe-lines', summary: 'the module name and how many lines the file has, of how many files', fix: 'none' } },
    options: {
      'probe-log': { type: 'string', describe: 'probe: append its log to this file' },
      'probe-delay': { type: 'number', describe: 'probe: milliseconds to spend on each file' },
    },
  },
  collect(context) {
    log(context.settings, 'collect', context.path);
    return { lines: context.source.split('\n').length };
  },
  create(context) {
    log(context.settings, 'create', context.path);
    const files = context.project.get('probe')?.length ?? 0;
    const message = `${context.moduleName()}: ${context.source.split('\n').length} lines, 1 of ${files} files`;
    return [{ code: 'PR101', start: 0, end: 0, message, fix: null, reason: 'a probe fixes nothing' }];
  },
});
