/** Which `.md` documents are read as MDX: the site generator's say (Docusaurus 3, a Next.js page compiling with MDX) or the `mdx` config key. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineName } from '../../src/engine/index.js';
import { runDocward } from '../../src/pipeline.js';
import { nativeForTests } from '../helpers/native.js';

const SITES = path.join(import.meta.dirname, '../../fixtures/sites');
const engines: EngineName[] = ['js'];
if (nativeForTests()) engines.push('native');

const anchors = async (root: string, engine: EngineName) =>
  (await runDocward({ root, engine })).report.findings.filter((f) => f.rule === 'link-anchor').map((f) => `${f.path}:${f.line}`);

describe.each(engines)('the mdx setting (%s engine)', (engine) => {
  it('reads the .md files it names as MDX in a GitHub tree (a heading after a JSX line is found)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'docward-mdx-'));
    writeFileSync(path.join(root, 'README.md'), '# Home\n\n[inside](notes.md#inside), [missing](notes.md#missing)\n');
    writeFileSync(path.join(root, 'notes.md'), '# Notes\n\n<Note>\n## Inside\n</Note>\n');
    expect(await anchors(root, engine)).toEqual(['README.md:3', 'README.md:3']);
    writeFileSync(path.join(root, '.docward.yml'), 'mdx: ["notes.md"]\n');
    expect(await anchors(root, engine)).toEqual(['README.md:3']);
  });

  it('replaces what the site generator says: [] reads a Docusaurus 3 site as CommonMark', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'docward-mdx-'));
    cpSync(path.join(SITES, 'docusaurus'), root, { recursive: true });
    const compiled = await anchors(root, engine);
    expect(compiled).toContain('docs/guides/configure.md:13');
    writeFileSync(path.join(root, '.docward.yml'), 'mdx: []\n');
    // CommonMark: `## Advanced` is HTML-block text, so its link breaks too (the same line, once more).
    const plain = await anchors(root, engine);
    expect(plain.filter((f) => f === 'docs/guides/configure.md:13')).toHaveLength(2);
    expect(plain.length).toBe(compiled.length + 1);
  });

  it('takes Docusaurus 2 (package.json) as CommonMark for .md', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'docward-mdx-'));
    cpSync(path.join(SITES, 'docusaurus'), root, { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{ "dependencies": { "@docusaurus/core": "2.4.3" } }\n');
    expect((await anchors(root, engine)).filter((f) => f === 'docs/guides/configure.md:13')).toHaveLength(2);
  });
});
