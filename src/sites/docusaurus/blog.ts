/**
 * Docusaurus blog routes (plugin-content-blog): a post's URL is the blog base and its `slug` front
 * matter, else the slug its path gives: a date in the name (`2019-05-30-welcome.md`,
 * `2019-05-30-welcome/index.md`, `2019/05/30/welcome.md`) becomes `2019/05/30/welcome` (folders
 * before the date kept), any other path is itself (`/index` dropped). The blog list, archive and
 * tag pages are generated.
 */
import { joinRoute, stringKey, trimSlashes, type FrontmatterMap } from '../generator.js';
import type { UnverifiedCause } from '../../unverified.js';

/** Docusaurus's own pattern for a date in a post's path (relative to the blog folder). */
const DATE_PATH = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?$/;

/** The slug a post's path gives (segments inside the blog folder, extension dropped), as Docusaurus's parseBlogFileName. */
export function blogPathSlug(segments: readonly string[]): string {
  const relative = segments.join('/');
  const dated = DATE_PATH.exec(relative)?.groups;
  if (dated) return joinRoute(dated.date!.replace(/-/g, '/'), `${dated.folder}${dated.text}`);
  return relative.replace(/(?:^|\/)index$/, '');
}

/** The post's route under the blog's URL base: `slug` front matter (absolute or not, both from the base), else its path's slug. */
export function blogRoute(segments: readonly string[], frontmatter: FrontmatterMap, base: string): string {
  const slug = stringKey(frontmatter, 'slug');
  return joinRoute(base, slug !== undefined ? trimSlashes(slug) : blogPathSlug(segments));
}

/** Pages the blog plugin generates from its posts, by route under the blog base. */
export const BLOG_PAGES = ['', 'archive', 'tags', 'authors'];
/** Generated blog routes whose values come from the posts' front matter and paging (tags, authors, list pages). */
export const BLOG_DYNAMIC_ROUTES = ['tags/[...tag]', 'authors/[...author]', 'page/[page]'];

export const BLOG_GENERATED: UnverifiedCause = {
  cause: 'docusaurus-blog-generated-route',
  rule: 'link-broken',
  message: 'links to blog tag, author and list pages the Docusaurus blog plugin generates from front matter and paging (which values exist is not checked)',
  unit: 'links',
};
