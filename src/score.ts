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
  const docsWith = (match: (f: Finding) => boolean) => new Set(findings.filter(match).map((f) => f.path)).size;
  const share = (bad: number, total: number) => (total === 0 ? 1 : round4(1 - Math.min(bad, total) / total));

  let internalLinks = 0;
  for (const doc of scan.documents) {
    for (const link of doc.links) if (!isExternalTarget(link.target)) internalLinks++;
  }
  const parts = {
    metadata: share(docsWith((f) => f.rule.startsWith('frontmatter-')), documents),
    links: share(findings.filter((f) => LINK_RULES.has(f.rule)).length, internalLinks),
    orphans: share(docsWith((f) => f.rule === 'orphan'), documents),
    size: share(docsWith((f) => SIZE_RULES.has(f.rule)), documents),
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
