/** What reporters know about rules: the registry's ids and descriptions, in importance order. */
import type { Finding } from '../findings.js';
import { SEVERITIES } from '../findings.js';

export interface RuleInfo {
  id: string;
  description: string;
}

/** Rules in registry order: an earlier rule is more important when two findings share a severity. */
export type RuleCatalog = readonly RuleInfo[];

/** Orders findings by severity, then rule importance (unknown rules last, by id), then path, line, column. */
export function rankFindings(findings: readonly Finding[], catalog: RuleCatalog = []): Finding[] {
  const importance = new Map(catalog.map((rule, index) => [rule.id, index]));
  const rank = (id: string) => importance.get(id) ?? catalog.length;
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      rank(a.rule) - rank(b.rule) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

export function describeRule(catalog: RuleCatalog, id: string): string | undefined {
  return catalog.find((rule) => rule.id === id)?.description;
}
