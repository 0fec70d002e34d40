/** placement-type-dir: a frontmatter value (e.g. `type: design`) fixes the directory (e.g. `specs/design/`). */
import { compileDirGlobs, underDirs } from '../config/glob.js';
import { defineRule } from './types.js';
import { frontmatterMap, keyLine } from './frontmatter-data.js';

export default defineRule<{ key: string; map: Record<string, string[]> }>({
  id: 'placement-type-dir',
  description: "A document's frontmatter type does not match the directory it sits in.",
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      key: { type: 'string' },
      map: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 } },
    },
    additionalProperties: false,
  },
  defaultOptions: { key: 'type', map: {} },
  checksDocuments: true,
  check(doc, { options, index }) {
    const value = frontmatterMap(doc)?.[options.key];
    if (typeof value !== 'string') return [];
    // Own keys only: a frontmatter value such as `__proto__` or `constructor` must not reach Object.prototype.
    const dirs = Object.hasOwn(options.map, value) ? options.map[value] : undefined;
    if (!dirs) return []; // unknown values are frontmatter-enum's job
    const matcher = index.forOptions(dirs, 'dirs', () => compileDirGlobs(dirs));
    if (underDirs(doc.path, matcher)) return [];
    // Extglob negations read badly in a message: `specs/!(a|b)` is shown as `specs/*`.
    const where = dirs.map((d) => `${d.replace(/!\([^)]*\)/g, '*')}/`).join(' or ');
    return [{ line: keyLine(doc, options.key), column: 1, message: `${options.key} "${value}" belongs under ${where}, not "${doc.path}"` }];
  },
});
