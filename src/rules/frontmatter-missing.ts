/** frontmatter-missing: the document has no frontmatter block at all. */
import { defineRule } from './types.js';
import { readable } from './frontmatter-data.js';

export default defineRule<Record<string, never>>({
  id: 'frontmatter-missing',
  description: 'The document does not start with a `---` frontmatter block.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc) {
    if (!readable(doc) || doc.frontmatter) return [];
    return [{ line: 1, column: 1, message: 'no frontmatter: the file must start with a `---` block' }];
  },
});
