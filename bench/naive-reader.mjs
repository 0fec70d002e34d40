// The js floor: a straightforward fast-glob + regex reader (frontmatter, headings, links), the bar the js engine is held to.
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
const files = fg.sync(['**/*.md', '**/*.markdown'], { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: true });
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/gm;
const LINK = /!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;
let headings = 0;
let links = 0;
let frontmatter = 0;
const documents = files.sort().map((file) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  if (/^---[ \t]*\r?\n/.test(text)) frontmatter++;
  const h = [...text.matchAll(HEADING)].map((m) => ({ level: m[1].length, text: m[2] }));
  const l = [...text.matchAll(LINK)].map((m) => m[2]);
  headings += h.length;
  links += l.length;
  return { path: file, bytes: Buffer.byteLength(text), headings: h, links: l };
});
process.stdout.write(JSON.stringify({ documents: documents.length, frontmatter, headings, links }) + '\n');
