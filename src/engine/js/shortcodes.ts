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

/** A value at `at` (quoted, raw or unquoted) ending before `limit`: its decoded text and the offset after it, or undefined. */
function readValue(text: string, at: number, limit: number): { value: string; end: number } | undefined {
  if (at >= limit) return undefined;
  const c = text[at];
  if (c === '"') {
    let value = '';
    for (let i = at + 1; i < limit; i++) {
      const d = text[i]!;
      if (d === '"') return { value, end: i + 1 };
      if (d === '\\' && i + 1 < limit) {
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
    let close = at + 1;
    while (close < limit && text[close] !== '`') close++;
    return close >= limit ? undefined : { value: text.slice(at + 1, close), end: close + 1 };
  }
  let i = at;
  while (i < limit && !isUnquotedStop(text[i]!)) i++;
  return i === at ? undefined : { value: text.slice(at, i), end: i };
}

/** The shortcode starting with `{{` at `start` and ending by `limit` (the next `{{`), or undefined when the text there is not one. */
function parseAt(text: string, start: number, limit: number): Parsed | undefined {
  const open = text[start + 2];
  if (open !== '<' && open !== '%') return undefined;
  const space = (at: number) => at < limit && isSpace(text[at]);
  const has = (word: string, at: number) => at + word.length <= limit && text.startsWith(word, at);
  let i = start + 3;
  while (space(i)) i++;
  let name: string;
  if (has('relref', i)) name = 'relref';
  else if (has('ref', i)) name = 'ref';
  else return undefined;
  i += name.length;
  let path: string | undefined;
  let lang: string | undefined;
  let positional: string | undefined;
  const close = open === '<' ? '>}}' : '%}}';
  for (;;) {
    const before = i;
    while (space(i)) i++;
    if (has(close, i)) return { end: i + 3, path: positional ?? path, lang };
    if (has(`/${close}`, i)) return { end: i + 4, path: positional ?? path, lang };
    // Arguments are separated from the name and from each other by whitespace.
    if (i === before) return undefined;
    let key: string | undefined;
    if (i < limit && isKeyStart(text[i])) {
      let k = i + 1;
      while (k < limit && isKeyChar(text[k])) k++;
      let e = k;
      while (space(e)) e++;
      if (e < limit && text[e] === '=') {
        key = text.slice(i, k);
        i = e + 1;
        while (space(i)) i++;
      }
    }
    const value = readValue(text, i, limit);
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
  for (let at = text.indexOf('{{', bodyStart); at >= 0;) {
    // A shortcode holds no other `{{`: parsing stops there, which also keeps the scan linear.
    const next = text.indexOf('{{', at + 2);
    const parsed = parseAt(text, at, next < 0 ? text.length : next);
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
