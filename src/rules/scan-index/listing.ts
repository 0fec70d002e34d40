/**
 * Lookups over a scan's listing (every path, the directories, the documents in delivery order),
 * known before any document arrives: whether a path exists, its document number, case variants,
 * the pages a folder shows.
 */

/** The part of a scan known before its documents: every listed path, the directories, the documents' paths in delivery order. */
export interface ScanListing {
  paths: readonly string[];
  dirs: readonly string[];
  documentPaths: readonly string[];
}

export class ListingLookup {
  /** The listing's paths: resolved links reuse these string objects, so later lookups compare by identity. */
  readonly listed: readonly string[];
  /** Each listed path → its position in `listed`: one lookup gives the listed string and the document number. */
  readonly positions: Map<string, number>;
  /** Per position in `listed`: the number of the document at that path, or -1. */
  readonly documentAt: Int32Array;
  /** Numbers of documents whose path the listing lacks (only hand-made scans have any). */
  readonly unlistedNumbers = new Map<string, number>();
  readonly dirs: ReadonlySet<string>;
  /** Every document's path in delivery order; a document's number is its position here. */
  readonly documentPaths: readonly string[];
  private mixedCase?: Map<string, string[]>;
  private pages?: Map<string, string[]>;

  constructor(listing: ScanListing) {
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
  }

  /** The listing's string equal to `path`, or undefined when `path` is not listed. */
  listedString(path: string): string | undefined {
    const at = this.positions.get(path);
    return at === undefined ? undefined : this.listed[at];
  }

  /** The document's number (position in `documentPaths`), or undefined for a path that is no document. */
  numberOf(path: string): number | undefined {
    const at = this.positions.get(path);
    const number = at === undefined ? -1 : this.documentAt[at]!;
    return number >= 0 ? number : this.unlistedNumbers.get(path);
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
}
