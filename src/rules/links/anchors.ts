/** Heading ids as each generator writes them: GitHub slugs, `{#custom-id}` attributes, Python-Markdown's slugify. */
import { slug as githubSlug } from 'github-slugger';
import type { DocumentFacts } from '../../engine/contract.js';
import { FNV_OFFSET, FNV_PRIME } from '../string-hash.js';

export type HeadingIdStyle =
  /** github-slugger, duplicates `-1`, `-2` (GitHub, Starlight, Learn). */
  | 'github'
  /** A trailing `{#id}` / `{#id .class}` (Hugo/Goldmark, Docusaurus) is the id; other headings as `github`. */
  | 'github-custom'
  /** Python-Markdown toc: ASCII slugify, duplicates `_1`, `_2`; attr_list `{#id}` / `{: #id }`. */
  | 'python-markdown'
  /** VitePress (@mdit-vue slugify, markdown-it-anchor): accents dropped, punctuation runs to `-`, a leading digit gets `_`; duplicates `-1`; `{#id}`. */
  | 'vitepress'
  /** mdBook: letters, digits, `_`, `-` kept (only ASCII lowercased), whitespace to `-`; duplicates `-1`; `{#id}`. */
  | 'mdbook'
  /** Hugo/Goldmark: a trailing attribute list (`{#id .class lang=en}`) is no heading text; its `#id` is the id; other headings as `github`. */
  | 'goldmark'
  /** A trailing MDX comment `{/*id*\/}` is the id (react.dev's remark-header-custom-ids); other headings as `github`. */
  | 'mdx-comment'
  /** Markdig's GitHub auto-identifiers (docfx, Learn): letters and digits lowercased, space and `-` to `-`, `_` kept, the rest dropped; empty → `section`; duplicates `-1`, `-2`. */
  | 'markdig';

/** A trailing attribute list holding an id: `{#id}`, `{#id .cls}`, `{: #id }` (MkDocs attr_list). */
const CUSTOM_ID = /\s*\{:?\s*(?:[.\w-]+\s+|[\w-]+=\S+\s+)*#([^\s}]+)[^{}]*\}\s*$/u;

/** One Goldmark attribute: `#id`, `.class`, or `key=value` (value bare or quoted). */
const GOLDMARK_ATTRIBUTE = String.raw`(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'{}]+))`;
/** A trailing Goldmark attribute list: `{` attributes separated by spaces `}`. */
const GOLDMARK_ATTRIBUTES = new RegExp(String.raw`\s*\{\s*(${GOLDMARK_ATTRIBUTE}(?:\s+${GOLDMARK_ATTRIBUTE})*)\s*\}\s*$`, 'u');

/** The heading's text without a trailing Goldmark attribute list, and the `#id` it sets. */
export function splitGoldmarkAttributes(text: string): { text: string; id?: string } {
  const match = GOLDMARK_ATTRIBUTES.exec(text);
  if (!match) return { text };
  const id = /(?:^|\s)#([\w-]+)/u.exec(match[1]!)?.[1];
  return { text: text.slice(0, match.index).trimEnd(), id };
}

/**
 * A trailing MDX comment holding a slug: `{/*id*\/}` as written, or `{/id/}` when the engines read its
 * `*`s as emphasis (a comment inside a line is text in `.md` and `.mdx` alike).
 */
const COMMENT_ID = /\s*\{\/\*?\s*([\w-]+)\s*\*?\/\}\s*$/u;

/** The heading's text without a trailing `{/*id*\/}` comment, and the id it names. */
export function splitCommentId(text: string): { text: string; id?: string } {
  const match = COMMENT_ID.exec(text);
  return match ? { text: text.slice(0, match.index).trimEnd(), id: match[1] } : { text };
}

/** The heading's text without a trailing `{#id}` (what the generator shows and slugs) and the id. */
export function splitCustomId(text: string): { text: string; id?: string } {
  const match = CUSTOM_ID.exec(text);
  return match ? { text: text.slice(0, match.index).trimEnd(), id: match[1] } : { text };
}

/** Python-Markdown's default `slugify` (markdown.extensions.toc): NFKD, ASCII only, drop non-word, lowercase, runs of `-`/space to `-`. */
export function pythonMarkdownSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\p{ASCII}]/gu, '');
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** VitePress's default `slugify` (@mdit-vue/shared). */
export function vitepressSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036F]/g, '')
      // eslint-disable-next-line no-control-regex -- VitePress drops control characters (@mdit-vue/shared rControl).
      .replace(/[\u0000-\u001f]/g, '')
      .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(\d)/, '_$1')
      .toLowerCase()
  );
}

/** mdBook's `normalize_id`: alphanumerics (Unicode), `_` and `-` kept with ASCII lowercased, whitespace to `-`, the rest dropped. */
export function mdbookSlug(text: string): string {
  let out = '';
  for (const c of text.trim()) {
    if (/^[\p{Alphabetic}\p{N}_-]$/u.test(c)) out += /^[A-Z]$/.test(c) ? c.toLowerCase() : c;
    else if (/^\s$/u.test(c)) out += '-';
  }
  return out;
}

/** Lowercase ASCII words, digits, `_`, `-` and spaces: the only text github-slugger's removal regex leaves untouched. */
const PLAIN_SLUG_TEXT = /^[a-z0-9_ -]*$/;

/** github-slugger's `slug` (lowercase, drop punctuation and symbols, spaces to `-`), skipping its large regex for plain text. */
function baseSlug(text: string): string {
  const lower = text.toLowerCase();
  return PLAIN_SLUG_TEXT.test(lower) ? lower.replaceAll(' ', '-') : githubSlug(text);
}

/** github-slugger's `GithubSlugger` de-duplication: a repeated slug gets `-1`, `-2`... skipping slugs already taken. */
export class HeadingSlugger {
  private readonly occurrences = new Map<string, number>();

  slug(text: string): string {
    const original = baseSlug(text);
    let result = original;
    while (this.occurrences.has(result)) {
      const n = this.occurrences.get(original)! + 1;
      this.occurrences.set(original, n);
      result = `${original}-${n}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}

const NOT_SLUG_TEXT = /[^\p{L}\p{Nd} _-]+/gu;
const SPACES = / /g;

/**
 * Markdig's `LinkHelper.UrilizeAsGfm`: what a heading becomes before de-duplication (letters and digits
 * lowercased one by one, space and `-` as `-`, `_` kept, the rest dropped). Whole-string `toLowerCase`
 * equals the per-character one except for a final capital sigma, which takes the per-character path.
 */
export function markdigSlug(text: string): string {
  const kept = text.replace(NOT_SLUG_TEXT, '');
  if (kept.includes('\u03a3')) return markdigSlugByCharacter(kept);
  return kept.toLowerCase().replace(SPACES, '-');
}

/** The definition, one code point at a time. */
export function markdigSlugByCharacter(text: string): string {
  let out = '';
  for (const c of text) {
    if (/[\p{L}\p{Nd}]/u.test(c)) out += c.toLowerCase();
    else if (c === ' ' || c === '-') out += '-';
    else if (c === '_') out += '_';
  }
  return out;
}

/** Markdig's AutoIdentifierExtension: an empty id is `section`; a taken id gets `-1`, `-2`... after its base. */
function markdigIds(texts: string[]): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = markdigSlug(text) || 'section';
    let id = base;
    for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** The ids of the document's headings, in order, as `style` renders them. */
export function headingIds(doc: DocumentFacts, style: HeadingIdStyle): string[] {
  if (style === 'markdig') return markdigIds(doc.headings.map((h) => h.text));
  if (style === 'python-markdown') {
    // toc keeps explicit ids (attr_list, HTML) as written and gives generated ones `_1`, `_2`... to avoid every id taken.
    const split = doc.headings.map((h) => splitCustomId(h.text));
    const used = new Set<string>([...split.flatMap((s) => (s.id === undefined ? [] : [s.id])), ...doc.anchors.map((a) => a.id)]);
    return split.map(({ text, id }) => {
      if (id !== undefined) return id;
      const slug = pythonMarkdownSlug(text);
      let unique = slug;
      for (let n = 1; used.has(unique); n++) unique = `${slug}_${n}`;
      used.add(unique);
      return unique;
    });
  }
  if (style === 'vitepress' || style === 'mdbook') return countedIds(doc, style);
  const slugger = new HeadingSlugger();
  return doc.headings.map((h) => {
    if (style === 'github') return slugger.slug(h.text);
    const split = style === 'goldmark' ? splitGoldmarkAttributes : style === 'mdx-comment' ? splitCommentId : splitCustomId;
    const { text, id } = split(h.text);
    return id ?? slugger.slug(text);
  });
}

/**
 * VitePress (markdown-it-anchor: a taken id gets `-1`, `-2`... skipping ids already taken, explicit `{#id}` taken too)
 * and mdBook (a counter per generated id: `x`, `x-1`, `x-2`, whatever else is taken).
 */
function countedIds(doc: DocumentFacts, style: 'vitepress' | 'mdbook'): string[] {
  const taken = new Set<string>();
  const counters = new Map<string, number>();
  return doc.headings.map((h) => {
    const { text, id } = splitCustomId(h.text);
    if (id !== undefined) {
      taken.add(id);
      return id;
    }
    if (style === 'mdbook') {
      const base = mdbookSlug(text);
      const n = counters.get(base) ?? 0;
      counters.set(base, n + 1);
      return n === 0 ? base : `${base}-${n}`;
    }
    const base = vitepressSlug(text);
    let unique = base;
    for (let n = 1; taken.has(unique); n++) unique = `${base}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/**
 * A document's fragment targets, kept for the whole scan: each id as a 53-bit hash (two 32-bit hashes
 * of its UTF-16 code units, one in a float64), sorted. Only membership is asked, and a fragment that
 * is no id matches one of n ids with a chance of n / 2^53; the ids themselves took ~2.5x as much.
 */
export type AnchorIds = Float64Array;

/** The id's hash: FNV-1a (32 bits, hash32's lane, fused into one loop) and 21 bits of a second multiply-xorshift hash. */
export function anchorHash(id: string): number {
  let a = FNV_OFFSET;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  return (a >>> 0) * 0x200000 + ((b ^ (b >>> 16)) & 0x1fffff);
}

/** The ids' hashes, sorted (a document's `AnchorIds`). */
export function anchorIds(ids: readonly string[]): AnchorIds {
  const hashes = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) hashes[i] = anchorHash(ids[i]!);
  return hashes.sort();
}

export function hasAnchor(anchors: AnchorIds, id: string): boolean {
  const hash = anchorHash(id);
  for (let low = 0, high = anchors.length - 1; low <= high;) {
    const middle = (low + high) >> 1;
    const at = anchors[middle]!;
    if (at === hash) return true;
    if (at < hash) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
