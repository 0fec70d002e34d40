/**
 * One document's links resolved in the link mode, with what every link rule and the graph look up
 * about each: computed once for the document, read by each link rule in a row, then dropped.
 */
import type { ResolvedLink } from '../links/resolve.js';
import type { LinkedDocument } from '../types.js';
import type { ListingLookup } from './listing.js';
import type { SiteBuild } from './site.js';

/** One document's links resolved, with what every link rule looks up about each (same order as its links). */
export interface ResolvedLinks {
  doc: LinkedDocument;
  links: ResolvedLink[];
  /** 1 when the link resolves to a listed path (or the root). */
  listed: Uint8Array;
  /** The number of the document the link resolves to, else -1. */
  targets: Int32Array;
}

export class LinkResolution {
  /** The last document's resolved links: every link rule and the graph read them in a row, then they go with the document. */
  private resolved?: ResolvedLinks;

  constructor(
    private readonly listing: ListingLookup,
    private readonly build: SiteBuild,
  ) {}

  /** `doc`'s links resolved (the last document's are cached: link rules ask in a row). */
  of(doc: LinkedDocument): ResolvedLinks {
    let resolved = this.resolved;
    if (resolved?.doc !== doc) {
      const { listed: listedPaths, positions, documentAt, unlistedNumbers } = this.listing;
      const site = this.build.site;
      const count = doc.links.length;
      const listed = new Uint8Array(count);
      const targets = new Int32Array(count).fill(-1);
      const links: ResolvedLink[] = new Array(count);
      // GitHub mode: a link the extractor placed in the listing (`to`) is that path; nothing to join or look up.
      const placed = this.build.settings.mode === 'github' && listedPaths.length > 0;
      for (let i = 0; i < count; i++) {
        const link = doc.links[i]!;
        const to = placed ? (link.to ?? -1) : -1;
        if (to >= 0) {
          const hash = link.target.indexOf('#');
          links[i] = { kind: 'path', path: listedPaths[to]!, fragment: hash >= 0 ? link.target.slice(hash + 1) : undefined };
          listed[i] = 1;
          targets[i] = documentAt[to]!;
          continue;
        }
        const resolvedLink = site.resolveLink(doc.path, link);
        links[i] = resolvedLink;
        if (resolvedLink.kind !== 'path') continue;
        const at = positions.get(resolvedLink.path);
        if (at !== undefined) {
          // The resolver returns a fresh string; swapping in the equal listed one only speeds up every rule's lookups.
          resolvedLink.path = listedPaths[at]!;
          listed[i] = 1;
          targets[i] = documentAt[at]!;
        } else if (resolvedLink.path === '') listed[i] = 1;
        else targets[i] = unlistedNumbers.get(resolvedLink.path) ?? -1;
      }
      resolved = { doc, links, listed, targets };
      this.resolved = resolved;
    }
    return resolved;
  }
}
