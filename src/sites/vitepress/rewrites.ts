/** VitePress `rewrites`: a source path in `srcDir` → the path it is served as. */

/** A `rewrites` key as a pattern over source paths (`:name` one segment part, `(.*)` anything), with its target. */
export function rewriteTarget(path: string, rewrites: Record<string, string>): string | undefined {
  for (const [from, to] of Object.entries(rewrites)) {
    const names: string[] = [];
    let pattern = '';
    for (const token of from.split(/(:[A-Za-z_]\w*|\(\.\*\))/)) {
      if (token.startsWith(':')) {
        names.push(token.slice(1));
        pattern += '([^/]+?)';
      } else if (token === '(.*)') {
        names.push(String(names.length));
        pattern += '(.*)';
      } else pattern += token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    let target = to;
    names.forEach((name, i) => {
      target = target.replaceAll(/^\d+$/.test(name) ? `(.*)` : `:${name}`, match[i + 1]!);
    });
    return target;
  }
  return undefined;
}
