/** `strict`: every rule on at error, with the default options (rules that need lists, like enums, stay inert until configured). */
import type { Preset, RuleSetting } from '../../config/types.js';
import { RULES } from '../index.js';
import { DEFAULT_ENTRY_POINTS } from './recommended.js';

export const strict: Preset = {
  name: 'strict',
  description: 'Every rule at error.',
  entryPoints: DEFAULT_ENTRY_POINTS,
  rules: Object.fromEntries(RULES.map((rule): [string, RuleSetting] => [rule.id, 'error'])),
};
