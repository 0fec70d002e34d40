/** Merging rule settings: later layers win; a bare severity keeps the options, an object merges them key by key. */
import { RULES_BY_ID } from '../rules/index.js';
import type { ResolvedRule, RuleSetting } from './types.js';

/** Giving options to a rule that is off turns it on at its default severity (configuring a rule means using it). */
export function applySetting(id: string, base: ResolvedRule, setting: RuleSetting): ResolvedRule {
  if (typeof setting === 'string') return { severity: setting, options: base.options };
  const { severity, ...options } = setting;
  const fallback = base.severity === 'off' ? (RULES_BY_ID.get(id)?.defaultSeverity ?? 'error') : base.severity;
  return { severity: severity ?? fallback, options: { ...base.options, ...options } };
}
