/** suppression-invalid: a `docward-` comment with an unknown directive or rule id (reported by run.ts). */
import { defineRule } from './types.js';

export default defineRule<Record<string, never>>({
  id: 'suppression-invalid',
  description: 'An inline `<!-- docward-... -->` comment names an unknown directive or rule.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: false,
  check: () => [],
});
