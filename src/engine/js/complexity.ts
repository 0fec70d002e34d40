/** The contract's `too-complex` guard (see `TooComplex` in contract.ts): container prefixes, then inline markers. */
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Extension, Token } from 'micromark-util-types';
import { CONTAINER_BUDGET, INLINE_BUDGET, LAZY_BUDGET, type FileProblem } from '../contract.js';
import type { LineIndex } from './positions.js';

const SPACE = 0x20;
const TAB = 0x09;
const isMarkerGap = (c: number): boolean => c === SPACE || c === TAB;

const isBlankAt = (text: string, start: number): boolean => {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== SPACE && c !== TAB && c !== 0x0d) return false;
  }
  return true;
};

/** Columns and length of the line's leading spaces and tabs (tab = 4). */
function whitespaceColumns(text: string, start: number): { columns: number; length: number } {
  let columns = 0;
  let i = start;
  for (; text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB; i++) columns += text.charCodeAt(i) === TAB ? 4 : 1;
  return { columns, length: i - start };
}

/** A closing fence: the opening character at least as many times, then only spaces and tabs. */
function closesFence(text: string, i: number, fence: { char: number; length: number }): boolean {
  let length = 0;
  while (text.charCodeAt(i + length) === fence.char) length++;
  return length >= fence.length && isBlankAt(text, i + length);
}

/** Column where the line's leading spaces, tabs and `>` end (tab = 4). */
function leadColumn(text: string, start: number): number {
  let column = 0;
  for (let i = start; ; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === 0x3e) column += 1;
    else if (c === TAB) column += 4;
    else return column;
  }
}

/** How far a line's container prefix reaches: `code` when it ends 4+ columns past any container (no fence can open there). */
export interface Prefix {
  charged: number;
  end: number;
  column: number;
  quoted: boolean;
  item: boolean;
  code: boolean;
  /** Column up to which the prefix continues or opens containers: min(its end, max(open items, last marker's end)). */
  depth: number;
}

/**
 * One line's container prefix, per the contract; `open` is the furthest content column of list items that may
 * still be open (updated in place), so indentation past it (code, continuation text) is not charged.
 */
export function readPrefix(text: string, start: number, open: { column: number }): Prefix {
  let i = start;
  let column = 0;
  let charged = 0;
  let base = 0; // where the last container marker on this line ended
  let quoted = false;
  let item = false;
  const gapWidth = (c: number): number => (c === TAB ? 4 : isMarkerGap(c) ? 1 : 0);
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      const width = c === TAB ? 4 : 1;
      charged += Math.min(width, Math.max(0, open.column - column));
      column += width;
      i++;
      continue;
    }
    if (column - Math.max(base, open.column) >= 4)
      return { charged, end: i, column, quoted, item, code: true, depth: Math.min(column, Math.max(base, open.column)) };
    let width = 0;
    if (c === 0x3e /* > */) width = 1;
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) /* - + * */ && isMarkerGap(text.charCodeAt(i + 1))) width = 1;
    else {
      let digits = 0;
      while (digits < 9 && text.charCodeAt(i + digits) >= 0x30 && text.charCodeAt(i + digits) <= 0x39) digits++;
      const delimiter = text.charCodeAt(i + digits);
      if (digits > 0 && (delimiter === 0x2e || delimiter === 0x29) && isMarkerGap(text.charCodeAt(i + digits + 1))) width = digits + 1;
    }
    if (width === 0) return { charged, end: i, column, quoted, item, code: false, depth: Math.min(column, Math.max(base, open.column)) };
    const gap = gapWidth(text.charCodeAt(i + width));
    charged += width + gap;
    column += width + gap;
    i += width + (gap ? 1 : 0);
    base = column;
    if (c === 0x3e) quoted = true;
    else {
      item = true;
      open.column = Math.max(open.column, column);
    }
  }
}

/** Charged columns of one line outside fenced code (see readPrefix). */
export const chargedPrefixColumns = (text: string, start: number, open: { column: number }): number => readPrefix(text, start, open).charged;

/** A fence run (3+ backticks or tildes) at `i`: its character and length; a backtick run with a backtick after it on the line is none. */
function fenceAt(text: string, i: number): { char: number; length: number } | undefined {
  const char = text.charCodeAt(i);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let length = 0;
  while (text.charCodeAt(i + length) === char) length++;
  if (length < 3) return undefined;
  if (char === 0x60) {
    const newline = text.indexOf('\n', i + length);
    if (text.slice(i + length, newline === -1 ? text.length : newline).includes('`')) return undefined;
  }
  return { char, length };
}

/** The body line where the squared container prefixes, or the squared lazy runs, pass their budget (checked before parsing). */
export function containerProblem(text: string, bodyStart: number, index: LineIndex): FileProblem | undefined {
  let sum = 0;
  const open = { column: 0 };
  let afterBlank = true;
  let fence: { char: number; length: number; column: number } | undefined;
  // Lazy runs: lines whose containers end before the last anchor line's did (micromark is quadratic in a run's length).
  let anchor = 0;
  let run = 0;
  let lazySum = 0;
  for (let start = bodyStart; start < text.length;) {
    const blank = isBlankAt(text, start);
    // After a blank line no paragraph can continue lazily: a line indented less closes the items it does not reach.
    if (afterBlank && !blank) open.column = Math.min(open.column, leadColumn(text, start));
    let columns: number | undefined;
    let closing = false;
    if (fence) {
      const indent = whitespaceColumns(text, start);
      // Less indented than the fence: its containers ended, and the fence with them.
      const inside = blank || indent.columns >= fence.column;
      closing = inside && closesFence(text, start + indent.length, fence);
      // Fence content: only the indentation that continues open list items is charged.
      if (inside && !closing) columns = Math.min(indent.columns, open.column);
      else fence = undefined;
    }
    if (columns !== undefined) run = 0;
    else {
      const prefix = readPrefix(text, start, open);
      columns = prefix.charged;
      const opener = closing || prefix.code || prefix.quoted ? undefined : fenceAt(text, prefix.end);
      if (opener) fence = { ...opener, column: prefix.column };
      if (blank) run = 0;
      else if (!afterBlank && !prefix.item && prefix.depth < anchor) {
        run++;
        lazySum += 2 * run - 1;
        if (lazySum > LAZY_BUDGET) {
          const line = index.lineOf(start);
          return { kind: 'too-complex', message: tooLazyMessage(line, lazySum), line };
        }
      } else {
        anchor = prefix.depth;
        run = 0;
      }
    }
    afterBlank = blank;
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

export function tooLazyMessage(line: number, sum: number): string {
  return `lazy continuation too long: by line ${line}, the squared lengths of runs of lines continuing a paragraph without its block quote or list prefix add up to ${sum}, over the limit of ${LAZY_BUDGET}`;
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
  for (let start = 0; start < body.length;) {
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
  const events = parse({ extensions })
    .document()
    .write(preprocess()(body, undefined, true));
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
