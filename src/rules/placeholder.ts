/**
 * Placeholder values: text an author is meant to replace (`YYYY-MM-DD`, `[DATE]`, `<your-name>`,
 * `draft|active|archived`, `path/to/file.md`, `url`), common in templates and in examples of how
 * to write a document. They are not defects of the document docward can judge: the rules that
 * would report them (link-broken, frontmatter-date, frontmatter-enum) count them as unverified
 * instead, unless their `checkPlaceholders` option is on.
 */
import type { UnverifiedTally } from '../unverified.js';

const PLACEHOLDER = new RegExp(
  [
    // Date formats written out: YYYY-MM-DD, yyyy/mm/dd, YYYY-MM-DDTHH:MM:SS, XXXX-XX-XX.
    String.raw`^(?:YYYY|yyyy|XXXX)[-/.](?:MM|mm|XX)(?:[-/.](?:DD|dd|XX)(?:[T ].*)?)?$`,
    // [DATE], [Title], [AUTHOR NAME]; <date>, <your-name>; {date}, {{ .Date }}.
    String.raw`^\[[A-Za-z][\w .-]*\]$`,
    String.raw`^<[A-Za-z][\w .:/-]*>$`,
    String.raw`^\{\{?[^{}]+\}?\}$`,
    // Alternatives to pick from: draft|active|archived.
    String.raw`^[\w.-]+(?:\|[\w.-]+)+$`,
    // path/to/file.md, ./path/to/x, /path/to/x.
    String.raw`^(?:\.{0,2}/)?path/to(?:/|$)`,
    // A link whose target is the word for one.
    String.raw`^(?:url|link|URL|LINK|Url|Link)$`,
  ].join('|'),
);

/** A token a script replaces before the text is used (`ENGLISH_VERSION_URL`, `YOUR_LINK`): capitals and underscores naming a link. */
const SCRIPT_TOKEN = /^(?:[A-Z][A-Z0-9]*_)+(?:URL|URI|LINK|HREF|PATH)$|^YOUR_[A-Z0-9_]+$/;

/** True for a link target that is a token a script replaces: the document is a template the build fills in. */
export function isScriptToken(value: string): boolean {
  return SCRIPT_TOKEN.test(value.trim());
}

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim()) || isScriptToken(value);
}

/** Counts one placeholder left unchecked by `rule`. */
export function countPlaceholder(tally: UnverifiedTally, rule: string): void {
  tally.add({
    cause: 'placeholder',
    rule,
    message: 'placeholder values (YYYY-MM-DD, [DATE], <name>, a|b|c, path/to/…, url, SOME_URL) are left for the author to fill in',
    unit: 'entries',
    key: `rules.${rule}.checkPlaceholders`,
  });
}
