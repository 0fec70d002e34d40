// Seeded generator of documentation corpora shaped like real docs trees; a corpus is reused when its manifest matches.
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Bump when the generated content changes so stale corpora are rebuilt instead of reused.
const GENERATOR_VERSION = 4;
export const CORPORA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpora');

/** mulberry32: small, fast, and identical on every platform for the same seed. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Mixes the corpus seed with an index so each file's content is independent of generation order. */
function subSeed(seed, index, salt) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

const WORDS = (
  'access account action agent alert api archive audit backup batch build cache change client cluster ' +
  'command config connect console container context control create data database deploy design device ' +
  'disk docker domain driver endpoint engine error event export feature field file filter folder format ' +
  'gateway guide handler header health host image import index input install instance integration job ' +
  'key kernel label layer library limit link load local log manager memory message metric migration ' +
  'model module monitor mount network node object operator option output package page parser patch path ' +
  'payload permission pipeline plugin policy pool port process profile project proxy query queue quota ' +
  'record region release replica report repository request resource response role route rule runtime ' +
  'schema scope script search secret server service session setting shard snapshot source storage stream ' +
  'subnet support switch system table target task template tenant test thread token topic trace trigger ' +
  'upgrade user value version volume webhook worker workflow zone'
).split(' ');
const LANGS = ['bash', 'yaml', 'json', 'python', 'typescript', 'go', 'rust', 'sql', 'text', 'console', ''];
const OWNERS = ['platform', 'infra', 'docs', 'security', 'data', 'mobile', 'web', 'sre'];
const STATUSES = ['draft', 'review', 'published', 'deprecated'];

const words = (r, lo, hi) => Array.from({ length: r.int(lo, hi) }, () => r.pick(WORDS)).join(' ');
const title = (r, lo, hi) => {
  const t = words(r, lo, hi);
  return t[0].toUpperCase() + t.slice(1);
};
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** Folder tree and file list; every path is relative and `/`-separated. */
function layout(kind, count, seed) {
  const r = rng(subSeed(seed, 0, 1));
  const perFolder = kind === 'tiny' ? 10 : 20;
  const folderCount = Math.max(1, Math.ceil(count / perFolder));
  const folders = [{ path: '', depth: 0 }];
  for (let k = 1; k < folderCount; k++) {
    let parent = folders[r.int(0, folders.length - 1)];
    if (parent.depth >= 6) parent = folders[0];
    const name = `${r.pick(WORDS)}-${k}`;
    folders.push({ path: parent.path ? `${parent.path}/${name}` : name, depth: parent.depth + 1 });
  }
  const docs = [];
  for (let i = 0; i < count; i++) {
    const folder = i < folders.length ? folders[i] : folders[r.int(0, folders.length - 1)];
    // The first file of each folder is its README, as in real trees.
    const name = i < folders.length ? 'README.md' : `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}.md`;
    docs.push(folder.path ? `${folder.path}/${name}` : name);
  }
  return { folders: folders.map((f) => f.path), docs };
}

/** Heading titles of document `i`, derivable without generating the document (for anchor links). */
function headingsOf(seed, i) {
  const r = rng(subSeed(seed, i, 2));
  const large = r.chance(0.003);
  const sections = large ? r.int(150, 400) : r.int(2, 8);
  const list = [];
  for (let s = 0; s < sections; s++) list.push({ level: s === 0 ? 1 : r.chance(0.3) ? 3 : 2, text: `${title(r, 1, 4)} ${s}` });
  return { large, list };
}

function relative(fromDoc, toPath) {
  const rel = path.posix.relative(path.posix.dirname(fromDoc), toPath);
  return rel || path.posix.basename(toPath);
}

function link(r, seed, docs, images, i, ownHeadings) {
  const from = docs[i];
  const roll = r.next();
  const j = r.int(0, docs.length - 1);
  if (roll < 0.45) return `[${words(r, 1, 3)}](${relative(from, docs[j])})`;
  if (roll < 0.6) {
    const h = r.pick(headingsOf(seed, j).list);
    return `[${words(r, 1, 3)}](${relative(from, docs[j])}#${slug(h.text)})`;
  }
  if (roll < 0.7) return `[${words(r, 1, 2)}](#${slug(r.pick(ownHeadings).text)})`;
  if (roll < 0.82) return `[${words(r, 1, 3)}](https://example.com/${r.pick(WORDS)}/${r.pick(WORDS)})`;
  if (roll < 0.87 && images.length) return `![${words(r, 1, 3)}](${relative(from, r.pick(images))})`;
  if (roll < 0.9) return `<https://example.org/${r.pick(WORDS)}>`;
  if (roll < 0.935) return `[${words(r, 1, 2)}][ref-${r.int(1, 3)}]`;
  // About 6% of links are broken: a missing file or a missing anchor.
  if (roll < 0.965) return `[${words(r, 1, 3)}](${relative(from, `${path.posix.dirname(docs[j])}/missing-${j}.md`)})`;
  return `[${words(r, 1, 3)}](${relative(from, docs[j])}#no-such-section-${j})`;
}

function paragraph(r, inlineLinks) {
  const parts = [];
  const n = r.int(2, 5);
  for (let s = 0; s < n; s++) {
    let sentence = title(r, 5, 14);
    if (r.chance(0.25)) sentence += ` \`${r.pick(WORDS)}.${r.pick(WORDS)}\``;
    if (r.chance(0.2)) sentence += ` **${words(r, 1, 2)}**`;
    if (inlineLinks.length && r.chance(0.6)) sentence += ` ${inlineLinks.shift()}`;
    parts.push(sentence + '.');
  }
  return parts.join(' ');
}

function documentText(seed, docs, images, i) {
  const r = rng(subSeed(seed, i, 3));
  const { large, list } = headingsOf(seed, i);
  const out = [];
  if (r.chance(0.85)) {
    out.push('---', `title: ${list[0].text}`, `description: ${title(r, 4, 10)}`);
    out.push(`owner: ${r.pick(OWNERS)}`, `status: ${r.pick(STATUSES)}`);
    out.push(`updated: 202${r.int(0, 6)}-0${r.int(1, 9)}-1${r.int(0, 9)}`);
    if (r.chance(0.6)) out.push('tags:', ...Array.from({ length: r.int(1, 4) }, () => `  - ${r.pick(WORDS)}`));
    if (r.chance(0.1)) out.push('review:', `  by: ${r.pick(OWNERS)}`, `  every: ${r.int(30, 365)}d`);
    out.push('---', '');
  }
  const linkCount = large ? r.int(60, 200) : r.int(5, 30);
  const links = Array.from({ length: linkCount }, () => link(r, seed, docs, images, i, list));
  const perSection = Math.ceil(links.length / list.length);
  for (let s = 0; s < list.length; s++) {
    const h = list[s];
    out.push(`${'#'.repeat(h.level)} ${h.text}`, '');
    const sectionLinks = links.slice(s * perSection, (s + 1) * perSection);
    out.push(paragraph(r, sectionLinks), '');
    const block = r.next();
    if (block < 0.25) {
      const ordered = r.chance(0.3);
      const task = !ordered && r.chance(0.2);
      for (let k = 0; k < r.int(2, 6); k++) {
        const marker = ordered ? `${k + 1}.` : task ? `- [${r.chance(0.5) ? 'x' : ' '}]` : '-';
        out.push(`${marker} ${title(r, 2, 8)}${sectionLinks.length ? ' ' + sectionLinks.shift() : ''}`);
      }
      out.push('');
    } else if (block < 0.4) {
      out.push(`| ${title(r, 1, 2)} | ${title(r, 1, 2)} | ${title(r, 1, 2)} |`, '| --- | --- | --- |');
      for (let k = 0; k < r.int(2, 8); k++) out.push(`| \`${r.pick(WORDS)}\` | ${words(r, 1, 4)} | ${r.int(0, 999)} |`);
      out.push('');
    } else if (block < 0.6) {
      out.push('```' + r.pick(LANGS));
      for (let k = 0; k < r.int(2, 15); k++) out.push(`${r.pick(WORDS)} --${r.pick(WORDS)}=${r.int(0, 99)} ${r.pick(WORDS)}`);
      out.push('```', '');
    } else if (block < 0.65) {
      out.push(`> **Note:** ${title(r, 6, 16)}.`, '');
    } else if (block < 0.67) {
      out.push(`<a id="${slug(h.text)}-anchor"></a>`, '');
    } else if (block < 0.68) {
      out.push('<!-- docward-disable-next-line links -->', '');
    }
    if (sectionLinks.length) out.push(paragraph(r, sectionLinks), '');
    // Links the prose did not place still appear, so each document has exactly its drawn link count.
    if (sectionLinks.length) out.push(`See also: ${sectionLinks.join(', ')}.`, '');
  }
  out.push('[ref-1]: https://example.com/ref/one', '[ref-2]: ../README.md', '[ref-3]: #' + slug(list[0].text), '');
  return out.join('\n');
}

function tinyText(seed, docs, i) {
  const r = rng(subSeed(seed, i, 4));
  const lines = [];
  if (r.chance(0.5)) lines.push('---', `title: ${title(r, 1, 3)}`, '---', '');
  lines.push(`# ${title(r, 1, 4)}`, '');
  if (r.chance(0.7)) lines.push(`${title(r, 3, 8)} [${r.pick(WORDS)}](${relative(docs[i], r.pick(docs))}).`, '');
  return lines.join('\n');
}

export function corpusName(kind, count, seed) {
  return `${kind}-${count}-s${seed}`;
}

/**
 * Creates (or reuses) one corpus and returns its manifest.
 * kind `docs`: realistic trees (frontmatter on ~85%, 5–30 links each with ~6% broken, ~0.3% large files, ~5% non-Markdown assets).
 * kind `tiny`: many one-heading files in small folders, to measure per-file overhead.
 */
export function ensureCorpus({ kind, count, seed, dir = CORPORA_DIR, log = () => {} }) {
  if (kind !== 'docs' && kind !== 'tiny') throw new Error(`unknown corpus kind "${kind}" (docs or tiny)`);
  const name = corpusName(kind, count, seed);
  const root = path.join(dir, name);
  const manifestPath = path.join(dir, `${name}.json`);
  const wanted = { generator: GENERATOR_VERSION, kind, count, seed };
  if (existsSync(manifestPath) && existsSync(root)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (Object.entries(wanted).every(([k, v]) => manifest[k] === v)) return { ...manifest, root, reused: true };
  }
  log(`generating ${name} ...`);
  const started = Date.now();
  const tmp = `${root}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  const { folders, docs } = layout(kind, count, seed);
  for (const f of folders) mkdirSync(path.join(tmp, f), { recursive: true });
  const images = [];
  let assets = 0;
  if (kind === 'docs') {
    // Non-Markdown files the walk must see and skip; some are link targets.
    const r = rng(subSeed(seed, 0, 5));
    for (let k = 0; k < Math.ceil(count / 20); k++) {
      const folder = r.pick(folders);
      const file = `${folder ? folder + '/' : ''}${r.pick(WORDS)}-${k}.${r.pick(['png', 'svg', 'yml', 'json'])}`;
      writeFileSync(path.join(tmp, file), `asset ${k}\n`);
      assets++;
      if (file.endsWith('.png') || file.endsWith('.svg')) images.push(file);
    }
  }
  let bytes = 0;
  let largest = 0;
  for (let i = 0; i < docs.length; i++) {
    const text = kind === 'docs' ? documentText(seed, docs, images, i) : tinyText(seed, docs, i);
    const size = Buffer.byteLength(text);
    bytes += size;
    largest = Math.max(largest, size);
    writeFileSync(path.join(tmp, docs[i]), text);
  }
  renameSync(tmp, root);
  const manifest = { ...wanted, documents: docs.length, folders: folders.length, bytes, largestBytes: largest, assets };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  log(`generated ${name}: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { ...manifest, root, reused: false };
}

// `node bench/generate.mjs docs 1000 [seed]` generates one corpus by hand.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [kind = 'docs', count = '1000', seed = '1'] = process.argv.slice(2);
  const m = ensureCorpus({ kind, count: Number(count), seed: Number(seed), log: (s) => console.error(s) });
  console.log(JSON.stringify(m));
}
