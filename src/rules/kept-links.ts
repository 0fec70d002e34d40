/**
 * Site modes: every document's links, kept from its arrival until the routes exist after the last one.
 * Flat, not as objects: per link four numbers and its target, one string per distinct target (a
 * versioned docset repeats most); the link objects are built again when the link rules run.
 * The objects, their arrays and a string per link took ~6x as much (azure-docs-powershell: 18 MB).
 */
import type { FileProblem, Link, LinkKind } from '../engine/contract.js';
import type { LinkedDocument } from './types.js';

const KINDS: readonly LinkKind[] = ['inline', 'reference', 'autolink', 'html', 'shortcode'];
const KIND_CODE = new Map(KINDS.map((kind, code) => [kind, code]));
/** Bits of a link's code above its kind's position in KINDS. */
const IMAGE = 8;
const HAS_LANG = 16;
const HAS_TO = 32;
/** Numbers kept per link: code, line, column, to. */
const FIELDS = 4;

export class KeptLinks {
  /** Link i's code, line, column and `to` are `numbers[4i .. 4i + 4)`. */
  private numbers = new Int32Array(4096);
  private readonly targets: string[] = [];
  private count = 0;
  /** Document n's links are links `start[n] .. end[n]`; `start[n]` is -1 until it is kept. */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** The rare `lang` (a shortcode's) by link. */
  private readonly langs = new Map<number, string>();
  private readonly problems = new Map<number, FileProblem>();
  /** Each distinct target once, while documents arrive. */
  private interned = new Map<string, string>();

  constructor(documents: number) {
    this.start = new Int32Array(documents).fill(-1);
    this.end = new Int32Array(documents);
  }

  keep(number: number, doc: LinkedDocument): void {
    const links = doc.links;
    if (this.count + links.length > this.numbers.length / FIELDS) {
      const grown = new Int32Array(Math.max(this.numbers.length * 2, (this.count + links.length) * FIELDS));
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.start[number] = this.count;
    const numbers = this.numbers;
    for (const link of links) {
      const at = this.count * FIELDS;
      let code = KIND_CODE.get(link.kind)!;
      if (link.image) code |= IMAGE;
      if (link.lang !== undefined) {
        code |= HAS_LANG;
        this.langs.set(this.count, link.lang);
      }
      if (link.to !== undefined) code |= HAS_TO;
      numbers[at] = code;
      numbers[at + 1] = link.line;
      numbers[at + 2] = link.column;
      numbers[at + 3] = link.to ?? 0;
      let target = this.interned.get(link.target);
      if (target === undefined) this.interned.set(link.target, (target = link.target));
      this.targets.push(target);
      this.count++;
    }
    this.end[number] = this.count;
    if (doc.problem) this.problems.set(number, doc.problem);
  }

  /** Document `number`'s links as they arrived (undefined when it was not kept), forgotten once taken. */
  take(number: number, path: string): LinkedDocument | undefined {
    const first = this.start[number]!;
    if (first < 0) return undefined;
    this.start[number] = -1;
    // No document arrives any more: only the link objects still hold the targets.
    this.interned.clear();
    const numbers = this.numbers;
    const links: Link[] = new Array(this.end[number]! - first);
    for (let i = first; i < this.end[number]!; i++) {
      const at = i * FIELDS;
      const code = numbers[at]!;
      const kind = KINDS[code & 7]!;
      const image = (code & IMAGE) !== 0;
      const target = this.targets[i]!;
      const link: Link =
        (code & HAS_LANG) === 0
          ? { kind, image, target, line: numbers[at + 1]!, column: numbers[at + 2]! }
          : { kind, image, target, lang: this.langs.get(i)!, line: numbers[at + 1]!, column: numbers[at + 2]! };
      if ((code & HAS_TO) !== 0) link.to = numbers[at + 3]!;
      links[i - first] = link;
      this.targets[i] = '';
    }
    const problem = this.problems.get(number);
    return problem === undefined ? { path, links } : { path, links, problem };
  }
}
