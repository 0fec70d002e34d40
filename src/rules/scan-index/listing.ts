/**
 * Lookups over a scan's listing (every path, the directories, the documents in delivery order),
 * known before any document arrives: whether a path exists, its document number, case variants,
 * the pages a folder shows.
 */
import { hash32 } from '../string-hash.js';

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
  private mixedCase?: Map<number, number | number[]>;
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
    const found = this.mixedCaseVariants().get(hash32(lower));
    const positions = (typeof found === 'number' ? [found] : (found ?? [])).filter((at) => this.listed[at]!.toLowerCase() === lower);
    // No listed path has capitals folding to `lower`: only `lower` itself can match.
    if (positions.length === 0) {
      const listed = this.listedString(lower);
      return listed === undefined ? [] : [listed];
    }
    const own = this.positions.get(lower);
    if (own !== undefined) positions.push(own);
    return positions.sort((a, b) => a - b).map((at) => this.listed[at]!);
  }

  /**
   * The hash of a lowercased path → the positions of listed paths with capitals folding to it (hashes may
   * collide: `caseVariants` compares), built on first use. No strings: an all-lowercase path is found through
   * `positions`, and a key per path took ~6x as much (azure-docs-powershell: 26.8k paths, 4.4 MB).
   */
  private mixedCaseVariants(): Map<number, number | number[]> {
    if (this.mixedCase) return this.mixedCase;
    this.mixedCase = new Map();
    this.listed.forEach((p, at) => {
      const lower = p.toLowerCase();
      if (lower === p) return;
      const key = hash32(lower);
      const known = this.mixedCase!.get(key);
      if (known === undefined) this.mixedCase!.set(key, at);
      else if (typeof known === 'number') this.mixedCase!.set(key, [known, at]);
      else known.push(at);
    });
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
        const listed = kind.get(folder);
        if (listed) listed.push(path);
        else kind.set(folder, [path]);
      }
      this.pages = new Map();
      for (const folder of new Set([...readmes.keys(), ...indexes.keys()])) {
        this.pages.set(folder, [...(readmes.get(folder) ?? []), ...(indexes.get(folder) ?? [])]);
      }
    }
    return this.pages.get(dir) ?? [];
  }
}
