/** The native engine's ScanStream: the listing at once, then batches from the addon's producer thread. */
import type { DocumentFacts, ScanOptions, ScanStream } from './contract.js';
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
      return JSON.parse(json) as DocumentFacts[];
    },
    close,
  };
}
