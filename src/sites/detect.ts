/**
 * Which site generator builds the scanned docs, from the files the scan saw (no file is read):
 * the shallowest folder holding a generator's config file and its content folder decides.
 */
import { GENERATORS } from './index.js';
import { within, type Signature } from './generator.js';
import type { SiteMode } from './settings.js';
import { joinSegments } from '../rules/links/resolve.js';

export interface DetectedMode {
  mode: SiteMode;
  /** Folder holding the generator's config (`''` = the scan root); defaults are relative to it. */
  siteRoot: string;
  /** The files that decided, for the notice (empty for `github`). */
  evidence: string[];
  /** `github` because the site generator found is one docward does not model: its name and config file. */
  unmodelled?: { name: string; config: string };
  /** The content folder found from the scan root, when the signature names one. */
  contentRoot?: string;
}

/**
 * Generators tried in each folder, in order of precedence: the specific config names first, Hugo's
 * generic `config.*` last. A new generator with a `detect` signature goes here too.
 */
const DETECTION_ORDER: SiteMode[] = ['vitepress', 'mdbook', 'docusaurus', 'starlight', 'mkdocs', 'learn', 'hugo', 'jekyll', 'nextjs'];
const SIGNATURES: (Signature & { mode: SiteMode })[] = DETECTION_ORDER.map((mode) => ({ mode, ...GENERATORS[mode].detect! }));

/** Site generators docward does not model: found only when no modelled one is, for a notice that says so. */
const UNMODELLED: (Signature & { name: string })[] = [
  { name: 'VuePress', configs: ['.vuepress/config.js', '.vuepress/config.ts', '.vuepress/config.mjs'] },
  { name: 'Jupyter Book', configs: ['_toc.yml'] },
  { name: 'Hexo', configs: ['_config.yml'], content: 'scaffolds' },
  { name: 'Gatsby', configs: ['gatsby-config.js', 'gatsby-config.ts', 'gatsby-config.mjs'] },
  { name: 'Eleventy', configs: ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs'] },
  { name: 'Nuxt Content', configs: ['nuxt.config.ts', 'nuxt.config.js'], content: 'content' },
  { name: 'Antora', configs: ['antora.yml', 'antora-playbook.yml'] },
  { name: 'Sphinx', configs: ['conf.py'] },
  { name: 'Mintlify', configs: ['mint.json'] },
  { name: 'GitBook', configs: ['.gitbook.yaml'] },
  { name: 'Docsify', configs: ['_sidebar.md'] },
  { name: 'Astro (without Starlight)', configs: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'] },
  { name: 'Docusaurus (no docs/ folder)', configs: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'] },
];

/** Deepest folder level searched for a site's config (monorepos keep the site in `website/` or `docs/`). */
const MAX_DEPTH = 2;

/** The config file and content folder (from the scan root) when `signature` matches in `folder`. */
function matchIn(
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
  folder: string,
  signature: Signature,
): { config: string; content?: string } | undefined {
  const at = (p: string) => (folder === '' ? p : `${folder}/${p}`);
  const config = signature.configs.find((c) => files.has(at(c)) && !folders.has(at(c)));
  if (config === undefined) return undefined;
  if (signature.unless?.some((u) => files.has(at(u)))) return undefined;
  if (signature.content === undefined) return { config: at(config) };
  // Alternatives in order (`../docs`: a Docusaurus website/ beside docs/).
  const content = [signature.content]
    .flat()
    .map((c) => joinSegments(folder, c))
    .find((c) => c !== undefined && folders.has(c));
  return content === undefined ? undefined : { config: at(config), content };
}

export function detectMode(paths: Iterable<string>, dirs: Iterable<string>): DetectedMode {
  const files = new Set(paths);
  const folders = new Set(dirs);
  const candidates = [
    '',
    ...[...folders].filter((d) => d.split('/').length <= MAX_DEPTH).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1)),
  ];
  const match = (folder: string, signature: Signature) => matchIn(files, folders, folder, signature);
  for (const folder of candidates) {
    for (const signature of SIGNATURES) {
      const found = match(folder, signature);
      if (found === undefined) continue;
      const evidence = [found.config, ...(found.content !== undefined ? [`${found.content}/`] : [])];
      return { mode: signature.mode, siteRoot: folder, evidence, ...(found.content !== undefined ? { contentRoot: found.content } : {}) };
    }
  }
  // No modelled generator: say which unmodelled one was found, if any (links then resolve as on GitHub).
  for (const folder of candidates) {
    for (const signature of UNMODELLED) {
      const found = match(folder, signature);
      if (found !== undefined) return { mode: 'github', siteRoot: '', evidence: [], unmodelled: { name: signature.name, config: found.config } };
    }
  }
  return { mode: 'github', siteRoot: '', evidence: [] };
}

/**
 * The content folders of nested sites: folders of the tree (any depth, not the scanned site's
 * root, not inside its content folder; `contentRoot` undefined: a GitHub-mode scan) holding a modelled generator's config and content folder,
 * like a repository's example projects. A site inside another nested site belongs to that one; a
 * site whose navigation file the scanned site's model reads (`navigation`) is part of it.
 */
export function nestedSiteContent(
  paths: Iterable<string>,
  dirs: Iterable<string>,
  outer: { siteRoot: string; contentRoot?: string; navigation?: readonly string[]; mounts?: readonly string[] },
): string[] {
  // A site whose content folder is the whole tree (a VitePress or Jekyll site at the root) publishes every folder itself.
  if (outer.contentRoot === '') return [];
  const files = new Set(paths);
  const folders = new Set(dirs);
  const found: string[] = [];
  for (const folder of [...folders].sort()) {
    if (folder === outer.siteRoot || (outer.contentRoot !== undefined && within(folder, outer.contentRoot)) || found.some((f) => within(folder, f))) continue;
    // The scanned site's model reads this site's navigation (mdBook's several books): it is part of the scanned site.
    if (outer.navigation?.some((n) => within(n, folder))) continue;
    for (const signature of SIGNATURES) {
      const site = matchIn(files, folders, folder, signature);
      if (site === undefined) continue;
      const content = site.content ?? joinSegments(folder, GENERATORS[signature.mode].defaults.contentRoot);
      // A folder the scanned site mounts (MkDocs language sites, Hugo module mounts) is published by it, not by a site of its own.
      const mounted = outer.mounts?.some((m) => within(content ?? folder, m) || within(m, content ?? folder)) ?? false;
      if (content !== undefined && !mounted && folders.has(content) && (outer.contentRoot === undefined || !within(outer.contentRoot, content)))
        found.push(content);
      break;
    }
  }
  return found;
}
