/**
 * Hugo's `ref`/`relref` lookup (hugolib/pagecollections.go, `getContentNode`), per language site,
 * over logical page paths (content path without extension, language folder and `_index`/`index`
 * name, lowercased, spaces as `-`):
 * 1. `#x` alone is the page itself; the fragment is never checked by Hugo (link-anchor checks it).
 * 2. A path without a leading `/` is first joined to the page's folder (a leaf bundle's
 *    `index.md` uses its parent folder, except for `../x.md` with an extension); with an
 *    extension, the file next to the page is tried too.
 * 3. A path starting with `.` stops there; otherwise it is looked up from the content root.
 * 4. A path with no `/` at all is last looked up by page name anywhere in the site; a name two
 *    pages share is ambiguous (Hugo fails the build).
 * No language fallback: `lang` picks the site, a page missing in it is REF_NOT_FOUND.
 */
import { joinSegments, splitTarget, type ResolvedLink } from '../../rules/links/resolve.js';
import { joinRoute } from '../generator.js';
import type { LinkSettings } from '../settings.js';
import { extensionOf, logicalKey, type HugoPage } from './pages.js';

const AMBIGUOUS = '\u0000ambiguous';

export class HugoRefs {
  private readonly settings: LinkSettings;
  private readonly byPath = new Map<string, HugoPage>();
  /** language → logical path → page. */
  private readonly logical = new Map<string, Map<string, string>>();
  /** language → page name → page (or AMBIGUOUS). */
  private readonly names = new Map<string, Map<string, string>>();
  /** Site-absolute refs by language and target: they do not depend on the page, and pages repeat them (the link render hook asks for every unresolved link). */
  private readonly absolute = new Map<string, ResolvedLink>();

  constructor(pages: readonly HugoPage[], settings: LinkSettings) {
    this.settings = settings;
    for (const page of pages) {
      this.byPath.set(page.path, page);
      const tree = this.treeOf(this.logical, page.language);
      if (!tree.has(page.logical)) tree.set(page.logical, page.path);
      if (page.logical === '') continue;
      const name = page.logical.slice(page.logical.lastIndexOf('/') + 1);
      const names = this.treeOf(this.names, page.language);
      names.set(name, names.has(name) && names.get(name) !== page.path ? AMBIGUOUS : page.path);
    }
  }

  /** The shortcode `{{< ref target >}}` (optionally with `lang`) written in the document at `fromPath`. */
  resolve(fromPath: string, target: string, lang: string | undefined): ResolvedLink {
    const from = this.byPath.get(fromPath);
    // Hugo renders only content pages: a shortcode elsewhere (a repository README) is plain text.
    if (!from) return { kind: 'external' };
    const { path: written, fragment } = splitTarget(target);
    // Hugo trims trailing slashes; what is left of `/` is the home page.
    const ref = written.replace(/\/+$/, '') || (written === '' ? '' : '/');
    if (written === '' && fragment !== undefined) return { kind: 'same-document', fragment };
    let language = from.language;
    if (lang !== undefined && this.settings.languages.length > 0) {
      if (!this.settings.languages.includes(lang))
        return this.notFound(target, from, `names language "${lang}", which the site does not have: Hugo fails the build (REF_NOT_FOUND)`);
      language = lang;
    }
    if (!ref.startsWith('/')) return this.lookUp(from, fromPath, target, ref, fragment, language);
    const key = `${language}\u0000${target}`;
    let found = this.absolute.get(key);
    if (found === undefined) this.absolute.set(key, (found = this.lookUp(from, fromPath, target, ref, fragment, language)));
    return { ...found };
  }

  /** `resolve` once the page, the written path (`ref`, trailing slashes trimmed) and the language site are known. */
  private lookUp(from: HugoPage, fromPath: string, target: string, ref: string, fragment: string | undefined, language: string): ResolvedLink {
    const tree = this.logical.get(language) ?? new Map<string, string>();
    const ext = extensionOf(ref);
    const bare = ext === '' ? ref : ref.slice(0, -ext.length);
    // `x/index` without an extension is first a bundle named `index` (`x/index/index.md`), then `x/index.md`.
    const keys = (joined: string) => [...new Set([...(ext === '' && /(?:^|\/)index$/.test(joined) ? [logicalKey(joined, false)] : []), logicalKey(joined)])];
    const find = (joined: string | undefined) =>
      joined === undefined
        ? undefined
        : keys(joined)
            .map((k) => tree.get(k))
            .find((p) => p !== undefined);
    if (!ref.startsWith('/')) {
      // A leaf bundle's `index.md` stands for its folder, so its refs start from the folder above.
      const fromParent = from.index === 'index' && !(ext !== '' && ref.startsWith('../'));
      const base = fromParent ? from.folder.slice(0, Math.max(0, from.folder.lastIndexOf('/'))) : from.folder;
      const found = find(joinSegments(base, bare));
      if (found !== undefined) return { kind: 'path', path: found, fragment };
      if (ext !== '') {
        const file = joinSegments(fromPath.slice(0, Math.max(0, fromPath.lastIndexOf('/'))), ref);
        const page = file === undefined ? undefined : this.byPath.get(file);
        const same = page === undefined ? undefined : tree.get(page.logical);
        if (same !== undefined) return { kind: 'path', path: same, fragment };
      }
      if (ref.startsWith('.'))
        return this.notFound(
          target,
          from,
          'finds no page next to this page (a path starting with "." is looked up only there): Hugo fails the build (REF_NOT_FOUND)',
          language,
        );
    }
    const absolute = find(joinSegments('', bare.replace(/^\/+/, '')));
    if (absolute !== undefined) return { kind: 'path', path: absolute, fragment };
    if (ref !== '' && !ref.includes('/')) {
      const byName = this.names.get(language)?.get(logicalKey(bare));
      if (byName === AMBIGUOUS) return this.notFound(target, from, 'is ambiguous: several pages have that name, so Hugo fails the build', language);
      if (byName !== undefined) return { kind: 'path', path: byName, fragment };
    }
    return this.notFound(target, from, undefined, language);
  }

  /** A ref Hugo cannot resolve: a broken link with its own message (never a case variant, never a real file). */
  private notFound(target: string, from: HugoPage, why: string | undefined, language = from.language): ResolvedLink {
    const site = language === '' ? 'the site' : `the "${language}" site`;
    const problem = `Hugo ref "${target}" ${why ?? `finds no page in ${site}: Hugo fails the build (REF_NOT_FOUND)`}`;
    const root = this.settings.languages.includes(language) ? joinRoute(this.settings.contentRoot, language) : this.settings.contentRoot;
    const written = splitTarget(target).path.replace(/^\/+|\/+$/g, '');
    const looked = written === '' ? '_index.md' : extensionOf(written) === '' ? `${written}.md` : written;
    return { kind: 'path', path: joinRoute(root, looked), caseVariants: [], problem };
  }

  private treeOf(trees: Map<string, Map<string, string>>, language: string): Map<string, string> {
    let tree = trees.get(language);
    if (!tree) {
      tree = new Map();
      trees.set(language, tree);
    }
    return tree;
  }
}
