/** Every site generator by mode name (`links.mode`); one folder each under src/sites/ (see README.md). */
import { docusaurus } from './docusaurus/generator.js';
import type { SiteGenerator } from './generator.js';
import { github } from './github/generator.js';
import { hugo } from './hugo/generator.js';
import { learn } from './learn/generator.js';
import { mkdocs } from './mkdocs/generator.js';
import { routes } from './routes/generator.js';
import type { SiteMode } from './settings.js';
import { starlight } from './starlight/generator.js';
import { vitepress } from './vitepress/generator.js';
import { mdbook } from './mdbook/generator.js';
import { jekyll } from './jekyll/generator.js';
import { nextjs } from './nextjs/generator.js';

export const GENERATORS: Record<SiteMode, SiteGenerator> = {
  github,
  hugo,
  starlight,
  astro: starlight,
  docusaurus,
  mkdocs,
  learn,
  routes,
  vitepress,
  mdbook,
  jekyll,
  nextjs,
};
