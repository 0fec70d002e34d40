/** The native engine's ScanStream: the listing at once, then batches from the addon's producer thread. */
import type { Anchor, CodeBlock, DocumentFacts, FileProblem, Frontmatter, Heading, Link, LinkKind, ScanOptions, ScanStream, Suppression } from './contract.js';
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
 */
type EncodedDocument = [
  path: string,
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
];

/** Link kinds by code, in the order of batch.rs `LINK_KINDS`. */
const LINK_KINDS: readonly LinkKind[] = ['inline', 'reference', 'autolink', 'html', 'shortcode'];

/** Throws (like `scan`) on bad options or a missing root. `next()` waits on the addon synchronously. */
export function nativeStream(
  scanStart: NonNullable<NativeBinding['scanStart']>,
  options: ScanOptions,
  tuning: NativeStreamTuning = {},
): ScanStream {
  let handle: NativeScanHandle | undefined = scanStart(JSON.stringify(options), tuning.batchDocuments, tuning.queue);
  const listing = JSON.parse(handle.takeListing() ?? 'null') as Listing;
  const close = (): void => {
    handle?.close();
    handle = undefined;
  };
  return {
    schema: listing.schema,
    paths: listing.paths,
    dirs: listing.dirs.map((i) => listing.paths[i]!),
    documentPaths: listing.documents.map((i) => listing.paths[i]!),
    next: async () => {
      const json = handle?.next() ?? null;
      if (json === null) {
        close();
        return undefined;
      }
      return decodeBatch(JSON.parse(json) as EncodedDocument[] | DocumentFacts[]);
    },
    close,
  };
}

/** A batch as DocumentFacts; binaries built before the positional encoding send the objects themselves. */
function decodeBatch(batch: EncodedDocument[] | DocumentFacts[]): DocumentFacts[] {
  if (batch.length === 0 || !Array.isArray(batch[0])) return batch as DocumentFacts[];
  return (batch as EncodedDocument[]).map(decodeDocument);
}

/** The contract's object, keys in the contract's order (as JSON.parse of the serde output would give). */
export function decodeDocument(a: EncodedDocument): DocumentFacts {
  const document: DocumentFacts = { path: a[0], bytes: a[1], lines: a[2] } as DocumentFacts;
  if (a[3] !== 0) document.problem = a[3];
  if (a[4] !== 0) document.frontmatter = a[4];
  document.headings = decodeHeadings(a[5]);
  document.links = decodeLinks(a[6]);
  document.codeBlocks = decodeCodeBlocks(a[7]);
  document.anchors = decodeAnchors(a[8]);
  document.suppressions = a[9] === 0 ? [] : a[9];
  document.metrics = { words: a[10], headings: a[11], links: a[12], codeBlocks: a[13] };
  return document;
}

function decodeHeadings(f: (number | string)[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < f.length; i += 5) {
    out.push({ level: f[i] as Heading['level'], text: f[i + 1] as string, line: f[i + 2] as number, column: f[i + 3] as number, style: f[i + 4] === 1 ? 'setext' : 'atx' });
  }
  return out;
}

function decodeLinks(f: (number | string)[]): Link[] {
  const out: Link[] = [];
  for (let i = 0; i < f.length; i += 5) {
    const code = f[i] as number;
    const kind = LINK_KINDS[code & 7]!;
    const lang = f[i + 4];
    // `lang` sits between target and line, where serde writes it, so key order matches the contract JSON.
    out.push(
      lang === 0
        ? { kind, image: code >= 8, target: f[i + 1] as string, line: f[i + 2] as number, column: f[i + 3] as number }
        : { kind, image: code >= 8, target: f[i + 1] as string, lang: lang as string, line: f[i + 2] as number, column: f[i + 3] as number },
    );
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
