/** `recommended`: useful on any repository with no config: links, anchors, case, orphans, frontmatter where present, size, headings. */
import type { Preset } from '../../config/types.js';

/**
 * Instruction files of coding agents (`AGENTS.md`, `.claude/`, `.agents/skills/`) and prompt files a
 * project's tools send to a model (`*.prompt.md`, `llm-prompt.md`): read by tools, not pages for readers.
 */
export const AGENT_FILES = ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.cursor/**', '.claude/**', '**/.agents/**', '*.prompt.md', '*llm-prompt.md'];

/** Folder READMEs (GitHub shows them when browsing a folder), index pages, and the files GitHub surfaces itself. */
export const DEFAULT_ENTRY_POINTS = [
  'README.md',
  'readme.md',
  'Readme.md',
  'README.markdown',
  'index.md',
  'index.markdown',
  '/CHANGELOG.md',
  '/CONTRIBUTING.md',
  '/CODE_OF_CONDUCT.md',
  '/SECURITY.md',
  '/SUPPORT.md',
  // GitHub shows the root license in the repository sidebar; a history file is the changelog by another name.
  '/LICENSE.md',
  '/LICENCE.md',
  '/HISTORY.md',
  '/History.md',
  '.github/**',
  // Instructions for coding agents and prompts for models: read by tools, not navigated to by readers (their links are still checked).
  ...AGENT_FILES,
];

/**
 * Template documents: folders and files whose name says "template" (`templates/`, `ISSUE_TEMPLATE/`,
 * `pull_request_template.md`, `adr-template.md`). Their placeholders (`YYYY-MM-DD`, `path/to/x.md`)
 * are there by design; in a site mode a page the site publishes is a page whatever its folder.
 */
export const DEFAULT_TEMPLATES = ['**/*template*/**', '**/*Template*/**', '**/*TEMPLATE*/**', '*template*', '*Template*', '*TEMPLATE*'];

/** Test fixtures: documents a project's tests read (a linter's broken samples, a generator's test site). */
export const DEFAULT_TEST_FIXTURES = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/test-data/**',
  '**/__e2e__/**',
  '**/__snapshots__/**',
];

/**
 * Repository files: read by name where the repository is browsed, not reached by links. Changelogs
 * and licenses at any depth (package pages on npm and GitHub folder views show a package's own);
 * GitHub's community health files where GitHub looks for them (the root, `docs/`; `.github/` holds
 * entry points). A package's CONTRIBUTING or names GitHub does not show (`GOVERNANCE.md`,
 * `RELEASING.md`) need a link like any page. README variants
 * (`README.zh-CN.md`, `OMZ-README.md`) are read beside their folder's README.
 */
export const DEFAULT_REPOSITORY_FILES = [
  ...['CHANGELOG', 'Changelog', 'changelog', 'CHANGES', 'HISTORY', 'History', 'LICENSE', 'License', 'license', 'LICENCE', 'COPYING', 'NOTICE'].map(
    (name) => `${name}.*`,
  ),
  ...['CODE_OF_CONDUCT', 'code_of_conduct', 'CONTRIBUTING', 'contributing', 'SECURITY', 'SUPPORT'].flatMap((name) => [`/${name}.*`, `/docs/${name}.*`]),
  // Upper case only: `readme-guide.md` is a page about READMEs, `README.zh-CN.md` a README.
  '*[-_.]README.*',
  'README[-_.]*.*',
];

/**
 * Tool inputs: documents a tool consumes, no pages. Changesets become CHANGELOG entries; the
 * check-spelling action pastes its `advice.md` into pull-request comments, where its links resolve
 * against the comment's page (the README beside it is read on GitHub and checked).
 */
export const DEFAULT_TOOL_INPUTS = ['**/.changeset/*.md', '**/.github/actions/spelling/advice.md'];

export const recommended: Preset = {
  name: 'recommended',
  description: 'Links, anchors, letter case, orphans, frontmatter where present, size and headings.',
  entryPoints: DEFAULT_ENTRY_POINTS,
  rules: {
    'file-problem': 'warning',
    'frontmatter-invalid': 'error',
    'frontmatter-date': 'error',
    'link-broken': 'error',
    'link-anchor': 'error',
    'link-case': 'error',
    orphan: 'warning',
    'doc-size': { severity: 'warning', recommendedLines: 1000, maxLines: 2000 },
    'heading-h1': 'warning',
    'heading-increment': 'warning',
    'suppression-invalid': 'warning',
    'suppression-unused': 'warning',
  },
  overrides: [
    // Issue and pull-request templates are forms, not pages: they have no title heading.
    { files: ['.github/**'], rules: { 'heading-h1': 'off' } },
    // Agent instructions and model prompts are read by tools: a title heading serves no reader there.
    { files: AGENT_FILES, rules: { 'heading-h1': 'off' } },
  ],
};
