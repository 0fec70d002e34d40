/** Turns a file's bytes into text, or into the contract's FileProblem explaining why not. */
import type { FileProblem } from '../contract.js';

export const BINARY_SNIFF_BYTES = 8000;

export type Decoded = { ok: true; text: string; bomLength: number } | { ok: false; problem: FileProblem; bomLength: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8BomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Checks in contract order: UTF-16 BOM, NUL byte, invalid UTF-8; strips a UTF-8 BOM. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: false, bomLength: 0, problem: { kind: 'encoding', message: 'UTF-16 LE (BOM) is not supported; convert to UTF-8' } };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: false, bomLength: 0, problem: { kind: 'encoding', message: 'UTF-16 BE (BOM) is not supported; convert to UTF-8' } };
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    return { ok: false, bomLength: 0, problem: { kind: 'binary', message: `binary file: NUL byte at offset ${nul}` } };
  }
  const bomLength = utf8BomLength(bytes);
  const body = bytes.subarray(bomLength);
  try {
    return { ok: true, text: utf8.decode(body), bomLength };
  } catch {
    const bad = bomLength + firstInvalidUtf8(body);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, bomLength, problem: { kind: 'encoding', message: `invalid UTF-8 on line ${line}; convert to UTF-8`, line } };
  }
}

/** Offset where the first invalid UTF-8 sequence starts (Rust's `Utf8Error::valid_up_to`). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) {
      need = 2;
      lo = 0xa0;
    } else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) {
      need = 2;
      hi = 0x9f;
    } else if (b === 0xf0) {
      need = 3;
      lo = 0x90;
    } else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) {
      need = 3;
      hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return bytes.length;
}
