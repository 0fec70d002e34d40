/** Learn (docfx) details: Markdig heading ids, the docset base path read from redirect URLs, docfx.json as JSON with comments. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headingIds, markdigSlug, markdigSlugByCharacter } from '../../src/rules/links/anchors.js';
import { docsetBase } from '../../src/sites/learn/generator.js';
import { parseDocfxContent } from '../../src/sites/learn/docfx.js';
import type { DocumentFacts } from '../../src/engine/contract.js';

const doc = (texts: string[]) =>
  ({ headings: texts.map((text, i) => ({ level: 2, text, line: i + 1, column: 1, style: 'atx' })), anchors: [] }) as unknown as DocumentFacts;

describe('Markdig heading ids (docfx)', () => {
  it('letters and digits lowercased, space and - to -, _ kept, the rest dropped', () => {
    expect(markdigSlug('Install Contoso 2.0 (preview)')).toBe('install-contoso-20-preview');
    expect(markdigSlug('C# & F#_notes')).toBe('c--f_notes');
    expect(markdigSlug('Überblick')).toBe('überblick');
    // A capital sigma is lowercased alone (σ), never as a word's final sigma (ς); İ keeps its combining dot.
    expect(markdigSlug('ΟΔΟΣ Σ')).toBe('οδοσ-σ');
    expect(markdigSlug('İstanbul')).toBe('i\u0307stanbul');
  });
  it('the whole-string slug equals the per-character definition on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('Σ', 'σ', 'ς', 'İ', 'ß', 'Ǆ', 'ǅ', '_', '-', ' ', 'A', 'z', '٣', '\ud800', '.', '\t') }),
    );
    fc.assert(
      fc.property(text, (t) => markdigSlug(t) === markdigSlugByCharacter(t)),
      { numRuns: 1000 },
    );
  });
  it('an empty id is section; a taken id gets -1, -2 after its base', () => {
    expect(headingIds(doc(['???', '!!!', 'Setup', 'Setup', 'Setup-1', 'Setup']), 'markdig')).toEqual([
      'section',
      'section-1',
      'setup',
      'setup-1',
      'setup-1-1',
      'setup-2',
    ]);
  });
});

describe('the docset base path', () => {
  it('is what most absolute redirect URLs put before a published prefix', () => {
    expect(docsetBase(['/powershell/windows/get-started', '/powershell/module/x', 'relative/y', 'https://x.test/windows/a'], ['windows', 'module/x'])).toBe(
      'powershell',
    );
    expect(docsetBase(['/azure/app-service/overview'], ['articles'])).toBeUndefined();
    expect(docsetBase(['/a/docs/x', '/b/docs/y'], ['docs'])).toBeUndefined();
  });
});

describe('docfx.json', () => {
  it('is read as docfx reads it: comments and trailing commas allowed; a real error has its position', () => {
    const ok = parseDocfxContent('docfx.json', '{ // c\n "build": { "content": [ { "files": ["**/*.md"], "src": "a", }, ], }, }');
    expect(ok.error).toBeUndefined();
    expect(ok.mounts.map((m) => m.folder)).toEqual(['a']);
    const bad = parseDocfxContent('docfx.json', '{\n  "build": { "content": [ }\n}');
    expect(bad.error).toMatchObject({ line: 2 });
  });
});
