/** Converts a parsed YAML document to plain JSON, enforcing the contract's alias and nesting limits. */
import { Alias, Document, Parser, isAlias, isMap, isScalar, isSeq, type CST, type Node, type Scalar } from 'yaml';

export const MAX_YAML_NODES = 10_000;
export const MAX_YAML_DEPTH = 64;

/** A limit or structure violation at a YAML-source offset. */
export class YamlValueError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Counting rule shared with the native engine: every scalar, sequence, mapping and mapping key
 * created counts 1, in document order; an alias counts the full size of the value it copies.
 * Only alias resolution checks the total against MAX_YAML_NODES.
 */
export interface YamlJson {
  value: unknown;
  /** Top-level mapping keys with the YAML-source offset of each, in source order. */
  keys: { key: string; offset: number }[];
}

export function yamlToJson(doc: Document): YamlJson {
  let total = 0;
  const keys: YamlJson['keys'] = [];
  const sizes = new Map<Node, { value: unknown; size: number }>();
  const building = new Set<Node>();

  const build = (node: Node | null | undefined, depth: number): unknown => {
    if (node === null || node === undefined) {
      total++;
      return null;
    }
    if (isAlias(node)) return copyAlias(node);
    const before = total;
    building.add(node);
    let value: unknown;
    if (isScalar(node)) {
      total++;
      value = scalarValue(node.value);
    } else if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MAX_YAML_DEPTH) {
        throw new YamlValueError(`YAML nesting deeper than ${MAX_YAML_DEPTH} levels`, node.range?.[0] ?? 0);
      }
      total++;
      if (isSeq(node)) {
        value = node.items.map((item) => build(item as Node | null, depth + 1));
      } else {
        const obj: Record<string, unknown> = {};
        for (const pair of node.items) {
          const key = keyString(pair.key as Node | null);
          if (depth === 0) keys.push({ key, offset: keyOffset(pair.key as Node | null, pair.value as Node | null) });
          const v = build(pair.value as Node | null, depth + 1);
          // defineProperty keeps a `__proto__` key as data instead of changing the prototype.
          Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        }
        value = obj;
      }
    } else {
      throw new YamlValueError('unsupported YAML node', 0);
    }
    building.delete(node);
    sizes.set(node, { value, size: total - before });
    return value;
  };

  const copyAlias = (alias: Alias): unknown => {
    const target = alias.resolve(doc);
    const offset = alias.range?.[0] ?? 0;
    const built = target ? sizes.get(target) : undefined;
    if (!target || building.has(target) || !built) {
      // An alias to an unfinished ancestor would expand forever.
      throw new YamlValueError('YAML alias expansion limit exceeded', offset);
    }
    total += built.size;
    if (total > MAX_YAML_NODES) throw new YamlValueError('YAML alias expansion limit exceeded', offset);
    return built.value;
  };

  const keyString = (key: Node | null): string => {
    total++;
    if (key === null || key === undefined) return '';
    const node: Node | undefined = isAlias(key) ? key.resolve(doc) : key;
    if (node && isScalar(node)) {
      // An alias may point at an anchored key: it copies the key's scalar value.
      if (node === key) sizes.set(node, { value: scalarValue(node.value), size: 1 });
      return keyText(node);
    }
    throw new YamlValueError('complex (collection) mapping keys are not supported', key.range?.[0] ?? 0);
  };

  const value = build(doc.contents as Node | null, 0);
  return { value, keys };
}

function keyOffset(key: Node | null, value: Node | null): number {
  return key?.range?.[0] ?? value?.range?.[0] ?? 0;
}

/** A mapping key as a string: scalars by their source text (`1`, `true`, `~` stay as written). */
export function keyText(node: Scalar): string {
  return node.source ?? String(node.value ?? '');
}

/** yaml's `uniqueKeys` comparator: keys are duplicates when their string forms are equal. */
export function sameKey(a: unknown, b: unknown): boolean {
  return isScalar(a) && isScalar(b) ? keyText(a) === keyText(b) : a === b;
}

function scalarValue(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return value === 0 ? 0 : value;
  }
  if (typeof value === 'bigint') return Number(value);
  if (value === undefined) return null;
  return value;
}

/**
 * Offset of the first collection (document order) nested deeper than MAX_YAML_DEPTH, read from
 * yaml's iterative CST parser: used when the recursive composer overflows the call stack on
 * absurdly deep input, so the contract's nesting error is still reported.
 */
export function firstTooDeepCollection(source: string): number | undefined {
  const pending: [CST.Token | undefined, number][] = [...new Parser().parse(source)].reverse().map((t) => [t, 0]);
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [token, depth] = entry;
    if (!token) continue;
    const collection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const level = depth + (collection ? 1 : 0);
    if (level > MAX_YAML_DEPTH) return token.offset;
    const children: (CST.Token | undefined)[] = [];
    if ('value' in token && token.value && typeof token.value === 'object') children.push(token.value as CST.Token);
    if ('items' in token) for (const item of token.items) children.push('key' in item ? (item.key ?? undefined) : undefined, item.value);
    for (let i = children.length - 1; i >= 0; i--) pending.push([children[i], level]);
  }
  return undefined;
}
