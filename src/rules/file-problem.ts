/** file-problem: a matched document could not be read as UTF-8 Markdown; never skipped silently. */
import { defineRule } from './types.js';

export default defineRule<Record<string, never>>({
  id: 'file-problem',
  description:
    'A document (or a site navigation file) could not be checked: unreadable, too large, binary, not UTF-8, a symlink, too complex (pathological nesting or markup), or invalid.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc) {
    if (!doc.problem) return [];
    return [{ line: doc.problem.line ?? 1, column: 1, message: `not checked (${doc.problem.kind}): ${doc.problem.message}` }];
  },
  checkNavigation(nav) {
    if (!nav.error) return [];
    return [{ line: nav.error.line, column: nav.error.column, message: `navigation not read (${nav.format}): ${nav.error.message}` }];
  },
});
