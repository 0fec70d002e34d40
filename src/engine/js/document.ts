/** One file's bytes → DocumentFacts (problem detection, frontmatter, Markdown facts). */
import type { DocumentFacts, FileProblem } from '../contract.js';
import { containerProblem, inlineProblem } from './complexity.js';
import { collectFacts, inCode, type MarkdownFacts } from './facts.js';
import { siteFrontMatter, splitFrontmatter } from './frontmatter.js';
import { mdxExtensions, micromarkExtensions, parseEvents } from './markdown.js';
import { maskMdx, type MdxMask } from './mdx.js';
import { countLines, LineIndex } from './positions.js';
import { mergeByPosition, shortcodeLinks } from './shortcodes.js';
import { decode, utf8BomLength } from './read.js';

export function problemDocument(path: string, bytes: number, lines: number, problem: FileProblem): DocumentFacts {
  return {
    path,
    bytes,
    lines,
    problem,
    headings: [],
    links: [],
    codeBlocks: [],
    anchors: [],
    suppressions: [],
    metrics: { words: 0, headings: 0, links: 0, codeBlocks: 0 },
  };
}

/** The contract's MDX rules apply by file name: a path ending in `.mdx` (ASCII case-insensitive). */
export function isMdxPath(path: string): boolean {
  return /\.mdx$/i.test(path);
}

/** `mdx`: read the body with the contract's MDX rules (default: by the path's extension). */
export function extractDocument(path: string, bytes: Uint8Array, mdx = isMdxPath(path)): DocumentFacts {
  const decoded = decode(bytes);
  if (!decoded.ok) return problemDocument(path, bytes.length, 0, decoded.problem);
  const lines = countLines(bytes, utf8BomLength(bytes));
  const text = decoded.text;
  const index = new LineIndex(text);
  const { frontmatter, bodyStart } = splitFrontmatter(text, index);
  const body = text.slice(bodyStart);
  const mask = mdx ? maskMdx(body) : undefined;
  const extensions = mdx ? mdxExtensions : micromarkExtensions;
  const tooComplex = containerProblem(text, bodyStart, index) ?? inlineProblem(mask?.body ?? body, bodyStart, index, extensions);
  if (tooComplex) return problemDocument(path, bytes.length, 0, tooComplex);
  const facts = mask ? mdxFacts(text, bodyStart, index, body, mask) : collectFacts(parseEvents(body), text, bodyStart, index);
  const doc: DocumentFacts = { path, bytes: bytes.length, lines } as DocumentFacts;
  if (frontmatter) doc.frontmatter = frontmatter;
  const site = siteFrontMatter(text, bodyStart, index);
  if (site) doc.siteFrontMatter = site;
  doc.headings = facts.headings;
  doc.links = mergeByPosition(facts.links, shortcodeLinks(text, bodyStart, index));
  doc.codeBlocks = facts.codeBlocks;
  doc.anchors = facts.anchors;
  doc.suppressions = facts.suppressions;
  doc.metrics = {
    words: facts.words,
    headings: facts.headings.length,
    links: doc.links.length,
    codeBlocks: facts.codeBlocks.length,
  };
  return doc;
}

/** An MDX body's facts; a comment that turns out to start inside a code block is code: parsed again with it kept. */
function mdxFacts(text: string, bodyStart: number, index: LineIndex, body: string, mask: MdxMask): MarkdownFacts {
  const facts = collectFacts(parseEvents(mask.body, mdxExtensions), text, bodyStart, index, mask);
  const inCodeComments = mask.comments.filter((c) => inCode(facts.codeBlocks, index, bodyStart + c.start));
  if (inCodeComments.length === 0) return facts;
  const again = maskMdx(body, new Set(inCodeComments.map((c) => c.start)));
  return collectFacts(parseEvents(again.body, mdxExtensions), text, bodyStart, index, again);
}
