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

/** What is still checked in a template: what is broken whatever its placeholders (the file itself, its YAML, a malformed suppression). */
const TEMPLATE_RULES = new Set(['file-problem', 'frontmatter-invalid', 'suppression-invalid']);

/**
 * `forPath` for a scan whose `isTemplate` documents get every rule but TEMPLATE_RULES turned off
 * (one settings object per distinct base settings, as the runner caches rule lists by object).
 */
export function withTemplates(forPath: RulesForPath, isTemplate: PathMatcher): RulesForPath {
  const templateSettings = new Map<Record<string, ResolvedRule>, Record<string, ResolvedRule>>();
  return (path) => {
    const rules = forPath(path);
    if (!isTemplate(path)) return rules;
    let template = templateSettings.get(rules);
    if (!template) {
      template = {};
      for (const [id, rule] of Object.entries(rules)) template[id] = TEMPLATE_RULES.has(id) ? rule : { ...rule, severity: 'off' };
      templateSettings.set(rules, template);
    }
    return template;
  };
}

/**
 * Template documents of a scan: `config.templates`, except that the default globs give way to the
 * pages a site publishes (under its content root: Hugo's `content/templates/` is a docs section).
 */
export function templateMatcher(config: ResolvedConfig, mode: string, contentRoot: string): PathMatcher {
  const globs = compileGlobs(config.templates);
  if (config.templatesConfigured || mode === 'github') return globs;
  const prefix = contentRoot === '' ? '' : `${contentRoot}/`;
  return (path) => !path.startsWith(prefix) && globs(path);
}
