/** FNV-1a over a string's UTF-16 code units: keys of compact indexes that keep no strings of their own (callers compare the candidates' text). */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
