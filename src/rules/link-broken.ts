/** link-broken: a relative link or image points at no file or directory of the repository. */
import { defineRule, type RuleHit } from './types.js';

export default defineRule<{ ignore: string[] }>({
  id: 'link-broken',
  description: 'A link or image target does not exist in the repository (resolved as GitHub renders it).',
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
      const resolved = resolvedLinks[i]!;
      const what = link.image ? 'image' : 'link';
      if (resolved.kind === 'outside-root') {
        hits.push({ line: link.line, column: link.column, message: `${what} target "${link.target}" climbs above the repository root` });
      } else if (resolved.kind === 'path' && !index.exists(resolved.path) && index.caseVariants(resolved.path).length === 0) {
        hits.push({ line: link.line, column: link.column, message: `${what} target "${link.target}" does not exist (resolved to "${resolved.path}")` });
      }
    }
    return hits;
  },
});
