/**
 * The contract's MDX flow rules (see contract.ts): lines made only of JSX tags and lines holding one
 * `{/* ... *\/}` comment are blanked before the Markdown parse, so they never open HTML blocks or swallow
 * the fences, headings and links around them. The native engine's `mdx.rs` implements the same rules.
 */

/** A blanked range of the body (body offsets): JSX tags, or a comment with the text between its delimiters. */
export interface MdxRange {
  start: number;
  end: number;
  comment?: string;
}

export interface MdxMask {
  /** The body with every range replaced by spaces (line endings kept): same length, same offsets. */
  body: string;
  tags: MdxRange[];
  comments: MdxRange[];
}

// The contract's open tag (the HTML scanner's grammar), a closing tag, and the fragments `<>` `</>`.
const OPEN_TAG =
  /<[A-Za-z][A-Za-z0-9-]*(?:[ \t\n\r\f\v]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:[^ \t\n\r\f\v"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t\n\r\f\v]*\/?>/y;
const CLOSE_TAG = /<\/(?:[A-Za-z][A-Za-z0-9-]*[ \t\n\r\f\v]*)?>|<>/y;
const INLINE_SPACE = /[ \t]*/y;

/** End of the tag starting at `at`, or -1. */
function tagEnd(body: string, at: number): number {
  for (const re of [OPEN_TAG, CLOSE_TAG]) {
    re.lastIndex = at;
    if (re.test(body)) return re.lastIndex;
  }
  return -1;
}

function skipInlineSpace(body: string, at: number): number {
  INLINE_SPACE.lastIndex = at;
  INLINE_SPACE.test(body);
  return INLINE_SPACE.lastIndex;
}

const isLineEnd = (body: string, at: number): boolean => at >= body.length || body[at] === '\n' || body[at] === '\r';

/** Offset just after the line ending at or after `at` (`\n`, `\r\n` or `\r`). */
function nextLine(body: string, at: number): number {
  while (at < body.length && body[at] !== '\n' && body[at] !== '\r') at++;
  if (body[at] === '\r' && body[at + 1] === '\n') return at + 2;
  return at + 1;
}

/** Masks the body's JSX-only lines and comment lines; `keepComments` lists comment starts left as text. */
export function maskMdx(body: string, keepComments: ReadonlySet<number> = new Set()): MdxMask {
  const tags: MdxRange[] = [];
  const comments: MdxRange[] = [];
  const blank: [number, number][] = [];
  for (let line = 0; line < body.length;) {
    const p = skipInlineSpace(body, line);
    if (body.startsWith('{/*', p) && !keepComments.has(p)) {
      const close = body.indexOf('*/}', p + 3);
      if (close !== -1 && isLineEnd(body, skipInlineSpace(body, close + 3))) {
        comments.push({ start: p, end: close + 3, comment: body.slice(p + 3, close) });
        blank.push([p, close + 3]);
        line = nextLine(body, close + 3);
        continue;
      }
    } else if (body[p] === '<') {
      const found: MdxRange[] = [];
      let q = p;
      for (let end = tagEnd(body, q); end !== -1; end = tagEnd(body, q)) {
        found.push({ start: q, end });
        q = skipInlineSpace(body, end);
      }
      if (found.length > 0 && isLineEnd(body, q)) {
        tags.push(...found);
        blank.push([p, q]);
        line = nextLine(body, q);
        continue;
      }
    }
    line = nextLine(body, p);
  }
  if (blank.length === 0) return { body, tags, comments };
  let masked = '';
  let from = 0;
  for (const [start, end] of blank) {
    masked += body.slice(from, start) + body.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return { body: masked + body.slice(from), tags, comments };
}

/**
 * An MDX ATX heading's text when its source line ends with a comment (`## Title {/*an_id*\/}`): the
 * comment is an expression, not Markdown, so the text from its last `{/` on is the comment's source.
 * `source`: the heading's source from its `#` (any line ending is cut off).
 */
export function headingCommentText(headingText: string, source: string): string {
  let line = source;
  const lineEnd = line.search(/[\r\n]/);
  if (lineEnd >= 0) line = line.slice(0, lineEnd);
  line = line.replace(/[ \t]+$/, '');
  // An ATX closing sequence: `#`s after a space or tab.
  const closing = /[ \t]#+$/.exec(line);
  if (closing) line = line.slice(0, closing.index).replace(/[ \t]+$/, '');
  if (!line.endsWith('*/}') || line.length < 6) return headingText;
  const open = line.lastIndexOf('{/*', line.length - 6);
  const from = headingText.lastIndexOf('{/');
  if (open < 0 || from < 0) return headingText;
  return headingText.slice(0, from) + line.slice(open);
}
