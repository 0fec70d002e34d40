/** naming-pattern: file names follow a pattern per glob (kebab-case by default; dated names where configured). */
import { compileGlobs } from '../config/glob.js';
import { defineRule, type RuleHit } from './types.js';

interface NamingEntry {
  files: string[];
  /** Regular expression the file name (not the path) must match. */
  pattern: string;
  /** How the message names the convention, e.g. "kebab-case". */
  name?: string;
}

export const KEBAB_CASE = '^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:md|markdown)$';

export default defineRule<{ patterns: NamingEntry[]; exempt: string[] }>({
  id: 'naming-pattern',
  description: 'A file name does not follow the naming convention of its folder (every matching entry applies).',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      patterns: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            pattern: { type: 'string', format: 'regex' },
            name: { type: 'string' },
          },
          required: ['files', 'pattern'],
          additionalProperties: false,
        },
      },
      exempt: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    patterns: [{ files: ['**'], pattern: KEBAB_CASE, name: 'kebab-case' }],
    exempt: ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'SUPPORT.md', 'LICENSE.md', '.github/**'],
  },
  checksDocuments: true,
  check(doc, { options, index }) {
    const exempt = index.forOptions(options, 'exempt', () => compileGlobs(options.exempt));
    if (exempt(doc.path)) return [];
    const name = doc.path.slice(doc.path.lastIndexOf('/') + 1);
    const hits: RuleHit[] = [];
    const compiled = index.forOptions(options, 'patterns', () =>
      options.patterns.map((entry) => ({ entry, applies: compileGlobs(entry.files), pattern: new RegExp(entry.pattern, 'u') })),
    );
    for (const { entry, applies, pattern } of compiled) {
      if (!applies(doc.path) || pattern.test(name)) continue;
      hits.push({ line: 1, column: 1, message: `file name "${name}" is not ${entry.name ?? `matching /${entry.pattern}/`}` });
    }
    return hits;
  },
});
