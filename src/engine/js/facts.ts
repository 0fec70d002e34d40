/**
 * Walks the micromark events of a document body and collects the contract's Markdown facts.
 * No mdast is built (issue #5: compiling the tree cost more than parsing); the walk reads the same
 * tokens mdast-util-from-markdown would turn into nodes, and mirrors what it makes of them.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, Token, TokenizeContext } from 'micromark-util-types';
import type { Anchor, CodeBlock, Heading, Link, Suppression } from '../contract.js';
import { addSuppression, scanHtml, type HtmlFindings } from './html.js';
import { headingCommentText, type MdxMask } from './mdx.js';
import type { LineIndex } from './positions.js';
import { WordCounter } from './text.js';

export interface MarkdownFacts {
  headings: Heading[];
  links: Link[];
  codeBlocks: CodeBlock[];
  anchors: Anchor[];
  suppressions: Suppression[];
  words: number;
}

const LINE_ENDING = /\r\n|\n|\r/g;
/** MDX ESM: after spaces and tabs, `import` or `export` and a space or tab. */
const ESM = /^[ \t]*(?:import|export)[ \t]/;
/** GitHub (cmark-gfm) reads an item that is only `[ ]`/`[x]` as an empty task; micromark keeps it as text. */
const BARE_TASK = /^\[[ xX]\][ \t]*$/;

/** Tokens that become a block node of their own in mdast (so they separate two indented code blocks). */
const FLOW_NODES = new Set([
  'paragraph',
  'atxHeading',
  'setextHeading',
  'thematicBreak',
  'codeFenced',
  'htmlFlow',
  'definition',
  'table',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'listItemPrefix',
  'gfmFootnoteDefinition',
]);

/** A link, image or autolink in source order; references get their target once every definition is known. */
interface FoundLink {
  start: number;
  end: number;
  kind: Link['kind'];
  image: boolean;
  target: string;
  identifier?: string;
}

interface OpenLink {
  found: FoundLink;
  context: TokenizeContext;
  resource: boolean;
  label?: Token;
  reference?: Token;
}

interface OpenHeading {
  style: Heading['style'];
  level: number;
  /** Where the heading's position is searched from: the `#`, or a setext heading's text (definitions may precede it). */
  from: number;
  text: string;
}

/** Index of the exit event of the token entered at `i`. */
function exitOf(events: Event[], i: number): number {
  const token = events[i]![1];
  let j = i + 1;
  while (events[j]![1] !== token) j++;
  return j;
}

function hasLink(events: Event[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (events[j]![1].type === 'link') return true;
  return false;
}

/**
 * `text` is the whole decoded file, `bodyStart` where the parsed body (text.slice(bodyStart)) begins,
 * so every event offset is shifted by it to become a file offset. `mask`: an MDX document's blanked
 * lines (the events are those of the masked body).
 */
export function collectFacts(events: Event[], text: string, bodyStart: number, index: LineIndex, mask?: MdxMask): MarkdownFacts {
  const mdx = mask !== undefined;
  const definitions = new Map<string, string>();
  const headings: Heading[] = [];
  const found: FoundLink[] = [];
  const codeBlocks: CodeBlock[] = [];
  const html: HtmlFindings = { links: [], anchors: [], suppressions: [] };
  const words = new WordCounter();
  const openLinks: OpenLink[] = [];
  let autolink: FoundLink | undefined;
  let heading: OpenHeading | undefined;
  let definition: { identifier?: string; url: string } | undefined;
  // Depths: inside text-holding blocks, inside non-text inline strings, inside container blocks.
  let phrasing = 0;
  let notText = 0;
  let containers = 0;
  // mdast folds the line ending after a hard break into the break.
  let atHardBreak = false;
  let referenceBase = 0;
  // The next block is a list item's first child.
  let itemStart = false;
  // The previous sibling block, when it is an indented code block (micromark splits one after a block
  // quote into one per line; CommonMark never has two adjacent ones, so the second continues the first).
  let indented: { block: CodeBlock; start: number } | undefined;
  // GFM drops a body row's cells beyond the header's count (micromark keeps them): columns of the open table, cells of the open row.
  let columns = 0;
  let cells = 0;

  const isText = (): boolean => phrasing > 0 && notText === 0;

  for (let i = 0; i < events.length; i++) {
    const [kind, token, context] = events[i]!;
    const type = token.type;
    const start = bodyStart + token.start.offset;
    const end = bodyStart + token.end.offset;

    if (kind === 'enter') {
      if (FLOW_NODES.has(type)) {
        const firstInItem = itemStart;
        itemStart = false;
        if (type === 'paragraph') {
          // MDX ESM paragraphs give nothing, but still separate the blocks around them (as in the native engine).
          if (mdx && containers === 0 && ESM.test(text.slice(start, end))) {
            indented = undefined;
            i = exitOf(events, i);
            continue;
          }
          if (firstInItem && BARE_TASK.test(text.slice(start, end))) {
            const exit = exitOf(events, i);
            if (!hasLink(events, i, exit)) {
              indented = undefined;
              i = exit;
              continue;
            }
          }
        }
        indented = undefined;
      }
      switch (type) {
        case 'table':
          columns = 0;
          break;
        case 'tableHeader':
          columns++;
          break;
        case 'tableRow':
          cells = 0;
          break;
        case 'tableData':
          if (++cells > columns) i = exitOf(events, i);
          break;
        case 'data':
        case 'characterEscapeValue':
        case 'autolinkProtocol':
        case 'autolinkEmail':
          if (isText()) {
            words.range(text, start, end);
            if (heading) heading.text += context.sliceSerialize(token);
          }
          if (autolink && type !== 'data' && type !== 'characterEscapeValue') {
            const literal = context.sliceSerialize(token);
            autolink.target = type === 'autolinkEmail' ? `mailto:${literal}` : literal;
          }
          break;
        case 'characterReferenceValue':
          if (isText()) {
            const raw = context.sliceSerialize(token);
            const value = referenceBase ? decodeNumericCharacterReference(raw, referenceBase) : (decodeNamedCharacterReference(raw) as string);
            words.text(value);
            if (heading) heading.text += value;
          }
          referenceBase = 0;
          break;
        case 'characterReferenceMarkerNumeric':
          referenceBase = 10;
          break;
        case 'characterReferenceMarkerHexadecimal':
          referenceBase = 16;
          break;
        case 'codeTextData':
          if (heading && isText()) heading.text += context.sliceSerialize(token);
          break;
        case 'lineEnding':
          if (atHardBreak) atHardBreak = false;
          else if (isText()) {
            words.boundary();
            if (heading) heading.text += context.sliceSerialize(token);
          }
          break;
        case 'paragraph':
        case 'atxHeadingText':
        case 'setextHeadingText':
        case 'tableContent':
          phrasing++;
          words.boundary();
          if (type === 'setextHeadingText' && heading) heading.from = start;
          break;
        case 'atxHeading':
        case 'setextHeading':
          heading = { style: type === 'atxHeading' ? 'atx' : 'setext', level: 0, from: start, text: '' };
          break;
        case 'codeText':
          words.boundary();
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          words.boundary();
          if (heading && isText()) heading.text += ' ';
          break;
        case 'htmlText':
        case 'htmlFlow':
          words.boundary();
          scanHtml(text, start, end, html, mdx);
          i = exitOf(events, i);
          break;
        case 'codeFenced': {
          const exit = exitOf(events, i);
          let lang = '';
          for (let j = i; j < exit; j++) {
            const t = events[j]![1];
            if (t.type === 'codeFencedFenceInfo') {
              lang = decodeString(events[j]![2].sliceSerialize(t));
              break;
            }
          }
          codeBlocks.push({ lang, fenced: true, line: index.lineOf(index.offsetOfFirstNonSpace(start, end)), endLine: index.lastNonSpaceLine(start, end) });
          i = exit;
          break;
        }
        case 'codeIndented':
          itemStart = false;
          if (indented) indented.block.endLine = index.lastNonSpaceLine(indented.start, end);
          else {
            const block: CodeBlock = {
              lang: '',
              fenced: false,
              line: index.lineOf(index.offsetOfFirstNonSpace(start, end)),
              endLine: index.lastNonSpaceLine(start, end),
            };
            codeBlocks.push(block);
            indented = { block, start };
          }
          i = exitOf(events, i);
          break;
        case 'link':
        case 'image': {
          const link: FoundLink = { start, end, kind: 'inline', image: type === 'image', target: '' };
          found.push(link);
          openLinks.push({ found: link, context, resource: false });
          break;
        }
        case 'autolink':
          autolink = { start, end, kind: 'autolink', image: false, target: '' };
          found.push(autolink);
          break;
        case 'resource':
        case 'reference':
        case 'gfmFootnoteCall':
          notText++;
          break;
        case 'definition':
          definition = { url: '' };
          break;
        case 'blockQuote':
        case 'listOrdered':
        case 'listUnordered':
        case 'gfmFootnoteDefinition':
          containers++;
          break;
      }
      continue;
    }

    // Exits.
    switch (type) {
      case 'paragraph':
      case 'atxHeadingText':
      case 'setextHeadingText':
      case 'tableContent':
        phrasing--;
        words.boundary();
        break;
      case 'codeText':
        words.boundary();
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        break;
      case 'resource':
        openLinks[openLinks.length - 1]!.resource = true;
        notText--;
        break;
      case 'reference':
      case 'gfmFootnoteCall':
        notText--;
        break;
      case 'resourceDestinationString':
        openLinks[openLinks.length - 1]!.found.target = decodeString(context.sliceSerialize(token));
        break;
      case 'labelText':
        if (openLinks.length > 0) openLinks[openLinks.length - 1]!.label = token;
        break;
      case 'referenceString':
        if (openLinks.length > 0) openLinks[openLinks.length - 1]!.reference = token;
        break;
      case 'link':
      case 'image': {
        const open = openLinks.pop()!;
        if (!open.resource) {
          const label = open.reference ?? open.label;
          open.found.kind = 'reference';
          open.found.identifier = label ? normalizeIdentifier(open.context.sliceSerialize(label)).toLowerCase() : '';
        }
        break;
      }
      case 'autolink':
        autolink = undefined;
        break;
      case 'atxHeadingSequence':
        if (heading && heading.level === 0) heading.level = end - start;
        break;
      case 'setextHeadingLineSequence':
        if (heading) heading.level = text.charCodeAt(start) === 0x3d ? 1 : 2;
        break;
      case 'atxHeading':
      case 'setextHeading':
        if (heading) {
          const pos = index.firstNonSpace(heading.from, end);
          const headingText = heading.text.replace(LINE_ENDING, ' ').trim();
          headings.push({
            level: heading.level,
            text: mdx && heading.style === 'atx' ? headingCommentText(headingText, text.slice(heading.from, end)) : headingText,
            line: pos.line,
            column: pos.column,
            style: heading.style,
          });
          heading = undefined;
        }
        break;
      case 'definitionLabelString':
        if (definition) definition.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
        break;
      case 'definitionDestinationString':
        if (definition) definition.url = decodeString(context.sliceSerialize(token));
        break;
      case 'definition':
        // CommonMark: the first definition of a label wins.
        if (definition?.identifier !== undefined && !definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
        definition = undefined;
        break;
      case 'listItemPrefix':
        itemStart = true;
        break;
      case 'blockQuote':
      case 'listOrdered':
      case 'listUnordered':
      case 'gfmFootnoteDefinition':
        containers--;
        indented = undefined;
        itemStart = false;
        break;
    }
  }

  if (mask) addMaskedItems(mask, text, bodyStart, index, codeBlocks, html);

  const links: { offset: number; link: Link }[] = [];
  for (const f of found) {
    let target = f.target;
    if (f.kind === 'reference') {
      const defined = definitions.get(f.identifier!);
      if (defined === undefined) continue;
      target = defined;
    }
    const pos = index.firstNonSpace(f.start, f.end);
    links.push({ offset: f.start, link: { kind: f.kind, image: f.image, target, line: pos.line, column: pos.column } });
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

/** Whether the body offset's line lies inside a code block (then its JSX or comment is code). */
export function inCode(codeBlocks: CodeBlock[], index: LineIndex, offset: number): boolean {
  const line = index.lineOf(offset);
  return codeBlocks.some((c) => c.line <= line && line <= c.endLine);
}

/** The HTML items of masked JSX tags and the suppressions of masked comments, outside code, in source order. */
function addMaskedItems(mask: MdxMask, text: string, bodyStart: number, index: LineIndex, codeBlocks: CodeBlock[], html: HtmlFindings): void {
  for (const t of mask.tags) {
    if (!inCode(codeBlocks, index, bodyStart + t.start)) scanHtml(text, bodyStart + t.start, bodyStart + t.end, html, true);
  }
  for (const c of mask.comments) {
    if (!inCode(codeBlocks, index, bodyStart + c.start)) addSuppression(c.comment!, bodyStart + c.start, html);
  }
  // Stable: items of one tag keep their order.
  html.links.sort((a, b) => a.offset - b.offset);
  html.anchors.sort((a, b) => a.offset - b.offset);
  html.suppressions.sort((a, b) => a.offset - b.offset);
}
