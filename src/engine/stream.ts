/** Batched delivery of a scan (contract `ScanStream`) built from pieces both engines share. */
import type { DocumentFacts, ScanResult, ScanStream } from './contract.js';

/** Documents per batch when an engine has no better measure of its own. */
export const DEFAULT_BATCH_DOCUMENTS = 256;

/** A whole ScanResult handed out in slices (for engines or binaries that cannot stream). */
export function sliceResult(result: ScanResult, batchSize = DEFAULT_BATCH_DOCUMENTS): ScanStream {
  let documents: DocumentFacts[] | undefined = result.documents;
  let offset = 0;
  return {
    schema: 1,
    paths: result.paths,
    dirs: result.dirs,
    documentPaths: result.documents.map((d) => d.path),
    next: async () => {
      if (documents === undefined || offset >= documents.length) {
        documents = undefined;
        return undefined;
      }
      const batch = documents.slice(offset, offset + batchSize);
      offset += batch.length;
      return batch;
    },
    close: () => {
      documents = undefined;
    },
  };
}
