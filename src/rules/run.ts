/** Applies every enabled rule to every document (severity and options per path), then inline suppressions. */
import type { ScanResult } from '../engine/contract.js';
import type { Finding, Severity } from '../findings.js';
import type { ResolvedConfig } from '../config/load.js';
import { rulesForPath } from '../config/per-path.js';
import { applySuppressions, type SuppressionProblem } from '../filters/suppressions.js';
import { RULES, RULES_BY_ID } from './index.js';
import { ScanIndex } from './scan-index.js';
import type { SiteInput } from './links/site.js';
import { softer, type Rule, type RuleContext } from './types.js';
import type { ResolvedRule } from '../config/types.js';

export interface RunContext {
  now: Date;
  gitDates?: Map<string, Date>;
  /** Site-generator link mode and navigation files (default: GitHub rendering, no navigation). */
  site?: SiteInput;
}

/** A rule that is on for some set of paths, with the severity and context it runs with there. */
interface ActiveRule {
  rule: Rule<any>;
  severity: Severity;
  context: RuleContext<unknown>;
}

export function runRules(scan: ScanResult, config: ResolvedConfig, ctx: RunContext): Finding[] {
  const index = new ScanIndex(scan, ctx.site);
  const forPath = rulesForPath(config);
  const known = new Set(RULES_BY_ID.keys());
  // rulesForPath returns one settings object per override signature: build each one's rule list once, not per document.
  const activeBySettings = new Map<Record<string, ResolvedRule>, ActiveRule[]>();
  const activeRules = (settings: Record<string, ResolvedRule>): ActiveRule[] => {
    let active = activeBySettings.get(settings);
    if (!active) {
      active = [];
      for (const rule of RULES) {
        const setting = settings[rule.id];
        if (!rule.checksDocuments || !setting || setting.severity === 'off') continue;
        active.push({ rule, severity: setting.severity, context: { options: setting.options, index, now: ctx.now, gitDates: ctx.gitDates, entryPoints: config.entryPoints } });
      }
      activeBySettings.set(settings, active);
    }
    return active;
  };
  const out: Finding[] = [];
  for (const doc of scan.documents) {
    const settings = forPath(doc.path);
    const findings: Finding[] = [];
    for (const { rule, severity, context } of activeRules(settings)) {
      let hits;
      try {
        hits = rule.check(doc, context);
      } catch (error) {
        throw new Error(`rule ${rule.id} failed on ${doc.path}: ${(error as Error).message}`, { cause: error });
      }
      for (const hit of hits) {
        findings.push({ rule: rule.id, severity: hit.soft ? softer(severity) : severity, path: doc.path, line: hit.line, column: hit.column, message: hit.message });
      }
    }
    // Without suppressions every finding is kept and none is invalid or unused.
    if (doc.suppressions.length === 0) {
      for (const finding of findings) out.push(finding);
      continue;
    }
    const { kept, invalid, unused } = applySuppressions(doc, findings, known);
    for (const finding of kept) out.push(finding);
    const meta = (rule: string, problems: SuppressionProblem[]) => {
      const severity = settings[rule]?.severity ?? 'off';
      if (severity === 'off') return;
      for (const p of problems) out.push({ rule, severity, path: doc.path, line: p.line, column: p.column, message: p.message });
    };
    meta('suppression-invalid', invalid);
    meta('suppression-unused', unused);
  }
  // Navigation files are not documents: only rules that judge navigation run, without inline suppressions.
  for (const nav of index.site.navigation) {
    const settings = forPath(nav.path);
    for (const rule of RULES) {
      const setting = settings[rule.id];
      if (!rule.checkNavigation || !setting || setting.severity === 'off') continue;
      const severity: Severity = setting.severity;
      const hits = rule.checkNavigation(nav, { options: setting.options, index, now: ctx.now, gitDates: ctx.gitDates, entryPoints: config.entryPoints });
      for (const hit of hits) {
        out.push({ rule: rule.id, severity: hit.soft ? softer(severity) : severity, path: nav.path, line: hit.line, column: hit.column, message: hit.message });
      }
    }
  }
  return out;
}
