/** The contract's `too-complex` guard (see `TooComplex` in contract.ts): container prefixes, then inline markers. */
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Extension, Token } from 'micromark-util-types';
import { CONTAINER_BUDGET, INLINE_BUDGET, type FileProblem } from '../contract.js';
import type { LineIndex } from './positions.js';

const SPACE = 0x20;
const TAB = 0x09;
const isMarkerGap = (c: number): boolean => c === SPACE || c === TAB;

/** Columns of the container prefix starting at `start` (a line start), per the contract. */
export function containerPrefixColumns(text: string, start: number): number {
  let i = start;
  let columns = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === 0x3e /* > */) (columns += 1), i++;
    else if (c === TAB) (columns += 4), i++;
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) /* - + * */ && isMarkerGap(text.charCodeAt(i + 1))) (columns += 1), i++;
    else {
      let digits = 0;
      while (digits < 9 && text.charCodeAt(i + digits) >= 0x30 && text.charCodeAt(i + digits) <= 0x39) digits++;
      const delimiter = text.charCodeAt(i + digits);
      if (digits === 0 || (delimiter !== 0x2e && delimiter !== 0x29) || !isMarkerGap(text.charCodeAt(i + digits + 1))) return columns;
      columns += digits + 1;
      i += digits + 1;
    }
  }
}

/** The body line where the squared container prefixes pass the budget (checked before parsing: micromark is slow on nesting). */
export function containerProblem(text: string, bodyStart: number, index: LineIndex): FileProblem | undefined {
  let sum = 0;
  for (let start = bodyStart; start < text.length; ) {
    const columns = containerPrefixColumns(text, start);
    sum += columns * columns;
    if (sum > CONTAINER_BUDGET) {
      const line = index.lineOf(start);
      return { kind: 'too-complex', message: tooDeepMessage(line, sum), line };
    }
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return undefined;
}

export function tooDeepMessage(line: number, sum: number): string {
  return `nesting too deep: by line ${line}, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to ${sum}, over the limit of ${CONTAINER_BUDGET}`;
}

export function tooManyMarkersMessage(line: number, sum: number): string {
  return `too many inline markers: by the text block starting on line ${line}, the squared counts of * _ ~ [ ] < \` per text block add up to ${sum}, over the limit of ${INLINE_BUDGET}`;
}

/** Counts the contract's inline markers in `text[start, end)`. */
export function countInlineMarkers(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // * _ ~ [ ] < `
    if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d || c === 0x3c || c === 0x60) n++;
  }
  return n;
}

/**
 * An upper bound of the inline sum without parsing: no text block spans a blank line, so the
 * squared marker counts of the blank-line-separated stretches bound it (code and HTML included).
 */
function blankLineBound(body: string): number {
  let sum = 0;
  let markers = 0;
  for (let start = 0; start < body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    if (/^[ \t\r]*$/.test(body.slice(start, end))) {
      sum += markers * markers;
      markers = 0;
    } else markers += countInlineMarkers(body, start, end);
    start = end + 1;
  }
  return sum + markers * markers;
}

/**
 * The inline unit (paragraph, heading text, table cell) where the squared marker counts pass the budget, found from
 * micromark's block structure before any inline parsing (the part that is super-linear).
 * Each subtokenize round expands one level; the text chunks of a unit are linked by `next`.
 */
export function inlineProblem(body: string, bodyStart: number, index: LineIndex, extensions: Extension[]): FileProblem | undefined {
  if (blankLineBound(body) <= INLINE_BUDGET) return undefined;
  const events = parse({ extensions }).document().write(preprocess()(body, undefined, true));
  let sum = 0;
  for (;;) {
    let sawText = false;
    for (const [kind, token] of events) {
      if (kind !== 'enter' || token.type !== 'chunkText') continue;
      sawText = true;
      if (token.previous) continue;
      let markers = 0;
      for (let t: Token | undefined = token; t; t = t.next) markers += countInlineMarkers(body, t.start.offset, t.end.offset);
      sum += markers * markers;
      if (sum > INLINE_BUDGET) {
        const line = index.lineOf(bodyStart + token.start.offset);
        return { kind: 'too-complex', message: tooManyMarkersMessage(line, sum), line };
      }
    }
    // Stop before the round that would parse text: it is the super-linear part this guard protects.
    if (sawText) return undefined;
    if (subtokenize(events)) return undefined;
  }
}
