/**
 * Which site generator builds the scanned docs, from the files the scan saw (no file is read):
 * the shallowest folder holding a generator's config file and its content folder decides.
 */
import { GENERATORS } from './index.js';
import type { Signature } from './generator.js';
import type { SiteMode } from './settings.js';

export interface DetectedMode {
  mode: SiteMode;
  /** Folder holding the generator's config (`''` = the scan root); defaults are relative to it. */
  siteRoot: string;
  /** The files that decided, for the notice (empty for `github`). */
  evidence: string[];
}

/**
 * Generators tried in each folder, in order of precedence: the specific config names first, Hugo's
 * generic `config.*` last. A new generator with a `detect` signature goes here too.
 */
const DETECTION_ORDER: SiteMode[] = ['vitepress', 'mdbook', 'docusaurus', 'starlight', 'mkdocs', 'learn', 'hugo', 'jekyll', 'nextjs'];
const SIGNATURES: (Signature & { mode: SiteMode })[] = DETECTION_ORDER.map((mode) => ({ mode, ...GENERATORS[mode].detect! }));

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
