/** Builders of extractor facts for rule unit tests (the shapes of src/engine/contract.ts). */
import type { DocumentFacts, Frontmatter, ScanResult } from '../../src/engine/contract.js';
import type { ResolvedConfig } from '../../src/config/load.js';
import { loadConfig } from '../../src/config/load.js';
import { runRules } from '../../src/rules/run.js';
import type { Finding } from '../../src/findings.js';

export function doc(path: string, facts: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    path,
    bytes: 100,
    lines: 10,
    headings: [],
    links: [],
    codeBlocks: [],
    anchors: [],
    suppressions: [],
    metrics: { words: 100, headings: 0, links: 0, codeBlocks: 0 },
    ...facts,
  };
}

/** Frontmatter facts for `data`, keys on lines 2, 3, ... in insertion order. */
export function fm(data: Record<string, unknown> | null): Frontmatter {
  const keys = data ? Object.keys(data).map((key, i) => ({ key, line: i + 2 })) : [];
  return { line: 1, endLine: keys.length + 2, data, keys };
}

export function link(target: string, line = 5, column = 1, image = false) {
  return { kind: 'inline' as const, image, target, line, column };
}

export function heading(level: number, text: string, line: number) {
  return { level, text, line, column: 1, style: 'atx' as const };
}

/** A scan of `docs`; `paths` also lists their folders and any `extraPaths` (folders end with `/`). */
export function scanOf(docs: DocumentFacts[], extraPaths: string[] = []): ScanResult {
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const p of [...docs.map((d) => d.path), ...extraPaths]) {
    const isDir = p.endsWith('/');
    const clean = p.replace(/\/$/, '');
    (isDir ? dirs : files).add(clean);
    const parts = clean.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const paths = [...files, ...dirs].sort();
  return { schema: 1, paths, dirs: [...dirs].sort(), documents: [...docs].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** Config for rule tests: the `recommended` preset with every rule off except `rules` (as in a .docward.yml). */
export async function configWith(rules: Record<string, unknown>, extra: Partial<ResolvedConfig> = {}): Promise<ResolvedConfig> {
  const base = await loadConfig('/nonexistent-docward-root', {});
  for (const id of Object.keys(base.rules)) base.rules[id] = { ...base.rules[id]!, severity: 'off' };
  for (const [id, setting] of Object.entries(rules)) {
    const current = base.rules[id]!;
    if (typeof setting === 'string') base.rules[id] = { ...current, severity: setting as 'error' };
    else {
      const { severity, ...options } = setting as Record<string, unknown>;
      base.rules[id] = { severity: (severity as 'error') ?? 'error', options: { ...current.options, ...options } };
    }
  }
  return { ...base, overrides: [], ...extra };
}

export const NOW = new Date('2026-01-15T12:00:00Z');

export async function check(
  docs: DocumentFacts[],
  rules: Record<string, unknown>,
  extraPaths: string[] = [],
  extra: Partial<ResolvedConfig> = {},
): Promise<Finding[]> {
  return runRules(scanOf(docs, extraPaths), await configWith(rules, extra), { now: NOW });
}

/** `path:line rule` strings, sorted: compact and readable in assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort();
}
