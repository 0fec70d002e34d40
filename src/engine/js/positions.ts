/** File positions per the contract: lines end at "\n" only; columns count code points. */

export interface Position {
  line: number;
  column: number;
}

/** Whitespace skipped to find a construct's first character (contract: space, tab, CR, LF). */
export function isSkippable(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Maps UTF-16 offsets of one decoded file (BOM removed) to 1-based line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];
  // Last answer: the next query on the same line resumes from it (many links on one huge line stay linear).
  private lastOffset = 0;
  private lastColumn = 1;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    const start = this.starts[line - 1]!;
    const resume = this.lastOffset >= start && this.lastOffset <= offset;
    let column = resume ? this.lastColumn : 1;
    for (let i = resume ? this.lastOffset : start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // A low surrogate after a high one is the second half of one code point.
      if (c >= 0xdc00 && c <= 0xdfff && i > start) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
      }
      column++;
    }
    this.lastOffset = offset;
    this.lastColumn = column;
    return { line, column };
  }

  /** Offset of the first non-whitespace character in [start, end), or start if none. */
  offsetOfFirstNonSpace(start: number, end: number = this.text.length): number {
    let i = start;
    while (i < end && isSkippable(this.text.charCodeAt(i))) i++;
    return i < end ? i : start;
  }

  firstNonSpace(start: number, end: number = this.text.length): Position {
    return this.position(this.offsetOfFirstNonSpace(start, end));
  }

  /** Line of the last non-whitespace character in [start, end), or of start if none. */
  lastNonSpaceLine(start: number, end: number): number {
    let i = end - 1;
    while (i >= start && isSkippable(this.text.charCodeAt(i))) i--;
    return this.lineOf(i >= start ? i : start);
  }
}

/** Contract `lines`: count of "\n", plus 1 when the content does not end with "\n"; 0 when empty. */
export function countLines(bytes: Uint8Array, from = 0): number {
  if (bytes.length <= from) return 0;
  let n = 0;
  for (let i = from; i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return bytes[bytes.length - 1] === 0x0a ? n : n + 1;
}
