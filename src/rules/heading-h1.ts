/** heading-h1: one title per document: exactly one H1, or none when the frontmatter carries the title. */
import type { DocumentFacts } from '../engine/contract.js';
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap } from './frontmatter-data.js';

function titleHits(doc: DocumentFacts, frontmatterTitle: string): RuleHit[] {
  if (doc.problem) return [];
  const h1s = doc.headings.filter((h) => h.level === 1);
  const title = frontmatterMap(doc)?.[frontmatterTitle];
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  if (h1s.length === 0) {
    return hasTitle ? [] : [{ line: 1, column: 1, message: `no H1 heading and no frontmatter "${frontmatterTitle}"` }];
  }
  const hits: RuleHit[] = [];
  for (const extra of h1s.slice(1)) {
    hits.push({ line: extra.line, column: extra.column, message: `second H1 "${extra.text}": a document has one title (first at line ${h1s[0]!.line})` });
  }
  return hits;
}

export default defineRule<{ frontmatterTitle: string }, RuleHit[]>({
  id: 'heading-h1',
  description: 'A document has no title (no H1 and no frontmatter title) or more than one H1.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: { frontmatterTitle: { type: 'string' } }, additionalProperties: false },
  defaultOptions: { frontmatterTitle: 'title' },
  checksDocuments: true,
  check(doc, { options, index }, defer) {
    const hits = titleHits(doc, options.frontmatterTitle);
    if (hits.length === 0) return [];
    // A site's fragments (Hugo headless bundles, templates) need no title: known once the site's pages are.
    if (!index.linksResolve) {
      defer(hits);
      return [];
    }
    return index.site.isFragment(doc.path) ? [] : hits;
  },
  finish(doc, pending, { index }) {
    return index.site.isFragment(doc.path) ? [] : pending.flat();
  },
});
