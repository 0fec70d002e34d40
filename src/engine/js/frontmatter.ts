/** Finds the frontmatter block (contract delimiter rules) and parses its YAML. */
import { parseDocument } from 'yaml';
import type { Frontmatter } from '../contract.js';
import type { LineIndex } from './positions.js';
import { firstTooDeepCollection, MAX_YAML_DEPTH, sameKey, yamlToJson, YamlValueError } from './yaml-value.js';

export interface FrontmatterSplit {
  frontmatter?: Frontmatter;
  /** Offset in the text where the Markdown body starts. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
export const LONE_CR_MESSAGE = 'lone CR (carriage return without line feed) in the YAML; use LF or CRLF line endings';
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontmatter(text: string, index: LineIndex): FrontmatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { bodyStart: 0 };
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
    if (nl === -1) break;
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

function parseFrontmatter(source: string, base: number, index: LineIndex): Frontmatter {
  const errorAt = (message: string, offset: number): Frontmatter => {
    // An error at the end of the YAML points at the end of its last line, not at the closing `---`.
    const last = source.endsWith('\n') ? source.length - 1 : source.length;
    const pos = index.position(base + Math.min(Math.max(offset, 0), last));
    return { line: 1, error: { message, line: pos.line, column: pos.column }, keys: [] };
  };
  // YAML reads a lone CR as a line break and the contract's lines do not: refuse it rather than disagree.
  const loneCr = /\r(?!\n)/.exec(source);
  if (loneCr) return errorAt(LONE_CR_MESSAGE, loneCr.index);
  const doc = parseDocument(source, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: sameKey,
    prettyErrors: false,
  });
  const first = doc.errors[0];
  if (first && /call stack/i.test(first.message)) {
    const deep = firstTooDeepCollection(source);
    if (deep !== undefined) return errorAt(`YAML nesting deeper than ${MAX_YAML_DEPTH} levels`, deep);
  }
  if (first) return errorAt(first.message, first.pos[0]);
  try {
    const json = yamlToJson(doc);
    const keys = json.keys.map((k) => ({ key: k.key, line: index.lineOf(base + k.offset) }));
    return { line: 1, data: json.value, keys };
  } catch (err) {
    if (err instanceof YamlValueError) return errorAt(err.message, err.offset);
    throw err;
  }
}

/** Field order as written in the contract (line, endLine, data, error, keys). */
function reorder(f: Frontmatter): Frontmatter {
  const out: Frontmatter = { line: f.line } as Frontmatter;
  if (f.endLine !== undefined) out.endLine = f.endLine;
  if ('data' in f) out.data = f.data;
  if (f.error) out.error = f.error;
  out.keys = f.keys;
  return out;
}

/** The leading HTML comment holding a site build's front matter (contract `siteFrontMatter`; native/src/frontmatter.rs). */
export function siteFrontMatter(text: string, bodyStart: number, index: LineIndex): { line: number; endLine: number } | undefined {
  let start = bodyStart;
  let line = index.lineOf(bodyStart);
  let nl = text.indexOf('\n', start);
  while (/^[ \t\r]*$/.test(text.slice(start, nl === -1 ? text.length : nl))) {
    if (nl === -1) return undefined;
    start = nl + 1;
    line += 1;
    nl = text.indexOf('\n', start);
  }
  if (nl === -1) return undefined;
  const first = text.slice(start, nl).replace(/\r$/, '');
  if (!first.startsWith('<!--')) return undefined;
  const rest = first.slice(4);
  if (rest.includes('-->') || !/front matter/i.test(rest)) return undefined;
  const yamlStart = nl + 1;
  let endLine = line;
  for (let pos = yamlStart; pos < text.length;) {
    const lineEnd = text.indexOf('\n', pos);
    const end = lineEnd === -1 ? text.length : lineEnd;
    endLine += 1;
    const current = text.slice(pos, end);
    if (current.includes('-->')) {
      if (!/^-*-->[ \t\r]*$/.test(current)) return undefined;
      const parsed = parseFrontmatter(text.slice(yamlStart, pos), yamlStart, index);
      const mapping = parsed.error === undefined && isMapping(parsed.data) && parsed.keys.length > 0;
      return mapping ? { line, endLine } : undefined;
    }
    pos = end + 1;
  }
  return undefined;
}

function isMapping(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
