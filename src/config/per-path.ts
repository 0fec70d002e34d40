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
