/** frontmatter-date: real calendar dates, ordered pairs (`updated` >= `created`), none in the future. */
import { defineRule, type RuleHit } from './types.js';
import { describeValue, frontmatterMap, keyLine } from './frontmatter-data.js';
import { countPlaceholder, isPlaceholder } from './placeholder.js';

interface DateOptions {
  keys: string[];
  /** Also accept ISO date-times (`2025-11-16T23:19:18`, optional zone). */
  allowDateTime: boolean;
  /** Pairs [earlier, later]: the second must not be before the first. */
  order: [string, string][];
  /** Dates after today (UTC) plus this many days are reported; one day of slack covers time zones ahead of UTC. */
  futureToleranceDays: number;
  /** Judge placeholder values (`YYYY-MM-DD`, `[DATE]`) too; default false: they are counted as unverified. */
  checkPlaceholders: boolean;
}

// YAML-style date-times too: Jekyll writes `2025-01-02 10:00:00 +0000` (space before the zone).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[ \t]*(?:Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;

/** `YYYY/MM/DD`: what JavaScript `Date` reads as a calendar date (sites whose code reads the frontmatter). */
const SLASHED = /^(\d{4})\/(\d{2})\/(\d{2})$/;

/** Day number (days since epoch) of a valid ISO date or date-time (or `YYYY/MM/DD` when `slashes`), else a reason it is invalid. */
export function parseIsoDay(value: string, allowDateTime: boolean, slashes = false): number | string {
  const m = ISO.exec(value) ?? (slashes ? SLASHED.exec(value) : null);
  if (!m) return 'not an ISO date (YYYY-MM-DD)';
  if (m[4] !== undefined && !allowDateTime) return 'a date-time; expected a date (YYYY-MM-DD)';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return 'not a real calendar date';
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return 'not a real time of day';
  return Math.floor(time / 86_400_000);
}

export default defineRule<DateOptions>({
  id: 'frontmatter-date',
  description: 'A frontmatter date is not a real ISO date, is in the future, or is out of order (updated before created).',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      keys: { type: 'array', items: { type: 'string' } },
      allowDateTime: { type: 'boolean' },
      order: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
      futureToleranceDays: { type: 'integer', minimum: 0 },
      checkPlaceholders: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    keys: ['created', 'updated', 'date'],
    allowDateTime: true,
    order: [['created', 'updated']],
    futureToleranceDays: 1,
    checkPlaceholders: false,
  },
  checksDocuments: true,
  check(doc, { options, now, unverified, index }) {
    const data = frontmatterMap(doc);
    if (!data) return [];
    const hits: RuleHit[] = [];
    const days = new Map<string, number>();
    const today = Math.floor(now.getTime() / 86_400_000);
    for (const key of options.keys) {
      const value = data[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        hits.push({ line: keyLine(doc, key), column: 1, message: `"${key}" must be a date (YYYY-MM-DD); got ${describeValue(value)}` });
        continue;
      }
      const day = parseIsoDay(value.trim(), options.allowDateTime, index.slashDates);
      if (typeof day === 'string' && !options.checkPlaceholders && isPlaceholder(value)) {
        countPlaceholder(unverified, 'frontmatter-date');
        continue;
      }
      if (typeof day === 'string') {
        hits.push({ line: keyLine(doc, key), column: 1, message: `"${key}" is ${day}: "${value}"` });
        continue;
      }
      days.set(key, day);
      if (day > today + options.futureToleranceDays) {
        hits.push({ line: keyLine(doc, key), column: 1, message: `"${key}" is in the future: "${value}"` });
      }
    }
    for (const [earlier, later] of options.order) {
      const a = days.get(earlier);
      const b = days.get(later);
      if (a !== undefined && b !== undefined && b < a) {
        hits.push({
          line: keyLine(doc, later),
          column: 1,
          message: `"${later}" (${String(data[later])}) is before "${earlier}" (${String(data[earlier])})`,
        });
      }
    }
    return hits;
  },
});
