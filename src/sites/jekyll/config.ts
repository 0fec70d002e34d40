/**
 * Jekyll's `_config.yml` (yaml): `baseurl`, `permalink`, `collections` (which are output, and their
 * permalink), `exclude`; and the `{% link %}` / `{% post_url %}` tags of a page, found by liquidjs's
 * tokenizer (Liquid runs before Markdown, inside code too; `{% raw %}` and `{% comment %}` hide tags).
 */
import { Tokenizer, TagToken } from 'liquidjs';
import { parse as parseYaml } from 'yaml';
import type { JekyllSettings } from '../settings.js';
import { positionAt } from '../navigation.js';

export interface JekyllConfig extends JekyllSettings {
  baseurl: string;
  exclude: string[];
  error?: { message: string; line: number; column: number };
}

/** Jekyll's default `exclude` list (jekyll/lib/jekyll/configuration.rb). */
const DEFAULT_EXCLUDE = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle',
  'vendor/cache',
  'vendor/gems',
  'vendor/ruby',
];

export function parseJekyllConfig(text: string): JekyllConfig {
  const out: JekyllConfig = { baseurl: '', exclude: [...DEFAULT_EXCLUDE], permalink: 'date', collections: {} };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[] };
    return { ...out, error: { message: e.message.split('\n')[0]!, line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return out;
  const config = data as Record<string, unknown>;
  if (typeof config.baseurl === 'string') out.baseurl = config.baseurl;
  if (typeof config.permalink === 'string') out.permalink = config.permalink;
  if (Array.isArray(config.exclude)) out.exclude.push(...config.exclude.filter((e): e is string => typeof e === 'string'));
  const collections = config.collections;
  const entries: [string, unknown][] = Array.isArray(collections)
    ? collections.filter((c): c is string => typeof c === 'string').map((c) => [c, {}])
    : collections !== null && typeof collections === 'object'
      ? Object.entries(collections)
      : [];
  for (const [name, value] of entries) {
    const options = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    out.collections[name] = { output: options.output === true, ...(typeof options.permalink === 'string' ? { permalink: options.permalink } : {}) };
  }
  return out;
}

export interface LiquidLink {
  tag: 'link' | 'post_url';
  /** The tag's argument: a path from the site source (`link`) or a post's name (`post_url`). */
  target: string;
  line: number;
  column: number;
}

/** Every `{% link path %}` and `{% post_url name %}` of a page whose argument is a literal (a variable is not checked). */
export function liquidLinks(text: string): LiquidLink[] {
  let tokens;
  try {
    tokens = new Tokenizer(text).readTopLevelTokens();
  } catch {
    // Liquid that does not parse fails Jekyll's build on its own; its links are not read here.
    return [];
  }
  const links: LiquidLink[] = [];
  let comment = 0;
  for (const token of tokens) {
    if (!(token instanceof TagToken)) continue;
    if (token.name === 'comment') comment++;
    else if (token.name === 'endcomment') comment = Math.max(0, comment - 1);
    else if (comment === 0 && (token.name === 'link' || token.name === 'post_url')) {
      const target = token.args.trim();
      // `{% link {{ page.x }} %}` or a bare variable is computed by the build.
      if (target === '' || target.includes('{{') || target.includes(' ')) continue;
      links.push({ tag: token.name, target, ...positionAt(text, token.begin) });
    }
  }
  return links;
}

/** The front matter of an HTML page (`---` YAML `---` at its start), or undefined when it has none or it does not parse. */
export function htmlFrontmatter(text: string): Record<string, unknown> | undefined {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) return undefined;
  try {
    const data = parseYaml(text.slice(text.indexOf('\n') + 1, end)) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A kramdown block attribute list alone on its line (`{: #id .class}`): it gives the block above it that id. */
const BLOCK_IAL = /^ {0,3}\{:\s*([^}]*)\}\s*$/;

/** The ids a page's kramdown block attribute lists give (`## 4.4.1` then `{: #v4-4-1}`): anchors the extractors do not see. */
export function blockAttributeIds(text: string): string[] {
  const ids: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const list = BLOCK_IAL.exec(line)?.[1];
    if (list === undefined) continue;
    for (const part of list.split(/\s+/)) if (part.startsWith('#') && part.length > 1) ids.push(part.slice(1));
  }
  return ids;
}
