import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlobs } from '../../src/config/glob.js';

/** compileGlobs as first written: one picomatch matcher per glob (the reference its fast matcher must agree with). */
function referenceGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => {
    const anchored = glob.startsWith('/');
    const pattern = anchored ? glob.slice(1) : glob;
    return picomatch(pattern, { dot: true, basename: !anchored && !pattern.includes('/') });
  });
  return (path) => matchers.some((m) => m(path));
}

const segment = fc.constantFrom(
  'README.md',
  'readme.md',
  'docs',
  '.github',
  'a',
  'index.md',
  'x.MD',
  '',
  'guide',
  'b.markdown',
  'test',
  'my-template',
  'Template.md',
  '.',
  '..',
);
const path = fc.array(segment, { minLength: 0, maxLength: 4 }).map((s) => s.join('/'));
const glob = fc.oneof(
  fc.constantFrom(
    'README.md',
    '/README.md',
    '*.md',
    '**/*.md',
    '.github/**',
    'docs/**',
    '/docs/*.md',
    'index.md',
    'readme.md',
    '*.{md,markdown}',
    'README.md/',
    '**',
    '**/test/**',
    '**/*template*/**',
    '*Template*',
    './docs/**',
    './a',
    './*',
    './**/test/*',
    '../docs/*.md',
    'docs/./a',
    '**/.github/**',
  ),
  fc
    .array(fc.constantFrom('*', '**', 'docs', 'README.md', '*.md', '.github', '?', 'test', '*template*', '.', '..', '*-*'), { minLength: 1, maxLength: 3 })
    .map((s) => s.join('/')),
  path.filter((p) => p !== ''),
);

describe('compileGlobs', () => {
  it('matches exactly what one picomatch matcher per glob matches (names, anchored globs, trailing and doubled slashes)', () => {
    fc.assert(
      fc.property(
        fc.array(glob, { maxLength: 4 }),
        fc.array(
          fc.oneof(
            path,
            path.map((p) => `${p}/`),
            path.map((p) => `/${p}`),
          ),
          { maxLength: 8 },
        ),
        (globs, paths) => {
          const attempt = <T>(f: () => T): T | string => {
            try {
              return f();
            } catch (error) {
              return `throws ${(error as Error).message}`;
            }
          };
          const ours = attempt(() => compileGlobs(globs));
          const theirs = attempt(() => referenceGlobs(globs));
          if (typeof ours === 'string' || typeof theirs === 'string') expect(ours).toEqual(theirs);
          else for (const p of paths) expect(ours(p)).toBe(theirs(p));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('matches the default entry points by name at any depth and anchored ones only at the root', () => {
    const isEntry = compileGlobs(['README.md', '/CHANGELOG.md', '.github/**']);
    expect(isEntry('docs/deep/README.md')).toBe(true);
    expect(isEntry('CHANGELOG.md')).toBe(true);
    expect(isEntry('docs/CHANGELOG.md')).toBe(false);
    expect(isEntry('.github/ISSUE_TEMPLATE/bug.md')).toBe(true);
    expect(isEntry('docs/guide.md')).toBe(false);
  });
});
