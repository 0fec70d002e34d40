/**
 * Which site generator builds the scanned docs, from the files the scan saw (no file is read):
 * the shallowest folder holding a generator's config file and its content folder decides.
 */
import type { SiteMode } from '../rules/links/settings.js';

export interface DetectedMode {
  mode: SiteMode;
  /** Folder holding the generator's config (`''` = the scan root); defaults are relative to it. */
  siteRoot: string;
  /** The files that decided, for the notice (empty for `github`). */
  evidence: string[];
}

interface Signature {
  mode: SiteMode;
  /** Config file names; one must exist in the folder. */
  configs: string[];
  /** Content folder (relative to that folder) that must exist too; undefined: none needed. */
  content?: string;
}

/** In order of precedence: the specific config names first, Hugo's generic `config.*` last. */
const SIGNATURES: Signature[] = [
  { mode: 'docusaurus', configs: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts'], content: 'docs' },
  { mode: 'starlight', configs: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'], content: 'src/content/docs' },
  { mode: 'mkdocs', configs: ['mkdocs.yml', 'mkdocs.yaml'] },
  { mode: 'learn', configs: ['docfx.json'] },
  {
    mode: 'hugo',
    configs: ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/config.toml', 'config/_default/hugo.yaml', 'config/_default/config.yaml'],
    content: 'content',
  },
];

/** Deepest folder level searched for a site's config (monorepos keep the site in `website/` or `docs/`). */
const MAX_DEPTH = 2;

export function detectMode(paths: Iterable<string>, dirs: Iterable<string>): DetectedMode {
  const files = new Set(paths);
  const folders = new Set(dirs);
  const candidates = ['', ...[...folders].filter((d) => d.split('/').length <= MAX_DEPTH).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))];
  for (const folder of candidates) {
    const at = (p: string) => (folder === '' ? p : `${folder}/${p}`);
    for (const signature of SIGNATURES) {
      const config = signature.configs.find((c) => files.has(at(c)) && !folders.has(at(c)));
      if (config === undefined) continue;
      if (signature.content !== undefined && !folders.has(at(signature.content))) continue;
      return { mode: signature.mode, siteRoot: folder, evidence: [at(config), ...(signature.content !== undefined ? [`${at(signature.content)}/`] : [])] };
    }
  }
  return { mode: 'github', siteRoot: '', evidence: [] };
}
