/**
 * The link graph as flat edge lists: for each document, the documents it reaches directly (its
 * links, folders expanded to their pages, a Hugo section page's list), for reachability (orphan).
 */
export class LinkGraph {
  /** The documents document n reaches are `targets[start[n] .. end[n])`. */
  private targets = new Int32Array(1024);
  private count = 0;
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(documents: number) {
    this.start = new Int32Array(documents);
    this.end = new Int32Array(documents);
  }

  /** Starts document `number`'s edges: `add` each target, then `close(number)`. */
  open(number: number): void {
    this.start[number] = this.count;
  }

  add(target: number): void {
    if (this.count === this.targets.length) {
      const grown = new Int32Array(this.targets.length * 2);
      grown.set(this.targets);
      this.targets = grown;
    }
    this.targets[this.count++] = target;
  }

  close(number: number): void {
    this.end[number] = this.count;
  }

  /** Documents the document reaches directly (a view: read it before the next `open`). */
  of(number: number): Int32Array {
    return this.targets.subarray(this.start[number], this.end[number]);
  }

  /** Frees every edge once no rule reads them. */
  drop(): void {
    this.targets = new Int32Array(0);
    this.start.fill(0);
    this.end.fill(0);
  }
}
