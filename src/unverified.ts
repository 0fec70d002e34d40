/**
 * What docward could not check, and why ("unknown is not broken"): where it cannot see how something
 * is published (content mounted from a folder absent from the checkout, navigation the build
 * generates, a config it cannot evaluate, a dynamic route), it reports one notice per cause with the
 * number of links or pages concerned and the config key that makes them checkable, never a finding
 * per link. Rules and site models add to a tally; reporters list it (JSON `unverified`, stderr, the
 * job summary and the PR comment).
 */

export interface Unverified {
  /** Stable id of the cause, e.g. `hugo-mount-absent`, `github-fragment-case`, `dataset-folder`. */
  cause: string;
  /** The rule whose checks were left out (`link-broken`, `orphan`...), when one rule is concerned. */
  rule?: string;
  /** Plain text naming the cause and where it comes from (reporters escape it). */
  message: string;
  /** How many links, pages or anchors the cause left unchecked. */
  count: number;
  unit: 'links' | 'pages' | 'anchors' | 'entries';
  /** The configuration key that makes them checkable, e.g. `links.mounts`. */
  key?: string;
}

export type UnverifiedCause = Omit<Unverified, 'count'>;

/** Counts unverified items by cause and message: many calls for one cause become one notice. */
export class UnverifiedTally {
  private readonly entries = new Map<string, Unverified>();

  add(cause: UnverifiedCause, count = 1): void {
    if (count <= 0) return;
    const id = `${cause.cause}\u0000${cause.rule ?? ''}\u0000${cause.message}`;
    const entry = this.entries.get(id);
    if (entry) entry.count += count;
    else {
      // Key order of the JSON report: cause, rule, message, count, unit, key.
      const { cause: id_, rule, message, unit, key } = cause;
      this.entries.set(id, { cause: id_, ...(rule === undefined ? {} : { rule }), message, count, unit, ...(key === undefined ? {} : { key }) });
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Entries by rule, cause, then message (stable across runs and engines). */
  list(): Unverified[] {
    return [...this.entries.values()].sort(compareUnverified);
  }
}

export function compareUnverified(a: Unverified, b: Unverified): number {
  return cmp(a.rule ?? '', b.rule ?? '') || cmp(a.cause, b.cause) || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SINGULAR: Record<Unverified['unit'], string> = { links: 'link', pages: 'page', anchors: 'anchor', entries: 'entry' };

/** `not checked: 412 links — content mounted from themes/x is absent from the checkout (set links.mounts)` */
export function unverifiedLine(entry: Unverified): string {
  const key = entry.key ? ` (to check them, set ${entry.key})` : '';
  return `not checked: ${countText(entry)}${entry.rule ? ` (${entry.rule})` : ''}: ${entry.message}${key}`;
}

/** `1 link`, `1,204 pages`. */
export function countText({ count, unit }: Pick<Unverified, 'count' | 'unit'>): string {
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${count === 1 ? SINGULAR[unit] : unit}`;
}
