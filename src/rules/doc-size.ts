/** doc-size: long documents: past the recommended size one severity softer, past the maximum at the configured severity. */
import { defineRule, type RuleHit } from './types.js';

interface SizeOptions {
  recommendedLines?: number;
  maxLines?: number;
  recommendedBytes?: number;
  maxBytes?: number;
}

function over(value: number, unit: string, recommended?: number, max?: number): RuleHit | undefined {
  if (max !== undefined && value > max) return { line: 1, column: 1, message: `${value} ${unit}; the maximum is ${max}: split the document` };
  if (recommended !== undefined && value > recommended) {
    return { line: 1, column: 1, soft: true, message: `${value} ${unit}; at most ${recommended} recommended` };
  }
  return undefined;
}

export default defineRule<SizeOptions>({
  id: 'doc-size',
  description: 'A document is longer than the recommended or maximum number of lines or bytes.',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      recommendedLines: { type: 'integer', minimum: 1 },
      maxLines: { type: 'integer', minimum: 1 },
      recommendedBytes: { type: 'integer', minimum: 1 },
      maxBytes: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  defaultOptions: { recommendedLines: 1000, maxLines: 2000 },
  checksDocuments: true,
  check(doc, { options }) {
    if (doc.problem) return [];
    const hits = [over(doc.lines, 'lines', options.recommendedLines, options.maxLines), over(doc.bytes, 'bytes', options.recommendedBytes, options.maxBytes)];
    return hits.filter((h): h is RuleHit => h !== undefined);
  },
});
