/** YAML navigation files read with the `yaml` package, with positions from its LineCounter (MkDocs `nav`, docfx `toc.yml`). */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { NavigationFile } from './navigation.js';

export interface ParsedYaml {
  root: unknown;
  pos: (node: Node | null | undefined) => { line: number; column: number };
  error?: NavigationFile['error'];
}

export function parseYaml(text: string): ParsedYaml {
  const counter = new LineCounter();
  // Unknown tags (`!ENV`, `!!python/name:`) are warnings, kept as strings: MkDocs files use them.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const pos = (node: Node | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const first = doc.errors[0];
  if (first) {
    const p = first.linePos?.[0] ?? counter.linePos(first.pos[0]);
    return { root: undefined, pos, error: { message: first.message.split('\n')[0]!, line: p.line, column: p.col } };
  }
  return { root: doc.contents, pos };
}

export function mapGet(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}
