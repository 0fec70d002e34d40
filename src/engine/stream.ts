/** Batched delivery of a scan (contract `ScanStream`) built from pieces both engines share. */
import type { DocumentFacts, ScanStream } from './contract.js';

/** Documents per batch of the js stream (native: native/src/stream.rs). */
export const DEFAULT_BATCH_DOCUMENTS = 256;

/** `next`/`close` of a stream over `items`, each batch turned into facts by `load` when asked for. */
export function batchesOf<T>(items: T[], batchSize: number, load: (batch: T[]) => Promise<DocumentFacts[]>): Pick<ScanStream, 'next' | 'close'> {
  let pending: T[] | undefined = items;
  let offset = 0;
  let failure: unknown;
  const close = (): void => {
    pending = undefined;
  };
  const next = async (): Promise<DocumentFacts[] | undefined> => {
    if (failure !== undefined) throw failure;
    if (pending === undefined || offset >= pending.length) {
      close();
      return undefined;
    }
    const batch = pending.slice(offset, offset + batchSize);
    offset += batch.length;
    try {
      return await load(batch);
    } catch (error) {
      // Sticky, as the contract asks: a later call must not skip the failed batch.
      failure = error;
      throw error;
    }
  };
  return { next, close };
}
