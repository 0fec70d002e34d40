/**
 * docfx.json `build.content`: each entry publishes the files its `files` globs match (minus
 * `exclude`), relative to `src` (default: docfx.json's folder), under the URL prefix `dest`
 * (default: the site root). These become the learn mode's routes when `links.routes` is not set.
 * Globs follow docfx (file-system globs relative to `src`: `*.md` is top-level only, `**` any depth).
 */
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import type { Mount } from '../generator.js';
import { positionAt, type NavigationFile } from '../navigation.js';

/** One published folder: URL prefix and repository folder without slashes around them, and which of its files count. */
export type ContentMount = Mount & { accepts: (relative: string) => boolean };

const trim = (value: string) => value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);

/** The content entries of a docfx.json, or the reason it cannot be read (JSON errors with their position). */
export function parseDocfxContent(path: string, text: string): { mounts: ContentMount[]; error?: NavigationFile['error'] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    // JSON.parse names no position on Node 20; the yaml parser (JSON is YAML) places the first error.
    const offset = parseDocument(text).errors[0]?.pos[0];
    return { mounts: [], error: { message, ...(offset === undefined ? { line: 1, column: 1 } : positionAt(text, offset)) } };
  }
  const build = (data as { build?: { content?: unknown } } | null)?.build;
  const content = Array.isArray(build?.content) ? (build.content as unknown[]) : [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const mounts: ContentMount[] = [];
  for (const entry of content) {
    if (entry === null || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const files = strings(e.files);
    if (files.length === 0) continue;
    const src = typeof e.src === 'string' ? trim(e.src) : '';
    const dest = typeof e.dest === 'string' ? trim(e.dest) : '';
    const included = picomatch(files, { dot: false });
    const excluded = strings(e.exclude).length > 0 ? picomatch(strings(e.exclude), { dot: false }) : () => false;
    mounts.push({ prefix: dest, folder: [folder, src].filter((p) => p !== '').join('/'), accepts: (relative) => included(relative) && !excluded(relative) });
  }
  return { mounts };
}
