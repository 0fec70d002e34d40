export const id = 745;
export const ids = [745,179];
export const modules = {

/***/ 8745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractDocument: () => (/* reexport */ extractDocument),
  jsScan: () => (/* binding */ jsScan),
  jsStream: () => (/* binding */ jsStream)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/engine/contract.ts
var contract = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/engine/stream.ts
/** Documents per batch of the js stream (native: native/src/stream.rs). */
const DEFAULT_BATCH_DOCUMENTS = 256;
/** `next`/`close` of a stream over `items`, each batch turned into facts by `load` when asked for. */
function batchesOf(items, batchSize, load) {
    let pending = items;
    let offset = 0;
    let failure;
    const close = () => {
        pending = undefined;
    };
    const next = async () => {
        if (failure !== undefined)
            throw failure;
        if (pending === undefined || offset >= pending.length) {
            close();
            return undefined;
        }
        const batch = pending.slice(offset, offset + batchSize);
        offset += batch.length;
        try {
            return await load(batch);
        }
        catch (error) {
            // Sticky, as the contract asks: a later call must not skip the failed batch.
            failure = error;
            throw error;
        }
    };
    return { next, close };
}

// EXTERNAL MODULE: ./node_modules/micromark/lib/parse.js + 35 modules
var parse = __webpack_require__(9494);
// EXTERNAL MODULE: ./node_modules/micromark/lib/preprocess.js
var preprocess = __webpack_require__(2192);
// EXTERNAL MODULE: ./node_modules/micromark-util-subtokenize/index.js + 1 modules
var micromark_util_subtokenize = __webpack_require__(5586);
;// CONCATENATED MODULE: ./src/engine/js/complexity.ts
/** The contract's `too-complex` guard (see `TooComplex` in contract.ts): container prefixes, then inline markers. */



const SPACE = 0x20;
const TAB = 0x09;
const isMarkerGap = (c) => c === SPACE || c === TAB;
const isBlankAt = (text, start) => {
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a)
            return true;
        if (c !== SPACE && c !== TAB && c !== 0x0d)
            return false;
    }
    return true;
};
/** Columns and length of the line's leading spaces and tabs (tab = 4). */
function whitespaceColumns(text, start) {
    let columns = 0;
    let i = start;
    for (; text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB; i++)
        columns += text.charCodeAt(i) === TAB ? 4 : 1;
    return { columns, length: i - start };
}
/** A closing fence: the opening character at least as many times, then only spaces and tabs. */
function closesFence(text, i, fence) {
    let length = 0;
    while (text.charCodeAt(i + length) === fence.char)
        length++;
    return length >= fence.length && isBlankAt(text, i + length);
}
/** Column where the line's leading spaces, tabs and `>` end (tab = 4). */
function leadColumn(text, start) {
    let column = 0;
    for (let i = start;; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === 0x3e)
            column += 1;
        else if (c === TAB)
            column += 4;
        else
            return column;
    }
}
/**
 * One line's container prefix, per the contract; `open` is the furthest content column of list items that may
 * still be open (updated in place), so indentation past it (code, continuation text) is not charged.
 */
function readPrefix(text, start, open) {
    let i = start;
    let column = 0;
    let charged = 0;
    let base = 0; // where the last container marker on this line ended
    let quoted = false;
    let item = false;
    const gapWidth = (c) => (c === TAB ? 4 : isMarkerGap(c) ? 1 : 0);
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB) {
            const width = c === TAB ? 4 : 1;
            charged += Math.min(width, Math.max(0, open.column - column));
            column += width;
            i++;
            continue;
        }
        if (column - Math.max(base, open.column) >= 4)
            return { charged, end: i, column, quoted, item, code: true, depth: Math.min(column, Math.max(base, open.column)) };
        let width = 0;
        if (c === 0x3e /* > */)
            width = 1;
        else if ((c === 0x2d || c === 0x2b || c === 0x2a) /* - + * */ && isMarkerGap(text.charCodeAt(i + 1)))
            width = 1;
        else {
            let digits = 0;
            while (digits < 9 && text.charCodeAt(i + digits) >= 0x30 && text.charCodeAt(i + digits) <= 0x39)
                digits++;
            const delimiter = text.charCodeAt(i + digits);
            if (digits > 0 && (delimiter === 0x2e || delimiter === 0x29) && isMarkerGap(text.charCodeAt(i + digits + 1)))
                width = digits + 1;
        }
        if (width === 0)
            return { charged, end: i, column, quoted, item, code: false, depth: Math.min(column, Math.max(base, open.column)) };
        const gap = gapWidth(text.charCodeAt(i + width));
        charged += width + gap;
        column += width + gap;
        i += width + (gap ? 1 : 0);
        base = column;
        if (c === 0x3e)
            quoted = true;
        else {
            item = true;
            open.column = Math.max(open.column, column);
        }
    }
}
/** Charged columns of one line outside fenced code (see readPrefix). */
const chargedPrefixColumns = (text, start, open) => readPrefix(text, start, open).charged;
/** A fence run (3+ backticks or tildes) at `i`: its character and length; a backtick run with a backtick after it on the line is none. */
function fenceAt(text, i) {
    const char = text.charCodeAt(i);
    if (char !== 0x60 && char !== 0x7e)
        return undefined;
    let length = 0;
    while (text.charCodeAt(i + length) === char)
        length++;
    if (length < 3)
        return undefined;
    if (char === 0x60) {
        const newline = text.indexOf('\n', i + length);
        if (text.slice(i + length, newline === -1 ? text.length : newline).includes('`'))
            return undefined;
    }
    return { char, length };
}
/** The body line where the squared container prefixes, or the squared lazy runs, pass their budget (checked before parsing). */
function containerProblem(text, bodyStart, index) {
    let sum = 0;
    const open = { column: 0 };
    let afterBlank = true;
    let fence;
    // Lazy runs: lines whose containers end before the last anchor line's did (micromark is quadratic in a run's length).
    let anchor = 0;
    let run = 0;
    let lazySum = 0;
    for (let start = bodyStart; start < text.length;) {
        const blank = isBlankAt(text, start);
        // After a blank line no paragraph can continue lazily: a line indented less closes the items it does not reach.
        if (afterBlank && !blank)
            open.column = Math.min(open.column, leadColumn(text, start));
        let columns;
        let closing = false;
        if (fence) {
            const indent = whitespaceColumns(text, start);
            // Less indented than the fence: its containers ended, and the fence with them.
            const inside = blank || indent.columns >= fence.column;
            closing = inside && closesFence(text, start + indent.length, fence);
            // Fence content: only the indentation that continues open list items is charged.
            if (inside && !closing)
                columns = Math.min(indent.columns, open.column);
            else
                fence = undefined;
        }
        if (columns !== undefined)
            run = 0;
        else {
            const prefix = readPrefix(text, start, open);
            columns = prefix.charged;
            const opener = closing || prefix.code || prefix.quoted ? undefined : fenceAt(text, prefix.end);
            if (opener)
                fence = { ...opener, column: prefix.column };
            if (blank)
                run = 0;
            else if (!afterBlank && !prefix.item && prefix.depth < anchor) {
                run++;
                lazySum += 2 * run - 1;
                if (lazySum > contract/* LAZY_BUDGET */.ff) {
                    const line = index.lineOf(start);
                    return { kind: 'too-complex', message: tooLazyMessage(line, lazySum), line };
                }
            }
            else {
                anchor = prefix.depth;
                run = 0;
            }
        }
        afterBlank = blank;
        sum += columns * columns;
        if (sum > contract/* CONTAINER_BUDGET */.MZ) {
            const line = index.lineOf(start);
            return { kind: 'too-complex', message: tooDeepMessage(line, sum), line };
        }
        const next = text.indexOf('\n', start);
        if (next === -1)
            break;
        start = next + 1;
    }
    return undefined;
}
function tooLazyMessage(line, sum) {
    return `lazy continuation too long: by line ${line}, the squared lengths of runs of lines continuing a paragraph without its block quote or list prefix add up to ${sum}, over the limit of ${contract/* LAZY_BUDGET */.ff}`;
}
function tooDeepMessage(line, sum) {
    return `nesting too deep: by line ${line}, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to ${sum}, over the limit of ${contract/* CONTAINER_BUDGET */.MZ}`;
}
function tooManyMarkersMessage(line, sum) {
    return `too many inline markers: by the text block starting on line ${line}, the squared counts of * _ ~ [ ] < \` per text block add up to ${sum}, over the limit of ${contract/* INLINE_BUDGET */.uG}`;
}
/** Counts the contract's inline markers in `text[start, end)`. */
function countInlineMarkers(text, start, end) {
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        // * _ ~ [ ] < `
        if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d || c === 0x3c || c === 0x60)
            n++;
    }
    return n;
}
/**
 * An upper bound of the inline sum without parsing: no text block spans a blank line, so the
 * squared marker counts of the blank-line-separated stretches bound it (code and HTML included).
 */
function blankLineBound(body) {
    let sum = 0;
    let markers = 0;
    for (let start = 0; start < body.length;) {
        const newline = body.indexOf('\n', start);
        const end = newline === -1 ? body.length : newline;
        if (/^[ \t\r]*$/.test(body.slice(start, end))) {
            sum += markers * markers;
            markers = 0;
        }
        else
            markers += countInlineMarkers(body, start, end);
        start = end + 1;
    }
    return sum + markers * markers;
}
/**
 * The inline unit (paragraph, heading text, table cell) where the squared marker counts pass the budget, found from
 * micromark's block structure before any inline parsing (the part that is super-linear).
 * Each subtokenize round expands one level; the text chunks of a unit are linked by `next`.
 */
function inlineProblem(body, bodyStart, index, extensions) {
    if (blankLineBound(body) <= contract/* INLINE_BUDGET */.uG)
        return undefined;
    const events = (0,parse/* parse */.q)({ extensions })
        .document()
        .write((0,preprocess/* preprocess */.v)()(body, undefined, true));
    let sum = 0;
    for (;;) {
        let sawText = false;
        for (const [kind, token] of events) {
            if (kind !== 'enter' || token.type !== 'chunkText')
                continue;
            sawText = true;
            if (token.previous)
                continue;
            let markers = 0;
            for (let t = token; t; t = t.next)
                markers += countInlineMarkers(body, t.start.offset, t.end.offset);
            sum += markers * markers;
            if (sum > contract/* INLINE_BUDGET */.uG) {
                const line = index.lineOf(bodyStart + token.start.offset);
                return { kind: 'too-complex', message: tooManyMarkersMessage(line, sum), line };
            }
        }
        // Stop before the round that would parse text: it is the super-linear part this guard protects.
        if (sawText)
            return undefined;
        if ((0,micromark_util_subtokenize/* subtokenize */.w)(events))
            return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/decode-named-character-reference/index.js + 1 modules
var decode_named_character_reference = __webpack_require__(7126);
// EXTERNAL MODULE: ./node_modules/micromark-util-decode-numeric-character-reference/index.js
var micromark_util_decode_numeric_character_reference = __webpack_require__(3988);
// EXTERNAL MODULE: ./node_modules/micromark-util-decode-string/index.js
var micromark_util_decode_string = __webpack_require__(9886);
// EXTERNAL MODULE: ./node_modules/micromark-util-normalize-identifier/index.js
var micromark_util_normalize_identifier = __webpack_require__(31);
;// CONCATENATED MODULE: ./src/engine/js/html.ts
/** Finds links, anchors and docward suppression comments inside one HTML node's source text. */
// CommonMark's "open tag" grammar; whitespace is ASCII whitespace.
const OPEN_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:[ \t\n\r\f\v]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:[^ \t\n\r\f\v"'=<>`]+|'[^']*'|"[^"]*"))?)*)[ \t\n\r\f\v]*\/?>/y;
const ATTRIBUTE = /([A-Za-z_:][A-Za-z0-9_.:-]*)(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:([^ \t\n\r\f\v"'=<>`]+)|'([^']*)'|"([^"]*)"))?/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
function decodeAttribute(value) {
    return value.replace(ENTITY, (e) => ENTITIES[e]);
}
/** Scans `text` from `start` to `end` (file offsets; results carry file offsets); `mdx` adds the contract's JSX rules. */
function scanHtml(text, start, end, into, mdx = false) {
    let i = text.indexOf('<', start);
    while (i !== -1 && i < end) {
        if (text.startsWith('<!--', i)) {
            const close = text.indexOf('-->', i + 4);
            if (close === -1 || close + 3 > end)
                return; // an unclosed comment hides the rest of the node
            addSuppression(text.slice(i + 4, close), i, into);
            i = text.indexOf('<', close + 3);
            continue;
        }
        OPEN_TAG.lastIndex = i;
        const tag = OPEN_TAG.exec(text);
        if (tag && OPEN_TAG.lastIndex <= end) {
            addTag(tag[1].toLowerCase(), tag[2] ?? '', i, into, mdx);
            i = text.indexOf('<', OPEN_TAG.lastIndex);
        }
        else {
            i = text.indexOf('<', i + 1);
        }
    }
}
function addTag(name, attributeText, offset, into, mdx) {
    const seen = new Set();
    const attributes = [];
    for (const m of attributeText.matchAll(ATTRIBUTE)) {
        const key = m[1].toLowerCase();
        // The first occurrence of an attribute wins, as in HTML, even one without a value.
        if (seen.has(key))
            continue;
        seen.add(key);
        const value = m[2] ?? m[3] ?? m[4];
        // MDX: an unquoted `{...}` value is a JavaScript expression, not a string: no value.
        if (value === undefined || (mdx && m[2] !== undefined && value.startsWith('{')))
            continue;
        attributes.push([key, decodeAttribute(value)]);
    }
    for (const [key, value] of attributes) {
        const link = (name === 'a' && key === 'href') || (mdx && key === 'href') || (mdx && name === 'link' && key === 'to');
        if (link || (name === 'img' && key === 'src'))
            into.links.push({ offset, image: name === 'img' && key === 'src', target: value });
        if (key === 'id' || key === 'name')
            into.anchors.push({ offset, id: value });
    }
}
/** A `docward-` directive in a comment's text (HTML or MDX comment) becomes a suppression at `offset`. */
function addSuppression(body, offset, into) {
    const trimmed = body.trim();
    if (!trimmed.startsWith('docward-'))
        return;
    const rest = trimmed.slice('docward-'.length);
    const words = rest.split(/[ \t\n\r\f\v]+/);
    const directive = words[0] ?? '';
    const rules = rest
        .slice(directive.length)
        .split(/[ \t\n\r\f\v,]+/)
        .filter((r) => r !== '');
    into.suppressions.push({ offset, directive, rules });
}

;// CONCATENATED MODULE: ./src/engine/js/mdx.ts
/**
 * The contract's MDX flow rules (see contract.ts): lines made only of JSX tags and lines holding one
 * `{/* ... *\/}` comment are blanked before the Markdown parse, so they never open HTML blocks or swallow
 * the fences, headings and links around them. The native engine's `mdx.rs` implements the same rules.
 */
// The contract's open tag (the HTML scanner's grammar), a closing tag, and the fragments `<>` `</>`.
const mdx_OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:[ \t\n\r\f\v]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?:[^ \t\n\r\f\v"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t\n\r\f\v]*\/?>/y;
const CLOSE_TAG = /<\/(?:[A-Za-z][A-Za-z0-9-]*[ \t\n\r\f\v]*)?>|<>/y;
const INLINE_SPACE = /[ \t]*/y;
/** End of the tag starting at `at`, or -1. */
function tagEnd(body, at) {
    for (const re of [mdx_OPEN_TAG, CLOSE_TAG]) {
        re.lastIndex = at;
        if (re.test(body))
            return re.lastIndex;
    }
    return -1;
}
function skipInlineSpace(body, at) {
    INLINE_SPACE.lastIndex = at;
    INLINE_SPACE.test(body);
    return INLINE_SPACE.lastIndex;
}
const isLineEnd = (body, at) => at >= body.length || body[at] === '\n' || body[at] === '\r';
/** Offset just after the line ending at or after `at` (`\n`, `\r\n` or `\r`). */
function nextLine(body, at) {
    while (at < body.length && body[at] !== '\n' && body[at] !== '\r')
        at++;
    if (body[at] === '\r' && body[at + 1] === '\n')
        return at + 2;
    return at + 1;
}
/** Masks the body's JSX-only lines and comment lines; `keepComments` lists comment starts left as text. */
function maskMdx(body, keepComments = new Set()) {
    const tags = [];
    const comments = [];
    const blank = [];
    for (let line = 0; line < body.length;) {
        const p = skipInlineSpace(body, line);
        if (body.startsWith('{/*', p) && !keepComments.has(p)) {
            const close = body.indexOf('*/}', p + 3);
            if (close !== -1 && isLineEnd(body, skipInlineSpace(body, close + 3))) {
                comments.push({ start: p, end: close + 3, comment: body.slice(p + 3, close) });
                blank.push([p, close + 3]);
                line = nextLine(body, close + 3);
                continue;
            }
        }
        else if (body[p] === '<') {
            const found = [];
            let q = p;
            for (let end = tagEnd(body, q); end !== -1; end = tagEnd(body, q)) {
                found.push({ start: q, end });
                q = skipInlineSpace(body, end);
            }
            if (found.length > 0 && isLineEnd(body, q)) {
                tags.push(...found);
                blank.push([p, q]);
                line = nextLine(body, q);
                continue;
            }
        }
        line = nextLine(body, p);
    }
    if (blank.length === 0)
        return { body, tags, comments };
    let masked = '';
    let from = 0;
    for (const [start, end] of blank) {
        masked += body.slice(from, start) + body.slice(start, end).replace(/[^\r\n]/g, ' ');
        from = end;
    }
    return { body: masked + body.slice(from), tags, comments };
}
/**
 * An MDX ATX heading's text when its source line ends with a comment (`## Title {/*an_id*\/}`): the
 * comment is an expression, not Markdown, so the text from its last `{/` on is the comment's source.
 * `source`: the heading's source from its `#` (any line ending is cut off).
 */
function headingCommentText(headingText, source) {
    let line = source;
    const lineEnd = line.search(/[\r\n]/);
    if (lineEnd >= 0)
        line = line.slice(0, lineEnd);
    line = line.replace(/[ \t]+$/, '');
    // An ATX closing sequence: `#`s after a space or tab.
    const closing = /[ \t]#+$/.exec(line);
    if (closing)
        line = line.slice(0, closing.index).replace(/[ \t]+$/, '');
    if (!line.endsWith('*/}') || line.length < 6)
        return headingText;
    const open = line.lastIndexOf('{/*', line.length - 6);
    const from = headingText.lastIndexOf('{/');
    if (open < 0 || from < 0)
        return headingText;
    return headingText.slice(0, from) + line.slice(open);
}

;// CONCATENATED MODULE: ./src/engine/js/text.ts
/** The contract's word count: maximal runs of non-whitespace across the text fed to it. */
/** Whitespace for words: space, tab, LF, VT, FF, CR. */
const isWordSpace = (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Counts maximal runs of non-whitespace across fed text; `boundary()` ends the current run. */
class WordCounter {
    count = 0;
    inWord = false;
    text(value) {
        this.range(value, 0, value.length);
    }
    /** Feeds `source[start, end)` without copying it. */
    range(source, start, end) {
        for (let i = start; i < end; i++) {
            if (isWordSpace(source.charCodeAt(i)))
                this.inWord = false;
            else if (!this.inWord) {
                this.inWord = true;
                this.count++;
            }
        }
    }
    boundary() {
        this.inWord = false;
    }
}

;// CONCATENATED MODULE: ./src/engine/js/facts.ts
/**
 * Walks the micromark events of a document body and collects the contract's Markdown facts.
 * No mdast is built (issue #5: compiling the tree cost more than parsing); the walk reads the same
 * tokens mdast-util-from-markdown would turn into nodes, and mirrors what it makes of them.
 */







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
/** Index of the exit event of the token entered at `i`. */
function exitOf(events, i) {
    const token = events[i][1];
    let j = i + 1;
    while (events[j][1] !== token)
        j++;
    return j;
}
function hasLink(events, from, to) {
    for (let j = from; j < to; j++)
        if (events[j][1].type === 'link')
            return true;
    return false;
}
/**
 * `text` is the whole decoded file, `bodyStart` where the parsed body (text.slice(bodyStart)) begins,
 * so every event offset is shifted by it to become a file offset. `mask`: an MDX document's blanked
 * lines (the events are those of the masked body).
 */
function collectFacts(events, text, bodyStart, index, mask) {
    const mdx = mask !== undefined;
    const definitions = new Map();
    const headings = [];
    const found = [];
    const codeBlocks = [];
    const html = { links: [], anchors: [], suppressions: [] };
    const words = new WordCounter();
    const openLinks = [];
    let autolink;
    let heading;
    let definition;
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
    let indented;
    // GFM drops a body row's cells beyond the header's count (micromark keeps them): columns of the open table, cells of the open row.
    let columns = 0;
    let cells = 0;
    const isText = () => phrasing > 0 && notText === 0;
    for (let i = 0; i < events.length; i++) {
        const [kind, token, context] = events[i];
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
                    if (++cells > columns)
                        i = exitOf(events, i);
                    break;
                case 'data':
                case 'characterEscapeValue':
                case 'autolinkProtocol':
                case 'autolinkEmail':
                    if (isText()) {
                        words.range(text, start, end);
                        if (heading)
                            heading.text += context.sliceSerialize(token);
                    }
                    if (autolink && type !== 'data' && type !== 'characterEscapeValue') {
                        const literal = context.sliceSerialize(token);
                        autolink.target = type === 'autolinkEmail' ? `mailto:${literal}` : literal;
                    }
                    break;
                case 'characterReferenceValue':
                    if (isText()) {
                        const raw = context.sliceSerialize(token);
                        const value = referenceBase ? (0,micromark_util_decode_numeric_character_reference/* decodeNumericCharacterReference */.C)(raw, referenceBase) : (0,decode_named_character_reference/* decodeNamedCharacterReference */.s)(raw);
                        words.text(value);
                        if (heading)
                            heading.text += value;
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
                    if (heading && isText())
                        heading.text += context.sliceSerialize(token);
                    break;
                case 'lineEnding':
                    if (atHardBreak)
                        atHardBreak = false;
                    else if (isText()) {
                        words.boundary();
                        if (heading)
                            heading.text += context.sliceSerialize(token);
                    }
                    break;
                case 'paragraph':
                case 'atxHeadingText':
                case 'setextHeadingText':
                case 'tableContent':
                    phrasing++;
                    words.boundary();
                    if (type === 'setextHeadingText' && heading)
                        heading.from = start;
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
                    if (heading && isText())
                        heading.text += ' ';
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
                        const t = events[j][1];
                        if (t.type === 'codeFencedFenceInfo') {
                            lang = (0,micromark_util_decode_string/* decodeString */.s)(events[j][2].sliceSerialize(t));
                            break;
                        }
                    }
                    codeBlocks.push({ lang, fenced: true, line: index.lineOf(index.offsetOfFirstNonSpace(start, end)), endLine: index.lastNonSpaceLine(start, end) });
                    i = exit;
                    break;
                }
                case 'codeIndented':
                    itemStart = false;
                    if (indented)
                        indented.block.endLine = index.lastNonSpaceLine(indented.start, end);
                    else {
                        const block = {
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
                    const link = { start, end, kind: 'inline', image: type === 'image', target: '' };
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
                openLinks[openLinks.length - 1].resource = true;
                notText--;
                break;
            case 'reference':
            case 'gfmFootnoteCall':
                notText--;
                break;
            case 'resourceDestinationString':
                openLinks[openLinks.length - 1].found.target = (0,micromark_util_decode_string/* decodeString */.s)(context.sliceSerialize(token));
                break;
            case 'labelText':
                if (openLinks.length > 0)
                    openLinks[openLinks.length - 1].label = token;
                break;
            case 'referenceString':
                if (openLinks.length > 0)
                    openLinks[openLinks.length - 1].reference = token;
                break;
            case 'link':
            case 'image': {
                const open = openLinks.pop();
                if (!open.resource) {
                    const label = open.reference ?? open.label;
                    open.found.kind = 'reference';
                    open.found.identifier = label ? (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(open.context.sliceSerialize(label)).toLowerCase() : '';
                }
                break;
            }
            case 'autolink':
                autolink = undefined;
                break;
            case 'atxHeadingSequence':
                if (heading && heading.level === 0)
                    heading.level = end - start;
                break;
            case 'setextHeadingLineSequence':
                if (heading)
                    heading.level = text.charCodeAt(start) === 0x3d ? 1 : 2;
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
                if (definition)
                    definition.identifier = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(context.sliceSerialize(token)).toLowerCase();
                break;
            case 'definitionDestinationString':
                if (definition)
                    definition.url = (0,micromark_util_decode_string/* decodeString */.s)(context.sliceSerialize(token));
                break;
            case 'definition':
                // CommonMark: the first definition of a label wins.
                if (definition?.identifier !== undefined && !definitions.has(definition.identifier))
                    definitions.set(definition.identifier, definition.url);
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
    if (mask)
        addMaskedItems(mask, text, bodyStart, index, codeBlocks, html);
    const links = [];
    for (const f of found) {
        let target = f.target;
        if (f.kind === 'reference') {
            const defined = definitions.get(f.identifier);
            if (defined === undefined)
                continue;
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
function inCode(codeBlocks, index, offset) {
    const line = index.lineOf(offset);
    return codeBlocks.some((c) => c.line <= line && line <= c.endLine);
}
/** The HTML items of masked JSX tags and the suppressions of masked comments, outside code, in source order. */
function addMaskedItems(mask, text, bodyStart, index, codeBlocks, html) {
    for (const t of mask.tags) {
        if (!inCode(codeBlocks, index, bodyStart + t.start))
            scanHtml(text, bodyStart + t.start, bodyStart + t.end, html, true);
    }
    for (const c of mask.comments) {
        if (!inCode(codeBlocks, index, bodyStart + c.start))
            addSuppression(c.comment, bodyStart + c.start, html);
    }
    // Stable: items of one tag keep their order.
    html.links.sort((a, b) => a.offset - b.offset);
    html.anchors.sort((a, b) => a.offset - b.offset);
    html.suppressions.sort((a, b) => a.offset - b.offset);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/engine/js/yaml-value.ts
/** Converts a parsed YAML document to plain JSON, enforcing the contract's alias and nesting limits. */

const MAX_YAML_NODES = 10_000;
const MAX_YAML_DEPTH = 64;
/** A limit or structure violation at a YAML-source offset. */
class YamlValueError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function yamlToJson(doc) {
    let total = 0;
    const keys = [];
    const sizes = new Map();
    const building = new Set();
    const build = (node, depth) => {
        if (node === null || node === undefined) {
            total++;
            return null;
        }
        if ((0,dist/* isAlias */.Vj)(node))
            return copyAlias(node);
        const before = total;
        building.add(node);
        let value;
        if ((0,dist/* isScalar */.jn)(node)) {
            total++;
            value = scalarValue(node.value);
        }
        else if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (depth + 1 > MAX_YAML_DEPTH) {
                throw new YamlValueError(`YAML nesting deeper than ${MAX_YAML_DEPTH} levels`, node.range?.[0] ?? 0);
            }
            total++;
            if ((0,dist/* isSeq */.oP)(node)) {
                value = node.items.map((item) => build(item, depth + 1));
            }
            else {
                const obj = {};
                for (const pair of node.items) {
                    const key = keyString(pair.key);
                    if (depth === 0)
                        keys.push({ key, offset: keyOffset(pair.key, pair.value) });
                    const v = build(pair.value, depth + 1);
                    // defineProperty keeps a `__proto__` key as data instead of changing the prototype.
                    Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
                }
                value = obj;
            }
        }
        else {
            throw new YamlValueError('unsupported YAML node', 0);
        }
        building.delete(node);
        sizes.set(node, { value, size: total - before });
        return value;
    };
    const copyAlias = (alias) => {
        const target = alias.resolve(doc);
        const offset = alias.range?.[0] ?? 0;
        const built = target ? sizes.get(target) : undefined;
        if (!target || building.has(target) || !built) {
            // An alias to an unfinished ancestor would expand forever.
            throw new YamlValueError('YAML alias expansion limit exceeded', offset);
        }
        total += built.size;
        if (total > MAX_YAML_NODES)
            throw new YamlValueError('YAML alias expansion limit exceeded', offset);
        return built.value;
    };
    const keyString = (key) => {
        total++;
        if (key === null || key === undefined)
            return '';
        const node = (0,dist/* isAlias */.Vj)(key) ? key.resolve(doc) : key;
        if (node && (0,dist/* isScalar */.jn)(node)) {
            // An alias may point at an anchored key: it copies the key's scalar value.
            if (node === key)
                sizes.set(node, { value: scalarValue(node.value), size: 1 });
            return keyText(node);
        }
        throw new YamlValueError('complex (collection) mapping keys are not supported', key.range?.[0] ?? 0);
    };
    const value = build(doc.contents, 0);
    return { value, keys };
}
function keyOffset(key, value) {
    return key?.range?.[0] ?? value?.range?.[0] ?? 0;
}
/** A mapping key as a string: scalars by their source text (`1`, `true`, `~` stay as written). */
function keyText(node) {
    return node.source ?? String(node.value ?? '');
}
/** yaml's `uniqueKeys` comparator: keys are duplicates when their string forms are equal. */
function sameKey(a, b) {
    return (0,dist/* isScalar */.jn)(a) && (0,dist/* isScalar */.jn)(b) ? keyText(a) === keyText(b) : a === b;
}
function scalarValue(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return null;
        return value === 0 ? 0 : value;
    }
    if (typeof value === 'bigint')
        return Number(value);
    if (value === undefined)
        return null;
    return value;
}
/**
 * Offset of the first collection (document order) nested deeper than MAX_YAML_DEPTH, read from
 * yaml's iterative CST parser: used when the recursive composer overflows the call stack on
 * absurdly deep input, so the contract's nesting error is still reported.
 */
function firstTooDeepCollection(source) {
    const pending = [...new dist/* Parser */.iX().parse(source)].reverse().map((t) => [t, 0]);
    for (let entry = pending.pop(); entry; entry = pending.pop()) {
        const [token, depth] = entry;
        if (!token)
            continue;
        const collection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
        const level = depth + (collection ? 1 : 0);
        if (level > MAX_YAML_DEPTH)
            return token.offset;
        const children = [];
        if ('value' in token && token.value && typeof token.value === 'object')
            children.push(token.value);
        if ('items' in token)
            for (const item of token.items)
                children.push('key' in item ? (item.key ?? undefined) : undefined, item.value);
        for (let i = children.length - 1; i >= 0; i--)
            pending.push([children[i], level]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/js/frontmatter.ts
/** Finds the frontmatter block (contract delimiter rules) and parses its YAML. */


const OPEN = /^---[ \t]*\r?\n/;
const LONE_CR_MESSAGE = 'lone CR (carriage return without line feed) in the YAML; use LF or CRLF line endings';
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
function splitFrontmatter(text, index) {
    const open = OPEN.exec(text);
    if (!open)
        return { bodyStart: 0 };
    const yamlStart = open[0].length;
    let lineStart = yamlStart;
    while (lineStart < text.length) {
        const nl = text.indexOf('\n', lineStart);
        const lineEnd = nl === -1 ? text.length : nl;
        // A "\r" before "\n" belongs to the line ending, not the line.
        const contentEnd = nl !== -1 && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
        if (CLOSE.test(text.slice(lineStart, contentEnd))) {
            const frontmatter = parseFrontmatter(text.slice(yamlStart, lineStart), yamlStart, index);
            frontmatter.endLine = index.lineOf(lineStart);
            return { frontmatter: reorder(frontmatter), bodyStart: nl === -1 ? text.length : nl + 1 };
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    return {
        bodyStart: 0,
        frontmatter: {
            line: 1,
            error: { message: "frontmatter is not closed: no line '---' or '...' after line 1", line: 1, column: 1 },
            keys: [],
        },
    };
}
function parseFrontmatter(source, base, index) {
    const errorAt = (message, offset) => {
        // An error at the end of the YAML points at the end of its last line, not at the closing `---`.
        const last = source.endsWith('\n') ? source.length - 1 : source.length;
        const pos = index.position(base + Math.min(Math.max(offset, 0), last));
        return { line: 1, error: { message, line: pos.line, column: pos.column }, keys: [] };
    };
    // YAML reads a lone CR as a line break and the contract's lines do not: refuse it rather than disagree.
    const loneCr = /\r(?!\n)/.exec(source);
    if (loneCr)
        return errorAt(LONE_CR_MESSAGE, loneCr.index);
    const doc = (0,dist.parseDocument)(source, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: sameKey,
        prettyErrors: false,
    });
    const first = doc.errors[0];
    if (first && /call stack/i.test(first.message)) {
        const deep = firstTooDeepCollection(source);
        if (deep !== undefined)
            return errorAt(`YAML nesting deeper than ${MAX_YAML_DEPTH} levels`, deep);
    }
    if (first)
        return errorAt(first.message, first.pos[0]);
    try {
        const json = yamlToJson(doc);
        const keys = json.keys.map((k) => ({ key: k.key, line: index.lineOf(base + k.offset) }));
        return { line: 1, data: json.value, keys };
    }
    catch (err) {
        if (err instanceof YamlValueError)
            return errorAt(err.message, err.offset);
        throw err;
    }
}
/** Field order as written in the contract (line, endLine, data, error, keys). */
function reorder(f) {
    const out = { line: f.line };
    if (f.endLine !== undefined)
        out.endLine = f.endLine;
    if ('data' in f)
        out.data = f.data;
    if (f.error)
        out.error = f.error;
    out.keys = f.keys;
    return out;
}
/** The leading HTML comment holding a site build's front matter (contract `siteFrontMatter`; native/src/frontmatter.rs). */
function siteFrontMatter(text, bodyStart, index) {
    let start = bodyStart;
    let line = index.lineOf(bodyStart);
    let nl = text.indexOf('\n', start);
    while (/^[ \t\r]*$/.test(text.slice(start, nl === -1 ? text.length : nl))) {
        if (nl === -1)
            return undefined;
        start = nl + 1;
        line += 1;
        nl = text.indexOf('\n', start);
    }
    if (nl === -1)
        return undefined;
    const first = text.slice(start, nl).replace(/\r$/, '');
    if (!first.startsWith('<!--'))
        return undefined;
    const rest = first.slice(4);
    if (rest.includes('-->') || !/front matter/i.test(rest))
        return undefined;
    const yamlStart = nl + 1;
    let endLine = line;
    for (let pos = yamlStart; pos < text.length;) {
        const lineEnd = text.indexOf('\n', pos);
        const end = lineEnd === -1 ? text.length : lineEnd;
        endLine += 1;
        const current = text.slice(pos, end);
        if (current.includes('-->')) {
            if (!/^-*-->[ \t\r]*$/.test(current))
                return undefined;
            const parsed = parseFrontmatter(text.slice(yamlStart, pos), yamlStart, index);
            const mapping = parsed.error === undefined && isMapping(parsed.data) && parsed.keys.length > 0;
            return mapping ? { line, endLine } : undefined;
        }
        pos = end + 1;
    }
    return undefined;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/micromark/lib/postprocess.js
var postprocess = __webpack_require__(5387);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var syntax = __webpack_require__(4810);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
var lib_syntax = __webpack_require__(1680);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var micromark_extension_gfm_table_lib_syntax = __webpack_require__(7749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var micromark_extension_gfm_task_list_item_lib_syntax = __webpack_require__(1197);
;// CONCATENATED MODULE: ./src/engine/js/markdown.ts
/** Parses a Markdown body into micromark events with the contract's dialect (CommonMark + four GFM extensions). */





/** The micromark side of the dialect (also used by the too-complex guard, which stops before inline parsing). */
const micromarkExtensions = [(0,micromark_extension_gfm_table_lib_syntax/* gfmTable */.x)(), (0,lib_syntax/* gfmStrikethrough */.K)(), (0,micromark_extension_gfm_task_list_item_lib_syntax/* gfmTaskListItem */.J)(), (0,syntax/* gfmFootnote */.r)()];
/** MDX: no HTML blocks (MDX's grammar has none; `<` at a line start is JSX, read inline). */
const mdxExtensions = [...micromarkExtensions, { disable: { null: ['htmlFlow'] } }];
/** Every event of the body, inline content included (what mdast-util-from-markdown would compile). */
function parseEvents(body, extensions = micromarkExtensions) {
    return (0,postprocess/* postprocess */._)((0,parse/* parse */.q)({ extensions })
        .document()
        .write((0,preprocess/* preprocess */.v)()(body, undefined, true)));
}

;// CONCATENATED MODULE: ./src/engine/js/positions.ts
/** File positions per the contract: lines end at "\n" only; columns count code points. */
/** Whitespace skipped to find a construct's first character (contract: space, tab, CR, LF). */
function isSkippable(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
/** Maps UTF-16 offsets of one decoded file (BOM removed) to 1-based line/column. */
class LineIndex {
    text;
    starts = [0];
    // Last answer: the next query on the same line resumes from it (many links on one huge line stay linear).
    lastOffset = 0;
    lastColumn = 1;
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    position(offset) {
        const line = this.lineOf(offset);
        const start = this.starts[line - 1];
        const resume = this.lastOffset >= start && this.lastOffset <= offset;
        let column = resume ? this.lastColumn : 1;
        for (let i = resume ? this.lastOffset : start; i < offset; i++) {
            const c = this.text.charCodeAt(i);
            // A low surrogate after a high one is the second half of one code point.
            if (c >= 0xdc00 && c <= 0xdfff && i > start) {
                const prev = this.text.charCodeAt(i - 1);
                if (prev >= 0xd800 && prev <= 0xdbff)
                    continue;
            }
            column++;
        }
        this.lastOffset = offset;
        this.lastColumn = column;
        return { line, column };
    }
    /** Offset of the first non-whitespace character in [start, end), or start if none. */
    offsetOfFirstNonSpace(start, end = this.text.length) {
        let i = start;
        while (i < end && isSkippable(this.text.charCodeAt(i)))
            i++;
        return i < end ? i : start;
    }
    firstNonSpace(start, end = this.text.length) {
        return this.position(this.offsetOfFirstNonSpace(start, end));
    }
    /** Line of the last non-whitespace character in [start, end), or of start if none. */
    lastNonSpaceLine(start, end) {
        let i = end - 1;
        while (i >= start && isSkippable(this.text.charCodeAt(i)))
            i--;
        return this.lineOf(i >= start ? i : start);
    }
}
/** Contract `lines`: count of "\n", plus 1 when the content does not end with "\n"; 0 when empty. */
function countLines(bytes, from = 0) {
    if (bytes.length <= from)
        return 0;
    let n = 0;
    for (let i = from; i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            n++;
    return bytes[bytes.length - 1] === 0x0a ? n : n + 1;
}

;// CONCATENATED MODULE: ./src/engine/js/shortcodes.ts
/** ASCII whitespace as the contract names it for shortcodes (space, \t, \n, \r, \f, \v). */
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isKeyStart = (c) => c !== undefined && /[A-Za-z_]/.test(c);
const isKeyChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
/** Characters an unquoted value cannot hold. */
const isUnquotedStop = (c) => isSpace(c) || c === '"' || c === '`' || c === '=' || c === '>' || c === '%' || c === '}';
/** A value at `at` (quoted, raw or unquoted) ending before `limit`: its decoded text and the offset after it, or undefined. */
function readValue(text, at, limit) {
    if (at >= limit)
        return undefined;
    const c = text[at];
    if (c === '"') {
        let value = '';
        for (let i = at + 1; i < limit; i++) {
            const d = text[i];
            if (d === '"')
                return { value, end: i + 1 };
            if (d === '\\' && i + 1 < limit) {
                // A backslash gives the next code point as it is (one UTF-16 unit or a surrogate pair).
                const next = text.codePointAt(i + 1);
                value += String.fromCodePoint(next);
                i += next > 0xffff ? 2 : 1;
                continue;
            }
            value += d;
        }
        return undefined;
    }
    if (c === '`') {
        let close = at + 1;
        while (close < limit && text[close] !== '`')
            close++;
        return close >= limit ? undefined : { value: text.slice(at + 1, close), end: close + 1 };
    }
    let i = at;
    while (i < limit && !isUnquotedStop(text[i]))
        i++;
    return i === at ? undefined : { value: text.slice(at, i), end: i };
}
/** The shortcode starting with `{{` at `start` and ending by `limit` (the next `{{`), or undefined when the text there is not one. */
function parseAt(text, start, limit) {
    const open = text[start + 2];
    if (open !== '<' && open !== '%')
        return undefined;
    const space = (at) => at < limit && isSpace(text[at]);
    const has = (word, at) => at + word.length <= limit && text.startsWith(word, at);
    let i = start + 3;
    while (space(i))
        i++;
    let name;
    if (has('relref', i))
        name = 'relref';
    else if (has('ref', i))
        name = 'ref';
    else
        return undefined;
    i += name.length;
    let path;
    let lang;
    let positional;
    const close = open === '<' ? '>}}' : '%}}';
    for (;;) {
        const before = i;
        while (space(i))
            i++;
        if (has(close, i))
            return { end: i + 3, path: positional ?? path, lang };
        if (has(`/${close}`, i))
            return { end: i + 4, path: positional ?? path, lang };
        // Arguments are separated from the name and from each other by whitespace.
        if (i === before)
            return undefined;
        let key;
        if (i < limit && isKeyStart(text[i])) {
            let k = i + 1;
            while (k < limit && isKeyChar(text[k]))
                k++;
            let e = k;
            while (space(e))
                e++;
            if (e < limit && text[e] === '=') {
                key = text.slice(i, k);
                i = e + 1;
                while (space(i))
                    i++;
            }
        }
        const value = readValue(text, i, limit);
        if (!value)
            return undefined;
        i = value.end;
        if (key === undefined)
            positional ??= value.value;
        else if (key === 'path')
            path ??= value.value;
        else if (key === 'lang')
            lang ??= value.value;
    }
}
/** Every `ref`/`relref` shortcode with a path in `text` from `bodyStart`, in source order. */
function shortcodeLinks(text, bodyStart, index) {
    const links = [];
    for (let at = text.indexOf('{{', bodyStart); at >= 0;) {
        // A shortcode holds no other `{{`: parsing stops there, which also keeps the scan linear.
        const next = text.indexOf('{{', at + 2);
        const parsed = parseAt(text, at, next < 0 ? text.length : next);
        if (!parsed) {
            at = text.indexOf('{{', at + 1);
            continue;
        }
        if (parsed.path !== undefined) {
            const pos = index.position(at);
            // Key order as serialised by the native engine: kind, image, target, lang?, line, column.
            const lang = parsed.lang === undefined ? {} : { lang: parsed.lang };
            links.push({ kind: 'shortcode', image: false, target: parsed.path, ...lang, line: pos.line, column: pos.column });
        }
        at = text.indexOf('{{', parsed.end);
    }
    return links;
}
/** `shortcodes` merged into `links` (both in source order) by position; ties cannot occur (contract). */
function mergeByPosition(links, shortcodes) {
    if (shortcodes.length === 0)
        return links;
    const out = [];
    let s = 0;
    for (const link of links) {
        while (s < shortcodes.length && before(shortcodes[s], link))
            out.push(shortcodes[s++]);
        out.push(link);
    }
    while (s < shortcodes.length)
        out.push(shortcodes[s++]);
    return out;
}
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);

;// CONCATENATED MODULE: ./src/engine/js/read.ts
const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8BomLength(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}
/** Checks in contract order: UTF-16 BOM, NUL byte, invalid UTF-8; strips a UTF-8 BOM. */
function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { ok: false, bomLength: 0, problem: { kind: 'encoding', message: 'UTF-16 LE (BOM) is not supported; convert to UTF-8' } };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { ok: false, bomLength: 0, problem: { kind: 'encoding', message: 'UTF-16 BE (BOM) is not supported; convert to UTF-8' } };
    }
    const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nul !== -1) {
        return { ok: false, bomLength: 0, problem: { kind: 'binary', message: `binary file: NUL byte at offset ${nul}` } };
    }
    const bomLength = utf8BomLength(bytes);
    const body = bytes.subarray(bomLength);
    try {
        return { ok: true, text: utf8.decode(body), bomLength };
    }
    catch {
        const bad = bomLength + firstInvalidUtf8(body);
        let line = 1;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 0x0a)
                line++;
        return { ok: false, bomLength, problem: { kind: 'encoding', message: `invalid UTF-8 on line ${line}; convert to UTF-8`, line } };
    }
}
/** Offset where the first invalid UTF-8 sequence starts (Rust's `Utf8Error::valid_up_to`). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b === 0xe0) {
            need = 2;
            lo = 0xa0;
        }
        else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef)
            need = 2;
        else if (b === 0xed) {
            need = 2;
            hi = 0x9f;
        }
        else if (b === 0xf0) {
            need = 3;
            lo = 0x90;
        }
        else if (b >= 0xf1 && b <= 0xf3)
            need = 3;
        else if (b === 0xf4) {
            need = 3;
            hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < lo || c > hi)
                return i;
            lo = 0x80;
            hi = 0xbf;
        }
        i += need + 1;
    }
    return bytes.length;
}

;// CONCATENATED MODULE: ./src/engine/js/document.ts








function problemDocument(path, bytes, lines, problem) {
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
function isMdxPath(path) {
    return /\.mdx$/i.test(path);
}
/** `mdx`: read the body with the contract's MDX rules (default: by the path's extension). */
function extractDocument(path, bytes, mdx = isMdxPath(path)) {
    const decoded = decode(bytes);
    if (!decoded.ok)
        return problemDocument(path, bytes.length, 0, decoded.problem);
    const lines = countLines(bytes, utf8BomLength(bytes));
    const text = decoded.text;
    const index = new LineIndex(text);
    const { frontmatter, bodyStart } = splitFrontmatter(text, index);
    const body = text.slice(bodyStart);
    const mask = mdx ? maskMdx(body) : undefined;
    const extensions = mdx ? mdxExtensions : micromarkExtensions;
    const tooComplex = containerProblem(text, bodyStart, index) ?? inlineProblem(mask?.body ?? body, bodyStart, index, extensions);
    if (tooComplex)
        return problemDocument(path, bytes.length, 0, tooComplex);
    const facts = mask ? mdxFacts(text, bodyStart, index, body, mask) : collectFacts(parseEvents(body), text, bodyStart, index);
    const doc = { path, bytes: bytes.length, lines };
    if (frontmatter)
        doc.frontmatter = frontmatter;
    const site = siteFrontMatter(text, bodyStart, index);
    if (site)
        doc.siteFrontMatter = site;
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
function mdxFacts(text, bodyStart, index, body, mask) {
    const facts = collectFacts(parseEvents(mask.body, mdxExtensions), text, bodyStart, index, mask);
    const inCodeComments = mask.comments.filter((c) => inCode(facts.codeBlocks, index, bodyStart + c.start));
    if (inCodeComments.length === 0)
        return facts;
    const again = maskMdx(body, new Set(inCodeComments.map((c) => c.start)));
    return collectFacts(parseEvents(again.body, mdxExtensions), text, bodyStart, index, again);
}

// EXTERNAL MODULE: ./src/engine/js/link-positions.ts
var link_positions = __webpack_require__(4987);
// EXTERNAL MODULE: ./src/engine/js/walk.ts
var walk = __webpack_require__(4179);
;// CONCATENATED MODULE: ./src/engine/js/index.ts
/** The pure TypeScript extractor: same ScanResult as the native engine, per src/engine/contract.ts. */









const READ_CONCURRENCY = 16;
// The callback API, promisified: fs.promises' stat and readFile cost about twice the CPU per file
// (10k-file microbench: 0.9-1.35 s vs 0.48-0.56 s), its readFile reading in several awaited steps.
const statFile = (0,external_node_util_.promisify)(external_node_fs_.stat);
const readWholeFile = (0,external_node_util_.promisify)(external_node_fs_.readFile);
async function jsScan(options) {
    const plan = await planScan(options);
    const documents = await mapLimit(plan.documents, READ_CONCURRENCY, (e) => readDocument(plan, e));
    return { schema: 1, paths: plan.paths, dirs: plan.dirs, documents };
}
/** Walks at once; reads and extracts one batch per `next()`, so only that batch is in memory. */
async function jsStream(options, batchSize = DEFAULT_BATCH_DOCUMENTS) {
    const plan = await planScan(options);
    let started = false;
    const batches = batchesOf(plan.documents, batchSize, (batch) => {
        started = true;
        return mapLimit(batch, READ_CONCURRENCY, (e) => readDocument(plan, e));
    });
    return {
        schema: 1,
        paths: plan.paths,
        dirs: plan.dirs,
        documentPaths: plan.documents.map((e) => e.path),
        readAsMdx: (globs) => {
            if (started)
                throw new Error('readAsMdx after extraction started: call it before begin and the first batch');
            plan.isMdx = (0,walk.globMatcher)(globs);
        },
        // Extraction runs on this thread, batch by batch: nothing to start ahead, only readAsMdx to close.
        begin: () => {
            started = true;
        },
        ...batches,
    };
}
async function planScan(options) {
    const root = external_node_path_default().resolve(options.root);
    const isIncluded = (0,walk.globMatcher)(options.include ?? contract/* DEFAULT_INCLUDE */.Zy);
    const { entries } = await (0,walk.walk)(root, options.exclude ?? []);
    const paths = entries.map((e) => e.path);
    return {
        root,
        maxBytes: options.maxFileBytes ?? contract/* DEFAULT_MAX_FILE_BYTES */.CR,
        paths,
        positions: new Map(paths.map((p, i) => [p, i])),
        dirs: entries.filter((e) => e.kind === 'dir').map((e) => e.path),
        documents: entries.filter((e) => (e.kind !== 'dir' && isIncluded(e.path)) || e.unreadable !== undefined),
        isMdx: (0,walk.globMatcher)(options.mdx ?? []),
    };
}
async function readDocument(plan, entry) {
    const { root, maxBytes } = plan;
    const abs = external_node_path_default().join(root, entry.path);
    if (entry.unreadable !== undefined) {
        return problemDocument(entry.path, 0, 0, { kind: 'unreadable', message: errorText(entry.unreadable) });
    }
    if (entry.kind === 'symlink')
        return symlinkDocument(root, abs, entry.path);
    if (entry.kind === 'other') {
        return problemDocument(entry.path, 0, 0, { kind: 'unreadable', message: 'not a regular file' });
    }
    let size;
    try {
        size = (await statFile(abs)).size;
    }
    catch (err) {
        return problemDocument(entry.path, 0, 0, { kind: 'unreadable', message: errorText(err) });
    }
    if (size > maxBytes) {
        return problemDocument(entry.path, size, 0, {
            kind: 'too-large',
            message: `file is ${size} bytes, over the limit of ${maxBytes} bytes`,
        });
    }
    let bytes;
    try {
        bytes = await readWholeFile(abs);
    }
    catch (err) {
        return problemDocument(entry.path, size, 0, { kind: 'unreadable', message: errorText(err) });
    }
    let doc;
    try {
        doc = extractDocument(entry.path, bytes, isMdxPath(entry.path) || plan.isMdx(entry.path));
    }
    catch (err) {
        // An engine bug must still name the document that triggered it.
        throw new Error(`${entry.path}: js extractor failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    (0,link_positions/* setLinkPositions */.v)(doc, plan.positions);
    return doc;
}
async function symlinkDocument(root, abs, rel) {
    let target;
    try {
        target = await external_node_fs_.promises.readlink(abs);
    }
    catch (err) {
        return problemDocument(rel, 0, 0, { kind: 'unreadable', message: errorText(err) });
    }
    // Lexical check only: the link is never followed.
    const resolved = external_node_path_default().resolve(external_node_path_default().dirname(abs), target);
    const inside = resolved === root || resolved.startsWith(root + (external_node_path_default()).sep);
    return problemDocument(rel, 0, 0, {
        kind: 'symlink',
        message: `symbolic link to ${target}, not followed${inside ? '' : ' (points outside the root)'}`,
    });
}
function errorText(err) {
    return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}


/***/ }),

/***/ 4179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anyDepth: () => (/* binding */ anyDepth),
/* harmony export */   globMatcher: () => (/* binding */ globMatcher),
/* harmony export */   walk: () => (/* binding */ walk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/** Lists a folder like git would see it: nested .gitignore files, .git/node_modules pruned, excludes applied. */




const PRUNED = new Set(['.git', 'node_modules']);
/** A glob without `/` matches at any depth. */
function anyDepth(glob) {
    return glob.includes('/') ? glob : `**/${glob}`;
}
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_3___default()(globs.map(anyDepth), { dot: true });
}
function kindOf(d) {
    if (d.isSymbolicLink())
        return 'symlink';
    if (d.isDirectory())
        return 'dir';
    if (d.isFile())
        return 'file';
    return 'other';
}
/** Git semantics: the deepest .gitignore with a matching rule (or negation) decides. */
function isIgnored(levels, rel, isDir) {
    let ignored = false;
    for (const level of levels) {
        const local = (level.base === '' ? rel : rel.slice(level.base.length + 1)) + (isDir ? '/' : '');
        const verdict = level.rules.test(local);
        if (verdict.ignored)
            ignored = true;
        else if (verdict.unignored)
            ignored = false;
    }
    return ignored;
}
async function walk(root, exclude) {
    const isExcluded = globMatcher(exclude);
    const entries = [];
    const visit = async (dir, inherited) => {
        const dirRel = dir?.path ?? '';
        const abs = dirRel === '' ? root : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dirRel);
        let dirents;
        try {
            dirents = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(abs, { withFileTypes: true });
        }
        catch (err) {
            // The root itself is a usage error, worded as the native engine words it.
            if (dir === undefined)
                throw new Error(`scan root "${root}" cannot be opened: ${err.message}`, { cause: err });
            dir.unreadable = err;
            return;
        }
        let levels = inherited;
        if (dirents.some((d) => d.name === '.gitignore' && d.isFile())) {
            const source = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, '.gitignore'), 'utf8');
            levels = [...inherited, { base: dirRel, rules: ignore__WEBPACK_IMPORTED_MODULE_2___default()({ ignorecase: false }).add(source) }];
        }
        const subdirs = [];
        for (const d of dirents) {
            if (PRUNED.has(d.name))
                continue;
            const rel = dirRel === '' ? d.name : `${dirRel}/${d.name}`;
            const kind = kindOf(d);
            if (isIgnored(levels, rel, kind === 'dir'))
                continue;
            if (isExcluded(rel))
                continue;
            const entry = { path: rel, kind };
            entries.push(entry);
            if (kind === 'dir')
                subdirs.push(entry);
        }
        for (const sub of subdirs)
            await visit(sub, levels);
    };
    await visit(undefined, []);
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries };
}


/***/ })

};
