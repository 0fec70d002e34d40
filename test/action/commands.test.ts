// action/commands.ts must write exactly what @actions/core writes: @actions/core is the oracle here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendSummary, getInput, issue, setFailed, setOutput, type CommandProperties } from '../../src/action/commands.js';

/** What `fn` printed to stdout. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const work = mkdtempSync(path.join(tmpdir(), 'docward-commands-'));
const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  vi.restoreAllMocks();
});

// Text the runner must not misread: command separators, newlines, percent signs, unicode.
const text = fc.string({ unit: fc.constantFrom('a', ' ', ':', ',', '%', '\r', '\n', '::', '=', 'é', '\u2028', '0'), maxLength: 20 });
const properties: fc.Arbitrary<CommandProperties> = fc.record(
  {
    title: text,
    file: text,
    startLine: fc.nat(5),
    endLine: fc.nat(5),
    startColumn: fc.nat(5),
    endColumn: fc.nat(5),
  },
  { requiredKeys: [] },
);

describe('workflow commands', () => {
  it('error, warning, notice and debug match @actions/core for any text and placement', async () => {
    const oracle = { error: core.error, warning: core.warning, notice: core.notice, debug: (m: string) => core.debug(m) };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('error', 'warning', 'notice', 'debug') as fc.Arbitrary<keyof typeof oracle>, text, properties, async (name, message, props) => {
        const theirs = await stdoutOf(() => (name === 'debug' ? oracle.debug(message) : oracle[name](message, props)));
        const ours = await stdoutOf(() => issue(name, message, name === 'debug' ? {} : props));
        expect(ours).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('setFailed prints the same error and sets exit code 1', async () => {
    const theirs = await stdoutOf(() => core.setFailed('docward: 2 findings\nreach "error"'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const ours = await stdoutOf(() => setFailed('docward: 2 findings\nreach "error"'));
    expect(ours).toBe(theirs);
    expect(process.exitCode).toBe(1);
  });

  it('getInput reads INPUT_ variables as @actions/core does (spaces to _, upper case, trimmed)', () => {
    process.env['INPUT_FAIL-ON'] = '  warning \n';
    process.env.INPUT_MY_NAME = 'x';
    for (const name of ['fail-on', 'my name', 'absent']) expect(getInput(name)).toBe(core.getInput(name));
  });
});

describe('outputs and summary', () => {
  const delimiters = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');

  it('setOutput appends the same heredoc to $GITHUB_OUTPUT', () => {
    fc.assert(
      fc.property(fc.constantFrom('errors', 'report-file', 'comment-url'), text, (name, value) => {
        const theirs = path.join(work, 'theirs'), ours = path.join(work, 'ours');
        writeFileSync(theirs, '');
        writeFileSync(ours, '');
        process.env.GITHUB_OUTPUT = theirs;
        core.setOutput(name, value);
        setOutput(name, value, { GITHUB_OUTPUT: ours });
        expect(delimiters(readFileSync(ours, 'utf8'))).toBe(delimiters(readFileSync(theirs, 'utf8')));
      }),
      { numRuns: 100 },
    );
  });

  it('setOutput without $GITHUB_OUTPUT prints the same set-output command', async () => {
    delete process.env.GITHUB_OUTPUT;
    const theirs = await stdoutOf(() => core.setOutput('comment-file', 'a:b,c%\n'));
    const ours = await stdoutOf(() => setOutput('comment-file', 'a:b,c%\n', {}));
    expect(ours).toBe(theirs);
  });

  it('a missing $GITHUB_OUTPUT file is an error naming it, as in @actions/core', () => {
    const missing = path.join(work, 'nope', 'output');
    process.env.GITHUB_OUTPUT = missing;
    expect(() => core.setOutput('x', 'y')).toThrow(`Missing file at path: ${missing}`);
    expect(() => setOutput('x', 'y', { GITHUB_OUTPUT: missing })).toThrow(`Missing file at path: ${missing}`);
  });

  it('appendSummary adds the same bytes as summary.addRaw(text, true).write()', async () => {
    const theirs = path.join(work, 'summary-theirs'), ours = path.join(work, 'summary-ours');
    writeFileSync(theirs, '# before\n');
    writeFileSync(ours, '# before\n');
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await core.summary.addRaw('## ❌ docward\n\n| a | b |', true).write();
    await appendSummary('## ❌ docward\n\n| a | b |', { GITHUB_STEP_SUMMARY: ours });
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'));
    await expect(appendSummary('x', { GITHUB_STEP_SUMMARY: path.join(work, 'none', 'summary') })).rejects.toThrow(/Unable to access summary file: '.*none\/summary'/);
    await expect(appendSummary('x', {})).resolves.toBeUndefined();
  });
});

process.on('exit', () => rmSync(work, { recursive: true, force: true }));
