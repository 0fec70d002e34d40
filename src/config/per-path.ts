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
    // Runs for every document: the signature is built without arrays.
    let signature = '';
    for (let i = 0; i < matchers.length; i++) if (matchers[i]!(path)) signature = signature === '' ? `${i}` : `${signature},${i}`;
    let rules = bySignature.get(signature);
    if (!rules) {
      rules = { ...config.rules };
      for (const i of signature === '' ? [] : signature.split(',').map(Number)) {
        for (const [id, setting] of Object.entries(config.overrides[i]!.rules)) rules[id] = applySetting(id, rules[id]!, setting);
      }
      bySignature.set(signature, rules);
    }
    return rules;
  };
}

/**
 * Documents that are not pages for readers, each class with the rules still checked there:
 * templates (forms to copy, placeholders by design: what is broken whatever the placeholders),
 * test fixtures (inputs of a project's tests, often broken on purpose: nothing), and the classes of
 * the repository block below.
 */
export interface DocumentClass {
  /** The unverified cause the class's documents are counted under. */
  cause: 'template' | 'test-fixture' | 'hugo-archetype' | RepositoryClassCause;
  message: string;
  /** The config key that says which documents are in the class (none: the generator says). */
  key?: 'templates' | 'testFixtures' | RepositoryClassKey;
  /** Whether rule `id` still checks the class's documents. */
  checks: (id: string) => boolean;
  matches: PathMatcher;
}

/** The rules that still check a template or a tool input: what is broken whatever the placeholders. */
const SYNTAX_RULES = new Set(['file-problem', 'frontmatter-invalid', 'suppression-invalid']);

/**
 * The scan's document classes, the first matching one applies. A class's default globs give way to
 * the pages a site publishes (under its content root: Hugo's `content/en/templates/` documents
 * templates); globs the user configured apply everywhere. `nestedSites`: the content folders of
 * the nested sites the scan detected (sites/detect.ts).
 */
export function documentClasses(config: ResolvedConfig, mode: string, contentRoot: string, nestedSites: readonly string[] = []): DocumentClass[] {
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
            checks: (id) => id === 'file-problem' || id === 'suppression-invalid',
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
      checks: (id) => SYNTAX_RULES.has(id),
      matches: matcher(config.templates, config.templatesConfigured),
    },
    {
      cause: 'test-fixture',
      message:
        "test fixtures (documents under test/, tests/, fixtures/, testdata/...) are inputs of the project's tests, broken on purpose as often as not: not checked",
      key: 'testFixtures',
      checks: () => false,
      matches: matcher(config.testFixtures, config.testFixturesConfigured),
    },
    ...repositoryClasses(config, matcher, nestedSites),
  ];
}

// ---- Repository document classes (issue #14: tool inputs, nested sites, repository files) ----

type RepositoryClassCause = 'tool-input' | 'nested-site' | 'repository-file';
type RepositoryClassKey = 'toolInputs' | 'nestedSites' | 'repositoryFiles';

/** What a nested site's own build decides (its routes, navigation, anchors): not judged against the scanned site. */
const SITE_RULES = new Set(['orphan', 'link-broken', 'link-anchor', 'link-case', 'frontmatter-links']);

/** Nested sites named in the notice before "and N more". */
const NAMED_SITES = 3;

function repositoryClasses(
  config: ResolvedConfig,
  matcher: (globs: string[], configured: boolean) => PathMatcher,
  nestedSites: readonly string[],
): DocumentClass[] {
  const sites = config.nestedSites ?? nestedSites.map((folder) => `/${folder}/**`);
  const named = nestedSites.slice(0, NAMED_SITES).map((f) => `${f}/`);
  const more = nestedSites.length > NAMED_SITES ? ` and ${nestedSites.length - NAMED_SITES} more` : '';
  const where = config.nestedSites === undefined ? `: ${named.join(', ')}${more}` : '';
  return [
    {
      cause: 'tool-input',
      message:
        "tool inputs (changesets in .changeset/, the check-spelling action's advice.md) are read by a tool, not by readers: only file problems, frontmatter syntax and suppressions are checked there",
      key: 'toolInputs',
      checks: (id) => SYNTAX_RULES.has(id),
      matches: matcher(config.toolInputs, config.toolInputsConfigured),
    },
    {
      cause: 'nested-site',
      message: `pages of nested sites (a folder with its own site generator config${where}) are built by that site: their links and orphans are not judged against this one (scan the folder on its own to check them)`,
      key: 'nestedSites',
      checks: (id) => !SITE_RULES.has(id),
      // Detected sites are never under the scanned site's content root; configured globs apply as written.
      matches: compileGlobs(sites),
    },
    {
      cause: 'repository-file',
      message:
        'repository files (CHANGELOG, LICENSE, the root CONTRIBUTING and SECURITY, README variants...) are read by name on GitHub or a package registry, not reached by links: not reported as orphans',
      key: 'repositoryFiles',
      checks: (id) => id !== 'orphan',
      matches: matcher(config.repositoryFiles, config.repositoryFilesConfigured),
    },
  ];
}

// ---- end of repository document classes ----

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
    checks: (id) => SYNTAX_RULES.has(id),
    matches: () => true,
  };
}

/** The first class whose globs match `path`, if any. */
export function classOf(classes: readonly DocumentClass[], path: string): DocumentClass | undefined {
  for (const documentClass of classes) if (documentClass.matches(path)) return documentClass;
  return undefined;
}

/**
 * `forPath` where a classed document gets every rule its class does not check turned off (one
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
      for (const [id, rule] of Object.entries(rules)) classed[id] = documentClass.checks(id) ? rule : { ...rule, severity: 'off' };
      byRules.set(rules, classed);
    }
    return classed;
  };
}
