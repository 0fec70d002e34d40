/**
 * Each document's fragment targets (heading ids as the link mode's generator writes them, and HTML
 * ids), kept as the document arrives so fragments into it can be judged from other documents.
 */
import type { DocumentFacts } from '../../engine/contract.js';
import { anchorIds, headingIds, sameAnchorIds, type AnchorIds } from '../links/anchors.js';
import { GENERATORS } from '../../sites/index.js';
import type { SiteMode } from '../../sites/settings.js';

/** Anchor ids by a document's `headings` array, for the same `anchors` array and heading-id style (a pull request's base reuses the head's). */
export type AnchorMemo = WeakMap<object, { anchors: object; style: string; ids: AnchorIds }>;

export class DocumentAnchors {
  /** 1 once a document arrived (its anchors are known), 2 when it arrived with a problem (unread: a symlink, a binary file...). */
  private readonly seen: Uint8Array;
  /** Per document number: its fragment targets; undefined for a document with a problem (no known anchors). */
  private readonly sets: (AnchorIds | undefined)[];
  /** Each distinct set once, by its joined ids: a versioned docset repeats whole pages (azure-docs-powershell: 26.8k sets, 16.5 -> 7.6 MB). */
  private readonly distinct = new Map<string, AnchorIds>();

  /** `keepIds`: false when no rule reads anchors (arrivals are still recorded). */
  constructor(
    documents: number,
    private readonly mode: SiteMode,
    private readonly keepIds: boolean,
    private readonly memo?: AnchorMemo,
  ) {
    this.seen = new Uint8Array(documents);
    this.sets = new Array(documents);
  }

  /** Records that document `number` arrived and keeps its fragment targets. */
  keep(number: number, doc: DocumentFacts): void {
    this.seen[number] = doc.problem ? 2 : 1;
    if (this.keepIds && !doc.problem) {
      const style = GENERATORS[this.mode].headingIds;
      const known = this.memo?.get(doc.headings);
      if (known && known.anchors === doc.anchors && known.style === style) {
        this.sets[number] = known.ids;
        return;
      }
      const ids = headingIds(doc, style);
      for (const a of doc.anchors) ids.push(a.id);
      const set = this.shared(anchorIds(ids));
      this.sets[number] = set;
      this.memo?.set(doc.headings, { anchors: doc.anchors, style, ids: set });
    }
  }

  /** The equal set an earlier document keeps, else `set` (then kept for later ones). */
  private shared(set: AnchorIds): AnchorIds {
    const key = typeof set === 'string' ? set : set.joined;
    const known = this.distinct.get(key);
    if (known === undefined) this.distinct.set(key, set);
    return known !== undefined && sameAnchorIds(known, set) ? known : set;
  }

  /** True once the document arrived (its anchors are known). */
  arrived(number: number): boolean {
    return this.seen[number] !== 0;
  }

  /** True once the document arrived and was read (it has no problem). */
  readable(number: number): boolean {
    return this.seen[number] === 1;
  }

  /** Fragment targets of an arrived document; undefined when it has a problem. */
  of(number: number): AnchorIds | undefined {
    return this.sets[number];
  }

  /** Frees every document's anchors once no rule reads them. */
  drop(): void {
    this.sets.fill(undefined);
    this.distinct.clear();
  }
}
