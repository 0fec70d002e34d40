/** Link fixes applied to a file's text, and the result as a unified diff that `git apply` takes. */
import { createTwoFilesPatch } from 'diff';
import type { LinkFix } from '../change/causes.js';

export interface AppliedFixes {
  text: string;
  applied: LinkFix[];
  /** Fixes whose target text was not found as written at the link (escaped, or a reference definition): left alone. */
  skipped: LinkFix[];
}

/** UTF-16 offset of a 1-based code-point column in `line`. */
function offsetOf(line: string, column: number): number {
  let offset = 0;
  for (let c = 1; c < column && offset < line.length; c++) offset += line.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

/** Replaces each fix's target in `text`; a fix applies only where its exact target text follows the link's column on its line. */
export function applyLinkFixes(text: string, fixes: readonly LinkFix[]): AppliedFixes {
  const lines = text.split('\n');
  const applied: LinkFix[] = [];
  const skipped: LinkFix[] = [];
  // Right to left on a line, so earlier columns stay valid.
  const ordered = [...fixes].sort((a, b) => a.line - b.line || b.column - a.column);
  const done = new Set<string>();
  for (const fix of ordered) {
    const key = `${fix.line}:${fix.column}`;
    const line = lines[fix.line - 1];
    if (done.has(key) || line === undefined || fix.from === fix.to) {
      skipped.push(fix);
      continue;
    }
    const at = line.indexOf(fix.from, offsetOf(line, fix.column));
    if (at < 0) {
      skipped.push(fix);
      continue;
    }
    lines[fix.line - 1] = line.slice(0, at) + fix.to + line.slice(at + fix.from.length);
    done.add(key);
    applied.push(fix);
  }
  return { text: lines.join('\n'), applied, skipped };
}

/** One file's change as a `git apply` patch (`a/` and `b/` prefixes, paths from the repository root). */
export function filePatch(repoPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${repoPath}`, `b/${repoPath}`, before, after, undefined, undefined, { context: 1 })
    .replace(/^={67}\n/m, '')
    .replace(/^(---|\+\+\+) ([^\t\n]*)\t\n/gm, '$1 $2\n');
}
