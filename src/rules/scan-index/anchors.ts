/**
 * Each document's fragment targets (heading ids as the link mode's generator writes them, and HTML
 * ids), kept as the document arrives so fragments into it can be judged from other documents.
 */
import type { DocumentFacts } from '../../engine/contract.js';
import { anchorIds, headingIds, type AnchorIds, type HeadingIdStyle } from '../links/anchors.js';
import { FNV_PRIME } from '../string-hash.js';
import { GENERATORS } from '../../sites/index.js';
import type { SiteMode } from '../../sites/settings.js';

/** Anchor ids by a document's `headings` array, for the same `anchors` array and heading-id style (a pull request's base reuses the head's). */
export type AnchorMemo = WeakMap<object, { anchors: object; style: string; ids: AnchorIds }>;

export class DocumentAnchors {
  /** 1 once a document arrived (its anchors are known), 2 when it arrived with a problem (unread: a symlink, a binary file...). */
  private readonly seen: Uint8Array;
  /** Every distinct set of ids, sorted hashes one set after another: no object per document. */
  private hashes = new Float64Array(4096);
  private count = 0;
  /** Document n's set is `hashes[start[n] .. end[n])`; `start[n]` is -1 while it has none (not arrived, a problem, ids not kept). */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** Where each distinct set starts, by a hash of its hashes: a versioned docset repeats whole pages (azure-docs-powershell: 26.8k sets, 11k distinct). */
  private readonly distinct = new Map<number, number>();
  /** How the site's generator writes heading ids. */
  private readonly style: HeadingIdStyle;

  /** `keepIds`: false when no rule reads anchors (arrivals are still recorded). */
  constructor(
    documents: number,
    mode: SiteMode,
    private readonly keepIds: boolean,
    private readonly memo?: AnchorMemo,
  ) {
    this.style = GENERATORS[mode].headingIds;
    this.seen = new Uint8Array(documents);
    this.start = new Int32Array(documents).fill(-1);
    this.end = new Int32Array(documents);
  }

  /** Records that document `number` arrived and keeps its fragment targets. */
  keep(number: number, doc: DocumentFacts): void {
    this.seen[number] = doc.problem ? 2 : 1;
    if (!this.keepIds || doc.problem) return;
    const style = this.style;
    const known = this.memo?.get(doc.headings);
    if (known && known.anchors === doc.anchors && known.style === style) {
      this.room(known.ids.length).set(known.ids, this.count);
      this.share(number, known.ids.length);
      return;
    }
    const ids = headingIds(doc, style);
    for (const a of doc.anchors) ids.push(a.id);
    const hashes = anchorIds(ids);
    this.room(hashes.length).set(hashes, this.count);
    this.share(number, hashes.length);
    this.memo?.set(doc.headings, { anchors: doc.anchors, style, ids: this.of(number)! });
  }

  /** The store, with room for `more` hashes after the last set. */
  private room(more: number): Float64Array {
    if (this.count + more > this.hashes.length) {
      const grown = new Float64Array(Math.max(this.hashes.length * 2, this.count + more));
      grown.set(this.hashes.subarray(0, this.count));
      this.hashes = grown;
    }
    return this.hashes;
  }

  /** Gives document `number` the `length` hashes just written after the last set, or an equal earlier set (then they are dropped). */
  private share(number: number, length: number): void {
    const hashes = this.hashes;
    const first = this.count;
    let key = length;
    for (let i = first; i < first + length; i++) key = Math.imul(key ^ (hashes[i]! | 0), FNV_PRIME);
    const earlier = this.distinct.get(key);
    if (earlier !== undefined && this.end[earlier]! - this.start[earlier]! === length) {
      const from = this.start[earlier]!;
      let same = true;
      for (let i = 0; same && i < length; i++) same = hashes[from + i] === hashes[first + i];
      if (same) {
        this.start[number] = from;
        this.end[number] = from + length;
        return;
      }
    }
    if (earlier === undefined) this.distinct.set(key, number);
    this.start[number] = first;
    this.end[number] = first + length;
    this.count += length;
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
    const start = this.start[number]!;
    return start < 0 ? undefined : this.hashes.subarray(start, this.end[number]);
  }

  /** Frees every document's anchors once no rule reads them. */
  drop(): void {
    this.hashes = new Float64Array(0);
    this.count = 0;
    this.start.fill(-1);
    this.distinct.clear();
  }
}
