/** The native engine's ScanStream: the listing at once, then batches from the addon's producer thread. */
import type {
  Anchor,
  CodeBlock,
  DocumentFacts,
  FileProblem,
  Frontmatter,
  Heading,
  LineSpan,
  Link,
  LinkKind,
  ScanOptions,
  ScanStream,
  Suppression,
} from './contract.js';
import type { NativeBinding, NativeScanHandle } from './native.js';

/** Batching knobs of `scanStart` (the addon's defaults when absent; the bench varies them). */
export interface NativeStreamTuning {
  batchDocuments?: number;
  queue?: number;
}

/** The addon's listing: directories and documents as positions in `paths` (shared strings). */
interface Listing {
  schema: 1;
  paths: string[];
  dirs: number[];
  documents: number[];
}

/**
 * One document of a batch, positional (native/src/batch.rs writes it; see there for the layout):
 * no key repeated per heading or link, so parsing and decoding cost about half of JSON.parse of the objects.
 * No path either: batches follow the listing's `documents`, whose path strings are reused.
 */
type EncodedDocument = [
  bytes: number,
  lines: number,
  problem: FileProblem | 0,
  frontmatter: Frontmatter | 0,
  headings: (number | string)[],
  links: (number | string)[],
  codeBlocks: (number | string)[],
  anchors: (number | string)[],
  suppressions: Suppression[] | 0,
  words: number,
  headingCount: number,
  linkCount: number,
  codeBlockCount: number,
  siteFrontMatter: LineSpan | 0,
];

/** Link kinds by code, in the order of batch.rs `LINK_KINDS`. */
const LINK_KINDS: readonly LinkKind[] = ['inline', 'reference', 'autolink', 'html', 'shortcode'];

/** Throws (like `scan`) on bad options or a missing root. `next()` waits on the addon synchronously. */
export function nativeStream(scanStart: NativeBinding['scanStart'], options: ScanOptions, tuning: NativeStreamTuning = {}): ScanStream {
  let handle: NativeScanHandle | undefined = scanStart(JSON.stringify(options), tuning.batchDocuments, tuning.queue);
  const { schema, paths, dirs, documentPaths } = decodeListing(handle.takeListing() ?? 'null');
  const close = (): void => {
    handle?.close();
    handle = undefined;
  };
  // Documents delivered so far: the next one's path is documentPaths[delivered].
  let delivered = 0;
  return {
    schema,
    paths,
    dirs,
    documentPaths,
    readAsMdx: (globs) => {
      if (handle === undefined) throw new Error('readAsMdx after the scan closed');
      handle.readAsMdx(globs);
    },
    begin: () => {
      if (handle === undefined) throw new Error('begin after the scan closed');
      handle.begin();
    },
    next: async () => {
      const json = handle?.next() ?? null;
      if (json === null) {
        close();
        return undefined;
      }
      const documents = (JSON.parse(json) as EncodedDocument[]).map((d, i) => decodeDocument(d, documentPaths[delivered + i]!));
      delivered += documents.length;
      return documents;
    },
    close,
  };
}

/** The listing with positions made paths (in a function of its own: the stream's closures would keep the positions alive). */
function decodeListing(json: string): { schema: 1; paths: string[]; dirs: string[]; documentPaths: string[] } {
  const listing = JSON.parse(json) as Listing;
  const at = (i: number) => listing.paths[i]!;
  return { schema: listing.schema, paths: listing.paths, dirs: listing.dirs.map(at), documentPaths: listing.documents.map(at) };
}

/** The contract's object, keys in the contract's order (as JSON.parse of the serde output would give). */
function decodeDocument(a: EncodedDocument, path: string): DocumentFacts {
  const document: DocumentFacts = { path, bytes: a[0], lines: a[1] } as DocumentFacts;
  if (a[2] !== 0) document.problem = a[2];
  if (a[3] !== 0) document.frontmatter = a[3];
  if (a[13] !== 0) document.siteFrontMatter = a[13];
  document.headings = decodeHeadings(a[4]);
  document.links = decodeLinks(a[5]);
  document.codeBlocks = decodeCodeBlocks(a[6]);
  document.anchors = decodeAnchors(a[7]);
  document.suppressions = a[8] === 0 ? [] : a[8];
  document.metrics = { words: a[9], headings: a[10], links: a[11], codeBlocks: a[12] };
  return document;
}

function decodeHeadings(f: (number | string)[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < f.length; i += 5) {
    out.push({
      level: f[i] as Heading['level'],
      text: f[i + 1] as string,
      line: f[i + 2] as number,
      column: f[i + 3] as number,
      style: f[i + 4] === 1 ? 'setext' : 'atx',
    });
  }
  return out;
}

/** Six fields per link; `to` follows `lang` (the key last, as serde writes it). */
function decodeLinks(f: (number | string)[]): Link[] {
  const out: Link[] = [];
  for (let i = 0; i < f.length; i += 6) {
    const code = f[i] as number;
    const kind = LINK_KINDS[code & 7]!;
    const lang = f[i + 4];
    // `lang` sits between target and line, where serde writes it, so key order matches the contract JSON.
    const link: Link =
      lang === 0
        ? { kind, image: code >= 8, target: f[i + 1] as string, line: f[i + 2] as number, column: f[i + 3] as number }
        : { kind, image: code >= 8, target: f[i + 1] as string, lang: lang as string, line: f[i + 2] as number, column: f[i + 3] as number };
    link.to = f[i + 5] as number;
    out.push(link);
  }
  return out;
}

function decodeCodeBlocks(f: (number | string)[]): CodeBlock[] {
  const out: CodeBlock[] = [];
  for (let i = 0; i < f.length; i += 4) {
    out.push({ lang: f[i] as string, fenced: f[i + 1] === 1, line: f[i + 2] as number, endLine: f[i + 3] as number });
  }
  return out;
}

function decodeAnchors(f: (number | string)[]): Anchor[] {
  const out: Anchor[] = [];
  for (let i = 0; i < f.length; i += 3) {
    out.push({ id: f[i] as string, line: f[i + 1] as number, column: f[i + 2] as number });
  }
  return out;
}
