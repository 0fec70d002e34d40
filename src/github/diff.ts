/** Unified diffs (GitHub's per-file `patch`, or `git diff` output) to changed line sets, via jsdiff's parser. */
import { parsePatch } from 'diff';
import type { ChangedFile, ChangedFiles } from '../filters/changed-lines.js';

/** Added and in-hunk new-side lines of one file's hunks. */
export function changedLines(hunks: ReturnType<typeof parsePatch>[number]['hunks']): ChangedFile {
  const added = new Set<number>();
  const hunk = new Set<number>();
  for (const h of hunks) {
    let line = h.newStart;
    for (const text of h.lines) {
      if (text.startsWith('+')) {
        added.add(line);
        hunk.add(line);
        line += 1;
      } else if (text.startsWith(' ')) {
        hunk.add(line);
        line += 1;
      }
      // `-` lines and "\ No newline at end of file" do not exist on the new side.
    }
  }
  return { added, hunk, wholeFile: false };
}

/** One file's patch as the pulls "list files" API returns it (hunks only, no headers). */
export function parseFilePatch(patch: string): ChangedFile {
  const [file] = parsePatch(patch);
  return changedLines(file?.hunks ?? []);
}

/** A multi-file `git diff` (with a/ b/ prefixes); deleted files are left out, renamed files use the new name. */
export function parseGitDiff(diff: string): ChangedFiles {
  const files: ChangedFiles = new Map();
  for (const file of parsePatch(diff)) {
    const name = file.newFileName;
    if (!name || name === '/dev/null') continue;
    const repoPath = name.replace(/^b\//, '');
    const lines = changedLines(file.hunks);
    // A binary change has no hunks: every line counts as changed.
    if (!file.hunks.length) lines.wholeFile = true;
    files.set(repoPath, lines);
  }
  return files;
}
