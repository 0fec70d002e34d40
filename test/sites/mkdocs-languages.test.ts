/** MkDocs per-language sites: INHERIT chains, language folders named by the language selector, the fallback to the default language (counted unless links.defaultLanguage confirms it). */
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { findingLines as lines, tempRepo as repo } from '../helpers/temp-repo.js';

const EN_CONFIG = [
  'site_name: x',
  'theme:',
  '  language: en',
  'nav:',
  '  - index.md',
  '  - ref.md',
  'extra:',
  '  alternate:',
  '    - link: /',
  '    - link: /fr/',
  '',
].join('\n');

const SITE = {
  'docs/en/mkdocs.yml': EN_CONFIG,
  'docs/en/docs/index.md': '# Home\n\n[Ref](ref.md)\n',
  'docs/en/docs/ref.md': '# Ref\n\n## Options\n',
  'docs/fr/docs/index.md': '# Accueil\n\n[Ref](ref.md#options) [Ref](ref.md#nope)\n',
};

describe('MkDocs language sites', () => {
  it('counts links that only the build fallback serves, once, with the key that confirms it', async () => {
    const { report } = await runDocward({ root: repo(SITE), engine: 'js' });
    expect(lines(report.findings)).toEqual([]);
    expect(report.unverified).toEqual([expect.objectContaining({ cause: 'mkdocs-language-fallback', count: 2, unit: 'links', key: 'links.defaultLanguage' })]);
  });

  it('with links.defaultLanguage set, resolves them to the default language page and checks their anchors there', async () => {
    const root = repo({ ...SITE, '.docward.yml': 'links:\n  defaultLanguage: en\n' });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(lines(report.findings)).toEqual(['link-anchor docs/fr/docs/index.md:3']);
    expect(report.unverified).toEqual([]);
  });

  it('a folder the language selector does not name is no site: its pages are orphans and its links resolve on their own', async () => {
    const root = repo({ ...SITE, 'docs/it/docs/pagina.md': '# Pagina\n\n[Ref](ref.md)\n' });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(lines(report.findings)).toEqual(['link-broken docs/it/docs/pagina.md:3', 'orphan docs/it/docs/pagina.md:1']);
  });

  it('a config that INHERITs the site is a language site with its own docs_dir and, when it writes one, its own nav', async () => {
    const root = repo({
      'docs/en/mkdocs.yml': 'site_name: x\nnav:\n  - index.md\n  - ref.md\n',
      'docs/en/docs/index.md': '# Home\n',
      'docs/en/docs/ref.md': '# Ref\n',
      'docs/pt/mkdocs.yml': 'INHERIT: ../en/mkdocs.yml\ndocs_dir: paginas\nnav:\n  - index.md\n  - extra.md\n',
      'docs/pt/paginas/index.md': '# Início\n\n[Ref](ref.md)\n',
      'docs/pt/paginas/extra.md': '# Extra\n',
      'docs/pt/paginas/solta.md': '# Solta\n',
    });
    const { report } = await runDocward({ root, engine: 'js' });
    // extra.md is listed by pt's own nav; solta.md by none; ref.md is served from English (counted).
    expect(lines(report.findings)).toEqual(['orphan docs/pt/paginas/solta.md:1']);
    expect(report.unverified).toEqual([expect.objectContaining({ cause: 'mkdocs-language-fallback', count: 1 })]);
  });

  it('a single site keeps its behaviour: no languages, no fallback', async () => {
    const root = repo({ 'mkdocs.yml': 'site_name: x\nnav:\n  - index.md\n', 'docs/index.md': '# Home\n\n[Gone](gone.md)\n', 'docs/loose.md': '# Loose\n' });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(lines(report.findings)).toEqual(['link-broken docs/index.md:3', 'orphan docs/loose.md:1']);
    expect(report.unverified).toEqual([]);
  });

  it('mkdocs-static-i18n with fallback_to_default: false: a page missing in a language is broken there', async () => {
    const config = (fallback: string) =>
      `site_name: x\nplugins:\n  - i18n:\n      docs_structure: folder\n${fallback}      languages:\n        - locale: en\n          default: true\n        - locale: fr\n`;
    const files = {
      'docs/en/index.md': '# Home\n\n[Guide](guide.md)\n',
      'docs/en/guide.md': '# Guide\n',
      'docs/fr/index.md': '# Accueil\n\n[Guide](guide.md)\n',
    };
    const on = await runDocward({ root: repo({ ...files, 'mkdocs.yml': config('') }), engine: 'js' });
    expect(lines(on.report.findings)).toEqual([]);
    const off = await runDocward({ root: repo({ ...files, 'mkdocs.yml': config('      fallback_to_default: false\n') }), engine: 'js' });
    expect(lines(off.report.findings)).toEqual(['link-broken docs/fr/index.md:3']);
  });

  it('reads the 0.x plugin options (default_language, languages as a map)', async () => {
    const root = repo({
      'mkdocs.yml':
        'site_name: x\nnav:\n  - index.md\nplugins:\n  - i18n:\n      default_language: en\n      languages:\n        en: English\n        de: Deutsch\n',
      'docs/index.md': '# Home\n',
      'docs/index.de.md': '# Start\n\n[Home](../)\n',
      'docs/extra.de.md': '# Extra\n',
    });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(lines(report.findings)).toEqual(['orphan docs/extra.de.md:1']);
  });

  it('an orphan translated into language sites is one finding, on the default language page, naming the translations', async () => {
    const root = repo({
      ...SITE,
      'docs/en/docs/lone.md': '# Lone\n',
      'docs/fr/docs/lone.md': '# Seule\n',
      'docs/fr/docs/only-fr.md': '# Seulement\n',
    });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(lines(report.findings)).toEqual(['orphan docs/en/docs/lone.md:1', 'orphan docs/fr/docs/only-fr.md:1']);
    expect(report.findings.find((f) => f.path === 'docs/en/docs/lone.md')?.message).toContain(
      '(so are its translations in 1 language site, e.g. "docs/fr/docs/lone.md")',
    );
  });
});
