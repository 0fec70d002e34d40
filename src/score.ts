/**
 * The quality score: 0..100 from four parts, each 0..1, computed only from facts and findings so
 * both engines give the same number (formula documented in docs/rules.md, "Quality score").
 */
import type { DocumentFacts } from './engine/contract.js';
import type { Finding, Score } from './findings.js';
import { isInternalLink } from './sites/site-links.js';
import { linkSettings, type LinkSettings } from './sites/settings.js';

export const SCORE_WEIGHTS = { metadata: 0.3, links: 0.35, orphans: 0.2, size: 0.15 } as const;

const LINK_RULES = new Set(['link-broken', 'link-anchor', 'link-case']);
const SIZE_RULES = new Set(['doc-size', 'doc-short']);

/** What the score needs of the documents, counted as they stream past (no document is kept). */
export class ScoreCounts {
  documents = 0;
  internalLinks = 0;
  /** The link mode decides which links the link rules check (Hugo shortcodes only in Hugo content pages). */
  private readonly settings: LinkSettings;

  constructor(settings: LinkSettings = linkSettings('github')) {
    this.settings = settings;
  }

  add(doc: DocumentFacts): void {
    this.documents++;
    for (const link of doc.links) if (isInternalLink(link, doc.path, this.settings)) this.internalLinks++;
  }

  static of(documents: Iterable<DocumentFacts>, settings?: LinkSettings): ScoreCounts {
    const counts = new ScoreCounts(settings);
    for (const doc of documents) counts.add(doc);
    return counts;
  }
}

export function computeScore(counts: ScoreCounts, findings: Finding[]): Score {
  const { documents, internalLinks } = counts;
  const share = (bad: number, total: number) => (total === 0 ? 1 : round4(1 - Math.min(bad, total) / total));

  // One pass over the findings: documents with a metadata, orphan or size finding, and link findings.
  const metadataDocs = new Set<string>();
  const orphanDocs = new Set<string>();
  const sizeDocs = new Set<string>();
  let linkFindings = 0;
  for (const f of findings) {
    if (f.rule.startsWith('frontmatter-')) metadataDocs.add(f.path);
    else if (LINK_RULES.has(f.rule)) linkFindings++;
    else if (f.rule === 'orphan') orphanDocs.add(f.path);
    else if (SIZE_RULES.has(f.rule)) sizeDocs.add(f.path);
  }
  const parts = {
    metadata: share(metadataDocs.size, documents),
    links: share(linkFindings, internalLinks),
    orphans: share(orphanDocs.size, documents),
    size: share(sizeDocs.size, documents),
  };
  const weighted =
    parts.metadata * SCORE_WEIGHTS.metadata + parts.links * SCORE_WEIGHTS.links + parts.orphans * SCORE_WEIGHTS.orphans + parts.size * SCORE_WEIGHTS.size;
  return { total: Math.round(weighted * 100), parts };
}

/** Four decimals keep the JSON stable and readable. */
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
