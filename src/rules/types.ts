/**
 * The rule interface: a rule is a pure function from one document's facts (plus the scan index) to
 * hits. A check that needs documents not yet delivered defers it; the rule's `finish` settles it
 * once the document it waits for arrived, or after the last document.
 */
import type { DocumentFacts } from '../engine/contract.js';
import type { Severity, SeveritySetting } from '../findings.js';
import type { NavigationFile } from '../sites/navigation.js';
import type { ScanIndex } from './scan-index.js';
import type { UnverifiedTally } from '../unverified.js';

/** What a rule reports; run.ts adds the rule id, the path and the severity. */
export interface RuleHit {
  line: number;
  column: number;
  message: string;
  /** A softer limit was crossed (e.g. recommended size): reported one severity below the configured one. */
  soft?: boolean;
  /** Not a defect readers meet, only worth knowing (e.g. a fragment in the wrong case that github.com still follows): always a notice. */
  notice?: boolean;
}

/** The severity a hit is reported with, given its rule's configured one. */
export function hitSeverity(hit: RuleHit, severity: Severity): Severity {
  if (hit.notice) return 'notice';
  return hit.soft ? softer(severity) : severity;
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
  /** Counts what the rule could not check, by cause: one notice each, instead of a finding per link or page. */
  unverified: UnverifiedTally;
}

/** What link rules read of a document: in site modes they run after the last document, on this much kept of each. */
export type LinkedDocument = Pick<DocumentFacts, 'path' | 'links' | 'problem'>;

/** A document by path and number (its position in the scan's documents). */
export interface DocumentRef {
  path: string;
  number: number;
}

interface RuleBase<O, P> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** JSON Schema (draft-07) of the options object, without `severity`. */
  optionsSchema: { type: 'object'; properties: Record<string, unknown>; additionalProperties: false };
  defaultOptions: O;
  /** False for rules whose hits come from run.ts itself (suppression checks). */
  checksDocuments: boolean;
  /** Hits in a site navigation file (menu, sidebar, nav, TOC): for rules that judge its targets or its syntax. */
  checkNavigation?(nav: NavigationFile, ctx: RuleContext<O>): RuleHit[];
  /**
   * Hits for what `check` deferred for `doc`, with that document's options: after the last document
   * (items in the order deferred), or one item as soon as the document it waits for arrived. A rule
   * gives one document's hits from `check` or from `finish`, not both (run.ts merges them by position).
   */
  finish?(doc: DocumentRef, pending: P[], ctx: RuleContext<O>): RuleHit[];
}

/** Hands a check's open question (compact: no facts of other documents) to the rule's `finish`: once document number `until` arrived, else after the last document. */
export type Defer<P> = (pending: P, until?: number) => void;

/** Runs on each document's whole facts as it arrives. */
export interface DocumentRule<O, P> extends RuleBase<O, P> {
  phase?: undefined;
  check(doc: DocumentFacts, ctx: RuleContext<O>, defer: Defer<P>): RuleHit[];
}

/** Runs once links resolve: as the document arrives in GitHub mode, after the last document in site modes (routes need every page). */
export interface LinkRule<O, P> extends RuleBase<O, P> {
  phase: 'links';
  check(doc: LinkedDocument, ctx: RuleContext<O>, defer: Defer<P>): RuleHit[];
}

export type Rule<O = Record<string, unknown>, P = never> = DocumentRule<O, P> | LinkRule<O, P>;

/** Severity one step softer, for `soft` hits. */
export function softer(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'notice';
}

/** Helper so each rule file keeps its option type while the registry holds `Rule<any>`. */
export function defineRule<O, P = never>(rule: DocumentRule<O, P>): Rule<O, P> {
  return rule;
}

/** `defineRule` for rules that read only a document's links (see `LinkRule`). */
export function defineLinkRule<O, P = never>(rule: Omit<LinkRule<O, P>, 'phase'>): Rule<O, P> {
  return { ...rule, phase: 'links' };
}
