import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { planAnnotations, emitAnnotations, checkAnnotationBatches } from '../../src/report/annotations.js';
import { finding } from './make-report.js';

/** Runs `fn` and returns what @actions/core printed (workflow commands go to stdout). */
function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('planAnnotations', () => {
  it('keeps 10 of each severity, most important first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding(`z/${String(i).padStart(2, '0')}.md`, 3, i % 2 ? 'orphan' : 'link-broken', 'error', 'e')),
      ...Array.from({ length: 12 }, (_, i) => finding(`w${i}.md`, 1, 'doc-size', 'warning', 'w')),
      ...Array.from({ length: 3 }, (_, i) => finding(`n${i}.md`, 1, 'stale', 'notice', 'n')),
    ];
    const catalog = [
      { id: 'link-broken', description: '' },
      { id: 'orphan', description: '' },
    ];
    const plan = planAnnotations(findings, { catalog, pathPrefix: 'site' });
    expect(plan.hidden).toEqual({ error: 15, warning: 2, notice: 0 });
    expect(plan.shown.map((a) => a.severity)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(3).fill('notice')]);
    // Error slots alternate between the rules (link-broken first, registry order); within a rule, by path.
    expect(plan.shown.slice(0, 10).map((a) => a.properties.title)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'orphan' : 'link-broken')));
    expect(plan.shown[0]!.properties).toEqual({ title: 'link-broken', file: 'site/z/00.md', startLine: 3, startColumn: 1 });
    expect(plan.shown[2]!.properties.file).toBe('site/z/02.md');
  });

  it('one noisy rule cannot take every slot: 30 placeholder-date errors and 101 broken links share the 10 error slots', () => {
    const findings = [
      ...Array.from({ length: 30 }, (_, i) => finding(`weeks/w${i}.md`, 2, 'frontmatter-date', 'error', 'placeholder date')),
      ...Array.from({ length: 101 }, (_, i) => finding(`docs/p${i}.md`, 5, 'link-broken', 'error', 'missing')),
      finding('a.md', 1, 'link-anchor', 'error', 'anchor'),
    ];
    const catalog = [
      { id: 'frontmatter-date', description: '' },
      { id: 'link-broken', description: '' },
      { id: 'link-anchor', description: '' },
    ];
    const titles = planAnnotations(findings, { catalog }).shown.map((a) => a.properties.title);
    expect(titles.filter((t) => t === 'link-broken')).toHaveLength(4);
    expect(titles.filter((t) => t === 'frontmatter-date')).toHaveLength(5);
    expect(titles).toContain('link-anchor');
  });

  it('findings a change introduced take the slots first and carry their cause', () => {
    const old = Array.from({ length: 12 }, (_, i) => finding(`old${i}.md`, 1, 'link-broken', 'error', 'old'));
    const fresh = finding('README.md', 3, 'link-broken', 'error', 'link target "docs/guide.md" does not exist');
    const plan = planAnnotations([...old, fresh], { first: [fresh], describe: (f) => (f === fresh ? 'broken by this change: renamed' : undefined) });
    expect(plan.shown[0]!.message).toBe('link target "docs/guide.md" does not exist — broken by this change: renamed');
    expect(plan.hidden.error).toBe(3);
  });
});

describe('emitAnnotations through @actions/core', () => {
  it('cannot inject workflow commands through a file name or message', () => {
    const evilPath = 'x\n::error file=evil::y.md';
    const plan = planAnnotations([finding(evilPath, 2, 'link-broken', 'error', 'bad\n::set-output name=x::1 100%', 5)]);
    const out = captureStdout(() => emitAnnotations(plan, core));
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('::error title=link-broken,file=x%0A%3A%3Aerror file=evil%3A%3Ay.md,line=2,col=5::bad ::set-output name=x::1 100%25');
  });

  it('prints one command per annotation with file, line, column and rule title', () => {
    const plan = planAnnotations([finding('docs/a.md', 4, 'orphan', 'warning', 'no page links here'), finding('b.md', 1, 'stale', 'notice', 'old')]);
    const lines = captureStdout(() => emitAnnotations(plan, core))
      .trim()
      .split('\n');
    expect(lines).toEqual(['::warning title=orphan,file=docs/a.md,line=4,col=1::no page links here', '::notice title=stale,file=b.md,line=1,col=1::old']);
  });
});

describe('checkAnnotationBatches', () => {
  it('posts every finding in batches of 50 with Checks API levels', () => {
    const findings = Array.from({ length: 123 }, (_, i) => finding(`f${i}.md`, 1, 'orphan', i % 2 ? 'warning' : 'error', 'm'));
    const batches = checkAnnotationBatches(findings, { pathPrefix: 'docs' });
    expect(batches.map((b) => b.length)).toEqual([50, 50, 23]);
    expect(batches[0]![0]).toMatchObject({ path: 'docs/f0.md', annotation_level: 'failure', start_line: 1, end_line: 1 });
    expect(batches.flat().filter((a) => a.annotation_level === 'warning')).toHaveLength(61);
  });
});
