/** link-anchor: a `#fragment` must name a GitHub heading slug or an explicit HTML anchor of the target document. */
import { defineLinkRule, type RuleHit } from './types.js';
import { percentDecode } from './links/resolve.js';
import { hasAnchor } from './links/anchors.js';
import type { ScanIndex } from './scan-index.js';
import { flatten } from './flat-string.js';
import type { UnverifiedTally } from '../unverified.js';

/** `#` and `#top` scroll to the top in every browser (HTML spec), with no heading needed. */
const ALWAYS_VALID = new Set(['', 'top']);
const USER_CONTENT = 'user-content-';

const INCLUDED_FRAGMENT_ANCHORS = {
  cause: 'included-fragment-anchor',
  rule: 'link-anchor',
  message:
    'anchors found in no heading of their page but in a fragment the site includes into pages (a Hugo headless bundle or unrendered page): docward does not see which pages include it',
  unit: 'anchors',
} as const;

/** One fragment to look up in a document (by number). */
interface FragmentLink {
  line: number;
  column: number;
  target: number;
  fragment: string;
}

/**
 * A fragment link waiting for a later document, as one flat string `target line column fragment`:
 * ~70 bytes against ~200 for an object whose fragment, sliced from the link target, keeps the target alive.
 */
function waiting(link: FragmentLink): string {
  return flatten(`${link.target} ${link.line} ${link.column} ${link.fragment}`);
}

function fromWaiting(text: string): FragmentLink {
  const a = text.indexOf(' ');
  const b = text.indexOf(' ', a + 1);
  const c = text.indexOf(' ', b + 1);
  return { target: Number(text.slice(0, a)), line: Number(text.slice(a + 1, b)), column: Number(text.slice(b + 1, c)), fragment: text.slice(c + 1) };
}

function judge(link: FragmentLink, own: number, index: ScanIndex, unverified: UnverifiedTally): RuleHit | undefined {
  const anchors = index.anchorsOf(link.target);
  // Only scanned, readable documents have known anchors (code files use #L10 line anchors).
  if (anchors === undefined || hasAnchor(anchors, link.fragment)) return undefined;
  // An id the site's syntax declares beyond headings and HTML (kramdown `{: #id}`), read by the site's loader.
  if (index.settings.declaredAnchors?.[index.documentPaths[link.target]!]?.includes(link.fragment)) return undefined;
  const lower = link.fragment.toLowerCase();
  const where = link.target === own ? 'this document' : `"${index.documentPaths[link.target]}"`;
  if (lower !== link.fragment && hasAnchor(anchors, lower)) {
    // github.com finds a fragment whatever its case (its page script lowercases it); generated sites and browsers do not.
    if (index.settings.mode === 'github') {
      return {
        line: link.line,
        column: link.column,
        message: `anchor "#${link.fragment}" matches "#${lower}" in ${where} only ignoring case: github.com follows it, other renderers may not`,
        notice: true,
      };
    }
    return { line: link.line, column: link.column, message: `anchor "#${link.fragment}" not found in ${where} (heading ids are lowercase: "#${lower}")` };
  }
  // A page its theme renders from a component (VitePress `page: true`) or that calls a shortcode writing headings (Hugo): ids from code docward does not run.
  const rendered = index.site.anchorsByCode(index.documentPaths[link.target]!);
  if (rendered !== undefined) {
    unverified.add(rendered);
    return undefined;
  }
  // A fragment the site's pages include (Hugo headless bundle, unrendered page) has that id: the page may include it, which docward cannot see.
  if (
    index.site.fragmentHasAnchor(
      link.fragment,
      (n) => index.anchorsOf(n),
      (p) => index.numberOf(p),
    )
  ) {
    unverified.add(INCLUDED_FRAGMENT_ANCHORS);
    return undefined;
  }
  // The site gives ids to more than headings and HTML anchors, in a way docward does not model (Hugo autoDefinitionTermID).
  const unseen = index.settings.unverifiedAnchors;
  if (unseen !== undefined) {
    unverified.add(unseen);
    return undefined;
  }
  return { line: link.line, column: link.column, message: `anchor "#${link.fragment}" not found in ${where}` };
}

function judgeAll(links: FragmentLink[], own: number, index: ScanIndex, unverified: UnverifiedTally): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const link of links) {
    const hit = judge(link, own, index, unverified);
    if (hit) hits.push(hit);
  }
  return hits;
}

export default defineLinkRule<Record<string, never>, string>({
  id: 'link-anchor',
  description: 'A link fragment matches no heading slug or HTML anchor in the target document.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc, { index, unverified }, defer) {
    const own = index.numberOf(doc.path)!;
    const fragmentLinks: FragmentLink[] = [];
    let allArrived = true;
    const resolvedLinks = index.linksOf(doc);
    const targets = index.linkTargetsOf(doc);
    for (let i = 0; i < resolvedLinks.length; i++) {
      const resolved = resolvedLinks[i]!;
      if (resolved.kind !== 'same-document' && resolved.kind !== 'path') continue;
      if (resolved.fragment === undefined) continue;
      // GitHub prefixes rendered ids with `user-content-`; links may use either form.
      const decoded = resolved.fragment.includes('%') ? percentDecode(resolved.fragment) : resolved.fragment;
      const fragment = decoded.startsWith(USER_CONTENT) ? decoded.slice(USER_CONTENT.length) : decoded;
      // Lowercasing never shortens a string: only fragments of up to 3 characters can be `` or `top`.
      if (fragment.length <= 3 && ALWAYS_VALID.has(fragment.toLowerCase())) continue;
      // A folder's fragment points into the README GitHub renders below the file list.
      let target = resolved.kind === 'same-document' ? own : targets[i]! >= 0 ? targets[i] : undefined;
      if (resolved.kind === 'path' && target === undefined && index.isDir(resolved.path)) {
        const readme = index.folderPages(resolved.path)[0];
        target = readme === undefined ? undefined : index.numberOf(readme);
      }
      if (target === undefined) continue;
      if (!index.arrived(target)) allArrived = false;
      const link = doc.links[i]!;
      fragmentLinks.push({ line: link.line, column: link.column, target, fragment });
    }
    if (allArrived) return judgeAll(fragmentLinks, own, index, unverified);
    // Each fragment waits for its own target (hits settle by position, so link order holds); none is judged here, not to split the rule's hits.
    for (const link of fragmentLinks) defer(waiting(link), link.target);
    return [];
  },
  finish(doc, pending, { index, unverified }) {
    return judgeAll(pending.map(fromWaiting), doc.number, index, unverified);
  },
});
