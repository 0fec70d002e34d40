/**
 * Runs every enabled rule (severity and options per path) over a scan delivered in batches, then
 * inline suppressions. A document's own checks run as it arrives; what needs other documents is
 * settled by the rule's `finish` once they are there: a fragment when its target document arrives,
 * what a rule defers to the end (reachability, titles a site may excuse) after the last document.
 * In site modes link rules run after the last document too, as routes need every page. Between
 * batches it keeps findings (finding-store.ts), what `check`s deferred, the index's summaries
 * (scan-index.ts: anchors, link-graph edges, site modes' route keys) and, of a document's facts,
 * only these: its inline suppressions when it has any, and in site modes its links (kept-links.ts)
 * until the link rules ran on them.
 */
import type { DocumentFacts, ScanResult } from '../engine/contract.js';
import type { Finding } from '../findings.js';
import type { ResolvedConfig } from '../config/load.js';
import { nestedSiteContent } from '../sites/detect.js';
import { documentClasses, rulesForPath, scriptTemplateClass, withClasses, type DocumentClass, type RulesForPath } from '../config/per-path.js';
import { isScriptToken } from './placeholder.js';
import { RULES, RULES_BY_ID } from './index.js';
import { ScanIndex, type AnchorMemo, type ScanListing } from './scan-index.js';
import type { SiteInput } from '../sites/site-links.js';
import { FindingStore, pushHits, RANK, type RankedRule } from './finding-store.js';
import { UnverifiedTally, type Unverified } from '../unverified.js';
import { KeptLinks } from './kept-links.js';
import type { Defer, LinkedDocument, LinkRule, Rule, RuleContext, RuleHit } from './types.js';
import type { ResolvedRule } from '../config/types.js';

export interface RunContext {
  now: Date;
  gitDates?: Map<string, Date>;
  /** Site-generator link mode and navigation files (default: GitHub rendering, no navigation). */
  site?: SiteInput;
  /** Where rules and the site model count what they could not check (default: a tally of the runner's own). */
  unverified?: UnverifiedTally;
  /** Rules left out on some documents (a pull request's base takes those hits from the head): the rule ids, and which documents by number. */
  skip?: { rules: ReadonlySet<string>; document: (number: number) => boolean };
  /** Anchor ids shared with another runner over the same facts (a pull request's head and base). */
  anchorMemo?: AnchorMemo;
  /** Link-graph edges known without resolving the document's links (a pull request's base takes an unchanged document's from the head): per document number, or undefined. */
  knownEdges?: (number: number) => Int32Array | undefined;
  /** Keep each document's class and rule settings (`rulesOf`) for a second runner over the same facts (a pull request's base). */
  keepRules?: boolean;
  /** Classes and settings another runner kept for documents with the same facts and path (a pull request's base takes reused documents' from the head); used when its classes are this runner's. */
  knownRules?: KnownRules;
}

/** A document's class (a position in the runner's classes, then the script-template class; -1: none) and its rule settings. */
export interface DocumentRules {
  classIndex: number;
  settings: Record<string, ResolvedRule>;
}

/** What a runner kept of its documents' classes and settings, and what its classes were made of (equal keys: equal classes). */
export interface KnownRules {
  classKey: string;
  of: (number: number) => DocumentRules | undefined;
}

/** A rule that is on for some set of paths, with its registry position, the severity and the context it runs with there. */
interface ActiveRule extends RankedRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any, any>;
  context: RuleContext<unknown>;
}

/** What one active rule's `check`s deferred to the end: item i belongs to document `numbers[i]` (a document's items are consecutive). */
interface DeferredToEnd {
  numbers: number[];
  items: unknown[];
}

/** An item a `check` deferred until a document arrives: settled alone, by the deferring rule's `finish`, once that document is there. */
interface WaitingItem {
  active: ActiveRule;
  /** The deferring document's number (the one whose findings the item's hits are). */
  number: number;
  /** The rule's own record of what it waits to judge. */
  item: unknown;
}

/** A rule's error, naming the rule and the document. */
function ruleFailed(active: ActiveRule, path: string, error: unknown): Error {
  return new Error(`rule ${active.rule.id} failed on ${path}: ${(error as Error).message}`, { cause: error });
}

/** Documents per batch when `runRules` slices a whole scan. */
export const DEFAULT_BATCH = 256;

/** True when the rule is on for some path (base setting or any override naming it). */
function usedAnywhere(config: ResolvedConfig, id: string): boolean {
  return config.rules[id]?.severity !== 'off' || config.overrides.some((o) => Object.hasOwn(o.rules, id));
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
  /** Templates found by their content (no heading, a script's token as a link target: a fragment a build step fills in), with their class's rules; none when `templates` is configured. */
  private readonly scriptTemplates?: { documentClass: DocumentClass; forPath: RulesForPath; paths: Set<string> };
  // rulesForPath returns one settings object per override signature: build each one's rule list once, not per document.
  private readonly activeBySettings = new Map<Record<string, ResolvedRule>, ActiveRule[]>();
  /** What the classes are made of beside the config (the site's mode, content root and nested sites): runners with equal keys and configs class a path alike. */
  readonly classKey: string;
  /** Per document number, with `keepRules`: its class and settings. */
  private readonly kept?: DocumentRules[];
  private readonly knownRules?: KnownRules;
  private delivered = 0;
  private readonly findings: FindingStore;
  /** Items deferred to the end, by rule. */
  private readonly deferred = new Map<ActiveRule, DeferredToEnd>();
  /** Items waiting for a document that has not arrived, by its number: settled when it arrives. */
  private readonly waiting = new Map<number, WaitingItem[]>();
  /** Items whose document already arrived: settled right after the deferring document's check. */
  private ready: WaitingItem[] = [];
  /** Site modes when a link rule or the graph is on: what link rules read of each document (its links), kept until the routes exist after the last document. */
  private linkDocs?: KeptLinks;
  /** Each kept document's rule settings (what `finishLinks` runs the link rules with: worked out once per document). */
  private readonly linkSettings: Record<string, ResolvedRule>[] = [];
  /** The rule and document of the `check` running now (what `defer` files items under): `check` is synchronous, so one `defer` serves every call (no closure per rule and document). */
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
    } else if (this.index.arrived(until)) this.ready.push({ active, number, item });
    else {
      let waiting = this.waiting.get(until);
      if (!waiting) this.waiting.set(until, (waiting = []));
      waiting.push({ active, number, item });
    }
  };

  constructor(listing: ScanListing, config: ResolvedConfig, ctx: RunContext) {
    const graph = usedAnywhere(config, 'orphan');
    this.index = new ScanIndex(listing, ctx.site, {
      anchors: usedAnywhere(config, 'link-anchor'),
      graph,
      anchorMemo: ctx.anchorMemo,
      knownEdges: ctx.knownEdges,
    });
    this.findings = new FindingStore(this.index.documentPaths, new Set(RULES_BY_ID.keys()));
    this.config = config;
    this.ctx = ctx;
    this.tally = ctx.unverified ?? new UnverifiedTally();
    const settings = this.index.settings;
    // sites/load.ts finds the nested sites; a scan without it (GitHub mode by default) looks from the root.
    const nested =
      settings.nestedSites ??
      (settings.mode === 'github' && config.nestedSites === undefined ? nestedSiteContent(listing.paths, listing.dirs, { siteRoot: '' }) : []);
    this.classes = documentClasses(config, settings.mode, settings.contentRoot, nested);
    this.classKey = JSON.stringify([settings.mode, settings.contentRoot, nested]);
    if (ctx.keepRules) this.kept = [];
    if (ctx.knownRules?.classKey === this.classKey) this.knownRules = ctx.knownRules;
    // The overrides' globs compiled once for both: withClasses keeps its own cache per class list.
    const overridden = rulesForPath(config);
    this.forPath = withClasses(overridden, this.classes);
    const scriptTemplate = scriptTemplateClass(config);
    if (scriptTemplate) this.scriptTemplates = { documentClass: scriptTemplate, forPath: withClasses(overridden, [scriptTemplate]), paths: new Set() };
    if (!this.index.linksResolve && (graph || RULES.some((r) => r.phase === 'links' && usedAnywhere(config, r.id))))
      this.linkDocs = new KeptLinks(this.index.documentPaths.length);
  }

  /** The rules for a document: its path's, or a script template's. */
  private settingsFor(path: string): Record<string, ResolvedRule> {
    const templates = this.scriptTemplates;
    return templates?.paths.has(path) ? templates.forPath(path) : this.forPath(path);
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
      this.settleWaiting(waiting);
    }
    batch.forEach((doc, i) => this.addDocument(doc, numbers[i]!));
  }

  /** The document's class and rule settings: another runner's when it kept them, else worked out here. */
  private rulesFor(doc: DocumentFacts, number: number): DocumentRules {
    const templates = this.scriptTemplates;
    const known = this.knownRules?.of(number);
    if (known) {
      if (templates && known.classIndex === this.classes.length) templates.paths.add(doc.path);
      return known;
    }
    let classIndex = this.classes.findIndex((c) => c.matches(doc.path));
    if (classIndex < 0 && templates && doc.headings.length === 0 && doc.links.some((link) => isScriptToken(link.target))) {
      templates.paths.add(doc.path);
      classIndex = this.classes.length;
    }
    return { classIndex, settings: this.settingsFor(doc.path) };
  }

  /** A document's class and settings, kept with `keepRules` from its arrival on. */
  rulesOf(number: number): DocumentRules | undefined {
    return this.kept?.[number];
  }

  private addDocument(doc: DocumentFacts, number: number): void {
    const rules = this.rulesFor(doc, number);
    if (this.kept) this.kept[number] = rules;
    const { classIndex, settings } = rules;
    const documentClass = classIndex < 0 ? undefined : classIndex < this.classes.length ? this.classes[classIndex] : this.scriptTemplates?.documentClass;
    if (documentClass) this.tally.add({ cause: documentClass.cause, message: documentClass.message, unit: 'pages', key: documentClass.key });
    const linksResolve = this.index.linksResolve;
    // Suppressions are applied to Finding objects at the end: only documents that have any keep objects.
    const held: Finding[] | undefined = doc.suppressions.length > 0 ? [] : undefined;
    // The listing's string: findings then share it instead of keeping the batch's copy.
    const path = this.index.documentPaths[number]!;
    const skip = this.skipped(number);
    for (const active of this.activeRules(settings)) {
      if ((active.rule.phase === 'links' && !linksResolve) || skip?.has(active.rule.id)) continue;
      const hits = this.check(active, path, number, doc);
      if (held) pushHits(held, active.rule.id, active.severity, path, hits);
      else this.findings.checked(active, number, hits);
    }
    if (linksResolve) this.index.keepEdges(number, doc);
    else if (this.linkDocs) {
      this.linkDocs.keep(number, doc);
      this.linkSettings[number] = settings;
    }
    if (held) this.findings.hold(number, doc.suppressions, settings, held);
    this.settleReady();
  }

  private skipped(number: number): ReadonlySet<string> | undefined {
    const skip = this.ctx.skip;
    return skip?.document(number) ? skip.rules : undefined;
  }

  /** Any rule's `check` on a document's facts. */
  private check(active: ActiveRule, path: string, number: number, doc: DocumentFacts): RuleHit[] {
    this.checking = active;
    this.checkingNumber = number;
    try {
      return active.rule.check(doc, active.context, this.defer);
    } catch (error) {
      throw ruleFailed(active, path, error);
    }
  }

  /** A link rule's `check` on what a site mode kept of a document (only link rules read that little). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private checkLinks(active: ActiveRule, rule: LinkRule<any, any>, number: number, doc: LinkedDocument): RuleHit[] {
    this.checking = active;
    this.checkingNumber = number;
    try {
      return rule.check(doc, active.context, this.defer);
    } catch (error) {
      throw ruleFailed(active, doc.path, error);
    }
  }

  /** Documents the document reaches directly (by number), from its arrival until `finish`. */
  edgesOf(number: number): Int32Array {
    return this.index.edgesOf(number);
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
    for (const waiting of this.waiting.values()) this.settleWaiting(waiting);
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
    const out = this.findings.documentFindings();
    this.navigation(out);
    return out;
  }

  /** Site modes: builds the routes, then runs the link rules on what was kept of each document. */
  private finishLinks(): void {
    this.index.buildSite();
    const kept = this.linkDocs;
    if (!kept) return;
    for (let number = 0; number < this.index.documentPaths.length; number++) {
      const doc = kept.take(number, this.index.documentPaths[number]!);
      if (!doc) continue;
      const skip = this.skipped(number);
      for (const active of this.activeRules(this.linkSettings[number]!)) {
        const rule = active.rule;
        if (rule.phase === 'links' && !skip?.has(rule.id)) this.findings.settled(active, number, this.checkLinks(active, rule, number, doc));
      }
      this.index.keepEdges(number, doc);
      this.settleReady();
    }
    this.linkDocs = undefined;
    this.linkSettings.length = 0;
  }

  private finishItems(active: ActiveRule, number: number, items: unknown[]): void {
    const path = this.index.documentPaths[number]!;
    let hits;
    try {
      hits = active.rule.finish!({ path, number }, items, active.context);
    } catch (error) {
      throw ruleFailed(active, path, error);
    }
    this.findings.settled(active, number, hits);
  }

  private settleWaiting(waiting: WaitingItem[]): void {
    for (const { active, number, item } of waiting) this.finishItems(active, number, [item]);
  }

  private settleReady(): void {
    if (this.ready.length === 0) return;
    const ready = this.ready;
    this.ready = [];
    this.settleWaiting(ready);
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
