/** heading-increment: heading levels go down one step at a time (H2 then H3, never H2 then H4). */
import { defineRule, type RuleHit } from './types.js';

export default defineRule<Record<string, never>>({
  id: 'heading-increment',
  description: 'A heading skips a level (e.g. an H4 directly after an H2).',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc) {
    const hits: RuleHit[] = [];
    let previous: number | undefined;
    for (const h of doc.headings) {
      if (previous !== undefined && h.level > previous + 1) {
        hits.push({ line: h.line, column: h.column, message: `H${h.level} "${h.text}" follows an H${previous}; expected H${previous + 1} or higher` });
      }
      previous = h.level;
    }
    return hits;
  },
});
