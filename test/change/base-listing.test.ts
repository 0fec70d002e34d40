// baseListing: the head's listing with the change undone equals the listing read from its definition (files the
// base has, every folder above them, folders the head lists empty), on random trees and changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseListing } from '../../src/change/base-scan.js';
import type { TreeChange } from '../../src/change/git.js';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const segment = fc.constantFrom('a', 'b', 'C', 'docs', 'node_modules', 'x.md', 'y.md', 'z.txt', 'skip');
const pathArb = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
const config = { include: ['**/*.md'], exclude: ['skip'] };

/** The base listing by definition, the slow way. */
function expected(headFiles: string[], emptyDirs: string[], change: TreeChange) {
  const gone = new Set([...change.added, ...[...change.renames.values()].map((r) => r.to)]);
  const walkable = (p: string) => !p.split('/').some((part) => part === 'node_modules' || part === 'skip');
  const kept = headFiles.filter((p) => !gone.has(p));
  const extra = [...new Set([...change.deleted, ...change.renames.keys()])].filter((p) => walkable(p) && !kept.includes(p));
  const files = [...kept, ...extra];
  const above = (p: string) =>
    p
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  const dirs = new Set([...files.flatMap(above), ...emptyDirs.filter((d) => !headFiles.some((f) => f.startsWith(`${d}/`)))]);
  const paths = [...files, ...dirs].sort(byCodeUnits);
  const documentPaths = paths.filter((p) => !dirs.has(p) && p.endsWith('.md'));
  return { paths, dirs: paths.filter((p) => dirs.has(p)), documentPaths };
}

describe('baseListing', () => {
  it('equals the listing by definition', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pathArb, { maxLength: 25 }), fc.uniqueArray(pathArb, { maxLength: 8 }), fc.infiniteStream(fc.nat(9)), (raw, others, picks) => {
        // A consistent head: files, their folders, and a few empty folders (no file below, no file named like them).
        const headFiles = raw.filter((p) => !raw.some((q) => q.startsWith(`${p}/`)) && walkableHead(p));
        const fileDirs = new Set(
          headFiles.flatMap((p) =>
            p
              .split('/')
              .slice(0, -1)
              .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
          ),
        );
        const emptyDirs = others.filter((d) => !headFiles.includes(d) && !fileDirs.has(d) && !headFiles.some((f) => d.startsWith(`${f}/`)));
        const headDirs = [...new Set([...fileDirs, ...emptyDirs])];
        const allDirs = new Set(headDirs);
        const notHead = others.filter((p) => !headFiles.includes(p) && !allDirs.has(p) && !headFiles.some((f) => p.startsWith(`${f}/`)));
        const pick = picks[Symbol.iterator]();
        const added = headFiles.filter(() => pick.next().value < 2);
        const renameTargets = headFiles.filter((p) => !added.includes(p) && pick.next().value < 2);
        const removed = notHead.filter(() => pick.next().value < 5);
        const renameSources = removed.slice(0, renameTargets.length);
        const change: TreeChange = {
          added: new Set(added),
          modified: new Set(),
          deleted: new Set(removed.slice(renameTargets.length)),
          renames: new Map(renameSources.map((from, i) => [from, { to: renameTargets[i]!, similarity: 90 }])),
        };
        const head = {
          paths: [...headFiles, ...headDirs].sort(byCodeUnits),
          dirs: headDirs.sort(byCodeUnits),
          documentPaths: headFiles.filter((p) => p.endsWith('.md')).sort(byCodeUnits),
        };
        expect(baseListing(head, change, config)).toEqual(expected(headFiles, emptyDirs, change));
      }),
      { numRuns: 500 },
    );
  });

  it('lists a deleted page again, but not one the walk skips', () => {
    const head = { paths: ['a', 'a/x.md'], dirs: ['a'], documentPaths: ['a/x.md'] };
    const change: TreeChange = { added: new Set(), modified: new Set(), deleted: new Set(['b/y.md', 'a/skip/y.md', 'node_modules/z.md']), renames: new Map() };
    expect(baseListing(head, change, config)).toEqual({ paths: ['a', 'a/x.md', 'b', 'b/y.md'], dirs: ['a', 'b'], documentPaths: ['a/x.md', 'b/y.md'] });
  });
});

/** The walk lists nothing under node_modules nor the excluded top folder. */
function walkableHead(p: string): boolean {
  return !p.split('/').some((part) => part === 'node_modules' || part === 'skip');
}
