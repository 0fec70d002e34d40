/** The listing's hash table answers exactly what GitHub's file-relative resolution and a listing lookup answer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListedPathTable, pathHash } from '../../src/rules/links/path-table.js';
import { resolveLinkTarget } from '../../src/rules/links/resolve.js';

const LISTING = ['README.md', 'docs', 'docs/a.md', 'docs/B.md', 'docs/x y.md', 'docs/sub', 'docs/sub/README.md', 'docs/sub/é.md', 'specs', 'specs/a.md', 'a.md', '.github', '.github/x.md'];
const DOCUMENTS = LISTING.filter((p) => p.endsWith('.md'));

function tableOf(paths: readonly string[]): ListedPathTable {
  const documentAt = Int32Array.from(paths, (p) => DOCUMENTS.indexOf(p));
  return new ListedPathTable(paths, documentAt);
}

/** The table's answer as (listed path, document number), or undefined when it leaves the link to the general resolution. */
function found(table: ListedPathTable, paths: readonly string[], from: string, target: string): [string, number] | undefined {
  const hash = target.indexOf('#');
  const slot = table.find(from, target, hash < 0 ? target.length : hash);
  return slot < 0 ? undefined : [paths[table.position(slot)]!, table.document(slot)];
}

/** The shapes the table promises to find: printable ASCII ends, `./`/`../` then segments neither empty nor dot-led, no `%?:`, from a plain folder. */
function plain(fromPath: string, written: string): boolean {
  const printable = (code: number) => code > 32 && code < 127;
  const folder = fromPath.slice(0, Math.max(0, fromPath.lastIndexOf('/')));
  if (folder.startsWith('/') || folder.endsWith('/') || folder.includes('//')) return false;
  if (!printable(written.charCodeAt(0)) || !printable(written.charCodeAt(written.length - 1))) return false;
  const pathPart = written.split('#')[0]!;
  if (/[%?:]/.test(pathPart)) return false;
  const rest = pathPart.replace(/^(?:\.\.?\/)*/, '');
  return rest !== '' && rest.split('/').every((s) => s !== '' && !s.startsWith('.'));
}

describe('ListedPathTable', () => {
  const table = tableOf(LISTING);

  it('finds the common relative shapes with their document number', () => {
    expect(found(table, LISTING, 'docs/sub/README.md', '../a.md#install')).toEqual(['docs/a.md', DOCUMENTS.indexOf('docs/a.md')]);
    expect(found(table, LISTING, 'docs/a.md', 'B.md')).toEqual(['docs/B.md', DOCUMENTS.indexOf('docs/B.md')]);
    expect(found(table, LISTING, 'docs/a.md', './sub/é.md')).toEqual(['docs/sub/é.md', DOCUMENTS.indexOf('docs/sub/é.md')]);
    expect(found(table, LISTING, 'docs/sub/é.md', '../../specs/a.md')).toEqual(['specs/a.md', DOCUMENTS.indexOf('specs/a.md')]);
    expect(found(table, LISTING, 'README.md', 'docs/x y.md')).toEqual(['docs/x y.md', DOCUMENTS.indexOf('docs/x y.md')]);
    expect(found(table, LISTING, 'docs/a.md', 'sub')).toEqual(['docs/sub', -1]);
  });

  it('leaves every shape it cannot decide to the general resolution', () => {
    for (const target of ['/docs/a.md', ' a.md', 'a.md ', 'x%20y.md', 'a.md?x=1', 'sub/', './', '.', '..', '../../a.md', 'sub//README.md', '../.github/x.md', 'https://x.org', '#top', '', 'missing.md', 'A.md']) {
      expect(found(table, LISTING, 'docs/a.md', target), target).toBeUndefined();
    }
    // A document whose folder the join cannot walk segment by segment.
    expect(found(table, LISTING, 'docs//a.md', 'B.md')).toBeUndefined();
  });

  it('agrees with resolveLinkTarget and the listing on random links', () => {
    const segment = fc.constantFrom('docs', 'a.md', 'B.md', 'sub', 'README.md', 'é.md', 'specs', '.github', 'x.md', 'x y.md', '..', '.', '', '%20', 'a.md?q', 'c:');
    const target = fc
      .tuple(fc.array(segment, { maxLength: 5 }), fc.constantFrom('', '#x', '#a/b', '#:?%'), fc.constantFrom('', ' ', '/'))
      .map(([s, fragment, edge]) => s.join('/') + fragment + edge);
    const from = fc.constantFrom(...DOCUMENTS, 'docs//a.md', '/abs.md', 'docs/');
    fc.assert(
      fc.property(from, target, (fromPath, written) => {
        const resolved = resolveLinkTarget(fromPath, written);
        const answer = found(table, LISTING, fromPath, written);
        if (answer) {
          expect(resolved).toMatchObject({ kind: 'path', path: answer[0] });
          expect(answer[1]).toBe(DOCUMENTS.indexOf(answer[0]));
        } else if (resolved.kind === 'path' && LISTING.includes(resolved.path) && plain(fromPath, written)) {
          // Plain targets naming a listed path must be found (they are the ones the table exists for).
          expect.unreachable(`"${written}" from ${fromPath} names ${resolved.path} but was not found`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('answers a path listed twice with its last position, as the listing Map does', () => {
    const paths = ['a.md', 'docs', 'a.md'];
    const twice = new ListedPathTable(paths, Int32Array.from([-1, -1, 0]));
    const slot = twice.find('docs/README.md', '../a.md', 7);
    expect([twice.position(slot), twice.document(slot)]).toEqual([2, 0]);
  });

  it('keeps paths whose hashes collide apart', () => {
    // Two folders (same length) whose `folder/` prefixes hash alike (found by a search over `f` + 7 digits): `a/x.md` and `b/x.md` then collide, and only comparing paths tells them apart.
    const [a, b] = ['f0132789', 'f0729192'];
    expect(pathHash(`${a}/`)).toBe(pathHash(`${b}/`));
    expect(pathHash(`${a}/x.md`)).toBe(pathHash(`${b}/x.md`));
    const paths = [a, b, `${a}/x.md`, `${a}/README.md`, `${b}/README.md`];
    const colliding = new ListedPathTable(paths, Int32Array.from([-1, -1, 0, 1, 2]));
    const slot = colliding.find(`${a}/README.md`, 'x.md', 4);
    expect([paths[colliding.position(slot)], colliding.document(slot)]).toEqual([`${a}/x.md`, 0]);
    expect(colliding.find(`${b}/README.md`, 'x.md', 4)).toBe(-1);
    expect(colliding.find(`${b}/README.md`, `../${a}/x.md`, 4 + a.length + 4)).toBe(slot);
  });
});
