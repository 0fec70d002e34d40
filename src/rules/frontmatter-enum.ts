/** frontmatter-enum: a key's value must be one of the allowed values (case-sensitive unless configured). */
import { defineRule, type RuleHit } from './types.js';
import { describeValue, frontmatterMap, keyLine } from './frontmatter-data.js';
import { countPlaceholder, isPlaceholder } from './placeholder.js';

interface EnumSpec {
  values: string[];
  /** Default true: `Draft` is not `draft` (tools downstream compare exactly). */
  caseSensitive?: boolean;
}

export default defineRule<{ keys: Record<string, EnumSpec>; checkPlaceholders: boolean }>({
  id: 'frontmatter-enum',
  description: 'A frontmatter value is not one of the allowed values for its key.',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      keys: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: {
            values: { type: 'array', items: { type: 'string' }, minItems: 1 },
            caseSensitive: { type: 'boolean' },
          },
          required: ['values'],
          additionalProperties: false,
        },
      },
      checkPlaceholders: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: { keys: {}, checkPlaceholders: false },
  checksDocuments: true,
  check(doc, { options, unverified }) {
    const data = frontmatterMap(doc);
    if (!data) return [];
    const hits: RuleHit[] = [];
    for (const [key, spec] of Object.entries(options.keys)) {
      if (!(key in data) || data[key] === null) continue; // absence/emptiness is frontmatter-required's job
      const value = data[key];
      const allowed = spec.values.join(', ');
      const line = keyLine(doc, key);
      if (typeof value !== 'string') {
        hits.push({ line, column: 1, message: `"${key}" must be one of ${allowed}; got ${describeValue(value)}` });
        continue;
      }
      const caseSensitive = spec.caseSensitive ?? true;
      const match = caseSensitive ? spec.values.includes(value) : spec.values.some((v) => v.toLowerCase() === value.toLowerCase());
      if (match) continue;
      if (!options.checkPlaceholders && isPlaceholder(value)) {
        countPlaceholder(unverified, 'frontmatter-enum');
        continue;
      }
      const near = spec.values.find((v) => v.toLowerCase() === value.toLowerCase());
      const hint = near ? ` (did you mean "${near}"? values are case-sensitive)` : '';
      hits.push({ line, column: 1, message: `"${key}" must be one of ${allowed}; got "${value}"${hint}` });
    }
    return hits;
  },
});
