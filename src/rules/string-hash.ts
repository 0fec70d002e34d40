/** FNV-1a's 32-bit offset basis and prime (anchorHash's first lane is hash32 too). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units: keys of compact indexes that keep no strings of their own (callers compare the candidates' text). */
export function hash32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}
