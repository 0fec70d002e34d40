/** link-anchor: a `#fragment` must name a GitHub heading slug or an explicit HTML anchor of the target document. */
import { defineRule, type RuleHit } from './types.js';
import { percentDecode } from './links/resolve.js';

/** `#` and `#top` scroll to the top in every browser (HTML spec), with no heading needed. */
const ALWAYS_VALID = new Set(['', 'top']);
const USER_CONTENT = 'user-content-';

export default defineRule<Record<string, never>>({
  id: 'link-anchor',
  description: 'A link fragment matches no heading slug or HTML anchor in the target document.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc, { index }) {
    const hits: RuleHit[] = [];
    const resolvedLinks = index.linksOf(doc);
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
      let target = resolved.kind === 'same-document' ? doc : index.documents.get(resolved.path);
      if (resolved.kind === 'path' && target === undefined && index.isDir(resolved.path)) {
        const readme = index.folderPages(resolved.path)[0];
        target = readme === undefined ? undefined : index.documents.get(readme);
      }
      // Only scanned, readable documents have known anchors (code files use #L10 line anchors).
      if (!target || target.problem) continue;
      const anchors = index.anchorsOf(target);
      if (anchors.has(fragment)) continue;
      const lower = fragment.toLowerCase();
      const hint = anchors.has(lower) ? ` (GitHub slugs are lowercase: "#${lower}")` : '';
      const where = target === doc ? 'this document' : `"${target.path}"`;
      const link = doc.links[i]!;
      hits.push({ line: link.line, column: link.column, message: `anchor "#${fragment}" not found in ${where}${hint}` });
    }
    return hits;
  },
});
