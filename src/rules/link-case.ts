/** link-case: the target exists only with different letter case: works on macOS and Windows, breaks on Linux and GitHub. */
import { defineLinkRule, type RuleHit } from './types.js';

export default defineLinkRule<Record<string, never>>({
  id: 'link-case',
  description: 'A link target exists only with a different letter case.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc, { index }) {
    const hits: RuleHit[] = [];
    const resolvedLinks = index.linksOf(doc);
    const listed = index.listedLinksOf(doc);
    for (let i = 0; i < resolvedLinks.length; i++) {
      if (listed[i] === 1) continue;
      const resolved = resolvedLinks[i]!;
      if (resolved.kind !== 'path') continue;
      const variants = resolved.caseVariants ?? index.caseVariants(resolved.path);
      if (variants.length === 0) continue;
      const link = doc.links[i]!;
      hits.push({
        line: link.line,
        column: link.column,
        message: `link target "${link.target}" exists only as "${variants.join('", "')}" (letter case differs; breaks on Linux and GitHub)`,
      });
    }
    return hits;
  },
});
