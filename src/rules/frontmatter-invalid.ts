/** frontmatter-invalid: the block is not closed, is not valid YAML, or is not a mapping. */
import { defineRule } from './types.js';

export default defineRule<Record<string, never>>({
  id: 'frontmatter-invalid',
  description: 'The frontmatter is not closed, is not valid YAML, or is not a key/value mapping.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc) {
    const fm = doc.frontmatter;
    if (!fm) return [];
    if (fm.error) return [{ line: fm.error.line, column: fm.error.column, message: `invalid frontmatter: ${fm.error.message}` }];
    const data = fm.data;
    if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data))) return [];
    const shape = Array.isArray(data) ? 'a list' : `a ${typeof data === 'string' ? 'string' : typeof data} value`;
    return [{ line: fm.line + 1, column: 1, message: `invalid frontmatter: expected a mapping of keys, got ${shape}` }];
  },
});
