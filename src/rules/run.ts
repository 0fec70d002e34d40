/**
 * Applies every enabled rule (severity and options per path) to each document as the scan
 * delivers it, then inline suppressions; what needs other documents finishes once they are there:
 * a fragment when its target document arrives, reachability and site routes after the last
 * document (suppressions of a document that has any wait for the end too). Between batches it
 * keeps findings, the suppressions of documents that have any, what `check`s deferred and the
 * index's compact summaries: never a document's facts.
 */
import type { DocumentFacts, ScanResult, Suppression } from '../engine/contract.js';
import type { Finding, Severity } from '../findings.js';
import type { ResolvedConfig } from '../config/load.js';
import { nestedSiteContent } from '../sites/detect.js';
import { classOf, documentClasses, rulesForPath, withClasses, type DocumentClass, type RulesForPath } from '../config/per-path.js';
import { applySuppressions, type SuppressionProblem } from '../filters/suppressions.js';
import { RULES, RULES_BY_ID } from './index.js';
import { ScanIndex, type ScanListing } from './scan-index.js';
import type { SiteInput } from '../sites/site-links.js';
import { FindingRows } from './finding-rows.js';
import { flatten } from './flat-string.js';
import { UnverifiedTally, type Unverified } from '../unverified.js';
import { hitSeverity, type Defer, type LinkedDocument, type Rule, type RuleContext, type RuleHit } from './types.js';
import type { ResolvedRule } from '../config/types.js';

export interface RunContext {
  now: Date;
  gitDates?: Map<string, Date>;
  /** Site-generator link mode and navigation files (default: GitHub rendering, no navigation). */
  site?: SiteInput;
  /** Where rules and the site model count what they could not check (default: a tally of the runner's own). */
  unverified?: UnverifiedTally;
}

/** A rule that is on for some set of paths, with the severity and context it runs with there. */
interface ActiveRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any, any>;
  /** The rule's position in the registry (findings of a document come in this order). */
  rank: number;
  severity: Severity;
  context: RuleContext<unknown>;
}

/** What one active rule's `check`s deferred: item i belongs to document `numbers[i]` (a document's items are consecutive). */
interface Deferred {
  numbers: number[];
  items: unknown[];
}

/** A document with inline suppressions: its findings wait for the last document, as deferred ones may still be suppressed. */
interface Held {
  suppressions: Suppression[];
  settings: Record<string, ResolvedRule>;
  findings: Finding[];
}

/** Documents per batch when `runRules` slices a whole scan. */
export const DEFAULT_BATCH = 256;

const RULE_IDS = RULES.map((rule) => rule.id);
const RANK = new Map(RULE_IDS.map((id, i) => [id, i]));
/** A document's findings in registry order (stable: each rule's own order is kept). */
const byRank = (a: Finding, b: Finding) => RANK.get(a.rule)! - RANK.get(b.rule)!;
/** Findings settled after their document's check, which arrive in any order: registry order, position (a rule's order: links are in source order), then message (never arrival). */
const byRankThenPosition = (a: Finding, b: Finding) =>
  byRank(a, b) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** A document's findings in the order one pass of every rule gives: its own check's, then the later ones merged in by rule. */
function inOrder(immediate: Finding[], late: Finding[] | undefined): Finding[] {
  if (!late) return immediate;
  return immediate.concat(late.sort(byRankThenPosition)).sort(byRank);
}

/** True when the rule is on for some path (base setting or any override naming it). */
function usedAnywhere(config: ResolvedConfig, id: string): boolean {
  return config.rules[id]?.severity !== 'off' || config.overrides.some((o) => Object.hasOwn(o.rules, id));
}

function pushHits(out: Finding[], rule: string, severity: Severity, path: string, hits: RuleHit[]): void {
  for (const hit of hits) {
    out.push({ rule, severity: hitSeverity(hit, severity), path, line: hit.line, column: hit.column, message: flatten(hit.message) });
  }
}

function pushRows(rows: FindingRows, active: ActiveRule, number: number, hits: RuleHit[]): void {
  for (const hit of hits) {
    rows.push(active.rank, hitSeverity(hit, active.severity), number, hit.line, hit.column, flatten(hit.message));
  }
}

/** Rules over a scan delivered in batches: `add` every batch in order, then `finish` once. */
export class RuleRunner {
  private readonly index: ScanIndex;
  private readonly config: ResolvedConfig;
  private readonly ctx: RunContext;
  private readonly tally: UnverifiedTally;
  private readonly forPath: RulesForPath;
  /** Documents that are not pages (templates, test fixtures): counted, checked only for what their class keeps. */
  private readonly classes: DocumentClass[];
  private readonly known = new Set(RULES_BY_ID.keys());
  // rulesForPath returns one settings object per override signature: build each one's rule list once, not per document.
  private readonly activeBySettings = new Map<Record<string, ResolvedRule>, ActiveRule[]>();
  private delivered = 0;
  /** Findings of each document's own check (documents without suppressions): documents arrive in order, so each one's rows are consecutive. */
  private readonly immediate = new FindingRows();
  /** Findings that came after their document's check (deferred, or link rules of a site), in any order: merged in rule order at the end. */
  private readonly late = new FindingRows();
  private readonly held = new Map<number, Held>();
  /** Items deferred to the end. */
  private readonly deferred = new Map<ActiveRule, Deferred>();
  /** Items waiting for a document, by its number: flat triples (active rule, deferring document's number, item). */
  private readonly waiting = new Map<number, unknown[]>();
  /** Items whose document already arrived, as the same triples: settled right after the deferring document's check. */
  private ready: unknown[] = [];
  /** Site modes: what link rules read of each document, until the routes exist (after the last document). */
  private readonly linkDocs: (LinkedDocument | undefined)[] = [];
  private readonly keepLinks: boolean;
  /** The rule and document of the `check` running now (what `defer` files items under). */
  private checking?: ActiveRule;
  private checkingNumber = 0;
  private readonly defer: Defer<unknown> = (item, until) => {
    const active = this.checking!;
    const number = this.checkingNumber;
    if (until === undefined) {
      let deferred = this.deferred.get(active);
      if (!deferred) this.deferred.set(active, (deferred = { numbers: [], items: [] }));
      deferred.numbers.push(number);
      deferred.items.push(item);
    } else if (this.index.arrived(until)) this.ready.push(active, number, item);
    else {
      let waiting = this.waiting.get(until);
      if (!waiting) this.waiting.set(until, (waiting = []));
      waiting.push(active, number, item);
    }
  };

  constructor(listing: ScanListing, config: ResolvedConfig, ctx: RunContext) {
    const graph = usedAnywhere(config, 'orphan');
    this.index = new ScanIndex(listing, ctx.site, { anchors: usedAnywhere(config, 'link-anchor'), graph });
    this.config = config;
    this.ctx = ctx;
    this.tally = ctx.unverified ?? new UnverifiedTally();
    const settings = this.index.settings;
    // sites/load.ts finds the nested sites; a scan without it (GitHub mode by default) looks from the root.
    const nested =
      settings.nestedSites ??
      (settings.mode === 'github' && config.nestedSites === undefined ? nestedSiteContent(listing.paths, listing.dirs, { siteRoot: '' }) : []);
    this.classes = documentClasses(config, settings.mode, settings.contentRoot, nested);
    this.forPath = withClasses(rulesForPath(config), this.classes);
    this.keepLinks = !this.index.linksResolve && (graph || RULES.some((r) => r.phase === 'links' && usedAnywhere(config, r.id)));
  }

  private activeRules(settings: Record<string, ResolvedRule>): ActiveRule[] {
    let active = this.activeBySettings.get(settings);
    if (!active) {
      active = [];
      for (const rule of RULES) {
        const setting = settings[rule.id];
        if (!rule.checksDocuments || !setting || setting.severity === 'off') continue;
        active.push({ rule, rank: RANK.get(rule.id)!, severity: setting.severity, context: this.context(setting) });
      }
      this.activeBySettings.set(settings, active);
    }
    return active;
  }

  private context(setting: ResolvedRule): RuleContext<unknown> {
    return {
      options: setting.options,
      index: this.index,
      now: this.ctx.now,
      gitDates: this.ctx.gitDates,
      entryPoints: this.config.entryPoints,
      unverified: this.tally,
    };
  }

  add(batch: readonly DocumentFacts[]): void {
    // The whole batch's summaries first: fragments into later documents of the same batch need not wait.
    const numbers = batch.map((doc) => {
      const number = this.index.keep(doc);
      if (number !== this.delivered)
        throw new Error(`the scan delivered "${doc.path}" as document ${this.delivered + 1}, out of its listed order (${number + 1})`);
      this.delivered++;
      return number;
    });
    for (const number of numbers) {
      const waiting = this.waiting.get(number);
      if (!waiting) continue;
      this.waiting.delete(number);
      this.settleTriples(waiting);
    }
    batch.forEach((doc, i) => this.addDocument(doc, numbers[i]!));
  }

  private addDocument(doc: DocumentFacts, number: number): void {
    const settings = this.forPath(doc.path);
    const documentClass = classOf(this.classes, doc.path);
    if (documentClass) this.tally.add({ cause: documentClass.cause, message: documentClass.message, unit: 'pages', key: documentClass.key });
    const linksResolve = this.index.linksResolve;
    // Suppressions are applied to Finding objects at the end: only documents that have any keep objects.
    const held: Finding[] | undefined = doc.suppressions.length > 0 ? [] : undefined;
    // The listing's string: findings then share it instead of keeping the batch's copy.
    const path = this.index.documentPaths[number]!;
    for (const active of this.activeRules(settings)) {
      if (active.rule.phase === 'links' && !linksResolve) continue;
      const hits = this.check(active, path, number, doc);
      if (held) pushHits(held, active.rule.id, active.severity, path, hits);
      else pushRows(this.immediate, active, number, hits);
    }
    if (linksResolve) this.index.keepEdges(number, doc);
    else if (this.keepLinks) this.linkDocs[number] = { path, links: doc.links, problem: doc.problem };
    if (held) this.held.set(number, { suppressions: doc.suppressions, settings, findings: held });
    this.settleReady();
  }

  /** `doc`: a document's facts, or what a site's link rules kept of it (only link rules get those). */
  private check(active: ActiveRule, path: string, number: number, doc: DocumentFacts | LinkedDocument): RuleHit[] {
    // `check` is synchronous: one `defer` serves every call, reading whose call it is from these fields (no two closures per rule and document).
    this.checking = active;
    this.checkingNumber = number;
    try {
      return active.rule.check(doc as DocumentFacts, active.context, this.defer);
    } catch (error) {
      throw new Error(`rule ${active.rule.id} failed on ${path}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** What the rules and the site model could not check, one entry per cause (complete once `finish` ran). */
  unverified(): Unverified[] {
    return this.tally.list();
  }

  /** Runs what needed every document, applies suppressions and returns all findings (documents in scan order, then navigation files). */
  finish(): Finding[] {
    const total = this.index.documentPaths.length;
    if (this.delivered !== total) throw new Error(`the scan ended after ${this.delivered} of its ${total} listed documents`);
    if (!this.index.linksResolve) this.finishLinks();
    // Every document arrived: nothing waits any more (an item naming no document is settled here too).
    for (const waiting of this.waiting.values()) this.settleTriples(waiting);
    this.waiting.clear();
    for (const [active, { numbers, items }] of this.deferred) {
      for (let start = 0, end = 0; start < numbers.length; start = end) {
        const number = numbers[start]!;
        while (end < numbers.length && numbers[end] === number) end++;
        this.finishItems(active, number, items.slice(start, end));
      }
    }
    this.deferred.clear();
    // Nothing reads anchors or edges any more: free them before the findings become objects.
    this.index.dropSummaries();
    const out = this.documentFindings();
    this.held.clear();
    this.navigation(out);
    return out;
  }

  /** Every document's findings as objects, documents in scan order, each in the order of `inOrder`. */
  private documentFindings(): Finding[] {
    const { immediate, late } = this;
    const order = this.lateOrder();
    const heldNumbers = [...this.held.keys()].sort((a, b) => a - b);
    const out: Finding[] = [];
    let i = 0;
    let j = 0;
    let h = 0;
    for (;;) {
      let number = Infinity;
      if (i < immediate.length) number = immediate.document(i);
      if (j < order.length) number = Math.min(number, late.document(order[j]!));
      if (h < heldNumbers.length) number = Math.min(number, heldNumbers[h]!);
      if (number === Infinity) return out;
      const path = this.index.documentPaths[number]!;
      let jEnd = j;
      while (jEnd < order.length && late.document(order[jEnd]!) === number) jEnd++;
      if (heldNumbers[h] === number) {
        for (const finding of this.suppress(number, this.held.get(number)!, order.subarray(j, jEnd))) out.push(finding);
        h++;
      } else {
        // Both runs are in rule order (a check's rules run in registry order): merged stably, the check's own first.
        for (; i < immediate.length && immediate.document(i) === number; i++) {
          for (; j < jEnd && late.rank(order[j]!) < immediate.rank(i); j++) out.push(late.finding(order[j]!, RULE_IDS, path));
          out.push(immediate.finding(i, RULE_IDS, path));
        }
        for (; j < jEnd; j++) out.push(late.finding(order[j]!, RULE_IDS, path));
      }
      j = jEnd;
    }
  }

  /**
   * Late rows by document, then rule order and position, then message: never by arrival, which
   * depends on how the scan was cut into batches (two findings of one rule at one position, e.g. a
   * site mode's links from one shortcode, would otherwise swap between batch sizes).
   */
  private lateOrder(): Int32Array {
    const late = this.late;
    const order = new Int32Array(late.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    return order.sort(
      (a, b) =>
        late.document(a) - late.document(b) ||
        late.rank(a) - late.rank(b) ||
        late.line(a) - late.line(b) ||
        late.column(a) - late.column(b) ||
        byMessage(late, a, b),
    );
  }

  /** Site modes: builds the routes, then runs the link rules on what was kept of each document. */
  private finishLinks(): void {
    this.index.buildSite();
    for (let number = 0; number < this.linkDocs.length; number++) {
      const doc = this.linkDocs[number];
      if (!doc) continue;
      this.linkDocs[number] = undefined;
      for (const active of this.activeRules(this.forPath(doc.path))) {
        const rule = active.rule;
        if (rule.phase === 'links') pushRows(this.late, active, number, this.check(active, doc.path, number, doc));
      }
      this.index.keepEdges(number, doc);
      this.settleReady();
    }
  }

  private finishItems(active: ActiveRule, number: number, items: unknown[]): void {
    const path = this.index.documentPaths[number]!;
    let hits;
    try {
      hits = active.rule.finish!({ path, number }, items, active.context);
    } catch (error) {
      throw new Error(`rule ${active.rule.id} failed on ${path}: ${(error as Error).message}`, { cause: error });
    }
    pushRows(this.late, active, number, hits);
  }

  private settleTriples(triples: unknown[]): void {
    for (let i = 0; i < triples.length; i += 3) this.finishItems(triples[i] as ActiveRule, triples[i + 1] as number, [triples[i + 2]]);
  }

  private settleReady(): void {
    if (this.ready.length === 0) return;
    const ready = this.ready;
    this.ready = [];
    this.settleTriples(ready);
  }

  /** The document's findings left by its suppressions, with the suppressions' own (`lateRows`: its late rows, in `lateOrder`). */
  private suppress(number: number, held: Held, lateRows: Int32Array): Finding[] {
    const path = this.index.documentPaths[number]!;
    const late = lateRows.length === 0 ? undefined : Array.from(lateRows, (row) => this.late.finding(row, RULE_IDS, path));
    const findings = inOrder(held.findings, late);
    const { kept, invalid, unused } = applySuppressions(held, findings, this.known);
    const meta = (rule: string, problems: SuppressionProblem[]) => {
      const severity = held.settings[rule]?.severity ?? 'off';
      if (severity === 'off') return;
      for (const p of problems) {
        kept.push({ rule, severity, path, line: p.line, column: p.column, message: flatten(p.message) });
      }
    };
    meta('suppression-invalid', invalid);
    meta('suppression-unused', unused);
    return kept;
  }

  /** Navigation files are not documents: only rules that judge navigation run, without inline suppressions. */
  private navigation(out: Finding[]): void {
    for (const nav of this.index.site.navigation) {
      const settings = this.forPath(nav.path);
      for (const rule of RULES) {
        const setting = settings[rule.id];
        if (!rule.checkNavigation || !setting || setting.severity === 'off') continue;
        pushHits(out, rule.id, setting.severity, nav.path, rule.checkNavigation(nav, this.context(setting)));
      }
    }
  }
}

/** The listing of a whole scan (documents' paths from its documents). */
export function listingOf(scan: ScanResult): ScanListing {
  return { paths: scan.paths, dirs: scan.dirs, documentPaths: scan.documents.map((d) => d.path) };
}

/** The rules over a whole scan, handed to the runner in batches of `batchSize` documents. */
export function runRules(scan: ScanResult, config: ResolvedConfig, ctx: RunContext, batchSize = DEFAULT_BATCH): Finding[] {
  const runner = new RuleRunner(listingOf(scan), config, ctx);
  for (let start = 0; start < scan.documents.length; start += batchSize) runner.add(scan.documents.slice(start, start + batchSize));
  return runner.finish();
}

/** Rows with equal messages are equal findings: their order cannot show. */
function byMessage(rows: FindingRows, a: number, b: number): number {
  const x = rows.message(a);
  const y = rows.message(b);
  return x < y ? -1 : x > y ? 1 : a - b;
}
