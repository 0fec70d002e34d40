/** `vercel.json` `redirects`: literal sources are routes the host answers (a link to one is a notice naming the target). */
import { joinRoute, trimSlashes } from '../generator.js';

/** A source with a parameter, wildcard or group is a pattern: not a route of its own. */
const PATTERN = /[:*(){}?+]/;

export interface VercelRedirects {
  /** Lowercase path the resolver sees for a missing route (content folder + route) → where it goes. */
  redirects: Map<string, { to: string; file: string }>;
  /** Sources that are patterns (not modelled). */
  patterns: number;
  /** Rewrites (not modelled: they serve routes no file names). */
  rewrites: number;
}

/** Redirects of `text` (the file `file`), keyed as the routes' paths under `folder` (the content folder served at `prefix`). */
export function readVercelRedirects(file: string, text: string, folder: string, prefix: string): VercelRedirects | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const redirects = new Map<string, { to: string; file: string }>();
  let patterns = 0;
  const list = (data as { redirects?: unknown } | null)?.redirects;
  for (const entry of Array.isArray(list) ? list : []) {
    const { source, destination, has, missing } = (entry ?? {}) as Record<string, unknown>;
    if (typeof source !== 'string' || typeof destination !== 'string') continue;
    // Conditional redirects (`has`/`missing`: headers, cookies, hosts) do not answer a plain link.
    if (has !== undefined || missing !== undefined) continue;
    if (PATTERN.test(source)) {
      patterns++;
      continue;
    }
    const route = trimSlashes(source);
    if (prefix !== '' && route !== prefix && !route.startsWith(`${prefix}/`)) continue;
    const key = joinRoute(folder, route.slice(prefix.length).replace(/^\//, '')).toLowerCase();
    if (!redirects.has(key)) redirects.set(key, { to: destination, file });
  }
  const rewrites = (data as { rewrites?: unknown }).rewrites;
  return { redirects, patterns, rewrites: Array.isArray(rewrites) ? rewrites.length : 0 };
}
