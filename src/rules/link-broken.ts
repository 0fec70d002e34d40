/** link-broken: a link or image points at no file, directory or (in a site mode) page of the repository. */
import type { ResolvedLink } from './links/resolve.js';
import type { ScanIndex } from './scan-index.js';
import { defineRule, type RuleHit } from './types.js';

/** Why `resolved` is broken, or undefined when it is fine (case-only mismatches are link-case's). */
function brokenBecause(resolved: ResolvedLink, target: string, what: string, index: ScanIndex): string | undefined {
  if (resolved.kind === 'outside-root') return `${what} target "${target}" climbs above the repository root`;
  if (resolved.kind !== 'path' || index.exists(resolved.path)) return undefined;
  if ((resolved.caseVariants ?? index.caseVariants(resolved.path)).length > 0) return undefined;
  if (resolved.route !== undefined) return `${what} target "${target}" matches no page or file of the ${index.site.settings.mode} site (route "${resolved.route}", looked for "${resolved.path}")`;
  return `${what} target "${target}" does not exist (resolved to "${resolved.path}")`;
}

export default defineRule<{ ignore: string[] }>({
  id: 'link-broken',
  description: 'A link or image target does not exist in the repository (resolved as GitHub or the configured site generator renders it).',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: { ignore: { type: 'array', items: { type: 'string', format: 'regex' } } },
    additionalProperties: false,
  },
  defaultOptions: { ignore: [] },
  checksDocuments: true,
  check(doc, { options, index }) {
    const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
    const hits: RuleHit[] = [];
    const resolvedLinks = index.linksOf(doc);
    for (let i = 0; i < doc.links.length; i++) {
      const link = doc.links[i]!;
      if (ignore.some((re) => re.test(link.target))) continue;
      const message = brokenBecause(resolvedLinks[i]!, link.target, link.image ? 'image' : 'link', index);
      if (message !== undefined) hits.push({ line: link.line, column: link.column, message });
    }
    return hits;
  },
  checkNavigation(nav, { options, index }) {
    const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
    const hits: RuleHit[] = [];
    for (const entry of nav.entries) {
      if (ignore.some((re) => re.test(entry.target))) continue;
      const resolved = index.site.resolveNav(entry);
      const what = entry.kind === 'doc-id' ? 'doc id' : entry.kind === 'folder' ? 'folder' : 'navigation';
      const message =
        entry.kind === 'doc-id' && resolved.kind === 'path' && !index.exists(resolved.path)
          ? `${nav.format} entry names doc id "${entry.target}", which no document has`
          : brokenBecause(resolved, entry.target, `${nav.format} ${what}`, index);
      if (message !== undefined) hits.push({ line: entry.line, column: entry.column, message });
    }
    return hits;
  },
});
