/** link-case: the target exists only with different letter case: works on macOS and Windows, breaks on Linux and GitHub. */
import type { UnverifiedCause } from '../unverified.js';
import { defineLinkRule, type RuleHit } from './types.js';

interface LinkCaseOptions {
  /** Report each link the host serves ignoring case (Learn) as a notice, instead of one count. */
  listServedIgnoringCase: boolean;
}

/** Links a case-insensitive host (Learn) follows: they work for its readers, so one count, never a finding per link. */
const SERVED_IGNORING_CASE: UnverifiedCause = {
  cause: 'served-ignoring-case',
  rule: 'link-case',
  message:
    'links and navigation entries that differ from their file only in letter case: the site serves paths ignoring case, so they work there (GitHub and case-sensitive hosts would not find them)',
  unit: 'links',
  key: 'rules.link-case.listServedIgnoringCase',
};

export default defineLinkRule<LinkCaseOptions>({
  id: 'link-case',
  description: 'A link target exists only with a different letter case.',
  defaultSeverity: 'error',
  optionsSchema: { type: 'object', properties: { listServedIgnoringCase: { type: 'boolean' } }, additionalProperties: false },
  defaultOptions: { listServedIgnoringCase: false },
  checksDocuments: true,
  check(doc, { index, options, unverified }) {
    const hits: RuleHit[] = [];
    const resolvedLinks = index.linksOf(doc);
    const listed = index.listedLinksOf(doc);
    for (let i = 0; i < resolvedLinks.length; i++) {
      const resolved = resolvedLinks[i]!;
      if (resolved.kind === 'path' && resolved.caseFolded !== undefined) {
        if (options.listServedIgnoringCase) hits.push(servedIgnoringCase(doc.links[i]!, `link target "${doc.links[i]!.target}"`, resolved.path));
        else unverified.add(SERVED_IGNORING_CASE);
        continue;
      }
      if (listed[i] === 1) continue;
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
  checkNavigation(nav, { index, options, unverified }) {
    const hits: RuleHit[] = [];
    for (const entry of nav.entries) {
      const resolved = index.site.resolveNav(entry);
      if (resolved.kind !== 'path' || resolved.caseFolded === undefined) continue;
      if (options.listServedIgnoringCase) hits.push(servedIgnoringCase(entry, `${nav.format} entry "${entry.target}"`, resolved.path));
      else unverified.add(SERVED_IGNORING_CASE);
    }
    return hits;
  },
});

/** A target the host serves ignoring case (Learn): it works there, so a notice; GitHub and case-sensitive hosts would not find it. */
function servedIgnoringCase(at: { line: number; column: number }, what: string, path: string): RuleHit {
  return {
    line: at.line,
    column: at.column,
    message: `${what} differs only in letter case from "${path}": the site serves paths ignoring case, so it is followed; GitHub and case-sensitive hosts would not find it`,
    notice: true,
  };
}
