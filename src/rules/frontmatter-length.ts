/** frontmatter-length: text values within character limits; recommended limits report one severity softer. */
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap, keyLine } from './frontmatter-data.js';

interface LengthSpec {
  min?: number;
  max?: number;
  recommendedMin?: number;
  recommendedMax?: number;
}

export default defineRule<{ keys: Record<string, LengthSpec> }>({
  id: 'frontmatter-length',
  description: 'A frontmatter text value is shorter or longer than its limits (characters = Unicode code points).',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      keys: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: {
            min: { type: 'integer', minimum: 0 },
            max: { type: 'integer', minimum: 0 },
            recommendedMin: { type: 'integer', minimum: 0 },
            recommendedMax: { type: 'integer', minimum: 0 },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { keys: {} },
  checksDocuments: true,
  check(doc, { options }) {
    const data = frontmatterMap(doc);
    if (!data) return [];
    const hits: RuleHit[] = [];
    for (const [key, spec] of Object.entries(options.keys)) {
      const value = data[key];
      if (typeof value !== 'string' || value.trim() === '') continue; // emptiness is frontmatter-required's job
      const length = [...value.trim()].length;
      const line = keyLine(doc, key);
      if (spec.min !== undefined && length < spec.min) {
        hits.push({ line, column: 1, message: `"${key}" has ${length} characters; the minimum is ${spec.min}` });
      } else if (spec.max !== undefined && length > spec.max) {
        hits.push({ line, column: 1, message: `"${key}" has ${length} characters; the maximum is ${spec.max}` });
      } else if (spec.recommendedMin !== undefined && length < spec.recommendedMin) {
        hits.push({ line, column: 1, soft: true, message: `"${key}" has ${length} characters; at least ${spec.recommendedMin} recommended` });
      } else if (spec.recommendedMax !== undefined && length > spec.recommendedMax) {
        hits.push({ line, column: 1, soft: true, message: `"${key}" has ${length} characters; at most ${spec.recommendedMax} recommended` });
      }
    }
    return hits;
  },
});
