/** One place for neutralising user-controlled text (file names, frontmatter values, messages) before it is shown. */

// C0/C1 controls (tab and newline are handled separately) and bidi overrides that can hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Characters that Markdown or HTML could read as structure; a numeric entity is always literal text (CommonMark 6.2).
const MARKUP = /[&<>"'`*_[\]()\\|#!~:$]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/** One line of plain text (annotations, terminals): line breaks and tabs become spaces, control and bidi characters (ESC included) become U+FFFD. */
export function plainLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '\uFFFD');
}

/**
 * Text that renders literally in GitHub Markdown and in HTML blocks (table cells, `<summary>`, lists):
 * no HTML, no emphasis or links, no table breaks, no @mentions, no #issue references, no autolinked URLs.
 * Never put the result inside a code span (entities are not decoded there).
 */
export function markdownText(text: string): string {
  return (
    plainLine(text)
      .replace(MARKUP, (c) => `&#${c.codePointAt(0)};`)
      // GitHub links mentions and references after rendering, so entities alone do not stop them.
      // Every `@`: GFM's email autolinks also start at `a@.a` (found by a random fast-check seed).
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/&#35;(?=\d)/g, `&#35;${ZERO_WIDTH_SPACE}`)
      .replace(/(&#58;)(?=\/\/)/g, `$1${ZERO_WIDTH_SPACE}`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
  );
}

/** A rule id or other identifier as inline code when it is a plain identifier, else as escaped text. */
export function markdownCode(id: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}

/** A repository path encoded for a URL, including the characters that would end a Markdown link. */
export function urlPath(repoPath: string): string {
  return repoPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * Any text as inline code (paths with `#`, headings): one line, a backtick fence longer than any run inside,
 * `|` escaped so a table cell stays one cell (GFM unescapes it there). Nothing inside a code span is HTML,
 * a mention or a link.
 */
export function markdownCodeSpan(text: string): string {
  const line = plainLine(text).replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(1, ...[...line.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
