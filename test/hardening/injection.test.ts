// Injection through the bundled action (dist/index.js, run as a runner runs it, against the GitHub API stand-in):
// crafted file names, link targets and frontmatter cannot start a workflow command, cannot put HTML, mentions or
// links into the summary or the pull request comment, and the token appears nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes } from 'mdast';
import { startStandIn, type StandIn } from '../e2e/github-standin.js';
import { runAction, TOKEN, type ActionRun } from '../e2e/run-action.js';
import { EVIL_NAME, HTML_NAME, hostileFiles } from './hostile-tree.js';

const CRAFTED = ['README.md', 'inject.md', HTML_NAME, 'with space.md', '100%.md', 'a,b.md', 'c:d.md', 'ünïcødé-文档.md'];
/** Tags docward itself writes into summaries and comments; user text must add none. */
const OWN_HTML = /^(<\/?(details|summary|b|br|sub|sup|code)( open)?\/?>|<!-- docward:[a-z-]+:[0-9A-Za-z+/=_;,:*-]+( [A-Za-z0-9+/=_-]+)? -->)$/;

let api: StandIn;
let ws: string;
const runs: Partial<Record<'native' | 'js', ActionRun>> = {};

beforeAll(async () => {
  api = await startStandIn();
  ws = mkdtempSync(path.join(tmpdir(), 'docward-inject-'));
  const files = hostileFiles();
  for (const name of CRAFTED) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), files[name]!);
  }
  // The crafted name gets a finding of its own, so it appears in annotations, summary and comment.
  writeFileSync(path.join(ws, EVIL_NAME), '# Evil\n\n[home](README.md) [gone](gone.md)\n');
});
afterAll(() => api.close());

const parse = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((c) => nodes(c as Nodes)) : [])];
}

/** What a reader (and GitHub's renderer) gets from `markdown`: only docward's own HTML and links into the repository. */
function expectInert(markdown: string, where: string): void {
  const tree = parse(markdown);
  const all = nodes(tree);
  const decoded: string[] = [];
  for (const html of all.filter((n) => n.type === 'html')) {
    // Every tag is one docward writes; user text between them has no `<` left to start one.
    for (const tag of html.value.match(/<[^>]*>/g) ?? []) expect(tag, `${where}: raw HTML`).toMatch(OWN_HTML);
    expect(html.value.replace(/<[^>]*>/g, ''), `${where}: stray <`).not.toContain('<');
    decoded.push(html.value.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))));
  }
  for (const link of all.filter((n) => n.type === 'link' || n.type === 'image')) {
    expect(link.url, `${where}: link`).toMatch(/^https:\/\/github\.com\/octo-org\/docs-repo\/(blob|actions)\//);
  }
  // GitHub links @mentions and team mentions after rendering: the text must not contain one.
  // Code spans are inert (GitHub links nothing inside them); text nodes and HTML text are what it links.
  const text = [...all.filter((n) => n.type === 'text').map((n) => n.value), ...decoded].join('\n');
  expect(text, `${where}: mention`).not.toMatch(/@(octocat|octo-org)/);
  expect(markdown, `${where}: token`).not.toContain(TOKEN);
}

describe.each(['native', 'js'] as const)('crafted names and targets, %s engine', (engine) => {
  it('run the action on a pull request', async () => {
    const run = await runAction({
      workspace: ws,
      apiUrl: api.url,
      owner: api.owner,
      repo: api.repo,
      event: 'pull_request',
      pull: { number: engine === 'native' ? 11 : 12, base: 'a'.repeat(40), head: 'b'.repeat(40) },
      inputs: { engine, 'filter-mode': 'nofilter', 'sarif-file': `out-${engine}.sarif` },
    });
    runs[engine] = run;
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs.engine).toBe(engine);
  });

  it("no file name or document text starts a workflow command: every `::` line is one of docward's", () => {
    const run = runs[engine]!;
    const lines = run.stdout.split(/\r?\n/);
    const commands = lines.filter((l) => l.startsWith('::'));
    for (const command of commands) {
      expect(command).toMatch(
        /^::(error|warning|notice) title=[a-z-]+,file=[^,:\n]+,line=\d+,(endLine=\d+,)?col=\d+::[^\n]*$|^::(error|warning)::docward[^\n]*$|^::debug::/,
      );
    }
    expect(lines.some((l) => l.startsWith('::error file=evil'))).toBe(false);
    // The crafted name arrives escaped in the annotation's file property, so the runner reads it back exactly.
    expect(commands).toContainEqual(expect.stringMatching(/^::error title=link-broken,file=x%0A%3A%3Aerror file=evil%3A%3Ay\.md,line=3,col=19::/));
    expect(commands).toContainEqual(
      expect.stringMatching(/^::error title=link-broken,file=inject\.md,line=6,col=1::link target "<script>alert\(1\)<\/script>\.md"/),
    );
  });

  it('the job summary renders user text inert (no HTML, mentions or links of its own)', () => {
    const run = runs[engine]!;
    expect(run.summary).toContain('link-broken');
    expectInert(run.summary, 'summary');
  });

  it('the pull request comment renders user text inert', () => {
    const number = engine === 'native' ? 11 : 12;
    const comment = api.comments.find((c) => c.issue === number);
    expect(comment, 'comment posted').toBeDefined();
    expectInert(comment!.body, 'comment');
  });

  it('the token appears in no output, report, SARIF file, comment or error', () => {
    const run = runs[engine]!;
    const files = [run.outputs['report-file']!, run.outputs['sarif-file']!, run.outputs['comment-file']!].map((f) => readFileSync(f, 'utf8'));
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files, ...api.comments.map((c) => c.body)]) {
      expect(text).not.toContain(TOKEN);
    }
    // It was sent, as a header, to the API only.
    expect(api.requests.length).toBeGreaterThan(0);
    for (const request of api.requests) expect(request.authorization).toBe(`token ${TOKEN}`);
  });
});
