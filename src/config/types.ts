/** Configuration shapes: what a `.docward.yml` or a preset says, and what the loader resolves it to. */
import type { SeveritySetting } from '../findings.js';
import type { LinksConfig } from '../sites/settings.js';

/** `error` | `warning` | `notice` | `off`, or `{ severity?, ...options }` (options merge key by key). */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** One layer of configuration: a preset or the user's file. */
export interface ConfigLayer {
  include?: string[];
  exclude?: string[];
  entryPoints?: string[];
  /** Globs of template documents (placeholders by design): only their syntax is checked. */
  templates?: string[];
  /** Globs of test fixtures (inputs of the project's tests): not checked. */
  testFixtures?: string[];
  /** Globs of repository files read by name on GitHub or a registry (CHANGELOG, LICENSE...): never orphans. */
  repositoryFiles?: string[];
  /** Globs of documents a tool reads as input (changesets): only their syntax is checked. */
  toolInputs?: string[];
  /** Globs of pages of nested sites (replace the detected ones; `[]`: none). */
  nestedSites?: string[];
  /** Globs of documents read as MDX besides `*.mdx` (replace what the site's generator says; `[]`: none). */
  mdx?: string[];
  maxFileBytes?: number;
  /** How links, anchors and orphans are resolved: GitHub's rendering or a site generator's. */
  links?: LinksConfig;
  rules?: Record<string, RuleSetting>;
  overrides?: Override[];
}

export interface Preset extends ConfigLayer {
  name: string;
  description: string;
}

export interface ResolvedRule {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}
