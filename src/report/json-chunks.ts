/**
 * `JSON.stringify(value, null, 2) + '\n'` written in pieces, so a report of 150k findings never exists as one
 * 50 MB string (plus its encoded copy) at the moment the heap is fullest.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces flushed to the file descriptor at once: large enough that write calls cost nothing, small next to the heap. */
const FLUSH_CHARS = 1 << 20;

/** Yields the text of `JSON.stringify(value, null, 2) + '\n'` piece by piece (the concatenation is byte-identical). */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  yield* pieces(value, '');
  yield '\n';
}

/** Writes `JSON.stringify(value, null, 2) + '\n'` to `file`, or to standard output when `file` is undefined. */
export function writePrettyJson(value: unknown, file?: string): void {
  const fd = file === undefined ? undefined : openSync(file, 'w');
  const write = fd === undefined ? (text: string) => void process.stdout.write(text) : (text: string) => void writeSync(fd, text);
  try {
    let buffer = '';
    for (const piece of prettyJsonChunks(value)) {
      buffer += piece;
      if (buffer.length >= FLUSH_CHARS) {
        write(buffer);
        buffer = '';
      }
    }
    write(buffer);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function* pieces(value: unknown, indent: string): Generator<string> {
  // Only the way down to long arrays is taken apart: each finding or SARIF result is one JSON.stringify call.
  if (!isContainer(value) || !holdsLongArray(value)) {
    yield indentLines(JSON.stringify(value, null, 2), indent);
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      // JSON.stringify writes null for array holes, undefined, functions and symbols.
      if (isSkipped(value[i])) yield 'null';
      else yield* pieces(value[i], inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (isSkipped(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Arrays longer than this are written element by element. */
export const LONG_ARRAY = 64;

function holdsLongArray(value: unknown): boolean {
  if (!isContainer(value)) return false;
  if (Array.isArray(value) && value.length > LONG_ARRAY) return true;
  return Object.values(value).some(holdsLongArray);
}

/** Objects with `toJSON` (dates) are left whole to JSON.stringify, which calls it. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** JSON text never holds a raw line break inside a string, so every "\n" starts a nested line. */
function indentLines(json: string | undefined, indent: string): string {
  const text = json ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
