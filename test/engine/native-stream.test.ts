/** The native stream's positional batches decode to exactly the contract JSON of scan(): same keys, same order. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../src/engine/contract.js';
import { resetNativeCache } from '../../src/engine/native.js';
import { nativeStream } from '../../src/engine/native-stream.js';
import { nativeForTests } from '../helpers/native.js';
import { generateDocument } from './generate.js';

const repo = path.resolve(import.meta.dirname, '../..');
resetNativeCache();
const binding = nativeForTests();

let work: string;
const trees: string[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'docward-native-stream-'));
  const groups = ['fixtures/repos', 'fixtures/sites'].map((group) => path.join(repo, group));
  trees.push(...groups.flatMap((group) => readdirSync(group).map((name) => path.join(group, name))));
  trees.push(path.join(repo, 'fixtures/extract'), path.join(repo, 'fixtures/cde-repo'));
  const generated = path.join(work, 'generated');
  mkdirSync(generated);
  // Seeded documents mixing every construct (links with and without lang, problems, frontmatter, MDX).
  for (let seed = 1; seed <= 120; seed++) writeFileSync(path.join(generated, `doc-${seed}.${seed % 7 ? 'md' : 'mdx'}`), generateDocument(seed));
  writeFileSync(path.join(generated, 'shortcodes.md'), '{{< ref path="p.md" lang="fr" >}} {{< relref "q.md" >}} [x](y.md)\n');
  trees.push(generated);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!binding)('native stream decoding', () => {
  it('gives, document by document, the same JSON text as scan() (keys and their order included)', async () => {
    let links = 0;
    for (const root of trees) {
      const whole = JSON.parse(binding!.scan(JSON.stringify({ root }))) as { documents: DocumentFacts[] };
      const stream = nativeStream(binding!.scanStart, { root }, { batchDocuments: 5 });
      const streamed: DocumentFacts[] = [];
      for (let batch = await stream.next(); batch !== undefined; batch = await stream.next()) streamed.push(...batch);
      expect(
        streamed.map((d) => JSON.stringify(d)),
        root,
      ).toEqual(whole.documents.map((d) => JSON.stringify(d)));
      links += streamed.reduce((n, d) => n + d.links.length, 0);
    }
    expect(links).toBeGreaterThan(500);
  });
});
