/** Native (Rust) vs js extractor: deep-equal on fixtures, fixture repos and generated documents. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFacts, ScanResult } from '../../src/engine/contract.js';
import { extractDocument, jsScan } from '../../src/engine/js/index.js';
import { loadNative, type NativeBinding } from '../../src/engine/native.js';
import { addTestTimeEntries, generateDocument } from './generate.js';

const repo = path.resolve(import.meta.dirname, '../..');
const fixtureDir = path.join(repo, 'fixtures/extract');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort();
const GENERATED = 400;

// Errors the contract defines exactly; other YAML syntax errors are worded and placed by each library.
const FIXED_MESSAGES = [
  /^frontmatter is not closed/,
  /^YAML alias expansion limit exceeded$/,
  /^YAML nesting deeper than 64 levels$/,
  /^complex \(collection\) mapping keys are not supported$/,
];
const DUPLICATE_KEY = /unique|duplicate/i;

/** JSON round trip (the native result crosses JSON too); library YAML errors reduced to "an error inside the block". */
export function comparable(facts: DocumentFacts): DocumentFacts {
  const copy = JSON.parse(JSON.stringify(facts)) as DocumentFacts;
  const fm = copy.frontmatter;
  const error = fm?.error;
  if (fm && error && !FIXED_MESSAGES.some((re) => re.test(error.message))) {
    const inside = error.line > fm.line && (fm.endLine === undefined || error.line <= fm.endLine);
    if (DUPLICATE_KEY.test(error.message)) error.message = '<duplicate key>';
    else fm.error = { message: `<yaml syntax error ${inside ? 'inside' : 'OUTSIDE'} the block>`, line: 0, column: 0 };
  }
  if (copy.problem?.kind === 'unreadable') copy.problem.message = '<os error>';
  return copy;
}

/** Path and both values of the first difference, or undefined when deep-equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${at}: ${JSON.stringify(a)} !== ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${at}[${i}]: ${JSON.stringify(a[i])} !== ${JSON.stringify(b[i])} (lengths ${a.length} vs ${b.length})`;
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    if (!(key in ao) || !(key in bo)) return `${at}.${key}: ${JSON.stringify(ao[key])} !== ${JSON.stringify(bo[key])} (missing on one side)`;
    const d = firstDifference(ao[key], bo[key], `${at}.${key}`);
    if (d) return d;
  }
  return undefined;
}

const native = loadNative();
const skip = process.env.DOCWARD_SKIP_NATIVE === '1';

describe('native engine is available', () => {
  it.skipIf(skip)('loads (set DOCWARD_SKIP_NATIVE=1 to skip parity when no binary can be built)', () => {
    expect(native.ok ? 'loaded' : `${native.target}: ${native.reason}`).toBe('loaded');
  });
});

describe.skipIf(skip || !native.ok)('parity: native vs js', () => {
  const binding = (native as { binding: NativeBinding }).binding;
  const nativeFacts = (name: string, bytes: Uint8Array): DocumentFacts => JSON.parse(binding.extractBytes(name, Buffer.from(bytes))) as DocumentFacts;

  describe('fixtures/extract', () => {
    it.each(fixtures)('%s', (file) => {
      const bytes = new Uint8Array(readFileSync(path.join(fixtureDir, file)));
      const golden = JSON.parse(readFileSync(path.join(fixtureDir, file.replace(/\.mdx?$/, '.facts.json')), 'utf8'));
      const js = comparable(extractDocument(file, bytes));
      const rust = comparable(nativeFacts(file, bytes));
      expect(firstDifference(rust, js), 'native vs js').toBeUndefined();
      expect(firstDifference(rust, comparable(golden)), 'native vs golden').toBeUndefined();
    });
  });

  describe('generated documents', () => {
    const seeds = Array.from({ length: GENERATED }, (_, i) => i + 1);
    it(`${GENERATED} seeded documents are deep-equal`, () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        const bytes = generateDocument(seed);
        const d = firstDifference(comparable(nativeFacts(`gen-${seed}.md`, bytes)), comparable(extractDocument(`gen-${seed}.md`, bytes)));
        if (d) failures.push(`seed ${seed}: ${d}`);
      }
      expect(failures.slice(0, 10).join('\n'), `${failures.length} of ${seeds.length} differ (native vs js)`).toBe('');
    });
  });

  describe('fixtures/repos scan', () => {
    let work: string;
    beforeAll(() => {
      work = mkdtempSync(path.join(tmpdir(), 'docward-parity-'));
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const repos = readdirSync(path.join(repo, 'fixtures/repos')).sort();
    it.each(repos)('%s', async (name) => {
      const root = path.join(work, name);
      cpSync(path.join(repo, 'fixtures/repos', name), root, { recursive: true });
      addTestTimeEntries(root, work);
      const options = { root };
      const js = await jsScan(options);
      const rust = JSON.parse(binding.scan(JSON.stringify(options))) as ScanResult;
      const mask = (r: ScanResult) => ({ ...r, documents: r.documents.map(comparable) });
      expect(firstDifference(mask(rust), mask(js))).toBeUndefined();
      for (const opts of [
        { root, include: ['*.markdown', 'docs/**'], exclude: ['api'] },
        { root, maxFileBytes: 20 },
      ]) {
        const j = await jsScan(opts);
        const n = JSON.parse(binding.scan(JSON.stringify(opts))) as ScanResult;
        expect(firstDifference(mask(n), mask(j)), JSON.stringify(opts)).toBeUndefined();
      }
    });
  });
});
