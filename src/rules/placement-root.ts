/** placement-root: Markdown in the repository root only from an allowlist; report-like names called out. */
import { defineRule } from './types.js';

export default defineRule<{ allow: string[]; reportPatterns: string[] }>({
  id: 'placement-root',
  description: 'A document sits in the repository root but is not on the root allowlist.',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      allow: { type: 'array', items: { type: 'string' } },
      reportPatterns: { type: 'array', items: { type: 'string', format: 'regex' } },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    allow: ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'SUPPORT.md', 'LICENSE.md'],
    reportPatterns: [],
  },
  checksDocuments: true,
  check(doc, { options }) {
    if (doc.path.includes('/') || options.allow.includes(doc.path)) return [];
    const report = options.reportPatterns.find((p) => new RegExp(p, 'iu').test(doc.path));
    const why = report ? ` (a report/notes name matching /${report}/: move it under a docs folder)` : '';
    return [{ line: 1, column: 1, message: `"${doc.path}" is not allowed in the repository root${why}; allowed: ${options.allow.join(', ')}` }];
  },
});
