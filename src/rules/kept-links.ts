/**
 * Site modes: every document's links, kept from its arrival until the routes exist after the last one.
 * Flat, not as objects: five numbers a link (its target by position in a list of distinct targets: a
 * versioned docset repeats most), in fixed-size chunks freed as the link rules take them back; the link
 * objects are built again then. The objects, their arrays and a string per link took ~6x as much
 * (azure-docs-powershell: 18 MB).
 */
import type { FileProblem, Link, LinkKind } from '../engine/contract.js';
import type { LinkedDocument } from './types.js';

const KINDS: readonly LinkKind[] = ['inline', 'reference', 'autolink', 'html', 'shortcode'];
const KIND_CODE = new Map(KINDS.map((kind, code) => [kind, code]));
/** Bits of a link's code above its kind's position in KINDS. */
const IMAGE = 8;
const HAS_LANG = 16;
const HAS_TO = 32;
/** Numbers kept per link: code, line, column, to, target. */
const FIELDS = 5;
/** Links per chunk: a chunk is allocated once and freed whole, so no growing buffer is copied or left behind in malloc's arenas. */
const CHUNK_LINKS = 8192;

export class KeptLinks {
  /** Link i's numbers are `chunks[i / CHUNK_LINKS]` at `(i % CHUNK_LINKS) * FIELDS`; a chunk goes once all its links were taken. */
  private readonly chunks: (Int32Array | undefined)[] = [];
  /** Links of each chunk not taken yet. */
  private readonly untaken: number[] = [];
  private count = 0;
  /** Every distinct target, by its position (what a link keeps). */
  private readonly targets: string[] = [];
  /** Each distinct target's position, while documents arrive. */
  private readonly positions = new Map<string, number>();
  /** Document n's links are links `start[n] .. end[n]`; `start[n]` is -1 until it is kept. */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** The rare `lang` (a shortcode's) by link. */
  private readonly langs = new Map<number, string>();
  private readonly problems = new Map<number, FileProblem>();

  constructor(documents: number) {
    this.start = new Int32Array(documents).fill(-1);
    this.end = new Int32Array(documents);
  }

  keep(number: number, doc: LinkedDocument): void {
    this.start[number] = this.count;
    for (const link of doc.links) {
      const index = this.count++;
      const slot = index % CHUNK_LINKS;
      if (slot === 0) {
        this.chunks.push(new Int32Array(CHUNK_LINKS * FIELDS));
        this.untaken.push(0);
      }
      const chunk = this.chunks[this.chunks.length - 1]!;
      this.untaken[this.chunks.length - 1]!++;
      let code = KIND_CODE.get(link.kind)!;
      if (link.image) code |= IMAGE;
      if (link.lang !== undefined) {
        code |= HAS_LANG;
        this.langs.set(index, link.lang);
      }
      if (link.to !== undefined) code |= HAS_TO;
      let target = this.positions.get(link.target);
      if (target === undefined) {
        target = this.targets.length;
        this.positions.set(link.target, target);
        this.targets.push(link.target);
      }
      const at = slot * FIELDS;
      chunk[at] = code;
      chunk[at + 1] = link.line;
      chunk[at + 2] = link.column;
      chunk[at + 3] = link.to ?? 0;
      chunk[at + 4] = target;
    }
    this.end[number] = this.count;
    if (doc.problem) this.problems.set(number, doc.problem);
  }

  /** Document `number`'s links as they arrived (undefined when it was not kept), forgotten once taken. */
  take(number: number, path: string): LinkedDocument | undefined {
    const first = this.start[number]!;
    if (first < 0) return undefined;
    this.start[number] = -1;
    // No document arrives any more.
    this.positions.clear();
    const links: Link[] = new Array(this.end[number]! - first);
    for (let i = first; i < this.end[number]!; i++) {
      const c = Math.floor(i / CHUNK_LINKS);
      const chunk = this.chunks[c]!;
      const at = (i % CHUNK_LINKS) * FIELDS;
      const code = chunk[at]!;
      const kind = KINDS[code & 7]!;
      const image = (code & IMAGE) !== 0;
      const target = this.targets[chunk[at + 4]!]!;
      const line = chunk[at + 1]!;
      const column = chunk[at + 2]!;
      const to = chunk[at + 3]!;
      // Scans place every link (`to`): that shape in one literal, with no property added later.
      let link: Link;
      if ((code & HAS_LANG) !== 0) {
        const lang = this.langs.get(i)!;
        link = (code & HAS_TO) !== 0 ? { kind, image, target, lang, line, column, to } : { kind, image, target, lang, line, column };
      } else if ((code & HAS_TO) !== 0) link = { kind, image, target, line, column, to };
      else link = { kind, image, target, line, column };
      links[i - first] = link;
      if (--this.untaken[c]! === 0) this.chunks[c] = undefined;
    }
    const problem = this.problems.get(number);
    return problem === undefined ? { path, links } : { path, links, problem };
  }
}
