/**
 * The runner's workflow commands and file commands, byte for byte as @actions/core writes them
 * (test/action/commands.test.ts compares the two). Not @actions/core itself: its OIDC helper loads
 * @actions/http-client and undici at import, a third of the action's start-up, for a token docward never asks for.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Annotation placement, as @actions/core's AnnotationProperties. */
export interface CommandProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type Env = NodeJS.ProcessEnv;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,...::message`; keys without a value are left out (their space stays), as @actions/core does. */
export function formatCommand(name: string, properties: [string, string | number | undefined][], message: string): string {
  const props = properties.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${properties.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

/** The runner's names for an annotation's placement, in @actions/core's order. */
const placement = (p: CommandProperties): [string, string | number | undefined][] =>
  Object.keys(p).length === 0
    ? []
    : [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
      ];

/** `error`, `warning`, `notice` (annotations) and `debug`. */
export function issue(name: string, message: string, properties: CommandProperties = {}): void {
  process.stdout.write(formatCommand(name, placement(properties), message) + EOL);
}

export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** To $GITHUB_OUTPUT with a random heredoc delimiter; the deprecated `set-output` command outside a runner. */
export function setOutput(name: string, value: string, env: Env = process.env): void {
  const file = env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL + formatCommand('set-output', [['name', name]], value) + EOL);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  issue('error', message);
}

/** Appends Markdown and a newline to $GITHUB_STEP_SUMMARY; nothing without one. */
export async function appendSummary(markdown: string, env: Env = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' });
}
