/** Walks the mdast of a document body and collects the contract's Markdown facts. */
import type { Nodes, Root } from 'mdast';
import type { Anchor, CodeBlock, Heading, Link, Suppression } from '../contract.js';
import { scanHtml, type HtmlFindings } from './html.js';
import type { CodeWithFence } from './markdown.js';
import type { LineIndex } from './positions.js';
import { childrenOf, headingText, TRANSPARENT, WordCounter } from './text.js';

export interface MarkdownFacts {
  headings: Heading[];
  links: Link[];
  codeBlocks: CodeBlock[];
  anchors: Anchor[];
  suppressions: Suppression[];
  words: number;
}

/**
 * `text` is the whole decoded file, `bodyStart` where `tree` (parsed from text.slice(bodyStart))
 * begins, so every mdast offset is shifted by it to become a file offset.
 */
export function collectFacts(tree: Root, text: string, bodyStart: number, index: LineIndex, mdx = false): MarkdownFacts {
  const definitions = new Map<string, string>();
  // Explicit stacks, not recursion: deeply nested input must not overflow the call stack.
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    // CommonMark: the first definition of a label wins (children are pushed reversed: source order).
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]!);
  }

  const headings: Heading[] = [];
  const links: { offset: number; link: Link }[] = [];
  const codeBlocks: CodeBlock[] = [];
  const html: HtmlFindings = { links: [], anchors: [], suppressions: [] };
  const words = new WordCounter();

  const startOf = (node: Nodes): number => bodyStart + (node.position?.start.offset ?? 0);
  const endOf = (node: Nodes): number => bodyStart + (node.position?.end.offset ?? 0);
  const addLink = (node: Nodes, kind: Link['kind'], image: boolean, target: string): void => {
    const start = startOf(node);
    const pos = index.firstNonSpace(start, endOf(node));
    links.push({ offset: start, link: { kind, image, target, line: pos.line, column: pos.column } });
  };

  const enter = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const start = startOf(node);
        const atx = isAtx(text, start);
        // A setext heading's node can start at link reference definitions that precede its text.
        const first = !atx && node.children[0] ? startOf(node.children[0]) : start;
        const pos = index.firstNonSpace(first, endOf(node));
        headings.push({ level: node.depth, text: headingText(node), line: pos.line, column: pos.column, style: atx ? 'atx' : 'setext' });
        break;
      }
      case 'link':
        addLink(node, text.charCodeAt(index.offsetOfFirstNonSpace(startOf(node), endOf(node))) === 0x3c ? 'autolink' : 'inline', false, node.url);
        break;
      case 'image':
        addLink(node, 'inline', true, node.url);
        break;
      case 'linkReference':
      case 'imageReference': {
        const target = definitions.get(node.identifier);
        if (target !== undefined) addLink(node, 'reference', node.type === 'imageReference', target);
        break;
      }
      case 'code': {
        const start = startOf(node);
        const end = endOf(node);
        const first = index.offsetOfFirstNonSpace(start, end);
        const fenced = (node as CodeWithFence).fenced === true;
        codeBlocks.push({ lang: fenced ? (node.lang ?? '') : '', fenced, line: index.lineOf(first), endLine: index.lastNonSpaceLine(start, end) });
        break;
      }
      case 'html':
        scanHtml(text, startOf(node), endOf(node), html, mdx);
        break;
    }
  };

  /** Children to walk, with two micromark quirks repaired (see the comments inside). */
  const walkedChildren = (node: Nodes): Nodes[] => {
    const out: Nodes[] = [];
    for (const c of childrenOf(node)) {
      if (out.length === 0 && node.type === 'listItem' && node.checked == null && isBareTaskMarker(c, text, bodyStart)) continue;
      const previous = out[out.length - 1];
      // micromark splits one indented code block after a block quote into one node per line;
      // CommonMark never has two adjacent indented code blocks, so the second continues the first.
      if (c.type === 'code' && previous?.type === 'code' && !(previous as CodeWithFence).fenced && !(c as CodeWithFence).fenced) {
        out[out.length - 1] = { ...previous, position: { start: previous.position!.start, end: c.position!.end } };
        continue;
      }
      out.push(c);
    }
    return out;
  };

  // Depth-first in source order; `null` marks the exit of a block (a word boundary).
  const stack: (Nodes | null)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      words.boundary();
      continue;
    }
    enter(node);
    if (node.type === 'text') {
      words.text(node.value);
      continue;
    }
    if (!TRANSPARENT.has(node.type)) {
      words.boundary();
      stack.push(null);
    }
    const kids = walkedChildren(node);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }

  for (const l of html.links) {
    const pos = index.position(l.offset);
    links.push({ offset: l.offset, link: { kind: 'html', image: l.image, target: l.target, line: pos.line, column: pos.column } });
  }
  // Stable sort: a link and an image nested in it keep parent-first order.
  links.sort((a, b) => a.offset - b.offset);

  return {
    headings,
    links: links.map((l) => l.link),
    codeBlocks,
    anchors: html.anchors.map((a) => ({ id: a.id, ...index.position(a.offset) })),
    suppressions: html.suppressions.map((s) => ({ directive: s.directive, rules: s.rules, ...index.position(s.offset) })),
    words: words.count,
  };
}

/**
 * GitHub (cmark-gfm) reads an item that is only `[ ]`/`[x]` as an empty task; micromark keeps it
 * as the paragraph text "[x]". It is a marker, not words.
 */
function isBareTaskMarker(node: Nodes, text: string, bodyStart: number): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return false;
  const start = bodyStart + (node.position?.start.offset ?? 0);
  const end = bodyStart + (node.position?.end.offset ?? 0);
  return /^\[[ xX]\][ \t]*$/.test(text.slice(start, end));
}

/** An ATX opener is 1-6 `#` then space, tab, line ending or end; a setext heading can never start with one. */
function isAtx(text: string, start: number): boolean {
  let i = start;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 0x23) hashes++;
  if (hashes < 1 || hashes > 6) return false;
  const next = text.charCodeAt(i + hashes);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}
