/** link-broken: a link or image points at no file, directory or (in a site mode) page of the repository. */
import type { ResolvedLink } from './links/resolve.js';
import type { ScanIndex } from './scan-index.js';
import type { UnverifiedTally } from '../unverified.js';
import { defineLinkRule, type RuleHit } from './types.js';
import { countPlaceholder, isPlaceholder } from './placeholder.js';

// Browsers drop tabs/newlines inside a URL and leading controls/spaces before reading its scheme.
// eslint-disable-next-line no-control-regex -- the C0 range is what browsers skip.
const SCHEME_NOISE = /[\t\n\r]|^[\u0000-\u0020]+/g;
const SCRIPT_SCHEME = /^(javascript|vbscript):/i;
const DATA_SCHEME = /^data:/i;

/** A `javascript:`/`vbscript:` link anywhere, or `data:` where GitHub renders it: both are stripped, so the link goes nowhere. */
function strippedScheme(target: string, mode: string): string | undefined {
  // Every stripped scheme ends in `:`; most targets have none, so skip the cleaning copy.
  if (!target.includes(':')) return undefined;
  const cleaned = target.replace(SCHEME_NOISE, '');
  const scheme = SCRIPT_SCHEME.exec(cleaned)?.[1] ?? (mode === 'github' && DATA_SCHEME.test(cleaned) ? 'data' : undefined);
  if (scheme === undefined) return undefined;
  const shown = target.length > 80 ? `${target.slice(0, 80)}…` : target;
  return `target "${shown}" uses the ${scheme.toLowerCase()}: scheme, which GitHub removes when rendering (the link goes nowhere)`;
}

/** Why `resolved` is broken, or undefined when it is fine (case-only mismatches are link-case's; a target docward cannot see is counted in `unverified`). */
function brokenBecause(
  resolved: ResolvedLink,
  target: string,
  what: string,
  index: ScanIndex,
  unverified: UnverifiedTally,
  exists?: boolean,
): string | { notice: string } | undefined {
  if (resolved.kind === 'external' && resolved.unverified !== undefined) unverified.add(resolved.unverified);
  if (resolved.kind === 'outside-root') return `${what} target "${target}" climbs above the repository root`;
  if (resolved.kind === 'path' && resolved.problem !== undefined) return `${what} ${resolved.problem}`;
  if (resolved.kind !== 'path' || (exists ?? index.exists(resolved.path))) return undefined;
  if (resolved.unverified !== undefined) {
    unverified.add(resolved.unverified);
    return undefined;
  }
  // Readers still get there, through the site's redirect map: worth a notice, not an error.
  if (resolved.redirect !== undefined)
    return {
      notice: `${what} target "${target}" names "${resolved.path}", which ${resolved.redirect.file} redirects to "${resolved.redirect.to}": link the new page`,
    };
  if ((resolved.caseVariants ?? index.caseVariants(resolved.path)).length > 0) return undefined;
  if (resolved.route !== undefined)
    return `${what} target "${target}" matches no page or file of the ${index.settings.mode} site (route "${resolved.route}", looked for "${resolved.path}")`;
  return `${what} target "${target}" does not exist (resolved to "${resolved.path}")`;
}

function hitAt(at: { line: number; column: number }, message: string | { notice: string }): RuleHit {
  return typeof message === 'string'
    ? { line: at.line, column: at.column, message }
    : { line: at.line, column: at.column, message: message.notice, notice: true };
}

export default defineLinkRule<{ ignore: string[]; checkPlaceholders: boolean }>({
  id: 'link-broken',
  description: 'A link or image target does not exist in the repository (resolved as GitHub or the configured site generator renders it).',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: { ignore: { type: 'array', items: { type: 'string', format: 'regex' } }, checkPlaceholders: { type: 'boolean' } },
    additionalProperties: false,
  },
  defaultOptions: { ignore: [], checkPlaceholders: false },
  checksDocuments: true,
  check(doc, { options, index, unverified }) {
    const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
    const hits: RuleHit[] = [];
    const resolvedLinks = index.linksOf(doc);
    const listed = index.listedLinksOf(doc);
    for (let i = 0; i < doc.links.length; i++) {
      const link = doc.links[i]!;
      if (ignore.length > 0 && ignore.some((re) => re.test(link.target))) continue;
      const what = link.image ? 'image' : 'link';
      const stripped = strippedScheme(link.target, index.settings.mode);
      const message = stripped ? `${what} ${stripped}` : brokenBecause(resolvedLinks[i]!, link.target, what, index, unverified, listed[i] === 1);
      if (message === undefined) continue;
      if (!stripped && !options.checkPlaceholders && isPlaceholder(link.target)) countPlaceholder(unverified, 'link-broken');
      else hits.push(hitAt(link, message));
    }
    return hits;
  },
  checkNavigation(nav, { options, index, unverified }) {
    // Navigation written as a document (mdBook's SUMMARY.md): its links are checked as that document's.
    if (nav.checkedAsDocument) return [];
    const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
    const hits: RuleHit[] = [];
    for (const entry of nav.entries) {
      if (ignore.some((re) => re.test(entry.target))) continue;
      const resolved = index.site.resolveNav(entry);
      const what = entry.kind === 'doc-id' ? 'doc id' : entry.kind === 'folder' ? 'folder' : nav.ofDocument ? 'tag' : 'navigation';
      const message =
        entry.kind === 'doc-id' && resolved.kind === 'path' && !index.exists(resolved.path)
          ? `${nav.format} entry names doc id "${entry.target}", which no document has`
          : brokenBecause(resolved, entry.target, `${nav.format} ${what}`, index, unverified);
      if (message !== undefined) hits.push(hitAt(entry, message));
    }
    return hits;
  },
});
