/**
 * The listing's paths in a flat hash table keyed by a hash that can be continued from a folder's
 * prefix, so a plain relative link (`x.md`, `../a/b.md#f`) is looked up without building, flattening
 * and rehashing its joined path (at 100k documents that string work and the big Map dominated).
 * Answers only when the link surely names a listed path; otherwise the caller resolves it the general way.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Printable ASCII other than space: a target starting and ending with one is unchanged by `trim()`. */
function plainEnd(code: number): boolean {
  return code > 32 && code < 127;
}

/** The hash the table files a listed path under. */
export function pathHash(path: string): number {
  return hashFrom(FNV_OFFSET, path);
}

/** FNV-1a of `text`'s UTF-16 units, continued from `state`. */
function hashFrom(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A folder documents link from: its path plus `/` (`''` for the root), that prefix's hash, its parent. */
interface Folder {
  prefix: string;
  state: number;
  /** Undefined for the root. */
  parent: Folder | undefined;
}

const ROOT: Folder = { prefix: '', state: FNV_OFFSET, parent: undefined };

export class ListedPathTable {
  private readonly paths: readonly string[];
  /** Open addressing, four ints per slot: the path's hash, its listing position + 1 (0 = empty), the document at it (or -1), its length. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly folders = new Map<string, Folder | undefined>([['', ROOT]]);
  private lastFile = '';
  private lastFolder: Folder | undefined = ROOT;

  /** `documentAt`: per listing position, the number of the document at that path, or -1 (kept in the slot: one memory access per link). */
  constructor(paths: readonly string[], documentAt: Int32Array) {
    this.paths = paths;
    let size = 16;
    while (size < paths.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    paths.forEach((path, at) => {
      const hash = pathHash(path);
      let slot = hash & this.mask;
      // A repeated path takes its last position, as a Map built from the listing does.
      while (this.slots[slot * 4 + 1] !== 0 && paths[this.slots[slot * 4 + 1]! - 1] !== path) slot = (slot + 1) & this.mask;
      this.slots.set([hash, at + 1, documentAt[at]!, path.length], slot * 4);
    });
  }

  /** The listing position of a slot `find` returned. */
  position(slot: number): number {
    return this.slots[slot * 4 + 1]! - 1;
  }

  /** The number of the document at a slot `find` returned, or -1 (a folder or a file that is no document). */
  document(slot: number): number {
    return this.slots[slot * 4 + 2]!;
  }

  /**
   * The slot of the listed path a link names, when its target (path part `target.slice(0, pathEnd)`,
   * written in the document at `fromPath`) is plain: leading `./`/`../` then segments that are not
   * empty and do not start with `.`, no percent, query, colon, leading or trailing `/` or surrounding
   * space, naming a listed path. Else -1, including for every target this cannot decide.
   */
  find(fromPath: string, target: string, pathEnd: number): number {
    if (pathEnd === 0 || !plainEnd(target.charCodeAt(0)) || !plainEnd(target.charCodeAt(target.length - 1))) return -1;
    let folder = this.folderOfFile(fromPath);
    let start = 0;
    for (;;) {
      if (target.startsWith('../', start)) {
        folder = folder?.parent;
        start += 3;
      } else if (target.startsWith('./', start)) start += 2;
      else break;
    }
    if (!folder || start === pathEnd) return -1;
    let hash = folder.state;
    let segmentStart = true;
    for (let i = start; i < pathEnd; i++) {
      const code = target.charCodeAt(i);
      // `%` needs decoding, `?` starts a query, `:` may be a scheme; `/` or `.` opening a segment may be an empty, `.` or `..` one.
      if (code === 37 || code === 63 || code === 58 || (segmentStart && (code === 47 || code === 46))) return -1;
      segmentStart = code === 47;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (segmentStart) return -1;
    const length = folder.prefix.length + pathEnd - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot * 4 + 1]! - 1;
      if (at < 0) return -1;
      if (this.slots[slot * 4] === hash && this.slots[slot * 4 + 3] === length && this.names(this.paths[at]!, folder.prefix, length, target, start)) return slot;
    }
  }

  /** True when `path` (`length` units) is `prefix` followed by `target` from `start`. */
  private names(path: string, prefix: string, length: number, target: string, start: number): boolean {
    if (!path.startsWith(prefix)) return false;
    for (let i = prefix.length, j = start; i < length; i++, j++) if (path.charCodeAt(i) !== target.charCodeAt(j)) return false;
    return true;
  }

  /** The folder of a file path; remembers the last one (links come document by document). */
  private folderOfFile(path: string): Folder | undefined {
    if (path !== this.lastFile) {
      this.lastFile = path;
      this.lastFolder = this.folder(path.slice(0, Math.max(0, path.lastIndexOf('/'))));
    }
    return this.lastFolder;
  }

  /** The folder at `path`; undefined when the path has a leading, trailing or doubled `/` (the general join handles those). */
  private folder(path: string): Folder | undefined {
    if (this.folders.has(path)) return this.folders.get(path);
    const slash = path.lastIndexOf('/');
    const plain = !path.startsWith('/') && !path.endsWith('/') && !path.includes('//');
    const parent = plain ? this.folder(slash < 0 ? '' : path.slice(0, slash)) : undefined;
    const made = parent && { prefix: `${path}/`, state: hashFrom(FNV_OFFSET, `${path}/`), parent };
    this.folders.set(path, made);
    return made;
  }
}
