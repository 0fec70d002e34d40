/** Hand-built Reports for reporter tests (reporters never see parsing, so they are tested on findings alone). */
import { compareFindings, type Finding, type Report, type Severity } from '../../src/findings.js';
import type { Unverified } from '../../src/unverified.js';

export function finding(path: string, line: number, rule: string, severity: Severity, message: string, column = 1): Finding {
  return { rule, severity, path, line, column, message };
}

export function makeReport(findings: Finding[], score = 80, unverified: Unverified[] = []): Report {
  return {
    version: '0.1.0',
    engine: 'native',
    root: '/repo',
    stats: { documents: 12, files: 20, bytes: 34_567, durationMs: 42 },
    score: { total: score, parts: { metadata: 0.9, links: 0.8, orphans: 1, size: 0.7 } },
    findings: [...findings].sort(compareFindings),
    unverified,
  };
}

/** `count` findings spread over `files` files, cycling through rules and severities. */
export function manyFindings(count: number, files: number): Finding[] {
  const rules = ['link-broken', 'frontmatter-required', 'orphan', 'doc-size'];
  const severities: Severity[] = ['error', 'warning', 'notice'];
  return Array.from({ length: count }, (_, i) =>
    finding(
      `docs/section-${i % files}/page-${i % files}.md`,
      1 + Math.floor(i / files),
      rules[i % rules.length]!,
      severities[i % 3]!,
      `broken link to ./missing-${i}.md`,
    ),
  );
}
