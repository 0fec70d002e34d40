/** stale: the frontmatter `updated` date is older than N days, or older than the file's last commit. */
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap, keyLine } from './frontmatter-data.js';
import { parseIsoDay } from './frontmatter-date.js';

const DAY = 86_400_000;

export default defineRule<{ key: string; maxAgeDays: number; compareGit: boolean }>({
  id: 'stale',
  description: "A document's `updated` date is too old, or the file changed in a later commit without updating it.",
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      maxAgeDays: { type: 'integer', minimum: 0 },
      compareGit: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: { key: 'updated', maxAgeDays: 365, compareGit: true },
  checksDocuments: true,
  check(doc, { options, now, gitDates }) {
    const value = frontmatterMap(doc)?.[options.key];
    if (typeof value !== 'string') return [];
    const day = parseIsoDay(value.trim(), true);
    if (typeof day === 'string') return []; // malformed dates are frontmatter-date's job
    const hits: RuleHit[] = [];
    const line = keyLine(doc, options.key);
    const age = Math.floor(now.getTime() / DAY) - day;
    if (age > options.maxAgeDays) {
      hits.push({ line, column: 1, message: `"${options.key}" is ${value}, ${age} days ago; review the document (limit ${options.maxAgeDays} days)` });
    }
    const committed = options.compareGit ? gitDates?.get(doc.path) : undefined;
    if (committed && Math.floor(committed.getTime() / DAY) > day) {
      const date = committed.toISOString().slice(0, 10);
      hits.push({ line, column: 1, message: `"${options.key}" is ${value} but the file was last committed on ${date}` });
    }
    return hits;
  },
});
