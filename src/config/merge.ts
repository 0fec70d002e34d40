/** Merging rule settings: later layers win; a bare severity keeps the options, an object merges them key by key. */
import type { ResolvedRule, RuleSetting } from './types.js';

export function applySetting(base: ResolvedRule, setting: RuleSetting): ResolvedRule {
  if (typeof setting === 'string') return { severity: setting, options: base.options };
  const { severity, ...options } = setting;
  return { severity: severity ?? base.severity, options: { ...base.options, ...options } };
}
