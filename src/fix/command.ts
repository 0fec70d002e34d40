/** `docward fix [path] [--since <rev>] [--write]`: the safe link fixes (renamed targets, letter case, edited headings), as a diff or applied. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { runDocward } from '../pipeline.js';
import { parseEngineChoice } from '../engine/index.js';
import type { DocumentFacts } from '../engine/contract.js';
import { explainFinding, type ChangeFacts, type LinkFix } from '../change/causes.js';
import { diffSince, historyRenames, readBaseBlobs, type TreeChange } from '../change/git.js';
import { extractor } from '../change/base-scan.js';
import { applyLinkFixes } from './apply.js';
import { SCAN_OPTIONS } from '../cli/options.js';

export const FIX_USAGE = `Usage: docward fix [path] [options]

Fixes the links docward can fix safely, and nothing else: targets renamed or moved in git history,
letter-case mismatches, and fragments of headings edited since --since. Without --write it prints a
unified diff (git apply takes it); running it again after --write changes nothing.

Options:
  --since REV                   fix what changed since REV (renames and heading edits between REV and
                                the work tree); default: renames in the whole history, no heading fixes
  --write                       change the files instead of printing the diff
  --engine auto|native|js       extractor (default: auto, or $DOCWARD_ENGINE)
  --config FILE                 config file (default: .docward.yml at the scan root)
  --preset NAME                 recommended | cde | strict (without a config file)
  -h, --help                    this help

Exit status: 0 done (also when there was nothing to fix), 2 usage, config or git error.`;

export interface FixIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export class FixUsageError extends Error {}

/** The renames and base documents the fixes read: `--since` (diff and base blobs) or the history's renames. */
async function changeFacts(root: string, since: string | undefined, head: Map<string, DocumentFacts>, engine: 'native' | 'js'): Promise<ChangeFacts> {
  if (since) {
    const change: TreeChange | undefined = await diffSince(root, since);
    if (!change) throw new FixUsageError(`--since ${since}: git knows no such commit in ${root}`);
    const wanted = [...change.modified, ...[...change.renames].filter(([, r]) => r.similarity < 100).map(([from]) => from)];
    const blobs = readBaseBlobs(root, since, wanted);
    const extract = await extractor(engine);
    const base = new Map<string, DocumentFacts>();
    for (const [file, bytes] of blobs) if (head.has(change.renames.get(file)?.to ?? file)) base.set(file, extract(file, bytes));
    // Unchanged and purely renamed documents read the same on both sides.
    for (const [file, doc] of head) if (!change.modified.has(file) && !base.has(file)) base.set(file, doc);
    for (const [from, r] of change.renames) if (r.similarity === 100 && head.has(r.to)) base.set(from, head.get(r.to)!);
    return { renames: change.renames, deleted: change.deleted, head, base };
  }
  const renames: TreeChange['renames'] = new Map();
  for (const [from, to] of historyRenames(root)) renames.set(from, { to, similarity: 100 });
  return { renames, deleted: new Set(), head, base: new Map() };
}

export async function runFix(argv: string[], io: FixIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        since: { type: 'string' },
        write: { type: 'boolean', default: false },
        ...SCAN_OPTIONS,
      },
    });
  } catch (err) {
    throw new FixUsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(FIX_USAGE + '\n');
    return 0;
  }
  if (positionals.length > 1) throw new FixUsageError(`unexpected argument "${positionals[1]}"`);
  const root = path.resolve(positionals[0] ?? '.');
  const head = new Map<string, DocumentFacts>();
  const result = await runDocward({
    root,
    config: values.config,
    preset: values.preset,
    engine: parseEngineChoice(values.engine ?? io.env.DOCWARD_ENGINE),
    onBatch: (batch) => batch.forEach((doc) => head.set(doc.path, doc)),
  });
  const facts = await changeFacts(root, values.since, head, result.report.engine);
  const listed = new Set(result.listing.paths);
  const byFile = new Map<string, LinkFix[]>();
  for (const finding of result.report.findings) {
    const fix = explainFinding(finding, facts).fix;
    // A renamed target is a fix only when the new name exists now.
    if (!fix || (finding.rule === 'link-broken' && !targetExists(fix, listed))) continue;
    byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
  }
  let fixed = 0;
  let skipped = 0;
  let files = 0;
  for (const [file, fixes] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const absolute = path.join(root, file);
    const before = readFileSync(absolute, 'utf8');
    const after = applyLinkFixes(before, fixes);
    skipped += after.skipped.length;
    if (!after.applied.length) continue;
    fixed += after.applied.length;
    files += 1;
    if (values.write) writeFileSync(absolute, after.text);
    else io.out(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after.text, undefined, undefined, { context: 3 }).replace(/^={67}\n/m, ''));
  }
  const left = skipped ? ` (${skipped} left alone: the target is not written as the link reads it)` : '';
  io.err(`docward fix: ${fixed} ${fixed === 1 ? 'link' : 'links'} ${values.write ? 'fixed' : 'to fix'} in ${files} ${files === 1 ? 'file' : 'files'}${left}\n`);
  return 0;
}

/** The file part of a fixed target, resolved from its document, names a listed path. */
function targetExists(fix: LinkFix, listed: ReadonlySet<string>): boolean {
  const file = fix.to.split(/[?#]/)[0]!;
  const joined = file.startsWith('/') ? file.slice(1) : path.posix.join(path.posix.dirname(fix.path), file);
  return listed.has(path.posix.normalize(joined));
}
