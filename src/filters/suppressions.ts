/**
 * Inline suppressions (`<!-- docward-disable ... -->` and friends) applied to one document's findings.
 * `disable` covers its own line onwards until an `enable` that names the rule (or names none);
 * `disable-next-line` covers the line after the comment; `disable-file` covers the whole file.
 */
import type { DocumentFacts, Suppression } from '../engine/contract.js';
import type { Finding } from '../findings.js';

export const DIRECTIVES = ['disable', 'enable', 'disable-next-line', 'disable-file'] as const;

export interface SuppressionProblem {
  line: number;
  column: number;
  message: string;
}

export interface SuppressionResult {
  kept: Finding[];
  /** Unknown directive or rule id. */
  invalid: SuppressionProblem[];
  /** A (directive, rule) that suppressed nothing. */
  unused: SuppressionProblem[];
}

interface Scope {
  source: Suppression;
  /** undefined = every rule. */
  rule?: string;
  from: number;
  to: number;
  used: boolean;
}

export function applySuppressions(doc: Pick<DocumentFacts, 'suppressions'>, findings: Finding[], knownRules: ReadonlySet<string>): SuppressionResult {
  const invalid: SuppressionProblem[] = [];
  const valid: Suppression[] = [];
  for (const s of doc.suppressions) {
    if (!(DIRECTIVES as readonly string[]).includes(s.directive)) {
      invalid.push({
        line: s.line,
        column: s.column,
        message: `unknown directive "docward-${s.directive}"; use ${DIRECTIVES.map((d) => `docward-${d}`).join(', ')}`,
      });
      continue;
    }
    const unknown = s.rules.filter((r) => !knownRules.has(r));
    for (const r of unknown) invalid.push({ line: s.line, column: s.column, message: `unknown rule "${r}" in docward-${s.directive}` });
    if (unknown.length > 0 && unknown.length === s.rules.length) continue; // nothing valid left to suppress
    valid.push({ ...s, rules: s.rules.filter((r) => knownRules.has(r)) });
  }
  const scopes = buildScopes(valid);
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const scope of scopes) {
      if (f.line >= scope.from && f.line <= scope.to && (scope.rule === undefined || scope.rule === f.rule)) {
        scope.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  const unused = scopes
    .filter((s) => !s.used)
    .map((s) => ({
      line: s.source.line,
      column: s.source.column,
      message: `docward-${s.source.directive}${s.rule ? ` ${s.rule}` : ''} suppressed nothing; remove it`,
    }));
  return { kept, invalid, unused };
}

function buildScopes(suppressions: Suppression[]): Scope[] {
  const ordered = [...suppressions].sort((a, b) => a.line - b.line || a.column - b.column);
  const scopes: Scope[] = [];
  ordered.forEach((s, i) => {
    const rules: (string | undefined)[] = s.rules.length > 0 ? s.rules : [undefined];
    for (const rule of rules) {
      if (s.directive === 'disable-file') scopes.push({ source: s, rule, from: 1, to: Infinity, used: false });
      else if (s.directive === 'disable-next-line') scopes.push({ source: s, rule, from: s.line + 1, to: s.line + 1, used: false });
      else if (s.directive === 'disable') {
        const end = ordered.slice(i + 1).find((e) => e.directive === 'enable' && (e.rules.length === 0 || (rule !== undefined && e.rules.includes(rule))));
        scopes.push({ source: s, rule, from: s.line, to: end ? end.line - 1 : Infinity, used: false });
      }
    }
  });
  return scopes;
}
