/**
 * Every fixture repository under fixtures/rules/ runs through both engines; findings must equal the
 * inline expectations: `<!-- expect: rule-id[@line] ... -->`, in MDX also as an MDX comment (default line: the comment's own line),
 * plus `expect.txt` lines `path:line rule` for files that cannot carry a comment (binary, broken UTF-8).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { jsEngine, selectEngine, type Engine } from '../../src/engine/index.js';
import { runRules } from '../../src/rules/run.js';
import { RULES } from '../../src/rules/index.js';
import { compareFindings, type Finding } from '../../src/findings.js';
import { NOW } from './facts.js';
import { nativeForTests } from '../helpers/native.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/rules');
// MDX fixtures may write the expectation as an MDX comment: `{/* expect: ... */}`.
const EXPECT = /(?:<!--|\{\/\*)\s*expect:\s*(.*?)\s*(?:-->|\*\/\})/g;

function expectations(root: string, documents: string[]): string[] {
  const out: string[] = [];
  for (const doc of documents) {
    let text: string;
    try {
      text = readFileSync(path.join(root, doc), 'utf8');
    } catch {
      continue;
    }
    text.split('\n').forEach((line, i) => {
      for (const match of line.matchAll(EXPECT)) {
        for (const item of match[1]!.split(/\s+/).filter(Boolean)) {
          const [rule, at] = item.split('@');
          out.push(`${doc}:${at ?? i + 1} ${rule}`);
        }
      }
    });
  }
  const extra = path.join(root, 'expect.txt');
  if (existsSync(extra))
    out.push(
      ...readFileSync(extra, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#')),
    );
  return out.sort();
}

function engines(): Engine[] {
  return nativeForTests() ? [jsEngine, selectEngine('native').engine] : [jsEngine];
}

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Full findings, except YAML error wording, which the contract lets each engine's library choose. */
function comparable(findings: Finding[]): string[] {
  // A YAML syntax error's column and wording come from each engine's YAML library (contract: Frontmatter.error).
  return findings.map((f) =>
    f.rule === 'frontmatter-invalid' ? `${f.path}:${f.line} ${f.severity} ${f.rule}` : `${f.path}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`,
  );
}

async function findingsOf(engine: Engine, root: string): Promise<Finding[]> {
  const config = await loadConfig(root, {});
  const scan = await engine.scan({ root, include: config.include, exclude: config.exclude, maxFileBytes: config.maxFileBytes });
  return runRules(scan, config, { now: NOW }).sort(compareFindings);
}

describe.each(fixtures)('fixtures/rules/%s', (name) => {
  const root = path.join(FIXTURES, name);
  const list = engines();
  for (const engine of list) {
    it(`${engine.name} engine: findings equal the inline expectations`, async () => {
      const findings = await findingsOf(engine, root);
      const scan = await engine.scan({ root });
      const actual = findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort();
      const wanted = expectations(
        root,
        scan.documents.map((d) => d.path),
      );
      expect(actual, findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.rule} ${f.message}`).join('\n')).toEqual(wanted);
    });
  }
  if (list.length > 1) {
    it('both engines give the same findings (line, column, severity, message)', async () => {
      const [js, native] = await Promise.all(list.map((e) => findingsOf(e, root)));
      expect(comparable(native!)).toEqual(comparable(js!));
    });
  }
});

describe('fixture coverage', () => {
  it('every rule is expected somewhere in fixtures/rules (so both engines exercise it)', async () => {
    const seen = new Set<string>();
    for (const name of fixtures) {
      const root = path.join(FIXTURES, name);
      const scan = await jsEngine.scan({ root });
      for (const line of expectations(
        root,
        scan.documents.map((d) => d.path),
      ))
        seen.add(line.split(' ')[1]!);
    }
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
  });
});
