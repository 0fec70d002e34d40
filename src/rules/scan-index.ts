/**
 * Lookups over one scan shared by all rules: built from the listing (known before any document
 * arrives), plus compact summaries of each document kept as documents stream past (anchor ids,
 * link-graph edges, the route keys of site pages). Never holds another document's facts.
 */
import type { DocumentFacts } from '../engine/contract.js';
import { anchorIds, headingIds, type AnchorIds } from './links/anchors.js';
import { GENERATORS } from '../sites/index.js';
import type { ResolvedLink } from './links/resolve.js';
import type { LinkSettings } from '../sites/settings.js';
import { GITHUB_SITE, pageFacts, SiteLinks, type PageFacts, type SiteInput } from '../sites/site-links.js';
import type { LinkedDocument } from './types.js';

/** The part of a scan known before its documents: every listed path, the directories, the documents' paths in delivery order. */
export interface ScanListing {
  paths: readonly string[];
  dirs: readonly string[];
  documentPaths: readonly string[];
}

/** Which per-document summaries to keep (each costs memory for every document). */
export interface KeptSummaries {
  /** Fragment targets (link-anchor into other documents). */
  anchors: boolean;
  /** Documents and folders each document links to (orphan). */
  graph: boolean;
}

/** One document's links resolved, with what every link rule looks up about each (same order as its links). */
interface ResolvedLinks {
  doc: LinkedDocument;
  links: ResolvedLink[];
  /** 1 when the link resolves to a listed path (or the root). */
  listed: Uint8Array;
  /** The number of the document the link resolves to, else -1. */
  targets: Int32Array;
}

export class ScanIndex {
  /** The listing's paths: resolved links reuse these string objects, so later lookups compare by identity. */
  private readonly listed: readonly string[];
  /** Each listed path → its position in `listed`: one lookup gives the listed string and the document number. */
  private readonly positions: Map<string, number>;
  /** Per position in `listed`: the number of the document at that path, or -1. */
  private readonly documentAt: Int32Array;
  /** Numbers of documents whose path the listing lacks (only hand-made scans have any). */
  private readonly unlistedNumbers = new Map<string, number>();
  readonly dirs: ReadonlySet<string>;
  /** Every document's path in delivery order; a document's number is its position here. */
  readonly documentPaths: readonly string[];
  /** The configured link mode's settings (available before the site's routes are). */
  readonly settings: LinkSettings;
  private readonly input: SiteInput;
  private readonly kept: KeptSummaries;
  private siteLinks?: SiteLinks;
  /** Site modes: each page's route keys until the routes are built. */
  private pageList?: PageFacts[];
  private mixedCase?: Map<string, string[]>;
  private pages?: Map<string, string[]>;
  /** 1 once a document's summaries are kept (its anchors are known). */
  private readonly seen: Uint8Array;
  /** Per document number: its fragment targets; undefined for a document with a problem (no known anchors). */
  private readonly anchorSets: (AnchorIds | undefined)[];
  /** Link-graph edges: the documents document n reaches directly (its links, folders expanded to their pages; a Hugo section page's list) are `edgeTargets[edgeStart[n] .. edgeEnd[n])`. */
  private edgeTargets = new Int32Array(1024);
  private edgeCount = 0;
  private readonly edgeStart: Int32Array;
  private readonly edgeEnd: Int32Array;
  private byOptions = new WeakMap<object, Map<string, unknown>>();
  /** The last document's resolved links: every link rule and the graph read them in a row, then they go with the document. */
  private resolved?: ResolvedLinks;

  constructor(listing: ScanListing, site: SiteInput = GITHUB_SITE, kept: KeptSummaries = { anchors: true, graph: true }) {
    this.listed = listing.paths;
    this.positions = new Map(listing.paths.map((p, i) => [p, i]));
    this.dirs = new Set(listing.dirs.map((d) => this.listedString(d) ?? d));
    this.documentPaths = listing.documentPaths.map((p) => this.listedString(p) ?? p);
    this.documentAt = new Int32Array(listing.paths.length).fill(-1);
    this.documentPaths.forEach((p, number) => {
      const at = this.positions.get(p);
      if (at === undefined) this.unlistedNumbers.set(p, number);
      else this.documentAt[at] = number;
    });
    this.settings = site.settings;
    this.input = site;
    this.kept = kept;
    this.seen = new Uint8Array(this.documentPaths.length);
    this.anchorSets = new Array(this.documentPaths.length);
    this.edgeStart = new Int32Array(this.documentPaths.length);
    this.edgeEnd = new Int32Array(this.documentPaths.length);
    // GitHub routes are file paths: links resolve as soon as a document arrives.
    if (site.settings.mode === 'github') this.siteLinks = this.newSite([]);
    else this.pageList = [];
  }

  /** The listing's string equal to `path`, or undefined when `path` is not listed. */
  private listedString(path: string): string | undefined {
    const at = this.positions.get(path);
    return at === undefined ? undefined : this.listed[at];
  }

  private newSite(pages: PageFacts[]): SiteLinks {
    return new SiteLinks(
      { exists: (p) => this.exists(p), isDir: (p) => this.isDir(p), caseVariants: (p) => this.caseVariants(p), documentPaths: this.documentPaths },
      this.input,
      pages,
    );
  }

  /** Link resolution in the configured mode; in site modes only after `buildSite` (routes need every page's frontmatter). */
  get site(): SiteLinks {
    if (!this.siteLinks) throw new Error(`links of a ${this.settings.mode} site resolve only after the last document (its routes need every page)`);
    return this.siteLinks;
  }

  /** True once links can be resolved. */
  get linksResolve(): boolean {
    return this.siteLinks !== undefined;
  }

  /** Builds a site mode's routes from the pages kept so far (call after the last document). */
  buildSite(): void {
    if (this.siteLinks) return;
    this.siteLinks = this.newSite(this.pageList ?? []);
    this.pageList = undefined;
  }

  /** Keeps what later checks need of a document that just arrived (call before rules run on it). */
  keep(doc: DocumentFacts): number {
    const number = this.numberOf(doc.path);
    if (number === undefined) throw new Error(`the scan delivered "${doc.path}", which its listing of documents does not name`);
    // 2: arrived with a problem (unread: a symlink, a binary file...).
    this.seen[number] = doc.problem ? 2 : 1;
    if (this.kept.anchors && !doc.problem) {
      const ids = headingIds(doc, GENERATORS[this.settings.mode].headingIds);
      for (const a of doc.anchors) ids.push(a.id);
      this.anchorSets[number] = anchorIds(ids);
    }
    this.pageList?.push(pageFacts(doc));
    return number;
  }

  /** Keeps the documents `doc` links to, and those it lists with no link written (a Hugo section page's), once its links resolve. */
  keepEdges(number: number, doc: LinkedDocument): void {
    if (!this.kept.graph) return;
    const listedPages = this.site.pagesListedBy(doc.path);
    if (doc.links.length === 0 && listedPages.length === 0) return;
    this.edgeStart[number] = this.edgeCount;
    for (const page of listedPages) this.addEdge(this.numberOf(page)!);
    const { links, listed, targets } = this.resolvedOf(doc);
    for (let i = 0; i < links.length; i++) {
      // Unlisted targets are neither documents nor folders; a repeated target costs an entry, not a lookup.
      if (listed[i] === 0) continue;
      const target = targets[i]!;
      if (target >= 0) this.addEdge(target);
      else {
        const resolved = links[i] as { path: string };
        if (this.isDir(resolved.path)) for (const page of this.folderPages(resolved.path)) this.addEdge(this.numberOf(page)!);
      }
    }
    this.edgeEnd[number] = this.edgeCount;
  }

  private addEdge(target: number): void {
    if (this.edgeCount === this.edgeTargets.length) {
      const grown = new Int32Array(this.edgeTargets.length * 2);
      grown.set(this.edgeTargets);
      this.edgeTargets = grown;
    }
    this.edgeTargets[this.edgeCount++] = target;
  }

  /** The document's number (position in `documentPaths`), or undefined for a path that is no document. */
  numberOf(path: string): number | undefined {
    const at = this.positions.get(path);
    const number = at === undefined ? -1 : this.documentAt[at]!;
    return number >= 0 ? number : this.unlistedNumbers.get(path);
  }

  /** True once the document arrived (its anchors are known). */
  arrived(number: number): boolean {
    return this.seen[number] !== 0;
  }

  /** True once the document arrived and was read (it has no problem). */
  readable(number: number): boolean {
    return this.seen[number] === 1;
  }

  /** Fragment targets of an arrived document: heading ids as the mode's generator writes them and HTML ids; undefined when it has a problem. */
  anchorsOf(number: number): AnchorIds | undefined {
    return this.anchorSets[number];
  }

  /** Frees the per-document summaries (anchors, link-graph edges) once no rule reads them. */
  dropSummaries(): void {
    this.anchorSets.fill(undefined);
    this.edgeTargets = new Int32Array(0);
    this.edgeStart.fill(0);
    this.edgeEnd.fill(0);
  }

  /** Documents the document reaches directly, by links or a Hugo section list (a view: read it before the next `keepEdges`). */
  edgesOf(number: number): Int32Array {
    return this.edgeTargets.subarray(this.edgeStart[number], this.edgeEnd[number]);
  }

  /** True for a listed file or directory, or the root itself (`''`). */
  exists(path: string): boolean {
    return path === '' || this.positions.has(path);
  }

  isDir(path: string): boolean {
    return path === '' || this.dirs.has(path);
  }

  /** Paths that equal `path` ignoring letter case (for `link-case`), in listing order. */
  caseVariants(path: string): string[] {
    const lower = path.toLowerCase();
    const variants = this.mixedCaseVariants().get(lower);
    if (variants) return variants;
    // No listed path has capitals folding to `lower`: only `lower` itself can match.
    const listed = this.listedString(lower);
    return listed === undefined ? [] : [listed];
  }

  /**
   * Lowercased path → every listed path folding to it, built on first use for the lowercase keys of
   * paths with capitals only: an all-lowercase path is found through `positions` (keeps this small).
   */
  private mixedCaseVariants(): Map<string, string[]> {
    if (this.mixedCase) return this.mixedCase;
    const positioned = new Map<string, { at: number; path: string }[]>();
    let at = 0;
    for (const p of this.positions.keys()) {
      const key = p.toLowerCase();
      if (key !== p) {
        const list = positioned.get(key);
        if (list) list.push({ at, path: p });
        else positioned.set(key, [{ at, path: p }]);
      }
      at++;
    }
    at = 0;
    for (const p of this.positions.keys()) {
      positioned.get(p)?.push({ at, path: p });
      at++;
    }
    this.mixedCase = new Map();
    for (const [key, list] of positioned)
      this.mixedCase.set(
        key,
        list.sort((a, b) => a.at - b.at).map((v) => v.path),
      );
    return this.mixedCase;
  }

  /**
   * Documents shown for a folder: README first (GitHub renders it when browsing the folder), then
   * index pages (what site generators render), in scan order within each kind.
   */
  folderPages(dir: string): string[] {
    if (!this.pages) {
      const readmes = new Map<string, string[]>();
      const indexes = new Map<string, string[]>();
      for (const path of this.documentPaths) {
        const slash = path.lastIndexOf('/');
        const name = path.slice(slash + 1).toLowerCase();
        const kind = name === 'readme.md' || name === 'readme.markdown' ? readmes : /^_?index\.(?:md|markdown|mdx)$/.test(name) ? indexes : undefined;
        if (!kind) continue;
        const folder = slash < 0 ? '' : path.slice(0, slash);
        kind.set(folder, [...(kind.get(folder) ?? []), path]);
      }
      this.pages = new Map();
      for (const folder of new Set([...readmes.keys(), ...indexes.keys()])) {
        this.pages.set(folder, [...(readmes.get(folder) ?? []), ...(indexes.get(folder) ?? [])]);
      }
    }
    return this.pages.get(dir) ?? [];
  }

  /** Each of the document's links resolved in the site mode, same order as `doc.links`; computed once per document for all link rules. */
  linksOf(doc: LinkedDocument): ResolvedLink[] {
    return this.resolvedOf(doc).links;
  }

  /** Per link of `doc` (same order): 1 when it resolves to a path that `exists`, else 0 (saves each link rule a lookup). */
  listedLinksOf(doc: LinkedDocument): Uint8Array {
    return this.resolvedOf(doc).listed;
  }

  /** Per link of `doc` (same order): the number of the document it resolves to, else -1. */
  linkTargetsOf(doc: LinkedDocument): Int32Array {
    return this.resolvedOf(doc).targets;
  }

  private resolvedOf(doc: LinkedDocument): ResolvedLinks {
    let resolved = this.resolved;
    if (resolved?.doc !== doc) {
      const site = this.site;
      const count = doc.links.length;
      const listed = new Uint8Array(count);
      const targets = new Int32Array(count).fill(-1);
      const links: ResolvedLink[] = new Array(count);
      // GitHub mode: a link the extractor placed in the listing (`to`) is that path; nothing to join or look up.
      const placed = this.settings.mode === 'github' && this.listed.length > 0;
      for (let i = 0; i < count; i++) {
        const link = doc.links[i]!;
        const to = placed ? (link.to ?? -1) : -1;
        if (to >= 0) {
          const hash = link.target.indexOf('#');
          links[i] = { kind: 'path', path: this.listed[to]!, fragment: hash >= 0 ? link.target.slice(hash + 1) : undefined };
          listed[i] = 1;
          targets[i] = this.documentAt[to]!;
          continue;
        }
        const resolvedLink = site.resolveLink(doc.path, link);
        links[i] = resolvedLink;
        if (resolvedLink.kind !== 'path') continue;
        const at = this.positions.get(resolvedLink.path);
        if (at !== undefined) {
          // The resolver returns a fresh string; swapping in the equal listed one only speeds up every rule's lookups.
          resolvedLink.path = this.listed[at]!;
          listed[i] = 1;
          targets[i] = this.documentAt[at]!;
        } else if (resolvedLink.path === '') listed[i] = 1;
        else targets[i] = this.unlistedNumbers.get(resolvedLink.path) ?? -1;
      }
      resolved = { doc, links, listed, targets };
      this.resolved = resolved;
    }
    return resolved;
  }

  /** Values derived from one options object (compiled globs, regexes), computed once per scan. */
  forOptions<T>(options: object, name: string, compute: () => T): T {
    let memo = this.byOptions.get(options);
    if (!memo) {
      memo = new Map();
      this.byOptions.set(options, memo);
    }
    if (memo.has(name)) return memo.get(name) as T;
    const value = compute();
    memo.set(name, value);
    return value;
  }
}
