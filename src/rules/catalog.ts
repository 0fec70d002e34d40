/** The registry as reporters see it: ids and descriptions in importance order (no rule code). */
import type { RuleCatalog } from '../report/rule-info.js';
import { RULES } from './index.js';

export const RULE_CATALOG: RuleCatalog = RULES.map((rule) => ({ id: rule.id, description: rule.description }));
