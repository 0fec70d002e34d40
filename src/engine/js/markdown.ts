/** Parses a Markdown body into micromark events with the contract's dialect (CommonMark + four GFM extensions). */
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Event, Extension } from 'micromark-util-types';

/** The micromark side of the dialect (also used by the too-complex guard, which stops before inline parsing). */
export const micromarkExtensions = [gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote()];

/** MDX: no HTML blocks (MDX's grammar has none; `<` at a line start is JSX, read inline). */
export const mdxExtensions: Extension[] = [...micromarkExtensions, { disable: { null: ['htmlFlow'] } }];

/** Every event of the body, inline content included (what mdast-util-from-markdown would compile). */
export function parseEvents(body: string, extensions: Extension[] = micromarkExtensions): Event[] {
  return postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(body, undefined, true)),
  );
}
