/** `next.config.*` read statically (static-module.ts): what in it routes pages in ways docward does not model. */
import { Call, Dynamic, isObject, scanModuleLoader, type Value } from '../static-module.js';
import type { SiteLoadContext } from '../generator.js';

/** Keys that move or add routes. */
const ROUTING_KEYS = ['rewrites', 'redirects', 'basePath', 'i18n', 'trailingSlash'];

/** A source ending in a literal file extension (`/:path*.md`): it answers only URLs naming such files, which Markdown links name as source files. */
const FILE_SOURCE = /\.[a-z0-9]+$/i;

/**
 * Rewrites that leave page routes alone: `async rewrites() { return [...] }` (or `{ beforeFiles, afterFiles, fallback }`)
 * whose every entry is conditional (`has`/`missing`: a header, cookie or host) or answers only file-extension URLs.
 */
function pageRoutesUntouched(value: Value): boolean {
  const returned = value instanceof Dynamic ? value.returns : value;
  const lists = Array.isArray(returned) ? [returned] : isObject(returned) ? Object.values(returned) : undefined;
  if (lists === undefined || !lists.every(Array.isArray)) return false;
  return (lists as Value[][]).flat().every((entry) => {
    if (!isObject(entry) || typeof entry.source !== 'string') return false;
    return entry.has !== undefined || entry.missing !== undefined || FILE_SOURCE.test(entry.source);
  });
}

/** Why the config's routing is not modelled (a key that reroutes pages, or a config that is code), or undefined when it is plain. */
export async function readNextConfig(file: string, files: Pick<SiteLoadContext, 'isFile' | 'read'>): Promise<string | undefined> {
  const module = await scanModuleLoader(files).load(file);
  let config = module ? await module.defaultExport() : undefined;
  // `withMDX({...})`, `nextra(...)({...})`: plugins wrap the config they are given.
  while (config instanceof Call && config.args.length > 0) config = config.args[config.args.length - 1]!;
  if (config === undefined) return undefined;
  if (!isObject(config)) return `${file} is computed by code`;
  const keys = ROUTING_KEYS.filter((k) => config[k] !== undefined && !(k === 'rewrites' && pageRoutesUntouched(config[k])));
  return keys.length > 0 ? `${file} sets ${keys.join(', ')}` : undefined;
}
