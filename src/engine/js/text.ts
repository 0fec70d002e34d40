/** Plain text of headings and the contract's word count, both over mdast phrasing. */
import type { Nodes } from 'mdast';
import type { ImageWithChildren } from './markdown.js';

const LINE_ENDING = /\r\n|\n|\r/g;

export function childrenOf(node: Nodes): Nodes[] {
  if (node.type === 'image' || node.type === 'imageReference') {
    return ((node as ImageWithChildren).altChildren ?? []) as Nodes[];
  }
  return 'children' in node ? (node.children as Nodes[]) : [];
}

/** Heading text: text, code and alt text concatenated; HTML dropped; breaks as one space; trimmed. */
export function headingText(node: Nodes): string {
  let out = '';
  const pending = [...childrenOf(node)].reverse();
  for (let n = pending.pop(); n; n = pending.pop()) {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if (n.type !== 'html') {
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]!);
    }
  }
  return out.replace(LINE_ENDING, ' ').trim();
}

/** Inline nodes that do not interrupt a word (their text joins the surrounding text). */
export const TRANSPARENT = new Set([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
]);

/** Counts maximal runs of non-whitespace (space, tab, LF, CR, VT, FF) across fed text. */
export class WordCounter {
  count = 0;
  private inWord = false;

  text(value: string): void {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) this.inWord = false;
      else if (!this.inWord) {
        this.inWord = true;
        this.count++;
      }
    }
  }

  boundary(): void {
    this.inWord = false;
  }
}
