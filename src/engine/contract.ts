/**
 * The extractor contract: what both engines (native Rust and pure TypeScript) return for a scan.
 *
 * Both engines must produce byte-identical JSON for the same input (after `JSON.parse` on the
 * native side). The native engine serialises exactly this shape with serde (camelCase field
 * names, fields in the order written here, optional fields omitted when absent).
 *
 * Positions
 * - `line` is 1-based and counts lines of the whole file (frontmatter included). A line ends at
 *   "\n" ("\r\n" is one line ending). A UTF-8 BOM is not part of line 1's columns.
 * - `column` is 1-based and counts Unicode scalar values (code points, not bytes, not UTF-16
 *   units) from the start of the line; a tab counts as 1.
 * - A construct's position is the first non-whitespace character at or after the parser's start
 *   offset for it: `#` of an ATX heading, the first text character of a setext heading, `[` of a
 *   link, `!` of an image, `<` of an autolink or HTML tag, the first fence character of a fenced
 *   code block, the first non-space character of an indented code block. "Whitespace" for this
 *   skip (and for `CodeBlock.endLine`) is space, tab, CR, LF only.
 * - Every list in DocumentFacts is in source order of its items' start offsets (a link comes
 *   before an image nested in its text; HTML links are merged into that order).
 *
 * Markdown dialect: CommonMark + GFM tables, strikethrough, task lists and footnotes. No GFM
 * "autolink literals" (bare www./http URLs are text), no heading attributes, no math.
 * Where the two parsers disagree, micromark + its GFM extensions (the js engine) is the reference;
 * the native engine patches pulldown-cmark to match (native/vendor/pulldown-cmark/PATCHES.md,
 * which also lists the rare constructs still parsed differently).
 * Frontmatter is stripped by docward itself (see `Frontmatter`) before the body is parsed; the
 * body keeps its original line numbers.
 *
 * MDX: a document whose path ends in `.mdx` (ASCII case-insensitive), or that `ScanOptions.mdx`
 * (or `ScanStream.readAsMdx`) names, is parsed with the same dialect (no MDX parser: both engines
 * apply exactly these rules, nothing more):
 * - No HTML blocks: as in MDX's grammar, `<` at a line start never opens a CommonMark HTML block
 *   (the line is a paragraph; its tags are inline HTML, scanned as below).
 * - JSX lines: a line that, after spaces and tabs, holds only open tags (the open-tag grammar of
 *   `Anchor`, which may span lines), closing tags `</name>` and fragments `<>` `</>`, separated by
 *   spaces and tabs, is blanked before the parse (as if every character but line endings were a
 *   space), so component blocks (`<Tabs>`, `<Steps>`, `<Aside>`) never swallow or split the fences,
 *   headings and links between them. Its tags are then scanned as HTML, unless the line lies inside
 *   a code block of the parse (between a code block's `line` and `endLine`).
 * - Comments: a line that, after spaces and tabs, starts with `{/*` and whose first `*\/}` is
 *   followed only by spaces and tabs to its line end, is blanked the same way from `{` to `}`
 *   (possibly over several lines); its text between the delimiters is read as an HTML comment's
 *   (a `docward-` directive is a suppression at the `{`). A comment whose `{` lies inside a code
 *   block of the parse is code: the body is parsed again with that comment kept as text (the
 *   too-complex guard judges the first parse). A comment elsewhere in a line is text.
 * - ESM: a paragraph that is a direct child of the document (not inside a list item, block quote,
 *   footnote...) whose source, after leading spaces and tabs, starts with `import` or `export`
 *   followed by a space or a tab, is ESM: it contributes nothing (no links, anchors,
 *   suppressions, words). A setext underline after such lines still makes a heading (CommonMark).
 * - Heading ids in comments: an ATX heading whose line ends with a comment (`## T {/*an_id*\/}`,
 *   then optionally a closing `#` sequence after a space or tab) keeps that comment's source as
 *   written: its text, from the last `{/` on, is replaced by the line's last `{/*` … `*\/}` (the
 *   comment is an expression, not Markdown: no emphasis is read inside it).
 * - JSX elements are scanned as HTML (see `Anchor`), plus: `href` on any tag is a Link (kind
 *   `html`, not an image), and so is `to` on a `Link` tag (`<Link to="/x">`; tag names are
 *   case-insensitive as always). `<a href>`, `<img src>`, `id` and `name` work as in `.md`.
 * - Expressions: an unquoted attribute value starting with `{` (`href={url}`) is a JavaScript
 *   expression: the attribute counts as one without a value. A quoted value is a string even if
 *   it starts with `{`. An expression with spaces or quotes (`to={"/x"}`) breaks the open-tag
 *   grammar, so the element gives nothing. Other `{…}` in text is text (its words count; links
 *   written inside it are links, as in any paragraph).
 */

/** Options for one scan. Paths in globs use `/`; a glob without `/` matches at any depth. */
export interface ScanOptions {
  // Walk rules (both engines): any entry named `.git` or `node_modules` (any type) is skipped
  // with its contents. `.gitignore` files apply to their own folder and below, like git (the
  // deepest file with a matching rule or `!` negation decides; dirs are tested as `dir/`; an
  // ignored dir is not entered; patterns are case-sensitive, as git on Linux). No global
  // gitignore, no .git/info/exclude, no `.ignore`.
  // `exclude` removes matching entries; an excluded directory is not entered (its contents are
  // gone too). `include` is matched against non-directory entries only. Globs: picomatch
  // semantics with `dot: true`, case-sensitive.
  /** Folder to scan (absolute or relative to the working directory). */
  root: string;
  /** Globs of documents to extract facts from. Default: DEFAULT_INCLUDE. */
  include?: string[];
  /** Globs removed from `include` and from `paths`. Default: []. */
  exclude?: string[];
  /** Files larger than this many bytes are not read; they become a `too-large` problem. */
  maxFileBytes?: number;
  /** Globs of documents read as MDX besides `*.mdx` (a site whose generator compiles `.md` with MDX). Default: []. */
  mdx?: string[];
}

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.mdx'];
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The whole result of one scan: this object is what crosses the FFI boundary, once. */
export interface ScanResult {
  /** Contract version; bump on any shape or semantic change. */
  schema: 1;
  /** Every file and directory under the root that the walk saw (after .gitignore, `exclude`,
   * `.git/` and `node_modules/` pruning), relative, `/`-separated, directories WITHOUT a trailing
   * slash, sorted by UTF-16 code unit order (JS default sort) — which for these strings equals
   * byte order of their UTF-8 except for astral characters; both engines sort with the same rule:
   * compare as sequences of UTF-16 code units. Symlinks are listed (not followed). The root
   * itself is not listed. */
  paths: string[];
  /** Subset of `paths` that are directories, same order. */
  dirs: string[];
  /** One entry per included document, sorted like `paths`. */
  documents: DocumentFacts[];
}

/**
 * The same scan delivered in batches, so no one holds every document's facts at once (issue #5:
 * memory). Concatenating every batch from `next()` gives exactly `ScanResult.documents`, in the
 * same order; `paths`/`dirs` are those of the ScanResult; `documentPaths` lists the path of every
 * document entry that batches will deliver, in the same order (known after the walk, before any
 * file is read). Batch sizes are the engine's choice and carry no meaning.
 * Starting a stream fails (rejects) where `scan()` would: bad options, a root that cannot be
 * opened. Call `next()` again only after the previous call settled. After `close()`, `next()`
 * resolves `undefined`. An engine failure on a document rejects `next()` with an error naming
 * the cause; every later `next()` rejects with the same error (no batch is skipped silently).
 */
export interface ScanStream {
  schema: 1;
  paths: string[];
  dirs: string[];
  documentPaths: string[];
  /**
   * Reads the documents `globs` name as MDX (replacing `ScanOptions.mdx`): the caller decides it
   * from the listing (the site's generator). Only before extraction starts (`begin()` or the first
   * `next()`): throws after it, or on an invalid glob.
   */
  readAsMdx(globs: string[]): void;
  /**
   * Starts extraction now (otherwise at the first `next()`): the native producer works ahead while the
   * caller still loads the site. Idempotent; `readAsMdx` is refused from here on.
   */
  begin(): void;
  /** The next batch (never empty), or `undefined` once every document was delivered. */
  next(): Promise<DocumentFacts[] | undefined>;
  /** Stops the scan early and frees what it holds (safe to call at any time, more than once). */
  close(): void;
}

/** Why a matched file has no facts. Still a document entry, so rules can report it. */
export type ProblemKind =
  | 'unreadable' // I/O error on open/read (message carries the OS error text)
  | 'too-large' // bytes > maxFileBytes (not read at all)
  | 'binary' // a NUL byte in the first 8000 bytes
  | 'encoding' // not valid UTF-8 (UTF-16 BOMs are named in the message)
  | 'symlink' // the path is a symbolic link; never followed
  | 'too-complex'; // Markdown nested or marked up beyond the limits below (see TooComplex)

/**
 * TooComplex: Markdown that no real document contains and that makes micromark (the js engine)
 * super-linear, refused identically by both engines so a stranger's pull request cannot stall or
 * exhaust a CI job (issue #6). micromark's extra work grows with the square of a line's container
 * nesting and of a text block's emphasis/link/code/HTML markers, so each check sums squares over
 * the Markdown body (after frontmatter) and the problem is at the first line where the sum passes
 * its budget. Checked in this order (the first must run before parsing):
 * 1. Containers: lines are read in order with two pieces of state: `open`, the furthest content column
 *    of list items that may still be open (starts at 0), and an optional open fence. Columns: a tab
 *    counts 4, anything else 1; a line is blank when it holds only spaces, tabs and CR.
 *    - Before a non-blank line that follows a blank line (or starts the body), `open` becomes
 *      min(`open`, the column where the line's leading spaces, tabs and `>` end): no lazy
 *      continuation is possible there, so less indentation closes items.
 *    - Inside a fence, a line whose leading spaces and tabs reach the fence's column (or a blank
 *      line) is fence content unless, after that whitespace, it is the fence character at least as
 *      many times as the opening run followed only by spaces/tabs (the closing line). Fence content
 *      is charged min(its leading whitespace columns, `open`). Any other line ends the fence.
 *    - Other lines (the closing line too) are charged their prefix, read from the line start:
 *      a space or tab is charged only the part of its columns before `open` (indentation that
 *      continues open items; code and continuation text past them are free); at a non-space
 *      character 4 or more columns past max(`open`, the end of the line's last marker) the prefix
 *      ends (indented code, no marker); `>` is charged 1 plus 1 (space) or 4 (tab) for a space or
 *      tab right after it; `-`, `+` or `*` followed by a space or tab is charged 2 (5 with a tab);
 *      1 to 9 ASCII digits then `.` or `)` followed by a space or tab are charged digits + 2 (+ 3
 *      more with a tab); after a list marker, `open` becomes at least the column after its gap.
 *      Anything else ends the prefix. When that prefix holds no `>` and did not end 4+ columns
 *      past, and is followed by 3+ backticks (with no backtick later on the line) or 3+ tildes,
 *      a fence opens at the prefix's end column (not on a closing line; fences in block quotes
 *      are not tracked).
 *    Purely lexical (a guess of CommonMark's structure meant never to charge less than the real
 *    container nesting of quotes and items opened on a line). Sum of charged columns² over lines, in order; over
 *    CONTAINER_BUDGET at line <n>: `nesting too deep: by line <n>, the squared widths of line
 *    prefixes (block quote markers, list markers, indentation) add up to <sum>, over the limit
 *    of <CONTAINER_BUDGET>`.
 *    Lazy runs, in the same pass: a prefix's depth is min(its end column, max(`open` after it, the
 *    end column of its last `>` or list marker)). A line read as a prefix (not fence content) that is
 *    not blank, follows a non-blank line, holds no list marker and has a depth below the anchor's
 *    extends the current run by one (the run's k-th line adds 2k − 1, so a run of r lines adds r²);
 *    any other prefix-read non-blank line becomes the anchor (its depth) and ends the run; blank lines
 *    and fence content end the run (the anchor starts at 0). Over LAZY_BUDGET at line <n> (checked
 *    before the line's columns): `lazy continuation too long: by line <n>, the squared lengths of
 *    runs of lines continuing a paragraph without its block quote or list prefix add up to <sum>,
 *    over the limit of <LAZY_BUDGET>` (micromark walks back over the paragraph on each lazy line).
 * 2. Inline markers: each inline unit of the Markdown parse (a paragraph, including a tight list
 *    item's text; an ATX or setext heading's text; a table cell) counts the characters `*` `_` `~`
 *    `[` `]` `<` and backtick in its source, from its first to its last inline character
 *    (container prefixes and a heading's `#`/underline hold none; link reference definitions are
 *    not part of a paragraph; code blocks and HTML blocks are not inline units). Sum of counts²
 *    over units in source order; over INLINE_BUDGET at the unit starting on line <n>: "too many
 *    inline markers: by the text block starting on line <n>, the squared counts of * _ ~ [ ] < `
 *    per text block add up to <sum>, over the limit of <INLINE_BUDGET>" (the list ends with a
 *    literal backtick). A unit's markers are counted once the parse has delimited it, before any
 *    inline parsing; a paragraph of about 1,500 links already passes the budget.
 * Real documents stay far below: the largest sums in the fixtures, the bench corpus and ~700
 * real READMEs, changelogs and Node.js API docs were 0.62 M (containers, a 420 KB snapshot file,
 * under the earlier measure that charged all indentation; the current one charges less) and 0.77 M
 * (inline, a 1 MB changelog); generated 9.5 MB API references, YAML dumps and tables charge 0,
 * or 1.9 M with every example inside a top-level list item (4 per line). Real list nesting is charged in full: 20 levels with continuation paragraphs
 * reach the budget at about 0.3 MB (micromark there: 0.45 MB 5.5 s, 0.9 MB 15 s, super-linear).
 * The largest lazy-run sum over 3,256 real and bench files is 239; one run of 2,000 lazy lines
 * (the budget) costs micromark 0.2 s, 32,000 cost 26 s. At the budgets micromark's super-linear part costs about
 * a second; what remains is linear in size (about 2.5 s per MB of dense Markdown in the js engine).
 */
export const CONTAINER_BUDGET = 4_000_000;
export const INLINE_BUDGET = 9_000_000;
export const LAZY_BUDGET = 4_000_000;

/**
 * Problem details, identical in both engines (parity compares them):
 * - Checks run in this order: symlink, too-large (from stat, file not read), unreadable,
 *   UTF-16 BOM (before the NUL test, since UTF-16 text is full of NULs), binary, invalid UTF-8,
 *   too-complex (after the frontmatter is split off; see TooComplex).
 * - Messages (exact text; `<x>` are placeholders):
 *   symlink:    `symbolic link to <readlink target>, not followed` + ` (points outside the root)`
 *               when the target, resolved lexically against the link's folder, leaves the root.
 *   too-large:  `file is <bytes> bytes, over the limit of <maxFileBytes> bytes`
 *   binary:     `binary file: NUL byte at offset <n>` (first NUL, 0-based byte offset)
 *   encoding:   `UTF-16 LE (BOM) is not supported; convert to UTF-8` (or `UTF-16 BE`), no `line`;
 *               `invalid UTF-8 on line <n>; convert to UTF-8` with `line` = that line.
 *   unreadable: `cannot read: <OS error text>` (OS text differs by engine; not parity-compared).
 *   too-complex: see TooComplex, with `line`.
 * - `bytes` is the size from stat (0 for a symlink, and when stat fails); `lines` and all
 *   metrics are 0 for a document with a problem.
 * - An unreadable directory is still listed in `paths`/`dirs` (its contents are not) and also
 *   gets a document entry with problem `unreadable`, whatever `include` says, so the failure is
 *   reported rather than silently skipped.
 */
export interface FileProblem {
  kind: ProblemKind;
  /** Human-readable, names the cause; for `encoding`, the line of the first invalid byte is in `line`. */
  message: string;
  line?: number;
}

export interface DocumentFacts {
  /** Relative to the root, `/`-separated. */
  path: string;
  /** File size in bytes (as on disk, BOM included). */
  bytes: number;
  /** Number of lines: 0 for an empty file, else count of "\n" plus 1 if the file does not end with "\n".
   * Counted after a UTF-8 BOM (a BOM-only file has 0 lines). */
  lines: number;
  /** Present when the file could not be extracted; then every list below is empty and
   * `frontmatter` is absent. */
  problem?: FileProblem;
  frontmatter?: Frontmatter;
  /** Present when the document starts with an HTML comment holding a site build's front matter (see LineSpan). */
  siteFrontMatter?: LineSpan;
  headings: Heading[];
  links: Link[];
  codeBlocks: CodeBlock[];
  /** Explicit HTML anchors (`id="x"` or `name="x"` attributes on any HTML tag in HTML blocks or inline HTML). */
  anchors: Anchor[];
  suppressions: Suppression[];
  metrics: Metrics;
}

/**
 * Frontmatter: present only when the file (after an optional BOM) starts with a line that is
 * exactly `---` (trailing spaces/tabs allowed, then "\n" or "\r\n").
 * The block ends at the first later line that is exactly `---` or `...` (trailing spaces/tabs
 * allowed). If there is none, the frontmatter is unterminated: `error` is set at line 1,
 * column 1 ("frontmatter is not closed: no line '---' or '...' after line 1"), `data` is absent,
 * `keys` is empty, and the Markdown body is the whole file (as if there were no frontmatter).
 * A YAML document that is not a mapping (a list, a scalar) is not an error here: `data` holds it
 * and `keys` is empty (rules report it).
 * Safety limits, identical in both engines: aliases are resolved, but if resolving them would
 * create more than 10,000 nodes in total the result is the error "YAML alias expansion limit
 * exceeded" at the alias's line; nesting deeper than 64 levels is the error "YAML nesting
 * deeper than 64 levels" at the line where it happens. Complex (collection) keys are an error.
 * Error `message` texts come from each engine's YAML library and may differ in wording; `line`
 * and `column` must agree (parity tests compare them) for every error this contract defines
 * (unterminated block, limits, complex keys, duplicate keys: at the second occurrence's first
 * character). For other YAML syntax errors the two libraries point at different places (e.g.
 * the offending token vs the scalar being scanned), so parity only requires that both report an
 * error; each engine's position must still be inside the frontmatter block.
 * Limit details: while converting in document order, every scalar, sequence, mapping and mapping
 * key counts 1 when created; an alias counts the full size (same rule, aliases inside expanded)
 * of its anchor's value. The total is checked only when an alias is resolved (error position =
 * the alias's `*`); an alias to an anchor whose value is not finished (a recursive alias) or to
 * an anchor that is never defined is the same error. Nesting counts collections only: the
 * top-level collection is level 1; a collection at level 65 is the error, at its first character
 * (`[`/`{`, `-` of a block sequence, first key of a block mapping); aliased copies are not
 * re-checked for depth. A collection key is the error "complex (collection) mapping keys are not
 * supported" at the key's first character (same rule). Error order: YAML syntax errors and
 * duplicate keys (in document order) before limits and complex keys (in document order). When
 * there is an error, `keys` is empty. A closing line may end with "\r\n", "\n" or the end of the file.
 * A CR not followed by LF inside the block is the error "lone CR (carriage return without line
 * feed) in the YAML; use LF or CRLF line endings" at that CR, before any YAML error (YAML reads a
 * lone CR as a line break, these positions do not; found by fuzzing).
 */
export interface Frontmatter {
  /** Line of the opening `---` (always 1). */
  line: number;
  /** Line of the closing delimiter; absent when unterminated. */
  endLine?: number;
  /** The parsed YAML value: plain JSON (objects, arrays, strings, finite numbers, booleans, null).
   * Absent when there is an error. An empty block gives `null`. Non-finite numbers become null;
   * -0 becomes 0. An explicit core tag (`!!int "7"`, `!!str 7`) resolves within its own type as
   * the `yaml` package does (a value its type cannot read stays a string); other tags give strings.
   * YAML 1.2 core schema: unquoted dates stay strings; `yes`/`no` stay strings. Mapping keys are
   * converted to strings (scalars by their source text). Duplicate keys are an error. */
  data?: unknown;
  /** YAML error or structural error. `line`/`column` are file positions (not block-relative). */
  error?: { message: string; line: number; column: number };
  /** For a mapping at top level: each key and the file line where it appears, in source order. */
  keys: { key: string; line: number }[];
}

/**
 * siteFrontMatter: the lines of a leading HTML comment in which another site's build keeps the
 * page's front matter (OpenTelemetry's spec repositories: `<!--- Hugo front matter used to generate
 * the website version of this page:` ... `--->`). Identical in both engines, lexical: from the body
 * (after the frontmatter block, or the whole file), blank lines (spaces/tabs only) are skipped; the
 * next line must start with `<!--` at column 1, hold no `-->`, and contain `front matter` (ASCII
 * case-insensitive); the comment ends at the first later line holding `-->`, which must be only
 * dashes then `-->` (trailing spaces/tabs allowed), else no fact. The lines between are parsed as
 * the frontmatter YAML is (same limits) and must give a mapping with at least one key, no error.
 * `line` is the `<!--` line, `endLine` the closing line. Anything else (a comment further down, a
 * comment that does not say `front matter`, invalid YAML, a list) gives no fact.
 */
export interface LineSpan {
  line: number;
  endLine: number;
}

export interface Heading {
  /** 1..6 */
  level: number;
  /** Plain text: text and inline code contents concatenated, image alt text included, HTML
   * dropped, soft/hard breaks as a single space, trimmed. Entities and escapes decoded.
   * Footnote references contribute nothing. Line endings left inside text become one space;
   * trimming is JS `String.prototype.trim` (Unicode White_Space, line terminators, U+FEFF). */
  text: string;
  line: number;
  column: number;
  /** `atx` or `setext`. */
  style: 'atx' | 'setext';
}

export type LinkKind = 'inline' | 'reference' | 'autolink' | 'html' | 'shortcode';

/**
 * Hugo `ref`/`relref` shortcodes (kind `shortcode`), found in every document whatever the link
 * mode (the engines do not know it; rules use them in `hugo` mode only), identical in both engines.
 * Hugo expands shortcodes in the raw body before Markdown, inside code too, so the body (the text
 * after the frontmatter block, or the whole file when there is none or it is unterminated) is
 * scanned left to right for `{{`, regardless of Markdown structure:
 * - grammar (ws = space, \t, \n, \r, \f, \v): `{{` open=(`<` | `%`) ws* name=(`ref` | `relref`,
 *   case-sensitive) ( ws+ arg )* ws* `/`? close, where close is `>}}` after `<` and `%}}` after `%`;
 *   arg = value | key ws* `=` ws* value, key = [A-Za-z_][A-Za-z0-9_]*, value = `"` ( `\` any |
 *   [^"\\] )* `"` (each `\x` gives `x`) | `` ` `` [^`]* `` ` `` (raw) | [^ws"`=>%}]+ (unquoted).
 *   Hugo's escape, `{{</*` (the opener, ws*, then slash-star) up to star-slash `>}}`, is no shortcode.
 * - A shortcode holds no other `{{`: the match must end (its close included) at or before the
 *   next `{{` that starts two or more characters after its own (`{{< ref "{{x" >}}` is none).
 * - When the text at a `{{` does not match, scanning resumes at the next character; after a
 *   match, after its close. A match gives one Link at its first `{` when it has a path: the first
 *   argument without a key, else the value of key `path` (`target` = that value as decoded above,
 *   nothing else decoded or trimmed); the value of key `lang`, when present, is `lang` (for each,
 *   the first occurrence wins; other keys are ignored). No path: no Link.
 * - These links are merged with the Markdown and HTML links in source order (positions compare
 *   as (line, column); a shortcode never starts where another link does) and counted in
 *   `metrics.links`. A Markdown link whose destination holds a shortcode is still whatever
 *   CommonMark makes of it (`[x]({{< ref "a" >}})` is text: the spaces end the destination).
 */

export interface Link {
  kind: LinkKind;
  /** True for images (`![..](..)`, `![..][..]` and HTML `<img src>`). */
  image: boolean;
  /** Destination as the parser decoded it (escapes and entities resolved, no percent-encoding
   * applied, `<...>` brackets removed). For reference links, the definition's destination.
   * For autolinks of e-mail addresses, `mailto:` + address. For HTML: the `href` of `<a>` or
   * `src` of `<img>`, entity-decoded for `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` only. */
  target: string;
  /** Kind `shortcode` only: the `lang` argument (`{{< ref path="x" lang="fr" >}}`), when given. */
  lang?: string;
  line: number;
  column: number;
  /**
   * Scans only (absent from a single document's facts): the position in the scan's `paths` of the
   * file or folder a *plain* target names by GitHub's file-relative rule, else -1. Both engines
   * compute it while extracting, so the rules look up no joined path strings for most links.
   * A target is plain when its first and last characters are ASCII graphic (U+0021-U+007E: no
   * trimming applies), it does not start with `//` or a scheme (`^[A-Za-z][A-Za-z0-9+.-]*:`), and
   * its path part (before the first `#`, then before the first `?`) is not empty and has no `%`
   * (no decoding applies). The path part is joined to the document's folder (to the root when it
   * starts with `/`) segment by segment: empty and `.` segments dropped, `..` removes the last
   * segment. Climbing above the root, joining to the root itself, a path not in `paths`, a target
   * that is not plain, and every `shortcode` link give -1. Whenever `to` >= 0, `paths[to]` is the
   * path rules/links/resolve.ts `resolveLinkTarget` gives.
   */
  to?: number;
}

export interface CodeBlock {
  /** First word of a fenced block's info string (decoded); "" for indented blocks or no info. */
  lang: string;
  fenced: boolean;
  line: number;
  /** Last line of the block (the closing fence when present): the line of the last
   * non-whitespace character of the block's source range, so trailing blank lines of an
   * unclosed fence do not count. */
  endLine: number;
}

/**
 * HTML scanning (anchors, HTML links, suppressions), identical in both engines: the source text
 * of each HTML node (an HTML block's whole source range, container markers included, or one
 * inline HTML element) is scanned left to right for `<`:
 * - `<!--`: a comment up to the next `-->` (searched from after `<!--`); if there is none in the
 *   node, scanning of that node stops. A comment is a suppression when its text, trimmed as by
 *   JS `String.prototype.trim`, starts with `docward-`.
 * - otherwise an open tag matching CommonMark's open-tag grammar, with ASCII whitespace
 *   (space, \t, \n, \r, \f, \v) as whitespace:
 *   `<` name=[A-Za-z][A-Za-z0-9-]* ( ws+ attr=[A-Za-z_:][A-Za-z0-9_.:-]*
 *   ( ws* `=` ws* ( [^ws"'=<>`]+ | '[^']*' | "[^"]*" ) )? )* ws* `/`? `>`;
 *   scanning resumes after the tag. Anything else (closing tags, `<!DOCTYPE`, a `<` that does
 *   not start a tag): move on one character.
 * - Tag and attribute names are case-insensitive; the first occurrence of an attribute wins (as
 *   in HTML), even one without a value, which names nothing (`<a href href=x>` is no link). `<a href>` → Link (kind `html`), `<img src>` →
 *   Link (image); `id` and `name` on any tag → one Anchor each, in attribute order; all at the
 *   tag's `<`. Values are decoded for `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` only, in one pass.
 */
export interface Anchor {
  /** The attribute value, entity-decoded as for HTML link targets. */
  id: string;
  line: number;
  column: number;
}

/**
 * An HTML comment whose text, trimmed, starts with `docward-`:
 * `<!-- docward-disable a b -->`, `<!-- docward-enable -->`, `<!-- docward-disable-next-line a -->`,
 * `<!-- docward-disable-file a -->`. Found in HTML blocks and inline HTML only (not code).
 */
export interface Suppression {
  /** The word after `docward-` (up to ASCII whitespace), e.g. `disable`, `enable`,
   * `disable-next-line`, `disable-file` (unknown words are kept verbatim so rules can report them). */
  directive: string;
  /** Rule ids listed after the directive, split on whitespace and commas; empty = all rules. */
  rules: string[];
  line: number;
  column: number;
}

export interface Metrics {
  /** Maximal runs of non-whitespace characters in the document's text, where text is the decoded
   * Text content of paragraphs, headings, table cells, list items, block quotes, footnotes, link
   * text and image alt text. Every inline code span, HTML (block or inline), soft or hard break,
   * and every block start or end acts as whitespace. Whitespace = U+0020 \t \n \r \v \f only.
   * Frontmatter and code blocks contribute nothing. Table cells are blocks. Emphasis, strong,
   * strikethrough, links, images and footnote references do not break a word (`a*b*c` is one
   * word); a code span inside image alt text does. */
  words: number;
  headings: number;
  links: number;
  codeBlocks: number;
}
