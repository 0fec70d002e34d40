// Whole-process cost of a pull-request run (head scan + base scan) against a push run on the same tree:
// a generated corpus committed to a bare origin, a pull request that renames a page, edits a heading and
// touches a few more, a depth-1 checkout of its head; the bundled action run as the runner runs it,
// push and pull_request interleaved. Usage: node bench/pr-cost.mjs DIST_INDEX_JS [count] [pairs]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCorpus } from './generate.mjs';

const [distArg, count = '5000', pairs = '5'] = process.argv.slice(2);
// The action runs in the checkout (its cwd), so the bundle's path must not be relative to ours.
const dist = distArg && path.resolve(distArg);
if (!dist || !existsSync(dist)) throw new Error('usage: node bench/pr-cost.mjs DIST_INDEX_JS [count] [pairs]');
const work = mkdtempSync(path.join(process.env.CORPORA ?? tmpdir(), 'pr-cost-'));
const corpus = ensureCorpus({ kind: 'docs', count: Number(count), seed: 1, dir: path.join(work, 'corpora') });
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' };
const git = (cwd, ...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

const bare = path.join(work, 'origin.git');
const dev = path.join(work, 'dev');
git(work, 'init', '-q', '--bare', bare);
git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
git(work, 'clone', '-q', `file://${bare}`, dev);
for (const entry of readdirSync(corpus.root)) cpSync(path.join(corpus.root, entry), path.join(dev, entry), { recursive: true });
git(dev, 'add', '-A');
git(dev, 'commit', '-q', '-m', 'base');
git(dev, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
const base = git(dev, 'rev-parse', 'HEAD');
// The pull request: one page renamed, one heading edited, three pages edited.
const docs = git(dev, 'ls-files', '*.md').split('\n').sort();
const [renamed, headed, ...edited] = [docs[10], docs[20], docs[30], docs[40], docs[50]];
git(dev, 'mv', renamed, renamed.replace(/\.md$/, '-renamed.md'));
const headedText = readFileSync(path.join(dev, headed), 'utf8');
writeFileSync(path.join(dev, headed), headedText.replace(/^(#+ .*)$/m, '$1 (edited)'));
for (const file of edited) writeFileSync(path.join(dev, file), readFileSync(path.join(dev, file), 'utf8') + '\nOne more line.\n');
git(dev, 'commit', '-q', '-am', 'pull request');
git(dev, 'push', '-q', 'origin', 'HEAD:refs/heads/topic');
const head = git(dev, 'rev-parse', 'HEAD');
const ws = path.join(work, 'ws');
mkdirSync(ws);
git(ws, 'init', '-q');
git(ws, 'remote', 'add', 'origin', `file://${bare}`);
git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', head);
git(ws, 'checkout', '-q', '--detach', head);

function run(event) {
  const runner = mkdtempSync(path.join(work, 'runner-'));
  const eventFile = path.join(runner, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event === 'pull_request' ? { pull_request: { number: 1, base: { sha: base }, head: { sha: head } } } : { after: head }));
  writeFileSync(path.join(runner, 'summary'), '');
  writeFileSync(path.join(runner, 'output'), '');
  const started = process.hrtime.bigint();
  // GNU time reports the child's CPU seconds too: on a busy machine CPU is the steadier measure.
  const child = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, dist], {
    cwd: ws,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventFile, GITHUB_SHA: head, GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      GITHUB_OUTPUT: path.join(runner, 'output'), RUNNER_TEMP: runner, 'INPUT_GITHUB-TOKEN': '', 'INPUT_FAIL-ON': 'never', INPUT_COMMENT: 'never',
    },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // A run that failed measures nothing: stop with its output rather than report its start-up time.
  if (child.status !== 0) throw new Error(`${event} run exited ${child.status}:\n${child.stdout}\n${child.stderr}`);
  const line = child.stdout.split('\n').find((l) => l.startsWith('docward: against base')) ?? '';
  const [, user, sys] = /cpu ([\d.]+) ([\d.]+)/.exec(child.stderr) ?? [];
  return { ms, cpu: (Number(user) + Number(sys)) * 1000, line };
}

const first = run('pull_request');
console.log(`first pull_request run (fetches the base): ${first.ms.toFixed(0)} ms  ${first.line}`);
const push = [];
const pull = [];
for (let i = 0; i < Number(pairs); i++) {
  push.push(run('push'));
  pull.push(run('pull_request'));
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const of = (runs, key) => runs.map((r) => Math.round(r[key]));
const summary = (key) => ({ push: of(push, key), pull: of(pull, key), ratio: +(median(of(pull, key)) / median(of(push, key))).toFixed(3) });
console.log(JSON.stringify({ documents: docs.length, wallMs: summary('ms'), cpuMs: summary('cpu'), fetchRunMs: Math.round(first.ms) }));
