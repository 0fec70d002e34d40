/** frontmatter-required: listed keys must be present and not empty (null, "", [] and {} count as empty). */
import { defineRule } from './types.js';
import { frontmatterMap, isEmptyValue, keyLine } from './frontmatter-data.js';

export default defineRule<{ keys: string[] }>({
  id: 'frontmatter-required',
  description: 'Required frontmatter keys are missing or empty (checked only when frontmatter exists; see frontmatter-missing).',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: { keys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
    additionalProperties: false,
  },
  defaultOptions: { keys: [] },
  checksDocuments: true,
  check(doc, { options }) {
    const data = frontmatterMap(doc);
    if (!data) return [];
    const hits = [];
    for (const key of options.keys) {
      if (!(key in data)) hits.push({ line: doc.frontmatter?.line ?? 1, column: 1, message: `required key "${key}" is missing` });
      else if (isEmptyValue(data[key])) hits.push({ line: keyLine(doc, key), column: 1, message: `required key "${key}" is empty` });
    }
    return hits;
  },
});
