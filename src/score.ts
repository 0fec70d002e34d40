/**
 * The quality score: 0..100 from four parts, each 0..1, computed only from facts and findings so
 * both engines give the same number (formula documented in docs/rules.md, "Quality score").
 */
import type { ScanResult } from './engine/contract.js';
import type { Finding, Score } from './findings.js';
import { isExternalTarget } from './rules/links/resolve.js';

export const SCORE_WEIGHTS = { metadata: 0.3, links: 0.35, orphans: 0.2, size: 0.15 } as const;

const LINK_RULES = new Set(['link-broken', 'link-anchor', 'link-case']);
const SIZE_RULES = new Set(['doc-size', 'doc-short']);

export function computeScore(scan: ScanResult, findings: Finding[]): Score {
  const documents = scan.documents.length;
  const share = (bad: number, total: number) => (total === 0 ? 1 : round4(1 - Math.min(bad, total) / total));

  let internalLinks = 0;
  for (const doc of scan.documents) {
    for (const link of doc.links) if (!isExternalTarget(link.target)) internalLinks++;
  }
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
    parts.metadata * SCORE_WEIGHTS.metadata +
    parts.links * SCORE_WEIGHTS.links +
    parts.orphans * SCORE_WEIGHTS.orphans +
    parts.size * SCORE_WEIGHTS.size;
  return { total: Math.round(weighted * 100), parts };
}

/** Four decimals keep the JSON stable and readable. */
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
