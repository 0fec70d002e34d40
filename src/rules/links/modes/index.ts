/** Every resolution mode by name. */
import type { SiteMode } from '../settings.js';
import { docusaurus } from './docusaurus.js';
import { github } from './github.js';
import { hugo } from './hugo.js';
import { learn } from './learn.js';
import { mkdocs } from './mkdocs.js';
import type { ModeDefinition } from './mode.js';
import { routes } from './routes.js';
import { starlight } from './starlight.js';

export const MODES: Record<SiteMode, ModeDefinition> = { github, hugo, starlight, astro: starlight, docusaurus, mkdocs, learn, routes };
