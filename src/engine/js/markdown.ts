/** Parses a Markdown body into mdast with the contract's dialect (CommonMark + four GFM extensions). */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/** Image nodes keep their description's children here (mdast keeps only the flattened `alt`). */
export interface ImageWithChildren {
  altChildren?: PhrasingContent[];
}

/** Code nodes from fenced blocks are marked (mdast does not say, and an indented block may start with ```). */
export interface CodeWithFence {
  fenced?: boolean;
}

function enterFence(this: CompileContext): undefined {
  const node = this.stack[this.stack.length - 1] as Nodes & CodeWithFence;
  if (node.type === 'code') node.fenced = true;
}

// Same as mdast-util-from-markdown's label exit, but images also keep their children: the word
// count treats code spans in alt text as whitespace, which the flattened `alt` cannot show.
function exitLabel(this: CompileContext): undefined {
  const fragment = this.stack[this.stack.length - 1] as { children: PhrasingContent[] };
  const value = this.resume();
  const node = this.stack[this.stack.length - 1] as Nodes & ImageWithChildren;
  this.data.inReference = true;
  if (node.type === 'link') {
    node.children = fragment.children;
  } else if (node.type === 'image' || node.type === 'imageReference') {
    node.alt = value;
    node.altChildren = fragment.children;
  }
}

const keepImageChildren: MdastExtension = { exit: { label: exitLabel }, enter: { codeFencedFence: enterFence } };

/** The micromark side of the dialect (also used by the too-complex guard, which stops before inline parsing). */
export const micromarkExtensions = [gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote()];

const options = {
  extensions: micromarkExtensions,
  mdastExtensions: [
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    keepImageChildren,
  ],
};

/** MDX ESM: after spaces and tabs, `import` or `export` and a space or tab. */
const ESM = /^[ \t]*(?:import|export)[ \t]/;

/** `mdx`: top-level paragraphs that are ESM are dropped (the contract's MDX rule), so they give no facts. */
export function parseMarkdown(body: string, mdx = false): Root {
  const root = fromMarkdown(body, options);
  if (mdx) root.children = root.children.filter((node) => node.type !== 'paragraph' || !ESM.test(body.slice(node.position!.start.offset!, node.position!.end.offset!)));
  return root;
}
