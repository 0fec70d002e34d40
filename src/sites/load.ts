/**
 * The link mode for one scan: `links.mode` from the config, or detected from the scanned files;
 * then the generator's navigation files are read (menus, sidebars, nav, TOCs) for the resolver.
 * Only files the scan listed are read (excluded or ignored ones do not exist for docward).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanListing } from '../rules/scan-index.js';
import { UnverifiedTally } from '../unverified.js';
import { detectMode, nestedSiteContent } from './detect.js';
import { gitIgnored } from './gitignored.js';
import type { FoundSettings, SiteLoadContext } from './generator.js';
import { GENERATORS } from './index.js';
import type { NavigationFile } from './navigation.js';
import { linkSettings, type LinksConfig } from './settings.js';
import type { SiteInput } from './site-links.js';

// One detection per listing: the pipeline asks before loading the site (siteDecidesMdx), then loadSite.
const detections = new WeakMap<readonly string[], ReturnType<typeof detectMode>>();

function siteMode(scan: Pick<ScanListing, 'paths' | 'dirs'>, links: LinksConfig) {
  const explicit = links.mode !== undefined && links.mode !== 'auto' ? links.mode : undefined;
  let detected = detections.get(scan.paths);
  if (detected === undefined) {
    detected = detectMode(scan.paths, scan.dirs);
    detections.set(scan.paths, detected);
  }
  return { explicit, detected, mode: explicit ?? detected.mode };
}

/** Whether loading this site may decide which `.md` are read as MDX (then extraction must wait for loadSite). */
export function siteDecidesMdx(scan: Pick<ScanListing, 'paths' | 'dirs'>, links: LinksConfig): boolean {
  return GENERATORS[siteMode(scan, links).mode].decidesMdx === true;
}

/** `unverified`: where the generator's config leaves something docward cannot check (the pipeline's tally, shared with the rules). */
export async function loadSite(
  root: string,
  scan: Pick<ScanListing, 'paths' | 'dirs'>,
  links: LinksConfig,
  unverified: UnverifiedTally = new UnverifiedTally(),
): Promise<{ site: SiteInput; notice?: string }> {
  const listed = new Set(scan.paths);
  const dirs = new Set(scan.dirs);
  const isFile = (p: string) => listed.has(p) && !dirs.has(p);
  const read = async (p: string): Promise<string | { error: string }> => {
    try {
      return await readFile(path.join(root, p), 'utf8');
    } catch (error) {
      return { error: `cannot read: ${(error as Error).message}` };
    }
  };
  const unreadable = (p: string, format: NavigationFile['format'], message: string): NavigationFile => ({
    path: p,
    format,
    entries: [],
    listsAll: [],
    error: { message, line: 1, column: 1 },
  });

  const { explicit, detected, mode } = siteMode(scan, links);
  const siteRoot = explicit === undefined || explicit === detected.mode ? detected.siteRoot : '';
  const at = (p: string) => (siteRoot === '' ? p : `${siteRoot}/${p}`);
  const base = linkSettings(mode);
  const contentRoot = mode === detected.mode && detected.contentRoot !== undefined ? detected.contentRoot : at(base.contentRoot);
  const found: FoundSettings = { contentRoot, staticRoots: base.staticRoots.map(at) };
  const navigation: NavigationFile[] = [];
  const context: SiteLoadContext = { at, isFile, read, unreadable, scan, links, found, navigation, unverified };
  await GENERATORS[mode].load?.(context);

  const settings = linkSettings(mode, links, found);
  // A link to a build output the repository ignores names a file that exists only after a local build.
  const ignored = await gitIgnored(scan.paths, read);
  if (ignored !== undefined) settings.gitIgnored = ignored;
  // Sites nested in the tree (example projects) are judged by their own build, not this site's; none when the config chose another mode than detected.
  settings.nestedSites =
    explicit === undefined || explicit === detected.mode
      ? nestedSiteContent(scan.paths, scan.dirs, {
          siteRoot,
          ...(mode === 'github' ? {} : { contentRoot: settings.contentRoot }),
          navigation: navigation.map((n) => n.path),
          mounts: settings.contentMounts.map((m) => m.folder),
        })
      : [];
  if (explicit === undefined && detected.unmodelled) {
    const { name, config } = detected.unmodelled;
    const message = `${config} is a ${name} site, a generator docward does not model: links are resolved file by file as GitHub renders them, so site-absolute links, routes and navigation are not checked as the site serves them`;
    unverified.add({ cause: 'site-generator-unmodelled', message, unit: 'entries', key: 'links.mode' });
    return {
      site: { settings, navigation },
      notice: `docward: ${message}; set links.mode in .docward.yml (e.g. routes with links.routes) to check them as published.`,
    };
  }
  const notice =
    explicit === undefined && mode !== 'github'
      ? `docward: links resolve as a ${mode} site (detected from ${detected.evidence.join(' and ')}; content in "${settings.contentRoot || '.'}"); set links.mode in .docward.yml to change it.`
      : undefined;
  return { site: { settings, navigation }, notice };
}
