/**
 * The Open Publishing redirect maps of a Learn repository: `.openpublishing.publish.config.json`
 * lists them (`redirection_files`), and `.openpublishing.redirection*.json` beside it are read too.
 * Each entry sends `source_path` (from the redirection file's folder; `source_path_from_root` from
 * the repository root; some repositories write it from a docset's `build_source_folder`) to
 * `redirect_url`. Keys are lowercase: Learn serves paths ignoring case.
 */
import type { SiteLoadContext } from '../generator.js';
import type { NavigationFile } from '../navigation.js';
import { parseJsonc } from './docfx.js';

type Redirects = Map<string, { to: string; file: string }>;
const asObject = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const join = (...parts: string[]) =>
  parts
    .filter((p) => p !== '')
    .join('/')
    .replace(/\/{2,}/g, '/');
const clean = (path: string) =>
  path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '');

/** Reads the redirect maps; a file that cannot be parsed becomes a navigation file with its error (a file-problem). */
export async function loadRedirects({
  scan,
  isFile,
  read,
  navigation,
}: Pick<SiteLoadContext, 'scan' | 'isFile' | 'read' | 'navigation'>): Promise<Redirects | undefined> {
  const config = scan.paths
    .filter((p) => /(?:^|\/)\.openpublishing\.publish\.config\.json$/.test(p) && isFile(p))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (config === undefined) return undefined;
  const root = folderOf(config);
  const text = await read(config);
  const data = typeof text === 'string' ? parseJsonc(text) : { error: { message: text.error, line: 1, column: 1 } };
  if (data.error) navigation.push(unparsed(config, data.error));
  const settings = asObject(data.data);
  const listed = Array.isArray(settings?.redirection_files)
    ? settings.redirection_files.filter((f): f is string => typeof f === 'string').map((f) => join(root, clean(f)))
    : [];
  const beside = scan.paths.filter((p) => folderOf(p) === root && /^\.openpublishing\.redirection.*\.json$/i.test(p.slice(p.lastIndexOf('/') + 1)));
  const sourceFolders = (Array.isArray(settings?.docsets_to_publish) ? settings.docsets_to_publish : [])
    .map((d) => asObject(d)?.build_source_folder)
    .filter((f): f is string => typeof f === 'string')
    .map((f) => join(root, clean(f)));
  const redirects: Redirects = new Map();
  for (const file of [...new Set([...listed, ...beside])].filter(isFile)) {
    const body = await read(file);
    const parsed = typeof body === 'string' ? parseJsonc(body) : { error: { message: body.error, line: 1, column: 1 } };
    if (parsed.error) {
      navigation.push(unparsed(file, parsed.error));
      continue;
    }
    const entries = asObject(parsed.data)?.redirections;
    for (const entry of Array.isArray(entries) ? entries : []) {
      const e = asObject(entry);
      const to = typeof e?.redirect_url === 'string' ? e.redirect_url.trim() : undefined;
      if (!e || !to) continue;
      const sources: string[] = [];
      if (typeof e.source_path_from_root === 'string') sources.push(join(root, clean(e.source_path_from_root)));
      if (typeof e.source_path === 'string') {
        sources.push(join(folderOf(file), clean(e.source_path)));
        for (const folder of sourceFolders) sources.push(join(folder, clean(e.source_path)));
      }
      for (const source of sources) if (!redirects.has(source.toLowerCase())) redirects.set(source.toLowerCase(), { to, file });
    }
  }
  return redirects;
}

function unparsed(path: string, error: NonNullable<NavigationFile['error']>): NavigationFile {
  return { path, format: 'docfx-json', entries: [], listsAll: [], error };
}
