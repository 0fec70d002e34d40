/** doc-short: stubs: fewer words of prose than the minimum (frontmatter and code do not count). */
import { defineRule } from './types.js';

export default defineRule<{ minWords: number }>({
  id: 'doc-short',
  description: 'A document has fewer words of text than the minimum (a stub).',
  defaultSeverity: 'notice',
  optionsSchema: { type: 'object', properties: { minWords: { type: 'integer', minimum: 0 } }, additionalProperties: false },
  defaultOptions: { minWords: 20 },
  checksDocuments: true,
  check(doc, { options }) {
    if (doc.problem || doc.metrics.words >= options.minWords) return [];
    return [{ line: 1, column: 1, message: `only ${doc.metrics.words} words; a document needs at least ${options.minWords}` }];
  },
});
