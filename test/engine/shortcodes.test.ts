/** Hugo ref/relref shortcode facts (contract: LinkKind `shortcode`) on both engines, beyond the golden fixture. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine/js/index.js';
import { nativeForTests } from '../helpers/native.js';
import type { DocumentFacts } from '../../src/engine/contract.js';

const native = nativeForTests();
const engines: [string, (text: string) => DocumentFacts][] = [['js', (text) => extractDocument('a.md', new TextEncoder().encode(text))]];
if (native) engines.push(['native', (text) => JSON.parse(native.extractBytes('a.md', Buffer.from(text))) as DocumentFacts]);

describe.each(engines)('%s engine', (_name, extract) => {
  const shortcodes = (text: string) =>
    extract(text)
      .links.filter((l) => l.kind === 'shortcode')
      .map((l) => [l.target, l.lang, l.line, l.column]);

  it('takes the first positional argument, else path; lang only when given', () => {
    expect(shortcodes('{{< ref "a" path="b" >}} {{< ref lang="fr" path="c" >}} {{% relref path=d %}}\n')).toEqual([
      ['a', undefined, 1, 1],
      ['c', 'fr', 1, 26],
      ['d', undefined, 1, 57],
    ]);
  });
  it('ignores frontmatter and starts at the body', () => {
    expect(shortcodes('---\nx: "{{< ref \\"fm\\" >}}"\n---\n{{< ref "body" >}}\n')).toEqual([['body', undefined, 4, 1]]);
  });
  it('stays fast on a megabyte of unclosed openers (each parse stops at the next {{)', () => {
    const text = '{{< ref "a" '.repeat(90_000);
    const start = performance.now();
    expect(shortcodes(text)).toEqual([]);
    // A hang guard, not a speed target: the quadratic scan took minutes here.
    expect(performance.now() - start).toBeLessThan(20_000);
  });
});
