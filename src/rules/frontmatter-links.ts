/** frontmatter-links: paths listed in frontmatter (e.g. `related_docs`) must exist in the repository. */
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap, keyLine } from './frontmatter-data.js';
import { resolveLinkTarget } from './links/resolve.js';

export default defineRule<{ keys: string[]; relativeTo: 'document' | 'root' }>({
  id: 'frontmatter-links',
  description: 'A path listed in a frontmatter key (a string or a list of strings) does not exist.',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      keys: { type: 'array', items: { type: 'string' } },
      relativeTo: { enum: ['document', 'root'] },
    },
    additionalProperties: false,
  },
  defaultOptions: { keys: [], relativeTo: 'document' },
  checksDocuments: true,
  check(doc, { options, index }) {
    const data = frontmatterMap(doc);
    if (!data) return [];
    const hits: RuleHit[] = [];
    for (const key of options.keys) {
      const value = data[key];
      const entries = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      for (const entry of entries) {
        if (typeof entry !== 'string' || entry.trim() === '') continue;
        // Root-relative is how the original tooling read `related_docs`; a leading `/` means the same.
        const written = options.relativeTo === 'root' && !entry.startsWith('/') ? `/${entry}` : entry;
        const resolved = resolveLinkTarget(doc.path, written);
        if (resolved.kind === 'external' || resolved.kind === 'same-document') continue;
        if (resolved.kind === 'path' && index.exists(resolved.path)) continue;
        const where = resolved.kind === 'path' ? ` (resolved to "${resolved.path}")` : ' (climbs above the repository root)';
        hits.push({ line: keyLine(doc, key), column: 1, message: `"${key}" lists "${entry}", which does not exist${where}` });
      }
    }
    return hits;
  },
});
