/**
 * The base side of a change, scanned without touching the work tree and in step with the head scan: the head's
 * listing with the diff undone, the head's facts for every document whose blob did not change (taken from the
 * head's batches as they stream past), and only the changed documents extracted from git blobs in memory. The
 * base is judged by the head's config, site model and commit dates, so the two scans differ only by the change.
 */
import { performance } from 'node:perf_hooks';
import type { DocumentFacts, Link } from '../engine/contract.js';
import { plainJoin, setLinkPositions } from '../engine/js/link-positions.js';
import { loadNative } from '../engine/native.js';
import type { EngineName } from '../engine/index.js';
import type { ResolvedConfig } from '../config/load.js';
import { compileGlobs } from '../config/glob.js';
import { loadSite } from '../sites/load.js';
import type { SiteInput } from '../sites/site-links.js';
import { resolveLinkTarget } from '../rules/links/resolve.js';
import { RuleRunner, type KnownRules } from '../rules/run.js';
import { LinkGraph } from '../rules/scan-index/graph.js';
import type { AnchorMemo, ScanListing } from '../rules/scan-index.js';
import { compareFindings, type Finding } from '../findings.js';
import { readBaseBlobs, type TreeChange } from './git.js';

/** What the head scan knows before its first document: enough to plan the base. */
export interface HeadStart {
  root: string;
  listing: ScanListing;
  config: ResolvedConfig;
  engine: EngineName;
  ruleContext: { now: Date; gitDates?: Map<string, Date> };
  /** The head's site (link mode and navigation): when both sides resolve links as GitHub does, quiet documents skip the `HEAD_RULES`. */
  site?: SiteInput;
  /** The head's anchor ids by document facts: reused documents' anchors are not computed twice. */
  anchorMemo?: AnchorMemo;
  /** The head documents a head document reaches (head numbers), once its batch went through the head's rules: a quiet document's base edges are these, renumbered. */
  edgesOf?: (number: number) => Int32Array;
  /** The head's classes and settings of its documents (head numbers): a reused document's are the same when the classes are. */
  rules?: KnownRules;
}

export interface BaseScan {
  /** The base's findings but those `shared` with the head. */
  findings: Finding[];
  /** True for a head finding the base has too, the same object: a quiet document's finding of the `HEAD_RULES`. */
  shared: (finding: Finding) => boolean;
  /** The documents extracted from base blobs, by base path (the changed ones: what explanations compare). */
  extracted: Map<string, DocumentFacts>;
  /** Base documents that reused the head's facts. */
  reused: number;
  /** Reused documents whose findings (but orphan's and frontmatter-links') were taken from the head: no link of theirs reaches what the change touched. */
  quiet: number;
  /** Milliseconds per phase: plan (listing, blobs, extraction, site), rules (in step with the head), finish. */
  timings: Record<string, number>;
}

/** Where quiet documents' edges are kept until the base's rules reach them, and the head's they come from. */
interface HeadEdges {
  graph: LinkGraph;
  /** Per base document number: 1 when its edges are in `graph`. */
  kept: Uint8Array;
  headEdgesOf: (number: number) => Int32Array;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Rules a quiet document's base findings are taken from the head for: those whose hits read only the document
 * itself, its path, config, clock and commit date (the same on both sides), and the link rules, which read the
 * paths, folders and anchors its links reach (unchanged for a quiet document). Not orphan (the whole graph),
 * frontmatter-links (paths named in frontmatter) nor the suppression rules.
 */
const HEAD_RULES: ReadonlySet<string> = new Set([
  'file-problem',
  'frontmatter-missing',
  'frontmatter-invalid',
  'frontmatter-required',
  'frontmatter-enum',
  'frontmatter-date',
  'frontmatter-length',
  'frontmatter-schema',
  'placement-root',
  'placement-dir',
  'placement-type-dir',
  'naming-pattern',
  'link-broken',
  'link-anchor',
  'link-case',
  'doc-size',
  'doc-short',
  'heading-h1',
  'heading-increment',
  'heading-depth',
  'stale',
]);

/** Links resolve file by file as GitHub renders them, with nothing else (routes, redirects, navigation) that other documents could move. */
function plainGitHub(site: SiteInput): boolean {
  const s = site.settings;
  return s.mode === 'github' && (s.redirects === undefined || s.redirects.size === 0) && site.navigation.length === 0;
}

/** What the change touched, lowercased (link-case folds case): added, modified, deleted and renamed paths, and every folder above them ('' the root). */
export function changedPaths(change: TreeChange): Set<string> {
  const changed = new Set<string>(['']);
  const renamed = [...change.renames].flatMap(([from, r]) => [from, r.to]);
  for (const p of [...change.added, ...change.modified, ...change.deleted, ...renamed]) {
    const lower = p.toLowerCase();
    changed.add(lower);
    for (let slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1)) changed.add(lower.slice(0, slash));
  }
  return changed;
}

/** The base's listing: head paths minus what the change added, plus what it deleted or renamed away (as the walk would list them). */
export function baseListing(head: ScanListing, change: TreeChange, config: Pick<ResolvedConfig, 'include' | 'exclude'>): ScanListing {
  const include = compileGlobs(config.include);
  const exclude = compileGlobs(config.exclude);
  const headDirs = new Set(head.dirs);
  const headPaths = new Set(head.paths);
  const gone = new Set<string>([...change.added, ...[...change.renames.values()].map((r) => r.to)]);
  const files = head.paths.filter((p) => !headDirs.has(p) && !gone.has(p));
  // Folders: every ancestor of a base file, and head folders that held no file (empty ones stay listed).
  const ancestors = (p: string, into: Set<string>) => {
    for (let slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) into.add(p.slice(0, slash));
  };
  const dirs = new Set<string>();
  for (const p of files) ancestors(p, dirs);
  // Head files are the base's files and the gone ones: what held a head file is `dirs` and the gone files' folders.
  const headFileDirs = new Set(dirs);
  for (const p of gone) if (headPaths.has(p) && !headDirs.has(p)) ancestors(p, headFileDirs);
  const listed = (p: string) => headPaths.has(p) && !headDirs.has(p) && !gone.has(p);
  // A path the walk would skip (excluded, or inside .git/node_modules) is not part of the base either.
  const walkable = (p: string) =>
    !p.split('/').some((part, i, parts) => part === '.git' || part === 'node_modules' || exclude(parts.slice(0, i + 1).join('/')));
  const extra = new Set<string>();
  for (const p of [...change.deleted, ...change.renames.keys()]) {
    if (!walkable(p) || listed(p) || extra.has(p)) continue;
    files.push(p);
    extra.add(p);
    ancestors(p, dirs);
  }
  for (const d of head.dirs) if (!headFileDirs.has(d)) dirs.add(d);
  const paths = [...files, ...dirs].sort(byCodeUnits);
  const headDocs = new Set(head.documentPaths);
  // A head path keeps its head kind; a path only the base has is a document when `include` says so.
  const documentPaths = paths.filter((p) => !dirs.has(p) && (headPaths.has(p) ? headDocs.has(p) : include(p)));
  return { paths, dirs: paths.filter((p) => dirs.has(p)), documentPaths };
}

/**
 * Facts of one in-memory document, with the engine the head scan used. `mdx`: globs of `.md` the head read as
 * MDX (the config's or the site's): read so here too, by the JS extractor (the native `extractBytes` goes by
 * extension only; both engines give the same facts).
 */
export async function extractor(engine: EngineName, mdx: string[] = []): Promise<(path: string, bytes: Buffer) => DocumentFacts> {
  // The JS engine's matcher: the one the head's extractors read the globs with.
  const readAsMdx = mdx.length > 0 ? (await import('../engine/js/walk.js')).globMatcher(mdx) : undefined;
  if (engine === 'native') {
    const native = loadNative();
    if (native.ok && !readAsMdx) return (file, bytes) => JSON.parse(native.binding.extractBytes(file, bytes)) as DocumentFacts;
  }
  const { extractDocument } = await import('../engine/js/index.js');
  return (file, bytes) => (readAsMdx?.(file) ? extractDocument(file, bytes, true) : extractDocument(file, bytes));
}

/** The last `/` segment of a link target's path part (before `?` and `#`). */
function lastSegment(target: string): string {
  let end = target.length;
  const hash = target.indexOf('#');
  if (hash >= 0) end = hash;
  const query = target.indexOf('?');
  if (query >= 0 && query < end) end = query;
  // A folder link (`old/`) names its last segment before the slash.
  while (end > 0 && target[end - 1] === '/') end--;
  return target.slice(target.lastIndexOf('/', end - 1) + 1, end);
}

/**
 * Per entry of `from`, its position in `into` (-1: absent), by one walk over both: undefined when either is not
 * strictly increasing in code-unit order (both engines list paths so; then a map does it).
 */
export function positionsIn(from: readonly string[], into: readonly string[]): Int32Array | undefined {
  if (!increasing(from) || !increasing(into)) return undefined;
  const out = new Int32Array(from.length);
  let j = 0;
  for (let i = 0; i < from.length; i++) {
    const p = from[i]!;
    while (j < into.length && into[j]! < p) j++;
    out[i] = j < into.length && into[j] === p ? j : -1;
  }
  return out;
}

function increasing(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/** Runs the base's rules while the head streams: `add` each head batch, then `finish`. */
export class BaseScanner {
  private readonly runner: RuleRunner;
  private readonly documentPaths: readonly string[];
  private readonly extracted: Map<string, DocumentFacts>;
  /** Head listing position -> base listing position (-1: the base has no such path). */
  private readonly remap: Int32Array;
  private readonly positions: Map<string, number>;
  /** Last segments of the paths only the base lists: a link the head could not place may land on one of those. */
  private readonly baseOnlyNames: Set<string>;
  /** Per head listing position: 1 when the path (any letter case) is one the change touched or a folder above one; undefined: no document is quiet. */
  private readonly changedAt?: Uint8Array;
  private readonly changed: Set<string>;
  /** Per base document number: 1 when the `HEAD_RULES` skip it (their findings on it are the head's). */
  private readonly quietAt: Uint8Array;
  private readonly quietPaths = new Set<string>();
  /** Quiet documents' edges, from the head's and renumbered (per base document number): their links need not be placed or resolved again. */
  private readonly quietEdges?: HeadEdges & { toBase: Int32Array };
  private next = 0;
  /** The head document number of the next document a head batch delivers. */
  private headNext = 0;
  /** Per base document number: the head's number of the same facts (a reused document), else -1. */
  private readonly headNumbers: Int32Array;
  private pending: DocumentFacts[] = [];
  private reused = 0;
  private rulesMs = 0;
  private readonly timings: Record<string, number>;

  private constructor(
    runner: RuleRunner,
    listing: ScanListing,
    head: ScanListing,
    extracted: Map<string, DocumentFacts>,
    headNumbers: Int32Array,
    positions: Map<string, number>,
    planMs: number,
    quiet: { at: Uint8Array; changed: Set<string>; enabled: boolean; edges?: HeadEdges },
  ) {
    this.runner = runner;
    this.quietAt = quiet.at;
    this.changed = quiet.changed;
    if (quiet.enabled) this.changedAt = Uint8Array.from(head.paths, (p) => (quiet.changed.has(p.toLowerCase()) ? 1 : 0));
    this.documentPaths = listing.documentPaths;
    this.extracted = extracted;
    this.positions = positions;
    this.remap = positionsIn(head.paths, listing.paths) ?? Int32Array.from(head.paths, (p) => positions.get(p) ?? -1);
    // The base's paths no head path maps to.
    const fromHead = new Uint8Array(listing.paths.length);
    for (const at of this.remap) if (at >= 0) fromHead[at] = 1;
    this.baseOnlyNames = new Set(listing.paths.filter((_, i) => fromHead[i] === 0).map((p) => p.slice(p.lastIndexOf('/') + 1)));
    this.timings = { plan: planMs };
    this.headNumbers = headNumbers;
    if (quiet.edges) {
      let toBase = positionsIn(head.documentPaths, listing.documentPaths);
      if (!toBase) {
        const baseNumbers = new Map(listing.documentPaths.map((p, i) => [p, i]));
        toBase = Int32Array.from(head.documentPaths, (p) => baseNumbers.get(p) ?? -1);
      }
      this.quietEdges = { ...quiet.edges, toBase };
    }
  }

  /** Plans the base from the head's listing and the diff: base listing, changed documents read from git and extracted, site model. */
  static async start(head: HeadStart, change: TreeChange, baseSha: string): Promise<BaseScanner> {
    const started = performance.now();
    const listing = baseListing(head.listing, change, head.config);
    const headDocs = new Set(head.listing.documentPaths);
    // From blobs: every base document the head has not (deleted, renamed away) or has with other content.
    const toRead = listing.documentPaths.filter((p) => !headDocs.has(p) || change.modified.has(p));
    const blobs = readBaseBlobs(head.root, baseSha, toRead);
    const extract = blobs.size ? await extractor(head.engine, head.config.mdx ?? head.site?.settings.mdx) : undefined;
    const extracted = new Map<string, DocumentFacts>();
    const positions = new Map(listing.paths.map((p, i) => [p, i]));
    for (const [file, bytes] of blobs) {
      const doc = extract!(file, bytes);
      setLinkPositions(doc, positions);
      extracted.set(file, doc);
    }
    // A listed base document git has no blob for (untracked, or unreadable) is left out of the base.
    const documentPaths = listing.documentPaths.filter((p) => headDocs.has(p) || extracted.has(p));
    const final: ScanListing = { ...listing, documentPaths };
    const { site } = await loadSite(head.root, final, head.config.links);
    // A document's findings (but those over the whole tree) are the same on both sides when links resolve file by file and none of its links reaches a changed path.
    const enabled = !!head.site && plainGitHub(head.site) && plainGitHub(site);
    const edges: HeadEdges | undefined =
      enabled && head.edgesOf
        ? { graph: new LinkGraph(documentPaths.length), kept: new Uint8Array(documentPaths.length), headEdgesOf: head.edgesOf }
        : undefined;
    const quiet = { at: new Uint8Array(documentPaths.length), changed: changedPaths(change), enabled, edges };
    const skip = enabled ? { rules: HEAD_RULES, document: (number: number) => quiet.at[number] === 1 } : undefined;
    const knownEdges = edges ? (number: number) => (edges.kept[number] === 1 ? edges.graph.of(number) : undefined) : undefined;
    // Filled in as head batches arrive: which head document each reused one is.
    const headNumbers = new Int32Array(documentPaths.length).fill(-1);
    const headRules = head.rules;
    const knownRules = headRules && {
      classKey: headRules.classKey,
      of: (number: number) => {
        const headNumber = headNumbers[number]!;
        return headNumber < 0 ? undefined : headRules.of(headNumber);
      },
    };
    const runner = new RuleRunner(final, head.config, { ...head.ruleContext, site, skip, anchorMemo: head.anchorMemo, knownEdges, knownRules });
    return new BaseScanner(runner, final, head.listing, extracted, headNumbers, positions, Math.round(performance.now() - started), quiet);
  }

  /** True when no link of the head document (same blob in the base) reaches a path the change touched, in any letter case; it has no suppressions (those read every finding). */
  private isQuiet(doc: DocumentFacts): boolean {
    const changedAt = this.changedAt;
    if (!changedAt || doc.suppressions.length > 0) return false;
    for (const link of doc.links) {
      if (link.kind === 'shortcode') return false;
      if (link.to !== undefined && link.to >= 0) {
        if (changedAt[link.to] === 1) return false;
        continue;
      }
      const resolved = resolveLinkTarget(doc.path, link.target);
      if (resolved.kind === 'path' && this.changed.has(resolved.path.toLowerCase())) return false;
    }
    return true;
  }

  /** The head document as the base has it: its links placed in the base's listing (copied only where that differs). */
  private asBase(doc: DocumentFacts): DocumentFacts {
    let links: Link[] | undefined;
    const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
    doc.links.forEach((link, i) => {
      if (link.to === undefined) return;
      let to = link.to >= 0 ? this.remap[link.to]! : -1;
      if (link.to < 0 && this.baseOnlyNames.size && link.kind !== 'shortcode' && this.baseOnlyNames.has(lastSegment(link.target))) {
        const joined = plainJoin(folder, link.target);
        to = joined === undefined ? -1 : (this.positions.get(joined) ?? -1);
      }
      if (to === link.to) return;
      links ??= doc.links.slice();
      links[i] = { ...link, to };
    });
    return links ? { ...doc, links } : doc;
  }

  /**
   * A quiet document's edges from the head's, renumbered: true when kept (the head's rules ran on it, so its edges
   * are there). Its links reach no changed path, so each reaches the same document, or a folder with the same pages.
   */
  private keepHeadEdges(number: number, headNumber: number): boolean {
    const edges = this.quietEdges;
    if (!edges) return false;
    const targets = edges.headEdgesOf(headNumber);
    for (const target of targets) if (edges.toBase[target]! < 0) return false;
    edges.graph.open(number);
    for (const target of targets) edges.graph.add(edges.toBase[target]!);
    edges.graph.close(number);
    edges.kept[number] = 1;
    return true;
  }

  /** Base documents up to (and including) `until` in base order; with no `until`, all that are left. */
  private advance(until?: string, headDoc?: DocumentFacts, headNumber = -1): void {
    while (this.next < this.documentPaths.length) {
      const p = this.documentPaths[this.next]!;
      if (until !== undefined && byCodeUnits(p, until) > 0) break;
      const number = this.next++;
      const blob = this.extracted.get(p);
      if (blob) this.pending.push(blob);
      else if (p === until && headDoc) {
        this.headNumbers[number] = headNumber;
        const quiet = this.isQuiet(headDoc);
        if (quiet) {
          this.quietAt[number] = 1;
          this.quietPaths.add(p);
        }
        // The base's rules read a quiet document's links only for its edges: with the head's, they stay as the head placed them.
        this.pending.push(quiet && this.keepHeadEdges(number, headNumber) ? headDoc : this.asBase(headDoc));
        this.reused++;
      }
    }
  }

  /** True when the head document's base findings of the `HEAD_RULES` are the head's (known once its batch was added). */
  quiet(path: string): boolean {
    return this.quietPaths.has(path);
  }

  /** One head batch, in head order (the base's order too: both listings are sorted the same way), after the head's rules ran on it. */
  add(batch: readonly DocumentFacts[]): void {
    const started = performance.now();
    for (const doc of batch) this.advance(doc.path, doc, this.headNext++);
    this.flush();
    this.rulesMs += performance.now() - started;
  }

  /** Rules on what is pending, with each head batch: the head's facts die young, as in a scan without a base (held longer, they cost scavenges and promotion). */
  private flush(): void {
    if (this.pending.length === 0) return;
    this.runner.add(this.pending);
    this.pending = [];
  }

  /** After the head scan's last batch. */
  finish(): BaseScan {
    const started = performance.now();
    this.advance();
    this.flush();
    const findings = this.runner.finish().sort(compareFindings);
    const quietPaths = this.quietPaths;
    return {
      findings,
      shared: (f) => quietPaths.has(f.path) && HEAD_RULES.has(f.rule),
      extracted: this.extracted,
      reused: this.reused,
      quiet: this.quietPaths.size,
      timings: { ...this.timings, rules: Math.round(this.rulesMs), finish: Math.round(performance.now() - started) },
    };
  }
}
