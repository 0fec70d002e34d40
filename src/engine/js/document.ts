/** One file's bytes → DocumentFacts (problem detection, frontmatter, Markdown facts). */
import type { DocumentFacts, FileProblem } from '../contract.js';
import { containerProblem, inlineProblem } from './complexity.js';
import { collectFacts } from './facts.js';
import { splitFrontmatter } from './frontmatter.js';
import { micromarkExtensions, parseEvents } from './markdown.js';
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

export function extractDocument(path: string, bytes: Uint8Array): DocumentFacts {
  const decoded = decode(bytes);
  if (!decoded.ok) return problemDocument(path, bytes.length, 0, decoded.problem);
  const lines = countLines(bytes, utf8BomLength(bytes));
  const text = decoded.text;
  const index = new LineIndex(text);
  const { frontmatter, bodyStart } = splitFrontmatter(text, index);
  const body = text.slice(bodyStart);
  const tooComplex = containerProblem(text, bodyStart, index) ?? inlineProblem(body, bodyStart, index, micromarkExtensions);
  if (tooComplex) return problemDocument(path, bytes.length, 0, tooComplex);
  // The contract's MDX rules apply by file name (ESM paragraphs dropped, JSX attributes).
  const mdx = path.toLowerCase().endsWith('.mdx');
  const facts = collectFacts(parseEvents(body), text, bodyStart, index, mdx);
  const doc: DocumentFacts = { path, bytes: bytes.length, lines } as DocumentFacts;
  if (frontmatter) doc.frontmatter = frontmatter;
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
