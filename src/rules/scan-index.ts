/** Lookups over one scan shared by all rules (built once per run; memoised parts are computed on first use). */
import type { DocumentFacts, ScanResult } from '../engine/contract.js';
import type { ResolvedLink } from './links/resolve.js';
import { GITHUB_SITE, SiteLinks, type SiteInput } from './links/site.js';

export class ScanIndex {
  readonly scan: ScanResult;
  /** Each listed path mapped to itself: resolved links reuse these string objects, so later lookups compare by identity. */
  private readonly canonical: Map<string, string>;
  readonly paths: ReadonlySet<string>;
  readonly dirs: ReadonlySet<string>;
  readonly documents: ReadonlyMap<string, DocumentFacts>;
  /** Link resolution in the configured mode (GitHub's rendering unless a site generator's). */
  readonly site: SiteLinks;
  private lowerPaths?: Map<string, string[]>;
  private anchorSets = new Map<DocumentFacts, Set<string>>();
  private memo = new Map<string, unknown>();
  private byOptions = new WeakMap<object, Map<string, unknown>>();
  private pages?: Map<string, string[]>;
  private resolvedLinks = new WeakMap<DocumentFacts, { links: ResolvedLink[]; listed: Uint8Array }>();

  constructor(scan: ScanResult, site: SiteInput = GITHUB_SITE) {
    this.scan = scan;
    this.canonical = new Map(scan.paths.map((p) => [p, p]));
    this.paths = new Set(this.canonical.keys());
    this.dirs = new Set(scan.dirs.map((d) => this.canonical.get(d) ?? d));
    this.documents = new Map(scan.documents.map((d) => [this.canonical.get(d.path) ?? d.path, d]));
    this.site = new SiteLinks({ exists: (p) => this.exists(p), isDir: (p) => this.isDir(p), documents: scan.documents }, site);
  }

  /** True for a listed file or directory, or the root itself (`''`). */
  exists(path: string): boolean {
    return path === '' || this.paths.has(path);
  }

  isDir(path: string): boolean {
    return path === '' || this.dirs.has(path);
  }

  /** Paths that equal `path` ignoring letter case (for `link-case`). */
  caseVariants(path: string): string[] {
    if (!this.lowerPaths) {
      this.lowerPaths = new Map();
      for (const p of this.scan.paths) {
        const key = p.toLowerCase();
        const list = this.lowerPaths.get(key);
        if (list) list.push(p);
        else this.lowerPaths.set(key, [p]);
      }
    }
    return this.lowerPaths.get(path.toLowerCase()) ?? [];
  }

  /** Fragment targets of a document: heading ids as the mode's generator writes them (GitHub slugs by default) and HTML ids. */
  anchorsOf(doc: DocumentFacts): Set<string> {
    let set = this.anchorSets.get(doc);
    if (!set) {
      set = new Set(this.site.headingIds(doc));
      for (const a of doc.anchors) set.add(a.id);
      this.anchorSets.set(doc, set);
    }
    return set;
  }

  /**
   * Documents shown for a folder: README first (GitHub renders it when browsing the folder), then
   * index pages (what site generators render), in scan order within each kind.
   */
  folderPages(dir: string): string[] {
    if (!this.pages) {
      const readmes = new Map<string, string[]>();
      const indexes = new Map<string, string[]>();
      for (const doc of this.scan.documents) {
        const slash = doc.path.lastIndexOf('/');
        const name = doc.path.slice(slash + 1).toLowerCase();
        const kind = name === 'readme.md' || name === 'readme.markdown' ? readmes : /^_?index\.(?:md|markdown|mdx)$/.test(name) ? indexes : undefined;
        if (!kind) continue;
        const folder = slash < 0 ? '' : doc.path.slice(0, slash);
        kind.set(folder, [...(kind.get(folder) ?? []), doc.path]);
      }
      this.pages = new Map();
      for (const folder of new Set([...readmes.keys(), ...indexes.keys()])) {
        this.pages.set(folder, [...(readmes.get(folder) ?? []), ...(indexes.get(folder) ?? [])]);
      }
    }
    return this.pages.get(dir) ?? [];
  }

  /** Each of the document's links resolved in the site mode, same order as `doc.links`; computed once per document for all link rules. */
  linksOf(doc: DocumentFacts): ResolvedLink[] {
    return this.resolvedOf(doc).links;
  }

  /** Per link of `doc` (same order): 1 when it resolves to a path that `exists`, else 0 (saves each link rule a lookup). */
  listedLinksOf(doc: DocumentFacts): Uint8Array {
    return this.resolvedOf(doc).listed;
  }

  private resolvedOf(doc: DocumentFacts): { links: ResolvedLink[]; listed: Uint8Array } {
    let resolved = this.resolvedLinks.get(doc);
    if (!resolved) {
      const listed = new Uint8Array(doc.links.length);
      const links = doc.links.map((link, i) => {
        const resolvedLink = this.site.resolveLink(doc.path, link);
        if (resolvedLink.kind !== 'path') return resolvedLink;
        const known = this.canonical.get(resolvedLink.path);
        // The resolver returns a fresh object; swapping in the equal listed string only speeds up every rule's lookups.
        if (known !== undefined) resolvedLink.path = known;
        if (known !== undefined || resolvedLink.path === '') listed[i] = 1;
        return resolvedLink;
      });
      resolved = { links, listed };
      this.resolvedLinks.set(doc, resolved);
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

  /** Scan-wide values a rule computes once (e.g. the orphan graph), keyed by the rule and its options. */
  memoise<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
