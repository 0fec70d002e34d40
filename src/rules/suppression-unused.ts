/** suppression-unused: an inline suppression that suppressed nothing (reported by run.ts). */
import { defineRule } from './types.js';

export default defineRule<Record<string, never>>({
  id: 'suppression-unused',
  description: 'An inline `<!-- docward-disable... -->` comment suppressed no finding.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: false,
  check: () => [],
});
