// Mutation recall: rename link targets or fragments that a scan accepts to names that exist nowhere, in a copy.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { sampleBy } from './corpora-sample.mjs';

const DOC = /\.(md|mdx|markdown)$/i;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
// Targets built by a template or a generator at render time: not a fixed name to mutate.
const TEMPLATED = /[{}<>%$\s\\]/;
export const MUTANT = 'zzdocwardmutant';
// Documents parsed for candidates at most (markdown parsing dominates the check on large trees).
const MAX_DOCUMENTS = 1000;

/** Files under root (no .git, no node_modules), as root-relative POSIX paths. */
export function listFiles(root) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

// The raw destination of a link or definition node: offset and text as written in the source.
function rawDestination(src, node) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const slice = src.slice(start, end);
  let i;
  if (node.type === 'definition') {
    i = slice.indexOf(']:');
    if (i < 0) return null;
    i += 2;
  } else {
    if (!slice.endsWith(')')) return null; // reference links carry no destination of their own
    i = slice.lastIndexOf('](');
    if (i < 0) return null;
    i += 2;
  }
  while (i < slice.length && /[ \t\n]/.test(slice[i])) i += 1;
  if (slice[i] === '<') return null;
  let j = i;
  let depth = 0;
  while (j < slice.length && !/[ \t\n]/.test(slice[j])) {
    if (slice[j] === '(') depth += 1;
    else if (slice[j] === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
    j += 1;
  }
  const raw = slice.slice(i, j);
  return raw ? { offset: start + i, raw } : null;
}

/**
 * Internal links of a document with their raw destination, offset and the lines a finding may be
 * reported at: the link's own, or for a definition its own and those of the references using it.
 */
export function documentLinks(src) {
  let tree;
  try {
    tree = fromMarkdown(src, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch {
    return [];
  }
  const out = [];
  const uses = new Map();
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const visit = (node) => {
    if (node.type === 'linkReference') {
      if (!uses.has(node.identifier)) uses.set(node.identifier, []);
      uses.get(node.identifier).push(node.position.start.line);
    }
    if (node.type === 'link' || node.type === 'definition') {
      const dest = rawDestination(src, node);
      if (dest && !EXTERNAL.test(dest.raw) && !TEMPLATED.test(dest.raw)) {
        // A link whose text wraps is reported at its first line, its destination may sit on a later one.
        out.push({ line: lineOf(dest.offset), start: node.position.start.line, identifier: node.type === 'definition' ? node.identifier : null, ...dest });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  // An unused definition is no link on the page.
  return out
    .filter(({ identifier }) => identifier === null || uses.has(identifier))
    .map(({ identifier, start, ...link }) => ({ ...link, lines: [...new Set(identifier === null ? [link.line, start] : [link.line, ...uses.get(identifier)])] }));
}

// Every document and static file path, reduced to the route suffixes a site-absolute link may name.
function routeIndex(files) {
  const suffixes = new Set();
  for (const file of files) {
    const route = file.toLowerCase().replace(/\.(md|mdx|markdown|html|ya?ml)$/, '').replace(/\/(index|_index|readme)$/, '');
    const parts = route.split('/');
    for (let i = 0; i < parts.length; i += 1) suffixes.add(parts.slice(i).join('/'));
  }
  return suffixes;
}

function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether a link's target names a file of the checkout (relative: from the document; site-absolute: any route suffix). */
export function targetExists(root, doc, raw, routes) {
  const target = decode(raw.split('#')[0].split('?')[0]);
  if (!target) return true;
  if (target.startsWith('/')) {
    const route = target.toLowerCase().replace(/^\/+|\/+$/g, '').replace(/\.(md|mdx|html)$/, '').replace(/\/(index|_index|readme)$/, '');
    return route === '' || routes.has(route);
  }
  const base = path.join(root, path.dirname(doc), target);
  const tries = [base, `${base}.md`, `${base}.mdx`, base.replace(/\.html$/, '.md'), path.join(base, 'index.md'), path.join(base, '_index.md'), path.join(base, 'README.md'), path.join(base, 'index.mdx')];
  return tries.some((p) => existsSync(p));
}

/** The mutated destination, or null when this kind of mutation does not apply to raw. */
export function mutateDestination(raw, kind, n) {
  const hash = raw.indexOf('#');
  const beforeHash = hash < 0 ? raw : raw.slice(0, hash);
  const fragment = hash < 0 ? null : raw.slice(hash + 1);
  if (kind === 'fragment') {
    if (!fragment || /[#?]/.test(fragment)) return null;
    return `${beforeHash}#${MUTANT}${n}`;
  }
  const q = beforeHash.indexOf('?');
  const target = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? '' : beforeHash.slice(q);
  if (!target) return null;
  const slash = target.endsWith('/') ? '/' : '';
  const trimmed = slash ? target.slice(0, -1) : target;
  const cut = trimmed.lastIndexOf('/');
  const dir = trimmed.slice(0, cut + 1);
  const last = trimmed.slice(cut + 1);
  if (!last || last === '.' || last === '..' || last === '~') return null;
  const dot = last.lastIndexOf('.');
  const ext = dot > 0 ? last.slice(dot) : '';
  return `${dir}${MUTANT}${n}${ext}${slash}${query}${hash < 0 ? '' : raw.slice(hash)}`;
}

/**
 * Choose up to `count` links per kind (target, fragment) whose target is a file of the checkout and
 * that the baseline scan does not report (no link-* finding on their lines), one per line, seeded.
 */
export function chooseMutations(root, baselineFindings, { seed, corpus, count }) {
  const reported = new Set();
  for (const f of baselineFindings) if (f.rule.startsWith('link-')) reported.add(`${f.path}\u0000${f.line}`);
  const files = listFiles(root);
  const routes = routeIndex(files);
  const candidates = [];
  // A seeded sample of documents, read until both kinds have plenty of candidates: large trees stay fast.
  const documents = sampleBy(files.filter((f) => DOC.test(f)), { seed, corpus: `${corpus}\u0000files`, size: MAX_DOCUMENTS, keyOf: (f) => f });
  const enough = Math.max(count * 10, 200);
  let targets = 0;
  let fragments = 0;
  for (const file of documents) {
    if (targets >= enough && fragments >= enough) break;
    const src = readFileSync(path.join(root, file), 'utf8');
    if (!src.includes('](') && !src.includes(']:')) continue;
    for (const link of documentLinks(src)) {
      if (link.lines.some((l) => reported.has(`${file}\u0000${l}`))) continue;
      if (!targetExists(root, file, link.raw, routes)) continue;
      candidates.push({ path: file, ...link });
      if (mutateDestination(link.raw, 'target', 0) !== null) targets += 1;
      if (mutateDestination(link.raw, 'fragment', 0) !== null) fragments += 1;
    }
  }
  const usedLines = new Set();
  const chosen = [];
  for (const kind of ['target', 'fragment']) {
    const applicable = candidates.filter((c) => mutateDestination(c.raw, kind, 0) !== null);
    const ordered = sampleBy(applicable, { seed, corpus: `${corpus}\u0000${kind}`, size: applicable.length, keyOf: (c) => `${c.path}\u0000${c.offset}` });
    let n = 0;
    for (const c of ordered) {
      if (n >= count) break;
      if (c.lines.some((l) => usedLines.has(`${c.path}\u0000${l}`))) continue;
      for (const l of c.lines) usedLines.add(`${c.path}\u0000${l}`);
      chosen.push({ kind, path: c.path, line: c.line, lines: c.lines, offset: c.offset, raw: c.raw, mutated: mutateDestination(c.raw, kind, chosen.length) });
      n += 1;
    }
  }
  return chosen;
}

/** Write the mutations into the copy at copyRoot (same relative paths), last offset first. */
export function applyMutations(copyRoot, mutations) {
  const byFile = new Map();
  for (const m of mutations) {
    if (!byFile.has(m.path)) byFile.set(m.path, []);
    byFile.get(m.path).push(m);
  }
  for (const [file, list] of byFile) {
    const abs = path.join(copyRoot, file);
    let src = readFileSync(abs, 'utf8');
    for (const m of [...list].sort((a, b) => b.offset - a.offset)) {
      if (src.slice(m.offset, m.offset + m.raw.length) !== m.raw) throw new Error(`${file}:${m.line}: mutation offset does not hold ${m.raw}`);
      src = src.slice(0, m.offset) + m.mutated + src.slice(m.offset + m.raw.length);
    }
    writeFileSync(abs, src);
  }
}

/** Which mutations the mutated scan reports at their line (any link-* rule), per kind. */
export function mutationRecall(mutations, mutatedFindings) {
  const reported = new Map();
  for (const f of mutatedFindings) if (f.rule.startsWith('link-')) reported.set(`${f.path}\u0000${f.line}`, f.rule);
  const byKind = {};
  const missed = [];
  for (const m of mutations) {
    const row = (byKind[m.kind] ??= { mutated: 0, reported: 0 });
    row.mutated += 1;
    const rule = (m.lines ?? [m.line]).map((l) => reported.get(`${m.path}\u0000${l}`)).find(Boolean);
    if (rule) row.reported += 1;
    else missed.push({ kind: m.kind, path: m.path, line: m.line });
  }
  for (const row of Object.values(byKind)) row.recall = row.mutated ? row.reported / row.mutated : null;
  return { byKind, missed };
}
