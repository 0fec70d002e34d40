/**
 * Lookups over one scan shared by all rules, composed of one part per job: the listing (known
 * before any document arrives), each document's anchors, the link mode's resolver (site modes keep
 * each page's route keys until it is built), the current document's resolved links, the link graph
 * and a cache of values derived from rule options. Keeps compact summaries, never a document's facts.
 */
import type { DocumentFacts } from '../engine/contract.js';
import type { AnchorIds } from './links/anchors.js';
import type { ResolvedLink } from './links/resolve.js';
import type { LinkSettings } from '../sites/settings.js';
import { GITHUB_SITE, type SiteInput, type SiteLinks } from '../sites/site-links.js';
import type { LinkedDocument } from './types.js';
import { ListingLookup, type ScanListing } from './scan-index/listing.js';
import { DocumentAnchors, type AnchorMemo } from './scan-index/anchors.js';
import { SiteBuild } from './scan-index/site.js';
import { LinkResolution } from './scan-index/resolved-links.js';
import { LinkGraph } from './scan-index/graph.js';
import { OptionsMemo } from './scan-index/options-memo.js';
import { GENERATORS } from '../sites/index.js';

export type { AnchorMemo };

export type { ScanListing } from './scan-index/listing.js';

/** Which per-document summaries to keep (each costs memory for every document). */
export interface KeptSummaries {
  /** Fragment targets (link-anchor into other documents). */
  anchors: boolean;
  /** Documents and folders each document links to (orphan). */
  graph: boolean;
  /** Anchor ids shared between scans of the same facts (a pull request's base reuses the head's documents). */
  anchorMemo?: AnchorMemo;
  /** Edges known without resolving a document's links, per document number (a pull request's base takes an unchanged document's from the head). */
  knownEdges?: (number: number) => Int32Array | undefined;
}

export class ScanIndex {
  private readonly listing: ListingLookup;
  private readonly anchors: DocumentAnchors;
  private readonly build: SiteBuild;
  private readonly resolution: LinkResolution;
  /** Undefined when no rule reads the graph. */
  private readonly graph?: LinkGraph;
  private readonly memo = new OptionsMemo();
  private readonly knownEdges?: (number: number) => Int32Array | undefined;
  readonly dirs: ReadonlySet<string>;
  /** Every document's path in delivery order; a document's number is its position here. */
  readonly documentPaths: readonly string[];
  /** The configured link mode's settings (available before the site's routes are). */
  readonly settings: LinkSettings;

  constructor(listing: ScanListing, site: SiteInput = GITHUB_SITE, kept: KeptSummaries = { anchors: true, graph: true }) {
    this.listing = new ListingLookup(listing);
    this.dirs = this.listing.dirs;
    this.documentPaths = this.listing.documentPaths;
    const documents = this.documentPaths.length;
    this.settings = site.settings;
    this.anchors = new DocumentAnchors(documents, site.settings.mode, kept.anchors, kept.anchorMemo);
    this.build = new SiteBuild(site, this.listing);
    this.resolution = new LinkResolution(this.listing, this.build);
    if (kept.graph) this.graph = new LinkGraph(documents);
    this.knownEdges = kept.knownEdges;
  }

  /** The site reads frontmatter dates with JavaScript `Date`, which also takes `YYYY/MM/DD`. */
  get slashDates(): boolean {
    return GENERATORS[this.settings.mode].frontmatterDates === 'javascript';
  }

  /** Link resolution in the configured mode; in site modes only after `buildSite` (routes need every page's frontmatter). */
  get site(): SiteLinks {
    return this.build.site;
  }

  /** True once links can be resolved. */
  get linksResolve(): boolean {
    return this.build.linksResolve;
  }

  /** Builds a site mode's routes from the pages kept so far (call after the last document). */
  buildSite(): void {
    this.build.build();
  }

  /** Keeps what later checks need of a document that just arrived (call before rules run on it). */
  keep(doc: DocumentFacts): number {
    const number = this.numberOf(doc.path);
    if (number === undefined) throw new Error(`the scan delivered "${doc.path}", which its listing of documents does not name`);
    this.anchors.keep(number, doc);
    this.build.keep(doc);
    return number;
  }

  /** Keeps the documents `doc` links to, and those it lists with no link written (a Hugo section page's), once its links resolve. */
  keepEdges(number: number, doc: LinkedDocument): void {
    const graph = this.graph;
    if (!graph) return;
    const known = this.knownEdges?.(number);
    if (known) {
      graph.open(number);
      for (const target of known) graph.add(target);
      graph.close(number);
      return;
    }
    const listedPages = this.site.pagesListedBy(doc.path);
    if (doc.links.length === 0 && listedPages.length === 0) return;
    graph.open(number);
    for (const page of listedPages) graph.add(this.numberOf(page)!);
    const { links, listed, targets } = this.resolution.of(doc);
    for (let i = 0; i < links.length; i++) {
      // Unlisted targets are neither documents nor folders; a repeated target costs an entry, not a lookup.
      if (listed[i] === 0) continue;
      const target = targets[i]!;
      if (target >= 0) graph.add(target);
      else {
        const resolved = links[i] as { path: string };
        if (this.isDir(resolved.path)) for (const page of this.folderPages(resolved.path)) graph.add(this.numberOf(page)!);
      }
    }
    graph.close(number);
  }

  /** The document's number (position in `documentPaths`), or undefined for a path that is no document. */
  numberOf(path: string): number | undefined {
    return this.listing.numberOf(path);
  }

  /** True once the document arrived (its anchors are known). */
  arrived(number: number): boolean {
    return this.anchors.arrived(number);
  }

  /** True once the document arrived and was read (it has no problem). */
  readable(number: number): boolean {
    return this.anchors.readable(number);
  }

  /** Fragment targets of an arrived document: heading ids as the mode's generator writes them and HTML ids; undefined when it has a problem. */
  anchorsOf(number: number): AnchorIds | undefined {
    return this.anchors.of(number);
  }

  /** Frees the per-document summaries (anchors, link-graph edges) once no rule reads them. */
  dropSummaries(): void {
    this.anchors.drop();
    this.graph?.drop();
  }

  /** Documents the document reaches directly, by links or a Hugo section list (a view: read it before the next `keepEdges`). */
  edgesOf(number: number): Int32Array {
    return this.graph ? this.graph.of(number) : new Int32Array(0);
  }

  /** True for a listed file or directory, or the root itself (`''`). */
  exists(path: string): boolean {
    return this.listing.exists(path);
  }

  isDir(path: string): boolean {
    return this.listing.isDir(path);
  }

  /** Paths that equal `path` ignoring letter case (for `link-case`), in listing order. */
  caseVariants(path: string): string[] {
    return this.listing.caseVariants(path);
  }

  /** Documents shown for a folder: README first, then index pages, in scan order within each kind. */
  folderPages(dir: string): string[] {
    return this.listing.folderPages(dir);
  }

  /** Each of the document's links resolved in the site mode, same order as `doc.links`; computed once per document for all link rules. */
  linksOf(doc: LinkedDocument): ResolvedLink[] {
    return this.resolution.of(doc).links;
  }

  /** Per link of `doc` (same order): 1 when it resolves to a path that `exists`, else 0 (saves each link rule a lookup). */
  listedLinksOf(doc: LinkedDocument): Uint8Array {
    return this.resolution.of(doc).listed;
  }

  /** Per link of `doc` (same order): the number of the document it resolves to, else -1. */
  linkTargetsOf(doc: LinkedDocument): Int32Array {
    return this.resolution.of(doc).targets;
  }

  /** Values derived from one options object (compiled globs, regexes), computed once per scan. */
  forOptions<T>(options: object, name: string, compute: () => T): T {
    return this.memo.get(options, name, compute);
  }
}
