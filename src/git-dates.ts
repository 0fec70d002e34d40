/** Last commit date of every file under the root, from one `git log` call (undefined without git history). */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MARK = '\u0001';

export async function readGitDates(root: string): Promise<Map<string, Date> | undefined> {
  let stdout: string;
  try {
    stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        'git',
        ['-c', 'core.quotepath=off', 'log', '--relative', '--no-renames', '--name-only', `--format=${MARK}%ct %P`, '-z', '--', '.'],
        { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
    });
  } catch {
    return undefined; // not a repository, no commits, or no git: freshness falls back to the frontmatter date alone
  }
  return parseGitLog(stdout, isShallow(root));
}

/**
 * Parses `git log -z --name-only --format=<MARK>%ct %P` (newest first): the first commit naming a
 * path is its last change. In a shallow clone (actions/checkout's default depth 1) a parentless
 * commit is the graft boundary and lists every file, so files seen first there get no date.
 */
export function parseGitLog(stdout: string, shallow: boolean): Map<string, Date> | undefined {
  const dates = new Map<string, Date>();
  const unknown = new Set<string>();
  let current: Date | undefined;
  let boundary = false;
  // With -z each record is "<MARK><epoch> <parents>\n" followed by NUL-terminated names.
  for (const token of stdout.split('\0')) {
    let name = token;
    const mark = token.lastIndexOf(MARK);
    if (mark >= 0) {
      const [header = '', rest = ''] = token.slice(mark + 1).split('\n');
      const [epoch = '', ...parents] = header.trim().split(' ');
      current = new Date(Number(epoch) * 1000);
      boundary = shallow && parents.filter(Boolean).length === 0;
      name = rest;
    }
    name = name.replace(/^\n+/, '');
    if (name === '' || !current || dates.has(name) || unknown.has(name)) continue;
    if (boundary) unknown.add(name);
    else dates.set(name, current);
  }
  return dates.size > 0 ? dates : undefined;
}

/** A shallow repository has a `shallow` file in its git directory (found without another git call). */
function isShallow(root: string): boolean {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    if (existsSync(dotGit)) {
      let gitDir = dotGit;
      if (statSync(dotGit).isFile()) {
        const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (!pointer) return false;
        gitDir = path.resolve(dir, pointer[1]!.trim());
        const common = path.join(gitDir, 'commondir');
        if (existsSync(common)) gitDir = path.resolve(gitDir, readFileSync(common, 'utf8').trim());
      }
      return existsSync(path.join(gitDir, 'shallow'));
    }
    if (path.dirname(dir) === dir) return false;
  }
}
