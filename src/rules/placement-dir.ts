/** placement-dir: documents outside the root live only under allowed directory globs (whole segments). */
import { compileDirGlobs, compileGlobs, underDirs } from '../config/glob.js';
import { defineRule } from './types.js';

export default defineRule<{ dirs: string[]; files: string[] }>({
  id: 'placement-dir',
  description: "A document is outside every allowed directory (root files are placement-root's job).",
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      dirs: { type: 'array', items: { type: 'string' } },
      files: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
  },
  defaultOptions: { dirs: ['**'], files: [] },
  checksDocuments: true,
  check(doc, { options, index }) {
    if (!doc.path.includes('/')) return [];
    const dirs = index.forOptions(options, 'dirs', () => compileDirGlobs(options.dirs));
    const files = index.forOptions(options, 'files', () => compileGlobs(options.files));
    if (underDirs(doc.path, dirs) || files(doc.path)) return [];
    const dir = doc.path.slice(0, doc.path.lastIndexOf('/'));
    return [{ line: 1, column: 1, message: `"${dir}/" is not an allowed documentation directory; allowed: ${options.dirs.join(', ')}` }];
  },
});
