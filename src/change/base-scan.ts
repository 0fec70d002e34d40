/**
 * The base side of a change, scanned without touching the work tree: the head's listing with the diff undone,
 * the head's facts for every document whose blob did not change, and only the changed documents extracted
 * from git blobs in memory. The base is judged by the head's config, site model and commit dates, so the two
 * scans differ only by the change itself.
 */
import type { DocumentFacts } from '../engine/contract.js';
import { setLinkPositions } from '../engine/js/link-positions.js';
import { loadNative } from '../engine/native.js';
import type { EngineName } from '../engine/index.js';
import type { ResolvedConfig } from '../config/load.js';
import { compileGlobs } from '../config/glob.js';
import { loadSite } from '../config/site.js';
import { RuleRunner } from '../rules/run.js';
import type { ScanListing } from '../rules/scan-index.js';
import { compareFindings, type Finding } from '../findings.js';
import { readBaseBlobs, type TreeChange } from './git.js';

export interface HeadScan {
  root: string;
  listing: ScanListing;
  /** Every head document's facts by path (kept while the head scan streamed). */
  documents: Map<string, DocumentFacts>;
  config: ResolvedConfig;
  engine: EngineName;
  ruleContext: { now: Date; gitDates?: Map<string, Date> };
}

export interface BaseScan {
  findings: Finding[];
  listing: ScanListing;
  /** The base documents by base path (head facts where the blob is unchanged). */
  documents: Map<string, DocumentFacts>;
  /** Documents extracted from base blobs (the rest reused the head's facts). */
  extracted: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The base's listing: head paths minus what the change added, plus what it deleted or renamed away (as the walk would list them). */
export function baseListing(head: ScanListing, change: TreeChange, config: Pick<ResolvedConfig, 'include' | 'exclude'>): ScanListing {
  const include = compileGlobs(config.include);
  const exclude = compileGlobs(config.exclude);
  const headDirs = new Set(head.dirs);
  const gone = new Set<string>([...change.added, ...[...change.renames.values()].map((r) => r.to)]);
  const files = head.paths.filter((p) => !headDirs.has(p) && !gone.has(p));
  const listed = new Set(files);
  // A path the walk would skip (excluded, or inside .git/node_modules) is not part of the base either.
  const walkable = (p: string) => !p.split('/').some((part, i, parts) => part === '.git' || part === 'node_modules' || exclude(parts.slice(0, i + 1).join('/')));
  for (const p of [...change.deleted, ...change.renames.keys()]) if (walkable(p) && !listed.has(p)) files.push(p), listed.add(p);
  // Folders: every ancestor of a base file, and head folders that held no file (empty ones stay listed).
  const dirs = new Set<string>();
  const ancestors = (p: string, into: Set<string>) => {
    for (let slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) into.add(p.slice(0, slash));
  };
  for (const p of files) ancestors(p, dirs);
  const headFileDirs = new Set<string>();
  for (const p of head.paths) if (!headDirs.has(p)) ancestors(p, headFileDirs);
  for (const d of head.dirs) if (!headFileDirs.has(d)) dirs.add(d);
  const paths = [...files, ...dirs].sort(byCodeUnits);
  const headDocs = new Set(head.documentPaths);
  const headPaths = new Set(head.paths);
  // A head path keeps its head kind; a path only the base has is a document when `include` says so.
  const documentPaths = paths.filter((p) => !dirs.has(p) && (headPaths.has(p) ? headDocs.has(p) : include(p)));
  return { paths, dirs: paths.filter((p) => dirs.has(p)), documentPaths };
}

/** Facts of one in-memory document, with the engine the head scan used. */
export async function extractor(engine: EngineName): Promise<(path: string, bytes: Buffer) => DocumentFacts> {
  if (engine === 'native') {
    const native = loadNative();
    if (native.ok) return (path, bytes) => JSON.parse(native.binding.extractBytes(path, bytes)) as DocumentFacts;
  }
  const { extractDocument } = await import('../engine/js/index.js');
  return (path, bytes) => extractDocument(path, bytes);
}

export async function scanBase(head: HeadScan, change: TreeChange, baseSha: string): Promise<BaseScan> {
  const listing = baseListing(head.listing, change, head.config);
  const renamedTo = new Map([...change.renames].map(([from, r]) => [from, r] as const));
  // A document's head facts serve when its blob is the same: untouched, or renamed without an edit.
  const reusable = (p: string): DocumentFacts | undefined => {
    if (change.modified.has(p) || change.deleted.has(p)) return undefined;
    const rename = renamedTo.get(p);
    if (rename) return rename.similarity === 100 ? head.documents.get(rename.to) : undefined;
    return head.documents.get(p);
  };
  const toRead = listing.documentPaths.filter((p) => !reusable(p));
  const blobs = readBaseBlobs(head.root, baseSha, toRead);
  const extract = toRead.length ? await extractor(head.engine) : undefined;
  const positions = new Map(listing.paths.map((p, i) => [p, i]));
  const documents = new Map<string, DocumentFacts>();
  const ordered: DocumentFacts[] = [];
  for (const p of listing.documentPaths) {
    const reused = reusable(p);
    let doc: DocumentFacts | undefined;
    if (reused) doc = reused.path === p ? reused : { ...reused, path: p };
    else {
      const blob = blobs.get(p);
      // Untracked in the base but present on disk and unchanged by git's account: the head's facts are the base's.
      doc = blob ? extract!(p, blob) : head.documents.get(p);
    }
    if (!doc) continue;
    documents.set(p, doc);
    ordered.push(doc);
  }
  const baseListingFinal: ScanListing = { ...listing, documentPaths: ordered.map((d) => d.path) };
  // Link positions index the scan's own listing, which the change shifted.
  const baseDocs = ordered.map((doc) => {
    if (!doc.links.length) return doc;
    const copy = { ...doc, links: doc.links.map((l) => ({ ...l })) };
    setLinkPositions(copy, positions);
    return copy;
  });
  const { site } = await loadSite(head.root, baseListingFinal, head.config.links);
  const runner = new RuleRunner(baseListingFinal, head.config, { ...head.ruleContext, site });
  for (let i = 0; i < baseDocs.length; i += 256) runner.add(baseDocs.slice(i, i + 256));
  return { findings: runner.finish().sort(compareFindings), listing: baseListingFinal, documents, extracted: toRead.length };
}
