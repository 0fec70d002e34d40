/** Finds links, anchors and docward suppression comments inside one HTML node's source text. */

export interface HtmlTagLink {
  offset: number;
  image: boolean;
  target: string;
}

export interface HtmlFindings {
  links: HtmlTagLink[];
  anchors: { offset: number; id: string }[];
  suppressions: { offset: number; directive: string; rules: string[] }[];
}

// CommonMark's "open tag" grammar; whitespace is ASCII whitespace.
const OPEN_TAG =
  /<([A-Za-z][A-Za-z0-9-]*)((?:[ \t\n\r\f\v]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:[^ \t\n\r\f\v"'=<>`]+|'[^']*'|"[^"]*"))?)*)[ \t\n\r\f\v]*\/?>/y;
const ATTRIBUTE = /([A-Za-z_:][A-Za-z0-9_.:-]*)(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:([^ \t\n\r\f\v"'=<>`]+)|'([^']*)'|"([^"]*)"))?/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function decodeAttribute(value: string): string {
  return value.replace(ENTITY, (e) => ENTITIES[e]!);
}

/** Scans `text` from `start` to `end` (file offsets; results carry file offsets); `mdx` adds the contract's JSX rules. */
export function scanHtml(text: string, start: number, end: number, into: HtmlFindings, mdx = false): void {
  let i = text.indexOf('<', start);
  while (i !== -1 && i < end) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1 || close + 3 > end) return; // an unclosed comment hides the rest of the node
      addSuppression(text.slice(i + 4, close), i, into);
      i = text.indexOf('<', close + 3);
      continue;
    }
    OPEN_TAG.lastIndex = i;
    const tag = OPEN_TAG.exec(text);
    if (tag && OPEN_TAG.lastIndex <= end) {
      addTag(tag[1]!.toLowerCase(), tag[2] ?? '', i, into, mdx);
      i = text.indexOf('<', OPEN_TAG.lastIndex);
    } else {
      i = text.indexOf('<', i + 1);
    }
  }
}

function addTag(name: string, attributeText: string, offset: number, into: HtmlFindings, mdx: boolean): void {
  const seen = new Set<string>();
  const attributes: [string, string][] = [];
  for (const m of attributeText.matchAll(ATTRIBUTE)) {
    const key = m[1]!.toLowerCase();
    // The first occurrence of an attribute wins, as in HTML, even one without a value.
    if (seen.has(key)) continue;
    seen.add(key);
    const value = m[2] ?? m[3] ?? m[4];
    // MDX: an unquoted `{...}` value is a JavaScript expression, not a string: no value.
    if (value === undefined || (mdx && m[2] !== undefined && value.startsWith('{'))) continue;
    attributes.push([key, decodeAttribute(value)]);
  }
  for (const [key, value] of attributes) {
    const link = (name === 'a' && key === 'href') || (mdx && key === 'href') || (mdx && name === 'link' && key === 'to');
    if (link || (name === 'img' && key === 'src')) into.links.push({ offset, image: name === 'img' && key === 'src', target: value });
    if (key === 'id' || key === 'name') into.anchors.push({ offset, id: value });
  }
}

/** A `docward-` directive in a comment's text (HTML or MDX comment) becomes a suppression at `offset`. */
export function addSuppression(body: string, offset: number, into: HtmlFindings): void {
  const trimmed = body.trim();
  if (!trimmed.startsWith('docward-')) return;
  const rest = trimmed.slice('docward-'.length);
  const words = rest.split(/[ \t\n\r\f\v]+/);
  const directive = words[0] ?? '';
  const rules = rest
    .slice(directive.length)
    .split(/[ \t\n\r\f\v,]+/)
    .filter((r) => r !== '');
  into.suppressions.push({ offset, directive, rules });
}
