/** The rule interface: a rule is a pure function from one document's facts (plus the scan index) to hits. */
import type { DocumentFacts } from '../engine/contract.js';
import type { Severity, SeveritySetting } from '../findings.js';
import type { NavigationFile } from './links/nav/types.js';
import type { ScanIndex } from './scan-index.js';

/** What a rule reports; run.ts adds the rule id, the path and the severity. */
export interface RuleHit {
  line: number;
  column: number;
  message: string;
  /** A softer limit was crossed (e.g. recommended size): reported one severity below the configured one. */
  soft?: boolean;
}

export interface RuleContext<O> {
  /** Options for this document's path: defaults, then preset, config and matching overrides. */
  options: O;
  index: ScanIndex;
  now: Date;
  /** Globs of documents the link graph starts from (config `entryPoints`). */
  entryPoints: string[];
  /** Last commit date per path, when git history was read. */
  gitDates?: Map<string, Date>;
}

export interface Rule<O = Record<string, unknown>> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** JSON Schema (draft-07) of the options object, without `severity`. */
  optionsSchema: { type: 'object'; properties: Record<string, unknown>; additionalProperties: false };
  defaultOptions: O;
  /** False for rules whose hits come from run.ts itself (suppression checks). */
  checksDocuments: boolean;
  check(doc: DocumentFacts, ctx: RuleContext<O>): RuleHit[];
  /** Hits in a site navigation file (menu, sidebar, nav, TOC): for rules that judge its targets or its syntax. */
  checkNavigation?(nav: NavigationFile, ctx: RuleContext<O>): RuleHit[];
}

/** Severity one step softer, for `soft` hits. */
export function softer(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'notice';
}

/** Helper so each rule file keeps its option type while the registry holds `Rule<any>`. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
