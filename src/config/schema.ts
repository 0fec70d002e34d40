/** The JSON Schema of `.docward.yml`, built from the rule registry (schema/docward.schema.json is this, written out). */
import { RULES } from '../rules/index.js';
import { PRESETS } from '../rules/presets/index.js';
import { SITE_MODES } from '../sites/settings.js';

const severity = { enum: ['error', 'warning', 'notice', 'off'] };
const globs = { type: 'array', items: { type: 'string' } };

function ruleSettings(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    properties[rule.id] = {
      description: rule.description,
      oneOf: [
        severity,
        {
          type: 'object',
          properties: { severity, ...rule.optionsSchema.properties },
          additionalProperties: false,
        },
      ],
    };
  }
  return { type: 'object', properties, additionalProperties: false };
}

export function buildConfigSchema(): Record<string, unknown> {
  const rules = ruleSettings();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/docward/docward/schema/docward.schema.json',
    title: 'docward configuration (.docward.yml)',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
      extends: { description: 'Preset to start from (default: recommended).', enum: [...PRESETS.keys()] },
      preset: { description: 'Same as extends.', enum: [...PRESETS.keys()] },
      include: { ...globs, description: 'Globs of documents to check.' },
      exclude: { ...globs, description: 'Globs removed from include and from the known paths.' },
      entryPoints: { ...globs, description: 'Globs of documents the orphan check starts from.' },
      testFixtures: {
        ...globs,
        description:
          "Globs of test fixtures (inputs of the project's tests, often broken on purpose): not checked. Default: test/, tests/, __tests__/, fixtures/, __fixtures__/, testdata/, __e2e__/, __snapshots__/ folders.",
      },
      templates: {
        ...globs,
        description:
          'Globs of template documents (placeholders by design): only file problems, frontmatter syntax and suppressions are checked there. Default: folders and files whose name contains "template".',
      },
      repositoryFiles: {
        ...globs,
        description:
          'Globs of repository files read by name on GitHub or a package registry, not reached by links: never orphans. Default: CHANGELOG, CHANGES, HISTORY, LICENSE, COPYING, NOTICE files at any depth, CODE_OF_CONDUCT, CONTRIBUTING, SECURITY, SUPPORT at the root and in docs/, and README variants (README.zh-CN.md, OMZ-README.md).',
      },
      toolInputs: {
        ...globs,
        description:
          "Globs of documents a tool reads as input (changesets), not pages: only file problems, frontmatter syntax and suppressions are checked. Default: .changeset/*.md and the check-spelling action's .github/actions/spelling/advice.md (pasted into pull-request comments).",
      },
      nestedSites: {
        ...globs,
        description:
          "Globs of the pages of nested sites (a folder with its own site generator config, e.g. an example project): their links and orphans are not judged against the scanned site. Default: detected from the generators' config files; [] judges them as the scanned site's.",
      },
      mdx: {
        ...globs,
        description:
          'Globs of documents read with the MDX grammar besides *.mdx (JSX lines open no HTML block, {/* */} is a comment). Default: the .md files the site generator compiles with MDX (Docusaurus 3 unless markdown.format is detect or md; a Next.js page compiling Markdown with @mdx-js/mdx or next-mdx-remote); [] reads every .md as CommonMark.',
      },
      maxFileBytes: { type: 'integer', minimum: 1, description: 'Larger files are reported (file-problem), not read.' },
      links: {
        type: 'object',
        description: 'How links, anchors and orphans resolve: GitHub rendering or a site generator (docs/rules.md#site-generators).',
        properties: {
          mode: { enum: ['auto', ...SITE_MODES], description: 'auto (default): detected from the files in the scan.' },
          contentRoot: { type: 'string', description: "Folder of the site's pages (mode default: content, src/content/docs, docs...)." },
          base: { type: 'string', description: 'URL path the pages are served under (docusaurus routeBasePath, astro base).' },
          staticRoots: { ...globs, description: 'Folders served at the site root as they are.' },
          languages: { ...globs, description: 'Language folders directly under the content root.' },
          defaultLanguage: { type: 'string', description: 'The language missing translations fall back to.' },
          defaultLanguageInSubdir: {
            type: 'boolean',
            description: 'The default language is served under its own prefix too (/en/x), as Hugo defaultContentLanguageInSubdir.',
          },
          routes: {
            type: 'object',
            description: 'URL prefix → repository folder, e.g. { "/azure/": "articles/" }.',
            additionalProperties: { type: 'string' },
          },
          sectionLists: { type: 'boolean', description: 'hugo: a reached section page (_index.md) reaches the pages its list shows (default true).' },
        },
        additionalProperties: false,
      },
      rules,
      overrides: {
        type: 'array',
        description: 'Per-path rule settings; later entries win.',
        items: {
          type: 'object',
          properties: { files: { ...globs, minItems: 1 }, rules },
          required: ['files', 'rules'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
