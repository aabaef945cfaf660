// @ts-check
/**
 * legacy-asserts: an example testmend plugin.
 *
 * A project's base test class once had its own assertion helper,
 *
 *     def assertResponseCode(self, response, code):
 *         self.assertEqual(code, response.status_code)
 *
 * and the project now wants plain assertEqual, whose failure message every
 * reader knows. This transform rewrites the calls; it is written the way the
 * built-in transforms are: metadata, guard clauses, one finding per call with
 * its fix or the reason it has none.
 *
 * Load it with `testmend --plugin examples/plugins/legacy-asserts.js`, or from
 * the API with `run(paths, { plugins: [...] })`.
 */
import { defineTransform, importedNames, readArguments } from 'testmend';

/** Expressions that take `.status_code` without parentheses. */
const PRIMARY = ['identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression'];

export default defineTransform({
  meta: {
    name: 'legacy-asserts',
    summary: "Replace the project's legacy assertResponseCode(response, code) with assertEqual(code, response.status_code)",
    suggestion: 'use the standard assertion instead of the legacy helper',
    safety: 'safe',
    defaultEnabled: true,
    docs: {
      whatItDoes:
        'Rewrites self.assertResponseCode(response, code), a helper of the project\'s base test class, into ' +
        'self.assertEqual(code, response.status_code), which is what the helper did. --legacy-helper names another helper of the same shape.',
      whyIsThisBad:
        'A project-specific helper is one more thing a reader must look up, and it hides the expected and the actual value ' +
        'behind a name; assertEqual is known to everyone and reports both values.',
      example: {
        input: "self.assertResponseCode(self.api.get('/servers'), 200)\n",
        output: "self.assertEqual(200, self.api.get('/servers').status_code)\n",
      },
      fixSafety:
        'Safe: the helper was exactly assertEqual(code, response.status_code). assertEqual evaluates the code before the ' +
        'response, so a call is rewritten only when that order cannot matter: the code is a number or a constant of an imported ' +
        'module (http.OK), or the response is a plain name. Calls with other arguments are reported and left alone.',
    },
    examples: {
      valid: ['self.assertEqual(200, resp.status_code)\n', 'client.assertResponseCode(resp, 200)\n'],
      invalid: [
        { input: 'self.assertResponseCode(resp, 204)\n', output: 'self.assertEqual(204, resp.status_code)\n' },
        {
          input: "import http\nself.assertResponseCode(self.api.get('/servers'), http.HTTPStatus.OK)\n",
          output: "import http\nself.assertEqual(http.HTTPStatus.OK, self.api.get('/servers').status_code)\n",
        },
        { input: 'self.assertResponseCode(resp, self.expected)\n', output: 'self.assertEqual(self.expected, resp.status_code)\n' },
      ],
    },
    codes: {
      LA101: { name: 'legacy-response-assert', summary: 'self.assertResponseCode(response, code) → self.assertEqual(code, response.status_code)', fix: 'safe' },
      LA102: { name: 'legacy-assert-arguments', summary: 'a call of the legacy helper with other arguments than a response and a code, by position; reported only', fix: 'none' },
      LA103: { name: 'legacy-assert-order', summary: 'a call whose response and code may both run code, which assertEqual would evaluate in the other order; reported only', fix: 'none' },
    },
    options: {
      'legacy-helper': {
        type: 'string',
        default: 'assertResponseCode',
        describe: "legacy-asserts: the name of the project's legacy helper",
      },
    },
  },

  create(context) {
    const helper = String(context.settings['legacy-helper']);
    if (!context.source.includes(helper)) return [];
    const imported = new Set(importedNames(context.tree.rootNode).map((name) => name.local));
    /** @type {import('testmend').Finding[]} */
    const findings = [];
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      const callee = call.childForFieldName('function');
      const method = callee?.childForFieldName('attribute');
      const owner = callee?.childForFieldName('object');
      if (callee?.type !== 'attribute' || method?.text !== helper || (owner?.text !== 'self' && owner?.text !== 'cls')) continue;
      const place = { start: call.startIndex, end: call.endIndex };
      const args = readArguments(/** @type {import('tree-sitter').SyntaxNode} */ (call.childForFieldName('arguments')));
      if (args.hasSplat || args.keywords.size > 0 || args.positional.length !== 2) {
        findings.push({ ...place, code: 'LA102', message: `${helper} with other arguments than a response and a code`, fix: null, reason: 'only a call with a response and a status code, by position, is rewritten' });
        continue;
      }
      const [response, code] = args.positional;
      // Reading a number, a module's constant or a plain name runs no code of the project's, early or late.
      const constant = code.type === 'integer' || (code.type === 'attribute' && imported.has(code.text.split('.')[0]));
      const plain = (response.type === 'identifier' || response.type === 'attribute') && !response.text.includes('(');
      if (!constant && !plain) {
        findings.push({
          ...place,
          code: 'LA103',
          message: `${helper}(${response.text}, ${code.text}): the legacy helper`,
          fix: null,
          reason: 'assertEqual would evaluate the code before the response, and either may run code: rewrite it by hand',
        });
        continue;
      }
      const status = PRIMARY.includes(response.type) ? `${response.text}.status_code` : `(${response.text}).status_code`;
      findings.push({
        ...place,
        code: 'LA101',
        message: `${helper}(${response.text}, ${code.text}) → assertEqual(${code.text}, ${status}): the standard assertion`,
        fix: {
          safety: 'safe',
          edits: [
            { start: method.startIndex, end: method.endIndex, text: 'assertEqual' },
            { start: response.startIndex, end: response.endIndex, text: code.text },
            { start: code.startIndex, end: code.endIndex, text: status },
          ],
        },
      });
    }
    return findings;
  },
});
