/** Finding paths are relative to the scan root; GitHub wants them relative to the repository root. */
import path from 'node:path';

/** `prefix` is the scan root relative to the repository root (`''` or `.` when they are the same). */
export function repoPath(prefix: string, findingPath: string): string {
  const clean = prefix.replace(/\\/g, '/').replace(/^\.\/?|\/$/g, '');
  return clean ? path.posix.join(clean, findingPath) : findingPath;
}
