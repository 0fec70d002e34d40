/** Reading frontmatter facts the same way in every frontmatter rule. */
import type { DocumentFacts } from '../engine/contract.js';

/** The frontmatter mapping, or undefined when absent, broken or not a mapping (other rules report those). */
export function frontmatterMap(doc: DocumentFacts): Record<string, unknown> | undefined {
  const fm = doc.frontmatter;
  if (!fm || fm.error) return undefined;
  if (fm.data === null || fm.data === undefined) return {};
  if (typeof fm.data !== 'object' || Array.isArray(fm.data)) return undefined;
  return fm.data as Record<string, unknown>;
}

/** Line of a top-level key, else the frontmatter's opening line (1). */
export function keyLine(doc: DocumentFacts, key: string): number {
  return doc.frontmatter?.keys.find((k) => k.key === key)?.line ?? doc.frontmatter?.line ?? 1;
}

/** Empty means: null, blank string, empty list or empty mapping. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A short, plain rendering of a value for messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** True when a document has content to check (no extraction problem). */
export function readable(doc: DocumentFacts): boolean {
  return doc.problem === undefined;
}
