/** Last commit date of every file under the root, from one `git log` call (undefined without git history). */
import { execFile } from 'node:child_process';

const MARK = '\u0001';

export async function readGitDates(root: string): Promise<Map<string, Date> | undefined> {
  let stdout: string;
  try {
    stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        'git',
        ['-c', 'core.quotepath=off', 'log', '--relative', '--no-renames', '--name-only', `--format=${MARK}%ct`, '-z', '--', '.'],
        { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
    });
  } catch {
    return undefined; // not a repository, no commits, or no git: freshness falls back to the frontmatter date alone
  }
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  // With -z, each record is "\x01<epoch>\n" followed by NUL-terminated names; newest commits come first.
  for (const token of stdout.split('\0')) {
    let name = token;
    const mark = token.lastIndexOf(MARK);
    if (mark >= 0) {
      const [epoch, rest = ''] = token.slice(mark + 1).split('\n');
      current = new Date(Number(epoch) * 1000);
      name = rest;
    }
    name = name.replace(/^\n+/, '');
    if (name !== '' && current && !dates.has(name)) dates.set(name, current);
  }
  return dates.size > 0 ? dates : undefined;
}
