/** file-problem: a matched document could not be read as UTF-8 Markdown; never skipped silently. */
import { defineRule, type RuleHit } from './types.js';
import type { FileProblem } from '../engine/contract.js';
import type { UnverifiedCause } from '../unverified.js';
import { joinSegments } from './links/resolve.js';
import type { ScanIndex } from './scan-index.js';

/** The contract's exact symlink message for a link that stays inside the root (engine/contract.ts, "Problem details"). */
const INSIDE_SYMLINK = /^symbolic link to (.+), not followed$/s;

/** The number of the scanned document a symlink names (resolved lexically, as GitHub does within a repository), if any. */
function symlinkedDocument(path: string, message: string, index: ScanIndex): number | undefined {
  const target = INSIDE_SYMLINK.exec(message)?.[1];
  if (target === undefined || target.startsWith('/')) return undefined;
  const resolved = joinSegments(path.slice(0, Math.max(0, path.lastIndexOf('/'))), target);
  return resolved === undefined ? undefined : index.numberOf(resolved);
}

const SYMLINKED: UnverifiedCause = {
  cause: 'symlink-document',
  rule: 'file-problem',
  message: 'documents that are symbolic links to another scanned document are checked as that document, where it lies',
  unit: 'pages',
};

function problemHit(problem: FileProblem): RuleHit {
  return { line: problem.line ?? 1, column: 1, message: `not checked (${problem.kind}): ${problem.message}` };
}

export default defineRule<Record<string, never>, FileProblem>({
  id: 'file-problem',
  description:
    'A document (or a site navigation file) could not be checked: unreadable, too large, binary, not UTF-8, a symlink, too complex (pathological nesting or markup), or invalid.',
  defaultSeverity: 'warning',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  checksDocuments: true,
  check(doc, { index, unverified }, defer) {
    if (!doc.problem) return [];
    // GitHub shows a symlink to a readable file of the repository as that file, which is checked where it lies: not a problem.
    const target = doc.problem.kind === 'symlink' ? symlinkedDocument(doc.path, doc.problem.message, index) : undefined;
    if (target === undefined) return [problemHit(doc.problem)];
    if (!index.arrived(target)) {
      defer(doc.problem, target);
      return [];
    }
    if (!index.readable(target)) return [problemHit(doc.problem)];
    unverified.add(SYMLINKED);
    return [];
  },
  finish(doc, pending, { index, unverified }) {
    const target = symlinkedDocument(doc.path, pending[0]!.message, index)!;
    if (!index.readable(target)) return [problemHit(pending[0]!)];
    unverified.add(SYMLINKED);
    return [];
  },
  checkNavigation(nav) {
    if (!nav.error) return [];
    return [{ line: nav.error.line, column: nav.error.column, message: `navigation not read (${nav.format}): ${nav.error.message}` }];
  },
});
