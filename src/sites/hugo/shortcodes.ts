/**
 * Hugo shortcodes that write headings or ids into the page that calls them: a template line that
 * is a Markdown heading with template output (`## {{ .LinkTitle }}`), a definition (`: ...`, whose
 * term the template writes, an id with `autoDefinitionTermID`), or an HTML `id="{{ ... }}"`. The
 * ids depend on what the template computes (other pages' titles), which docward does not run: a
 * fragment found in no heading of a page calling such a shortcode is counted, not reported.
 */
import type { SiteLoadContext } from '../generator.js';
import type { UnverifiedCause } from '../../unverified.js';

const WRITES_IDS = /^(?:#{1,6}[ \t].*\{\{|:[ \t])|\bid=["']?\{\{/m;
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
  const names: string[] = [];
  for (const path of scan.paths) {
    const name = SHORTCODE_FILE.exec(path)?.[1];
    if (name === undefined || !folders.some((f) => path.startsWith(`${f}/`)) || names.includes(name)) continue;
    const text = await read(path);
    if (typeof text === 'string' && WRITES_IDS.test(text.replace(/\r\n?/g, '\n'))) names.push(name);
  }
  const out: Record<string, string> = {};
  if (names.length === 0) return out;
  // `{{% name` or `{{< name` (not Hugo's `{{</* name */>}}` escape).
  const call = new RegExp(`\\{\\{[<%]-?\\s*(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[\\s%>-])`);
  for (const page of pages) {
    const text = await read(page);
    const found = typeof text === 'string' ? call.exec(text) : null;
    if (found) out[page] = found[1]!;
  }
  return out;
}
