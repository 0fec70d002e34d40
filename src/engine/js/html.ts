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
const ATTRIBUTE =
  /([A-Za-z_:][A-Za-z0-9_.:-]*)(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:([^ \t\n\r\f\v"'=<>`]+)|'([^']*)'|"([^"]*)"))?/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function decodeAttribute(value: string): string {
  return value.replace(ENTITY, (e) => ENTITIES[e]!);
}

/** Scans `text` from `start` to `end` (file offsets; results carry file offsets). */
export function scanHtml(text: string, start: number, end: number, into: HtmlFindings): void {
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
      addTag(tag[1]!.toLowerCase(), tag[2] ?? '', i, into);
      i = text.indexOf('<', OPEN_TAG.lastIndex);
    } else {
      i = text.indexOf('<', i + 1);
    }
  }
}

function addTag(name: string, attributeText: string, offset: number, into: HtmlFindings): void {
  const attributes = new Map<string, string>();
  for (const m of attributeText.matchAll(ATTRIBUTE)) {
    const key = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4];
    // The first occurrence of an attribute wins, as in HTML; one without a value names nothing.
    if (value !== undefined && !attributes.has(key)) attributes.set(key, decodeAttribute(value));
  }
  const linkAttribute = name === 'a' ? 'href' : name === 'img' ? 'src' : undefined;
  if (linkAttribute !== undefined && attributes.has(linkAttribute)) {
    into.links.push({ offset, image: name === 'img', target: attributes.get(linkAttribute)! });
  }
  for (const [key, value] of attributes) {
    if (key === 'id' || key === 'name') into.anchors.push({ offset, id: value });
  }
}

function addSuppression(body: string, offset: number, into: HtmlFindings): void {
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
