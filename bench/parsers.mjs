// Parse throughput of candidate JS Markdown parsers on a corpus held in memory, to choose the js engine's parser from data.
// Usage: node bench/parsers.mjs <corpus dir> [repeats]
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const [rootArg, repeatsArg = '3'] = process.argv.slice(2);
if (!rootArg) throw new Error('usage: node bench/parsers.mjs <corpus dir> [repeats]');
const root = path.resolve(rootArg);
const texts = fg.sync('**/*.md', { cwd: root }).map((f) => readFileSync(path.join(root, f), 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

// The same dialect as the contract: CommonMark + GFM tables, strikethrough, task lists, footnotes (no autolink literals).
const extensions = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];
const mdastExtensions = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()];

const parsers = {
  'regex (headings + links)': (t) => t.match(/^#{1,6} .*$|!?\[[^\]]*\]\([^)]*\)/gm)?.length ?? 0,
  'micromark events only': (t) => postprocess(parse({ extensions }).document().write(preprocess()(t, undefined, true))).length,
  'mdast-util-from-markdown (micromark + mdast)': (t) => fromMarkdown(t, { extensions, mdastExtensions }).children.length,
};
// markdown-it comes with the peer (bench/.peer); measured when installed.
const peerRequire = createRequire(path.join(BENCH, '.peer', 'node_modules', 'markdownlint-cli2', 'package.json'));
const markdownItPath = path.join(BENCH, '.peer', 'node_modules', 'markdown-it');
if (existsSync(markdownItPath)) {
  const { default: MarkdownIt } = await import(peerRequire.resolve('markdown-it'));
  const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
  parsers['markdown-it (commonmark + table, strikethrough)'] = (t) => md.parse(t, {}).length;
}

const rows = [];
for (const [name, fn] of Object.entries(parsers)) {
  for (const t of texts.slice(0, 50)) fn(t); // warm-up: let V8 optimise before timing
  const times = [];
  for (let r = 0; r < Number(repeatsArg); r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[times.length >> 1];
  rows.push({ parser: name, ms, mbPerS: megabytes / (ms / 1000), usPerDoc: (ms * 1000) / texts.length });
}
process.stdout.write(JSON.stringify({ documents: texts.length, megabytes, rows }) + '\n');
