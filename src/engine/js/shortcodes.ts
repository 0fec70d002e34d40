/** Hugo `ref`/`relref` shortcodes in a document body, by the contract's grammar (see `LinkKind` in contract.ts). */
import type { Link } from '../contract.js';
import type { LineIndex } from './positions.js';

/** ASCII whitespace as the contract names it for shortcodes (space, \t, \n, \r, \f, \v). */
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isKeyStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isKeyChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
/** Characters an unquoted value cannot hold. */
const isUnquotedStop = (c: string) => isSpace(c) || c === '"' || c === '`' || c === '=' || c === '>' || c === '%' || c === '}';

interface Parsed {
  end: number;
  path?: string;
  lang?: string;
}

/** A value at `at` (quoted, raw or unquoted): its decoded text and the offset after it, or undefined. */
function readValue(text: string, at: number): { value: string; end: number } | undefined {
  const c = text[at];
  if (c === '"') {
    let value = '';
    for (let i = at + 1; i < text.length; i++) {
      const d = text[i]!;
      if (d === '"') return { value, end: i + 1 };
      if (d === '\\' && i + 1 < text.length) {
        // A backslash gives the next code point as it is (one UTF-16 unit or a surrogate pair).
        const next = text.codePointAt(i + 1)!;
        value += String.fromCodePoint(next);
        i += next > 0xffff ? 2 : 1;
        continue;
      }
      value += d;
    }
    return undefined;
  }
  if (c === '`') {
    const close = text.indexOf('`', at + 1);
    return close < 0 ? undefined : { value: text.slice(at + 1, close), end: close + 1 };
  }
  let i = at;
  while (i < text.length && !isUnquotedStop(text[i]!)) i++;
  return i === at ? undefined : { value: text.slice(at, i), end: i };
}

/** The shortcode starting with `{{` at `start`, or undefined when the text there is not one. */
function parseAt(text: string, start: number): Parsed | undefined {
  const open = text[start + 2];
  if (open !== '<' && open !== '%') return undefined;
  let i = start + 3;
  while (isSpace(text[i])) i++;
  let name: string;
  if (text.startsWith('relref', i)) name = 'relref';
  else if (text.startsWith('ref', i)) name = 'ref';
  else return undefined;
  i += name.length;
  let path: string | undefined;
  let lang: string | undefined;
  let positional: string | undefined;
  const close = open === '<' ? '>}}' : '%}}';
  for (;;) {
    const before = i;
    while (isSpace(text[i])) i++;
    if (text.startsWith(close, i)) return { end: i + 3, path: positional ?? path, lang };
    if (text[i] === '/' && text.startsWith(close, i + 1)) return { end: i + 4, path: positional ?? path, lang };
    // Arguments are separated from the name and from each other by whitespace.
    if (i === before) return undefined;
    let key: string | undefined;
    if (isKeyStart(text[i])) {
      let k = i + 1;
      while (isKeyChar(text[k])) k++;
      let e = k;
      while (isSpace(text[e])) e++;
      if (text[e] === '=') {
        key = text.slice(i, k);
        i = e + 1;
        while (isSpace(text[i])) i++;
      }
    }
    const value = readValue(text, i);
    if (!value) return undefined;
    i = value.end;
    if (key === undefined) positional ??= value.value;
    else if (key === 'path') path ??= value.value;
    else if (key === 'lang') lang ??= value.value;
  }
}

/** Every `ref`/`relref` shortcode with a path in `text` from `bodyStart`, in source order. */
export function shortcodeLinks(text: string, bodyStart: number, index: LineIndex): Link[] {
  const links: Link[] = [];
  for (let at = text.indexOf('{{', bodyStart); at >= 0; ) {
    const parsed = parseAt(text, at);
    if (!parsed) {
      at = text.indexOf('{{', at + 1);
      continue;
    }
    if (parsed.path !== undefined) {
      const pos = index.position(at);
      // Key order as serialised by the native engine: kind, image, target, lang?, line, column.
      const lang = parsed.lang === undefined ? {} : { lang: parsed.lang };
      links.push({ kind: 'shortcode', image: false, target: parsed.path, ...lang, line: pos.line, column: pos.column });
    }
    at = text.indexOf('{{', parsed.end);
  }
  return links;
}

/** `shortcodes` merged into `links` (both in source order) by position; ties cannot occur (contract). */
export function mergeByPosition(links: Link[], shortcodes: Link[]): Link[] {
  if (shortcodes.length === 0) return links;
  const out: Link[] = [];
  let s = 0;
  for (const link of links) {
    while (s < shortcodes.length && before(shortcodes[s]!, link)) out.push(shortcodes[s++]!);
    out.push(link);
  }
  while (s < shortcodes.length) out.push(shortcodes[s++]!);
  return out;
}

const before = (a: Link, b: Link) => a.line < b.line || (a.line === b.line && a.column < b.column);
