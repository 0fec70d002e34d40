/**
 * Hugo shortcodes that write headings or ids into the page that calls them: a template line that
 * is a Markdown heading with template output (`## {{ .LinkTitle }}`), a definition (`: ...`, whose
 * term the template writes, an id with `autoDefinitionTermID`), or an HTML `id="{{ ... }}"`. The
 * ids depend on what the template computes (other pages' titles), which docward does not run: a
 * fragment found in no heading of a page calling such a shortcode is counted, not reported.
 */
import type { SiteLoadContext } from '../generator.js';
import type { UnverifiedCause } from '../../unverified.js';

/** Markdown the template writes: ids only when Hugo renders its output as Markdown (called as `{{% name %}}`). */
const WRITES_MARKDOWN_IDS = /^(?:#{1,6}[ \t].*\{\{|:[ \t])/m;
/** HTML ids the template computes (either notation). */
const WRITES_HTML_IDS = /(?:^|[\s<])id=["']?\{\{/m;
const SHORTCODE_FILE = /(?:^|\/)_?shortcodes\/([^/]+)\.html$/;

/** The cause pages calling such shortcodes are counted under. */
export function shortcodeAnchorsCause(names: string[]): UnverifiedCause {
  return {
    cause: 'hugo-shortcode-anchor',
    rule: 'link-anchor',
    message: `anchors into pages that call a shortcode whose template writes headings or ids (${names.map((n) => `"${n}"`).join(', ')}): docward does not run templates, so a fragment found in no heading of such a page is not checked`,
    unit: 'anchors',
  };
}

/** Page path → the id-writing shortcode it calls, for the site's pages (`pages`), from the shortcode templates in `folders`. */
export async function shortcodeAnchorPages(
  { read, scan }: Pick<SiteLoadContext, 'read' | 'scan'>,
  folders: string[],
  pages: string[],
): Promise<Record<string, string>> {
  const markdown: string[] = [];
  const html: string[] = [];
  const seen = new Set<string>();
  for (const path of scan.paths) {
    const name = SHORTCODE_FILE.exec(path)?.[1];
    if (name === undefined || !folders.some((f) => path.startsWith(`${f}/`)) || seen.has(name)) continue;
    seen.add(name);
    const text = await read(path);
    if (typeof text !== 'string') continue;
    const template = text.replace(/\r\n?/g, '\n');
    if (WRITES_HTML_IDS.test(template)) html.push(name);
    else if (WRITES_MARKDOWN_IDS.test(template)) markdown.push(name);
  }
  const out: Record<string, string> = {};
  if (markdown.length + html.length === 0) return out;
  // `{{% name` (Markdown output) or `{{< name` (HTML output), the name whole (not Hugo's `{{</* name */>}}` escape).
  const alternatives = (names: string[]) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const calls = [
    ...(markdown.length > 0 ? [new RegExp(`\\{\\{%-?\\s*(${alternatives(markdown)})(?=\\s|-?[%/])`)] : []),
    ...(html.length > 0 ? [new RegExp(`\\{\\{[<%]-?\\s*(${alternatives(html)})(?=\\s|-?[%>/])`)] : []),
  ];
  for (const page of pages) {
    const text = await read(page);
    if (typeof text !== 'string') continue;
    const found = calls.map((c) => c.exec(text)).find((m) => m !== null);
    if (found) out[page] = found[1]!;
  }
  return out;
}
