/**
 * GitHub's web routes of a repository (`github.com/<owner>/<repo>/issues`, `/graphs/contributors`,
 * `/tree/<ref>/x`): a relative link that climbs to one from a file's page is served by GitHub,
 * not by a file of the tree, so docward can neither find it nor call it broken. The climb always
 * leaves the tree, so no file of the checkout can be what the link means.
 */
import type { UnverifiedCause } from '../../unverified.js';

/** Route names under `github.com/<owner>/<repo>/`, with how many segments must follow (a ref and a path for `blob`). */
const ROUTES = new Map<string, number>([
  ...['issues', 'pulls', 'pull', 'actions', 'wiki', 'graphs', 'releases', 'security', 'discussions', 'compare', 'commits', 'commit'].map(
    (r) => [r, 0] as const,
  ),
  ...['tags', 'branches', 'pulse', 'projects', 'milestones', 'labels', 'network', 'stargazers', 'watchers', 'forks', 'contributors'].map(
    (r) => [r, 0] as const,
  ),
  ['tree', 1],
  ['blob', 2],
  ['raw', 2],
]);

export const GITHUB_WEB_ROUTES: UnverifiedCause = {
  cause: 'github-web-route',
  rule: 'link-broken',
  message:
    'relative links to GitHub web routes of the repository (`../../issues`, `../../graphs/contributors`, `../tree/HEAD/x`: pages GitHub serves beside the files, or other refs) are not files of the tree: not checked',
  unit: 'links',
};

/**
 * True when `path` (a link's decoded path, written in the document at `fromPath`) climbs with `../`
 * from the file's page (`github.com/<owner>/<repo>/blob/<ref>/<folders>/`) exactly to the
 * repository's page and goes on to one of its routes: `../../issues` from a root file.
 */
export function isGithubWebRoute(fromPath: string, path: string): boolean {
  if (!path.startsWith('../')) return false;
  const segments = path.split('/');
  let climb = 0;
  while (segments[climb] === '..') climb++;
  // Folders of the file, then `<ref>` and `blob`.
  const depth = fromPath.split('/').length - 1;
  if (climb !== depth + 2) return false;
  const needs = ROUTES.get(segments[climb]!);
  return needs !== undefined && segments.slice(climb + 1).filter((s) => s !== '').length >= needs;
}
