/** Hugo's config as docward reads it: content mounts per language, glob slices, default-language prefix; Goldmark heading attributes. */
import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { globSlice, hugoSiteConfig } from '../../src/sites/hugo/config.js';
import { splitGoldmarkAttributes } from '../../src/rules/links/anchors.js';

const at = (p: string) => p;
const site = (toml: string, dirs: string[]) => hugoSiteConfig(parse(toml) as Record<string, unknown>, at, (d) => dirs.includes(d));
const mounts = (config: ReturnType<typeof site>) => config.contentMounts.map((m) => [m.folder, m.language, m.prefix, m.unverified ? 'absent' : 'present']);

describe('Hugo glob slices', () => {
  it('a negated match excludes at once; otherwise any plain pattern, or everything when there is none', () => {
    const languages = globSlice(['! en', '**']);
    expect(['en', 'de', 'fr'].filter(languages)).toEqual(['de', 'fr']);
    const files = globSlice(['! drafts/**']);
    expect(['a.md', 'drafts/b.md', 'x/drafts/c.md'].filter(files)).toEqual(['a.md', 'x/drafts/c.md']);
    expect(['v1.2.3', 'v1.4.0', 'v2.0.0', 'v3.0.0'].filter(globSlice(['! v1.2.3', 'v1.*.*', 'v2.*.*']))).toEqual(['v1.4.0', 'v2.0.0']);
    expect(['member', 'guest', 'admin'].filter(globSlice(['{member, guest}']))).toEqual(['member', 'guest']);
  });
});

describe('Hugo content mounts', () => {
  it('module.mounts replace contentDir; lang, sites.matrix and no language (the default) each give a language site', () => {
    const config = site(
      `defaultContentLanguage = "de"
[languages.de]
[languages.en]
[languages.fr]
[[module.mounts]]
source = "docs/de"
target = "content"
[[module.mounts]]
source = "docs/en"
target = "content"
lang = "en"
[[module.mounts]]
source = "shared"
target = "content/shared"
sites = { matrix = { languages = ["! de", "**"] } }`,
      ['docs/de', 'docs/en', 'shared'],
    );
    expect(config.languages).toEqual(['de', 'en', 'fr']);
    expect(mounts(config)).toEqual([
      ['docs/de', 'de', '', 'present'],
      ['docs/en', 'en', 'en', 'present'],
      ['shared', 'en', 'en/shared', 'present'],
      ['shared', 'fr', 'fr/shared', 'present'],
    ]);
  });
  it('defaultContentLanguageInSubdir gives the default language its prefix; an absent source is marked, one cause per mount', () => {
    const config = site(
      `defaultContentLanguageInSubdir = true
[languages.en]
contentDir = "content/en"
[languages.ja]
contentDir = "content/ja"`,
      ['content/en'],
    );
    expect(mounts(config)).toEqual([
      ['content/en', 'en', 'en', 'present'],
      ['content/ja', 'ja', 'ja', 'absent'],
    ]);
    expect(config.contentMounts[1]!.unverified).toMatchObject({ cause: 'hugo-mount-absent', rule: 'link-broken', unit: 'links' });
    expect(config.contentMounts[1]!.unverified!.message).toContain('"content/ja"');
  });
  it('includeFiles/excludeFiles (before Hugo 0.153) filter like files; static mounts replace static/', () => {
    const config = site(
      `[[module.mounts]]
source = "content"
target = "content"
excludeFiles = ["drafts/**"]
[[module.mounts]]
source = "node_modules/theme/static"
target = "static"
[[module.mounts]]
source = "public-files"
target = "static"`,
      ['content'],
    );
    const [content] = config.contentMounts;
    expect([content!.accepts!('a.md'), content!.accepts!('drafts/b.md')]).toEqual([true, false]);
    expect(config.staticRoots).toEqual(['node_modules/theme/static', 'public-files']);
  });
  it('without mounts or language folders: contentDir alone, no mounts', () => {
    const config = site('contentDir = "site/content"', ['site/content']);
    expect(config).toMatchObject({ contentRoot: 'site/content', contentMounts: [], languages: ['en'], defaultLanguage: 'en' });
  });
});

describe('Goldmark heading attributes', () => {
  it.each([
    ['Requirements {#reqs .note lang=en}', 'Requirements', 'reqs'],
    ['Options {.wide}', 'Options', undefined],
    ['Title {lang="en" #t}', 'Title', 't'],
    ['Set {a, b}', 'Set {a, b}', undefined],
    ['Braces {}', 'Braces {}', undefined],
  ])('%s', (heading, text, id) => {
    expect(splitGoldmarkAttributes(heading)).toEqual(id === undefined ? { text } : { text, id });
  });
});

describe('Hugo autoDefinitionTermID', () => {
  it('definition-list terms get ids that anchors may name; a fragment found nowhere stays broken', async () => {
    const { cpSync, mkdtempSync, appendFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { runDocward } = await import('../../src/pipeline.js');
    const root = mkdtempSync(path.join(tmpdir(), 'docward-hugo-dt-'));
    cpSync(path.join(import.meta.dirname, '../../fixtures/sites/hugo-mounts'), root, { recursive: true });
    const page = path.join(root, 'content/en/docs/install.md');
    // One id counter per page for terms and headings: the term `Cascade` takes #cascade, the heading after it #cascade-1.
    appendFileSync(
      page,
      '\nBuild output\n: Where the site is written.\n\nCascade\n: Values handed down.\n\n## Cascade\n\nSee [the term](#build-output), [the heading](#cascade-1) and [nothing](#cascade-2).\n',
    );
    // A term in a headless bundle the page may include: its id is an included fragment's (unverified), not broken.
    appendFileSync(path.join(root, 'content/en/docs/snippets/index.md'), '\nShared term\n: Defined in a fragment.\n');
    appendFileSync(page, '\nThe [shared term](#shared-term) comes from the snippets.\n');
    const now = new Date('2026-06-01T00:00:00Z');
    const anchors = async () =>
      (await runDocward({ root, engine: 'js', now })).report.findings.filter((f) => f.rule === 'link-anchor').map((f) => `${f.path} ${f.message}`);
    const before = await anchors();
    expect(before).toHaveLength(5);
    expect(before.slice(1).join('\n')).toMatch(/#build-output[^]*#cascade-1[^]*#cascade-2[^]*#shared-term/);
    appendFileSync(path.join(root, 'hugo.toml'), '\n[markup.goldmark.parser]\nautoDefinitionTermID = true\n');
    const after = await anchors();
    expect(after).toEqual([before[0], before[3]]);
  });
});
