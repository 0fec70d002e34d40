/** `next.config.*` read statically (static-module.ts): what in it routes pages in ways docward does not model. */
import { Call, isObject, scanModuleLoader } from '../static-module.js';
import type { SiteLoadContext } from '../generator.js';

/** Keys that move or add routes. */
const ROUTING_KEYS = ['rewrites', 'redirects', 'basePath', 'i18n', 'trailingSlash'];

/** Why the config's routing is not modelled (a key that reroutes pages, or a config that is code), or undefined when it is plain. */
export async function readNextConfig(file: string, files: Pick<SiteLoadContext, 'isFile' | 'read'>): Promise<string | undefined> {
  const module = await scanModuleLoader(files).load(file);
  let config = module ? await module.defaultExport() : undefined;
  // `withMDX({...})`, `nextra(...)({...})`: plugins wrap the config they are given.
  while (config instanceof Call && config.args.length > 0) config = config.args[config.args.length - 1]!;
  if (config === undefined) return undefined;
  if (!isObject(config)) return `${file} is computed by code`;
  const keys = ROUTING_KEYS.filter((k) => config[k] !== undefined);
  return keys.length > 0 ? `${file} sets ${keys.join(', ')}` : undefined;
}
