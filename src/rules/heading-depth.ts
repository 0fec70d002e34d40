/** heading-depth: headings no deeper than a maximum level (deep nesting means the document should be split). */
import { defineRule, type RuleHit } from './types.js';

export default defineRule<{ maxLevel: number }>({
  id: 'heading-depth',
  description: 'A heading is deeper than the maximum level.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: { maxLevel: { type: 'integer', minimum: 1, maximum: 6 } }, additionalProperties: false },
  defaultOptions: { maxLevel: 4 },
  checksDocuments: true,
  check(doc, { options }) {
    const hits: RuleHit[] = [];
    for (const h of doc.headings) {
      if (h.level > options.maxLevel) {
        hits.push({ line: h.line, column: h.column, message: `H${h.level} "${h.text}" is deeper than H${options.maxLevel}` });
      }
    }
    return hits;
  },
});
