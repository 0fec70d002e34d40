/** Rule settings for one path: the resolved rules, then every override whose globs match it, in order. */
import { compileGlobs, type PathMatcher } from './glob.js';
import { applySetting } from './merge.js';
import type { ResolvedConfig } from './load.js';
import type { ResolvedRule } from './types.js';

export type RulesForPath = (path: string) => Record<string, ResolvedRule>;

export function rulesForPath(config: ResolvedConfig): RulesForPath {
  const matchers: PathMatcher[] = config.overrides.map((o) => compileGlobs(o.files));
  const bySignature = new Map<string, Record<string, ResolvedRule>>();
  return (path) => {
    const matching = matchers.map((m, i) => (m(path) ? i : -1)).filter((i) => i >= 0);
    const signature = matching.join(',');
    let rules = bySignature.get(signature);
    if (!rules) {
      rules = { ...config.rules };
      for (const i of matching) {
        for (const [id, setting] of Object.entries(config.overrides[i]!.rules)) rules[id] = applySetting(id, rules[id]!, setting);
      }
      bySignature.set(signature, rules);
    }
    return rules;
  };
}

/**
 * Documents that are not pages for readers, each class with the rules still checked there:
 * templates (forms to copy, placeholders by design: what is broken whatever the placeholders) and
 * test fixtures (inputs of a project's tests, often broken on purpose: nothing).
 */
export interface DocumentClass {
  /** The unverified cause the class's documents are counted under. */
  cause: 'template' | 'test-fixture' | 'hugo-archetype';
  message: string;
  /** The config key that says which documents are in the class (none: the generator says). */
  key?: 'templates' | 'testFixtures';
  keep: ReadonlySet<string>;
  matches: PathMatcher;
}

/**
 * The scan's document classes. A class's default globs give way to the pages a site publishes
 * (under its content root: Hugo's `content/en/templates/` documents templates); globs the user
 * configured apply everywhere.
 */
export function documentClasses(config: ResolvedConfig, mode: string, contentRoot: string): DocumentClass[] {
  const prefix = contentRoot === '' ? '' : `${contentRoot}/`;
  const matcher = (globs: string[], configured: boolean): PathMatcher => {
    const match = compileGlobs(globs);
    if (configured || mode === 'github') return match;
    return (path) => !path.startsWith(prefix) && match(path);
  };
  // Hugo archetypes are Go templates `hugo new` fills in: their front matter is template code, not YAML yet.
  const archetypes: DocumentClass[] =
    mode === 'hugo'
      ? [
          {
            cause: 'hugo-archetype',
            message:
              'Hugo archetypes (archetypes/) are Go templates that `hugo new` fills in, front matter included: not pages, not YAML until then, so only file problems and suppressions are checked there',
            keep: new Set(['file-problem', 'suppression-invalid']),
            matches: matcher(HUGO_ARCHETYPES, false),
          },
        ]
      : [];
  return [
    ...archetypes,
    {
      cause: 'template',
      message:
        'template documents (a folder or file name with "template") hold placeholders by design: only file problems, frontmatter syntax and suppressions are checked there',
      key: 'templates',
      keep: new Set(['file-problem', 'frontmatter-invalid', 'suppression-invalid']),
      matches: matcher(config.templates, config.templatesConfigured),
    },
    {
      cause: 'test-fixture',
      message:
        "test fixtures (documents under test/, tests/, fixtures/, testdata/...) are inputs of the project's tests, broken on purpose as often as not: not checked",
      key: 'testFixtures',
      keep: new Set(),
      matches: matcher(config.testFixtures, config.testFixturesConfigured),
    },
  ];
}

const HUGO_ARCHETYPES = ['archetypes/**', '**/archetypes/**'];

/**
 * The template class for documents found by their content (no heading, a link to a token a script
 * replaces, `ENGLISH_VERSION_URL`): a fragment the build fills in and inserts, wherever it is; none
 * when `templates` is configured.
 */
export function scriptTemplateClass(config: ResolvedConfig): DocumentClass | undefined {
  if (config.templatesConfigured) return undefined;
  return {
    cause: 'template',
    message:
      'documents with no heading that link a token a script replaces (ENGLISH_VERSION_URL, YOUR_LINK) are fragments a build step fills in and inserts into pages: only file problems, frontmatter syntax and suppressions are checked there',
    key: 'templates',
    keep: new Set(['file-problem', 'frontmatter-invalid', 'suppression-invalid']),
    matches: () => true,
  };
}

/** The first class whose globs match `path`, if any. */
export function classOf(classes: readonly DocumentClass[], path: string): DocumentClass | undefined {
  for (const documentClass of classes) if (documentClass.matches(path)) return documentClass;
  return undefined;
}

/**
 * `forPath` where a classed document gets every rule but its class's `keep` turned off (one
 * settings object per class and distinct base settings: the runner caches rule lists by object).
 */
export function withClasses(forPath: RulesForPath, classes: readonly DocumentClass[]): RulesForPath {
  const cache = new Map<DocumentClass, Map<Record<string, ResolvedRule>, Record<string, ResolvedRule>>>(classes.map((c) => [c, new Map()]));
  return (path) => {
    const rules = forPath(path);
    const documentClass = classOf(classes, path);
    if (!documentClass) return rules;
    const byRules = cache.get(documentClass)!;
    let classed = byRules.get(rules);
    if (!classed) {
      classed = {};
      for (const [id, rule] of Object.entries(rules)) classed[id] = documentClass.keep.has(id) ? rule : { ...rule, severity: 'off' };
      byRules.set(rules, classed);
    }
    return classed;
  };
}
