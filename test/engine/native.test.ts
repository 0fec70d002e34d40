import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFacts, ScanResult } from '../../src/engine/contract.js';
import { loadNative, nativeCandidates, nativeTarget, resetNativeCache, wireMismatch, type NativeBinding } from '../../src/engine/native.js';
import { selectEngine } from '../../src/engine/index.js';
import { NATIVE_WIRE_VERSION } from '../../src/version.js';

let root: string;
let binding: NativeBinding;

beforeAll(() => {
  resetNativeCache();
  const loaded = loadNative();
  if (!loaded.ok) throw new Error(`native binary not built (npm run build:native): ${loaded.reason}`);
  binding = loaded.binding;
  root = mkdtempSync(join(tmpdir(), 'docward-native-'));
  const write = (rel: string, content: string | Buffer) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  write('.gitignore', 'out/\n');
  write('out/gen.md', '# generated\n');
  write('node_modules/pkg/README.md', '# dep\n');
  write(
    'docs/guide.md',
    '---\r\ntitle: Guide\r\ntags: [a, b]\r\n---\r\n# Guide *one*\r\n\r\nSee [intro](intro.md#start) and <a href="x.md">x</a>.\r\n\r\n```sh\r\nls\r\n```\r\n',
  );
  write('docs/intro.md', '<!-- docward-disable-file no-orphans -->\n<h2 id="start">Start</h2>\n\nWords here.\n');
  write('docs/binary.md', Buffer.from([0x23, 0x20, 0x00, 0x41]));
  write('notes.txt', 'not a doc');
  symlinkSync('docs/guide.md', join(root, 'alias.md'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

afterEach(() => {
  delete process.env.DOCWARD_NATIVE_PATH;
  resetNativeCache();
});

function scan(options: object): ScanResult {
  return JSON.parse(binding.scan(JSON.stringify(options))) as ScanResult;
}

function doc(result: ScanResult, path: string): DocumentFacts {
  const found = result.documents.find((d) => d.path === path);
  if (!found) throw new Error(`no document ${path}`);
  return found;
}

describe('native scan', () => {
  it('walks the tree with .gitignore, node_modules pruning and symlinks listed', () => {
    const result = scan({ root });
    expect(result.schema).toBe(1);
    expect(result.paths).toEqual(['.gitignore', 'alias.md', 'docs', 'docs/binary.md', 'docs/guide.md', 'docs/intro.md', 'notes.txt']);
    expect(result.dirs).toEqual(['docs']);
    expect(result.documents.map((d) => d.path)).toEqual(['alias.md', 'docs/binary.md', 'docs/guide.md', 'docs/intro.md']);
  });

  it('extracts frontmatter, headings, links, code blocks with file positions (CRLF)', () => {
    const guide = doc(scan({ root }), 'docs/guide.md');
    expect(guide.frontmatter).toEqual({
      line: 1,
      endLine: 4,
      data: { title: 'Guide', tags: ['a', 'b'] },
      keys: [
        { key: 'title', line: 2 },
        { key: 'tags', line: 3 },
      ],
    });
    expect(guide.headings).toEqual([{ level: 1, text: 'Guide one', line: 5, column: 1, style: 'atx' }]);
    // `to`: docs/intro.md is paths[5]; docs/x.md is not listed.
    expect(guide.links).toEqual([
      { kind: 'inline', image: false, target: 'intro.md#start', line: 7, column: 5, to: 5 },
      { kind: 'html', image: false, target: 'x.md', line: 7, column: 33, to: -1 },
    ]);
    expect(guide.codeBlocks).toEqual([{ lang: 'sh', fenced: true, line: 9, endLine: 11 }]);
    expect(guide.lines).toBe(11);
    // Guide one | See intro and x . — the `</a>` tag separates `x` from `.`.
    expect(guide.metrics).toEqual({ words: 7, headings: 1, links: 2, codeBlocks: 1 });
  });

  it('finds anchors and suppressions in HTML', () => {
    const intro = doc(scan({ root }), 'docs/intro.md');
    expect(intro.anchors).toEqual([{ id: 'start', line: 2, column: 1 }]);
    expect(intro.suppressions).toEqual([{ directive: 'disable-file', rules: ['no-orphans'], line: 1, column: 1 }]);
  });

  it('reports problems instead of facts', () => {
    const result = scan({ root, maxFileBytes: 100 });
    expect(doc(result, 'docs/binary.md').problem).toEqual({ kind: 'binary', message: 'binary file: NUL byte at offset 2' });
    expect(doc(result, 'alias.md').problem).toEqual({ kind: 'symlink', message: 'symbolic link to docs/guide.md, not followed' });
    const big = doc(result, 'docs/guide.md');
    expect(big.problem).toEqual({ kind: 'too-large', message: `file is ${big.bytes} bytes, over the limit of 100 bytes` });
    expect(big.headings).toEqual([]);
    expect(big.frontmatter).toBeUndefined();
  });

  it('honours include and exclude globs', () => {
    const result = scan({ root, include: ['*.txt', 'docs/*.md'], exclude: ['binary.md'] });
    expect(result.documents.map((d) => d.path)).toEqual(['docs/guide.md', 'docs/intro.md', 'notes.txt']);
    expect(result.paths).not.toContain('docs/binary.md');
  });

  it('throws a clear error for a missing root or bad options', () => {
    expect(() => binding.scan(JSON.stringify({ root: join(root, 'missing') }))).toThrow(/missing.*cannot be opened/);
    expect(() => binding.scan('{"root": 5}')).toThrow(/invalid scan options/);
  });

  it('extractBytes gives the same facts as a scan of the same file', () => {
    const bytes = Buffer.from('# T\n\n[a](b.md)\n');
    const facts = JSON.parse(binding.extractBytes('x.md', bytes)) as DocumentFacts;
    expect(facts.bytes).toBe(bytes.length);
    expect(facts.links).toEqual([{ kind: 'inline', image: false, target: 'b.md', line: 3, column: 1 }]);
    const utf16 = JSON.parse(binding.extractBytes('u.md', Buffer.from([0xff, 0xfe, 0x23, 0x00]))) as DocumentFacts;
    expect(utf16.problem).toEqual({ kind: 'encoding', message: 'UTF-16 LE (BOM) is not supported; convert to UTF-8' });
  });
});

describe('loadNative', () => {
  it('names the target tuple the way napi-rs does', () => {
    const target = nativeTarget();
    expect(target.startsWith(`${process.platform}-${process.arch}`)).toBe(true);
    if (process.platform === 'linux') expect(target).toMatch(/-(gnu|musl)$/);
    expect(nativeCandidates(target).at(-1)).toMatch(new RegExp(`dist/native/docward\\.${target}\\.node$`));
  });

  it('reports (never throws) when DOCWARD_NATIVE_PATH points to a missing file', () => {
    process.env.DOCWARD_NATIVE_PATH = join(root, 'nope.node');
    const loaded = loadNative();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.target).toBe(nativeTarget());
      expect(loaded.reason).toContain('nope.node');
    }
  });

  it('reports a file that is not a native module', () => {
    process.env.DOCWARD_NATIVE_PATH = join(root, 'notes.txt');
    const loaded = loadNative();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(/failed to load/);
  });

  it('caches the result', () => {
    expect(loadNative()).toBe(loadNative());
  });

  it("accepts the built binary: its version() is the bundle's wire version", () => {
    expect(binding.version()).toBe(NATIVE_WIRE_VERSION);
    expect(wireMismatch('x.node', NATIVE_WIRE_VERSION)).toBeUndefined();
  });

  it('refuses a binary of another wire version with a message naming both; auto falls back to js with a notice', () => {
    const reason = wireMismatch('/p/docward.node', '0.1.0');
    expect(reason).toBe(`/p/docward.node speaks wire version "0.1.0", this docward needs "${NATIVE_WIRE_VERSION}" (rebuild it: npm run build:native)`);
    // A file that fails to load stands in for any refused binary: same path through selectEngine.
    process.env.DOCWARD_NATIVE_PATH = join(root, 'notes.txt');
    const auto = selectEngine('auto');
    expect(auto.engine.name).toBe('js');
    expect(auto.notice).toMatch(/^docward: no usable native core for .*notes\.txt.*using the js engine/);
    expect(() => selectEngine('native')).toThrow(/native engine unavailable/);
  });
});
