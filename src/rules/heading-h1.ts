/** heading-h1: one title per document: exactly one H1, or none when the frontmatter carries the title. */
import type { DocumentFacts } from '../engine/contract.js';
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap } from './frontmatter-data.js';
import type { ScanIndex } from './scan-index.js';
import type { UnverifiedTally } from '../unverified.js';

const NO_TITLE = 'no H1 heading';

function titleHits(doc: DocumentFacts, frontmatterTitle: string): RuleHit[] {
  if (doc.problem) return [];
  const h1s = doc.headings.filter((h) => h.level === 1);
  const title = frontmatterMap(doc)?.[frontmatterTitle];
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  if (h1s.length === 0) {
    return hasTitle ? [] : [{ line: 1, column: 1, message: `${NO_TITLE} and no frontmatter "${frontmatterTitle}"` }];
  }
  const hits: RuleHit[] = [];
  for (const extra of h1s.slice(1)) {
    hits.push({ line: extra.line, column: extra.column, message: `second H1 "${extra.text}": a document has one title (first at line ${h1s[0]!.line})` });
  }
  return hits;
}

/**
 * What the site leaves of the hits: none for a fragment; none for a page another build renders
 * (counted: that build gives the title, e.g. rustdoc's `% Title` line); no missing title where the
 * navigation titles the page (mdBook's SUMMARY.md).
 */
function siteHits(path: string, hits: RuleHit[], index: ScanIndex, unverified: UnverifiedTally): RuleHit[] {
  if (index.site.isFragment(path)) return [];
  const elsewhere = index.site.renderedElsewhere(path, 'heading-h1', 'pages');
  if (elsewhere) {
    unverified.add(elsewhere);
    return [];
  }
  return index.site.titledBySite(path) ? hits.filter((h) => !h.message.startsWith(NO_TITLE)) : hits;
}

export default defineRule<{ frontmatterTitle: string }, RuleHit[]>({
  id: 'heading-h1',
  description: 'A document has no title (no H1 and no frontmatter title) or more than one H1.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: { frontmatterTitle: { type: 'string' } }, additionalProperties: false },
  defaultOptions: { frontmatterTitle: 'title' },
  checksDocuments: true,
  check(doc, { options, index, unverified }, defer) {
    const hits = titleHits(doc, options.frontmatterTitle);
    if (hits.length === 0) return [];
    // A site's fragments (Hugo headless bundles, templates) need no title: known once the site's pages are.
    if (!index.linksResolve) {
      defer(hits);
      return [];
    }
    return siteHits(doc.path, hits, index, unverified);
  },
  finish(doc, pending, { index, unverified }) {
    return siteHits(doc.path, pending.flat(), index, unverified);
  },
});
