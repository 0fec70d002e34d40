/**
 * docfx.json `build.content`: each entry publishes the files its `files` globs match (minus
 * `exclude`), relative to `src` (default: docfx.json's folder), under the URL prefix `dest`
 * (default: the site root). These become the learn mode's routes when `links.routes` is not set.
 * Globs follow docfx (file-system globs relative to `src`: `*.md` is top-level only, `**` any depth).
 */
import picomatch from 'picomatch';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Mount } from '../generator.js';
import { positionAt, type NavigationFile } from '../navigation.js';

/** One published folder: URL prefix and repository folder without slashes around them, and which of its files count. */
export type ContentMount = Mount & { accepts: (relative: string) => boolean };

/**
 * JSON as docfx reads it (Newtonsoft.Json: comments and trailing commas allowed), with the first
 * error's position. Also for the Open Publishing config and redirection files.
 */
export function parseJsonc(text: string): { data?: unknown; error?: NavigationFile['error'] } {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { error: { message: `invalid JSON: ${printParseErrorCode(first.error)}`, ...positionAt(text, first.offset) } };
  return { data };
}

const trim = (value: string) => value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

/** The content entries of a docfx.json and the folders whose `toc.yml` an entry publishes by name, or the reason it cannot be read (JSON errors with their position). */
export function parseDocfxContent(path: string, text: string): { mounts: ContentMount[]; tocs: string[]; error?: NavigationFile['error'] } {
  const parsed = parseJsonc(text);
  if (parsed.error) return { mounts: [], tocs: [], error: parsed.error };
  const data = parsed.data;
  const build = (data as { build?: { content?: unknown } } | null)?.build;
  const content = Array.isArray(build?.content) ? (build.content as unknown[]) : [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const mounts: ContentMount[] = [];
  const tocs: string[] = [];
  for (const entry of content) {
    if (entry === null || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const files = strings(e.files);
    if (files.length === 0) continue;
    const src = typeof e.src === 'string' ? trim(e.src) : '';
    const dest = typeof e.dest === 'string' ? trim(e.dest) : '';
    const included = picomatch(files, { dot: false });
    const excluded = strings(e.exclude).length > 0 ? picomatch(strings(e.exclude), { dot: false }) : () => false;
    const from = [folder, src].filter((p) => p !== '').join('/');
    mounts.push({ prefix: dest, folder: from, accepts: (relative) => included(relative) && !excluded(relative) });
    // An entry that publishes `toc.yml` by name: that TOC, present or generated before the build.
    if (files.some((f) => /^toc\.ya?ml$/i.test(trim(f)))) tocs.push(from);
  }
  return { mounts, tocs };
}
