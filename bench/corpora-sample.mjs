// Seeded samples of a scan's findings per rule group, and precision against committed labels.
import { createHash } from 'node:crypto';

export const GROUPS = ['link-broken', 'link-anchor', 'link-case', 'orphan', 'heading-*', 'frontmatter-*', 'others'];

/** The rule group a finding is sampled and labelled in. */
export function ruleGroup(rule) {
  if (rule === 'link-broken' || rule === 'link-anchor' || rule === 'link-case' || rule === 'orphan') return rule;
  if (rule.startsWith('heading-')) return 'heading-*';
  if (rule.startsWith('frontmatter-')) return 'frontmatter-*';
  return 'others';
}

/** Identity of a finding for labels: rule, path and line (two findings of one rule on one line are one item). */
export function findingKey(f) {
  return `${f.rule}\u0000${f.path}\u0000${f.line}`;
}

// Rank by a hash of seed and identity: the k smallest are a uniform sample, and the sample of a
// subset (a later run with fewer findings) is the subset's part of the same ranking.
function rank(seed, corpus, key) {
  return createHash('sha1').update(`${seed}\u0000${corpus}\u0000${key}`).digest('hex');
}

/** Bottom-k sample of items by seeded hash of keyOf(item). */
export function sampleBy(items, { seed, corpus, size, keyOf }) {
  return items
    .map((item) => ({ item, r: rank(seed, corpus, keyOf(item)) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .slice(0, size)
    .map((x) => x.item);
}

/** Unique findings (by key) grouped by rule group, then a seeded sample of `size` per group. */
export function sampleFindings(findings, { seed, corpus, size }) {
  const byGroup = new Map();
  const seen = new Set();
  for (const f of findings) {
    const key = findingKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = ruleGroup(f.rule);
    if (!byGroup.has(group)) byGroup.set(group, []);
    byGroup.get(group).push(f);
  }
  const out = {};
  for (const group of GROUPS) {
    const items = byGroup.get(group);
    if (!items) continue;
    out[group] = { total: items.length, sample: sampleBy(items, { seed, corpus, size, keyOf: findingKey }) };
  }
  return out;
}

/** A label's verdict: "unsure" when its reason says so, else true/false. */
export function verdict(label) {
  if (/^\s*unsure\b/i.test(label.reason ?? '')) return 'unsure';
  return label.real === true ? 'true' : 'false';
}

/** Index labels by finding key; a duplicate key is an error naming it. */
export function indexLabels(labels, source) {
  const index = new Map();
  for (const l of labels) {
    if (typeof l.rule !== 'string' || typeof l.path !== 'string' || !Number.isInteger(l.line) || typeof l.real !== 'boolean') {
      throw new Error(`${source}: label needs rule, path, line (integer) and real (boolean): ${JSON.stringify(l)}`);
    }
    const key = findingKey(l);
    if (index.has(key)) throw new Error(`${source}: two labels for ${l.rule} ${l.path}:${l.line}`);
    index.set(key, l);
  }
  return index;
}

/**
 * Precision per group over the labelled findings present in this run (a uniform sample of a
 * superset restricted to this run's findings is a uniform sample of them), and what is unlabelled.
 */
export function precisionByGroup(samples, findings, labelIndex) {
  const present = new Map();
  for (const f of findings) present.set(findingKey(f), f);
  const out = {};
  for (const [group, { total, sample }] of Object.entries(samples)) {
    const row = { total, sampled: sample.length, true: 0, false: 0, unsure: 0, unlabelled: [], severity: {} };
    for (const [key, f] of present) {
      if (ruleGroup(f.rule) !== group) continue;
      const label = labelIndex.get(key);
      if (!label) continue;
      const v = verdict(label);
      row[v] += 1;
      const sev = (row.severity[f.severity] ??= { true: 0, false: 0, unsure: 0 });
      sev[v] += 1;
    }
    for (const f of sample) if (!labelIndex.has(findingKey(f))) row.unlabelled.push({ rule: f.rule, path: f.path, line: f.line });
    const judged = row.true + row.false;
    row.precision = judged ? row.true / judged : null;
    out[group] = row;
  }
  return out;
}

/**
 * False-positive causes: labels judged false on findings present in this run, counted by cause,
 * with an estimate of the findings each explains (its share of a group's labelled findings times
 * the group's total), when `precision` (from precisionByGroup) is given.
 */
export function falseCauses(findings, labelIndex, precision = null) {
  const causes = new Map();
  const seen = new Set();
  for (const f of findings) {
    const key = findingKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const l = labelIndex.get(key);
    if (!l || verdict(l) !== 'false') continue;
    const cause = l.cause ?? 'unspecified';
    const c = causes.get(cause) ?? { cause, count: 0, rules: {}, example: `${l.path}:${l.line}`, estimated: 0 };
    c.count += 1;
    c.rules[l.rule] = (c.rules[l.rule] ?? 0) + 1;
    const row = precision?.[ruleGroup(l.rule)];
    const labelled = row ? row.true + row.false + row.unsure : 0;
    if (labelled) c.estimated += row.total / labelled;
    causes.set(cause, c);
  }
  for (const c of causes.values()) c.estimated = Math.round(c.estimated);
  return [...causes.values()].sort((a, b) => b.estimated - a.estimated || b.count - a.count || a.cause.localeCompare(b.cause));
}
