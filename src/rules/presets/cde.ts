/**
 * `cde`: the documentation governance of CDE Orchestrator MCP, reconciled where its validators
 * contradict each other (each choice and its reason: docs/rules.md, "The cde preset").
 */
import type { Preset } from '../../config/types.js';
import { KEBAB_CASE } from '../naming-pattern.js';

/** Union of the validators' root lists: each was allowed by at least one, and all are standard community or agent files. */
export const CDE_ROOT_FILES = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'LICENSE.md', 'AGENTS.md', 'GEMINI.md', 'CLAUDE.md'];

/** Spec-Kit feature folders `specs/<feature>/` (mandated by the governance docs, rejected by the old validators). */
const FEATURE_DIRS = 'specs/!(features|design|tasks|governance|templates)';

const DATED = '^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}-\\d{2}\\.md$';
const DATED_MONTH = '^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}(?:-\\d{2})?\\.md$';

export const cde: Preset = {
  name: 'cde',
  description: 'CDE Orchestrator governance: seven required keys, enums, ISO dates, placement, naming, sizes, orphans.',
  entryPoints: ['README.md', 'readme.md', 'index.md', ...CDE_ROOT_FILES.map((f) => `/${f}`), '.github/**'],
  // The original tool holds specs/templates/ to every rule, as a designated tree of real documents.
  templates: [],
  testFixtures: [],
  rules: {
    'file-problem': 'warning',
    'frontmatter-missing': 'error',
    'frontmatter-invalid': 'error',
    'frontmatter-required': { severity: 'error', keys: ['title', 'description', 'type', 'status', 'created', 'updated', 'author'] },
    'frontmatter-enum': {
      severity: 'error',
      keys: {
        type: { values: ['feature', 'design', 'task', 'guide', 'governance', 'session', 'execution', 'feedback', 'research'] },
        status: { values: ['draft', 'active', 'deprecated', 'archived'] },
      },
    },
    'frontmatter-date': { severity: 'error', keys: ['created', 'updated'], allowDateTime: true, order: [['created', 'updated']] },
    // Only recommended limits, as in the original (W): error here means they report as warnings.
    'frontmatter-length': {
      severity: 'error',
      keys: { description: { recommendedMin: 50, recommendedMax: 150 }, llm_summary: { recommendedMin: 100, recommendedMax: 500 } },
    },
    // The original resolved related_docs from the repository root (a warning there too).
    'frontmatter-links': { severity: 'warning', keys: ['related_docs'], relativeTo: 'root' },
    'placement-root': {
      severity: 'error',
      allow: CDE_ROOT_FILES,
      reportPatterns: [
        '^PHASE\\d+C_.*\\.md$',
        '^SESSION.*\\.md$',
        '^SUMMARY.*\\.md$',
        '^REPORT.*\\.md$',
        '^REVIEW.*\\.md$',
        '^NOTES.*\\.md$',
        '^ANALYSIS.*\\.md$',
        '^EXECUTION.*\\.md$',
        '^FEEDBACK.*\\.md$',
        '^RESUMEN.*\\.md$',
        '^SPRINT.*\\.md$',
        '^MEETING.*\\.md$',
        '^JULIUS.*\\.md$',
        '^WEEK-.*\\.md$',
        '^TEST.*\\.md$',
        // The governance shell hook's SCREAMING_SNAKE pattern (case-insensitive here, like the others).
        '^[A-Z_]*_[A-Z_]*\\.md$',
      ],
    },
    'placement-dir': {
      severity: 'error',
      dirs: [
        'specs/*',
        'docs',
        'memory',
        '.cde',
        '.github',
        'agent-docs/sessions',
        'agent-docs/execution',
        'agent-docs/feedback',
        'agent-docs/research',
        'agent-docs/prompts',
      ],
      files: ['/agent-docs/README.md', '/agent-docs/readme.md'],
    },
    'placement-type-dir': {
      severity: 'error',
      key: 'type',
      map: {
        feature: ['specs/features', FEATURE_DIRS],
        design: ['specs/design', FEATURE_DIRS],
        task: ['specs/tasks', FEATURE_DIRS],
        research: ['agent-docs/research', FEATURE_DIRS],
        governance: ['specs/governance', 'memory'],
        guide: ['docs', 'specs/templates'],
        session: ['agent-docs/sessions'],
        execution: ['agent-docs/execution'],
        feedback: ['agent-docs/feedback'],
      },
    },
    'naming-pattern': {
      severity: 'warning',
      patterns: [
        { files: ['**'], pattern: KEBAB_CASE, name: 'kebab-case (lowercase words joined by hyphens)' },
        { files: ['agent-docs/{sessions,execution,research}/**'], pattern: DATED, name: 'dated: <topic>-YYYY-MM-DD.md' },
        { files: ['agent-docs/feedback/**'], pattern: DATED_MONTH, name: 'dated: <topic>-YYYY-MM.md or <topic>-YYYY-MM-DD.md' },
      ],
      exempt: [...CDE_ROOT_FILES.map((f) => `/${f}`), 'README.md', 'readme.md', '.github/**'],
    },
    'link-broken': 'error',
    'link-anchor': 'error',
    'link-case': 'error',
    orphan: 'warning',
    'doc-size': { severity: 'error', recommendedLines: 1000, maxLines: 1500 },
    'heading-h1': 'warning',
    'heading-increment': 'warning',
    'heading-depth': { severity: 'warning', maxLevel: 3 },
    'suppression-invalid': 'warning',
    'suppression-unused': 'warning',
  },
  overrides: [
    // GitHub renders frontmatter as a table on these, agents read them as plain text, and folder READMEs are index pages.
    {
      files: [...CDE_ROOT_FILES.map((f) => `/${f}`), 'README.md', 'readme.md', '.github/**'],
      rules: { 'frontmatter-missing': 'off', 'frontmatter-required': 'off' },
    },
    // Issue and pull-request templates are forms, not pages: they have no title heading.
    { files: ['.github/**'], rules: { 'heading-h1': 'off' } },
    // The original exempted changelogs and archives from the line limit: they grow by design.
    { files: ['CHANGELOG.md', '**/archive/**', '**/archived/**'], rules: { 'doc-size': 'off' } },
  ],
};
