/** The CLI listing: one line per finding, then a summary line; ANSI colour only when asked (a TTY). */
import type { Report, Severity } from '../findings.js';
import { SEVERITIES } from '../findings.js';
import { plainLine } from './escape.js';

export interface TextOptions {
  color?: boolean;
}

const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const lines = report.findings.map(
    (f) =>
      `${paint(BOLD, `${plainLine(f.path)}:${f.line}:${f.column}`)}  ${paint(COLOR[f.severity], f.severity.padEnd(7))}  ${plainLine(f.message)}  ${paint(DIM, f.rule)}`,
  );
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

/** `2 errors, 1 warning, 0 notices in 14 documents · score 87/100 · native engine, 12 ms` */
export function summaryLine(report: Report): string {
  const counts = SEVERITIES.map((severity) => plural(report.findings.filter((f) => f.severity === severity).length, severity));
  const { documents, durationMs } = report.stats;
  return `${counts.join(', ')} in ${plural(documents, 'document')} · score ${report.score.total}/100 · ${report.engine} engine, ${durationMs} ms`;
}

/** `1 error`, `2,990 errors` (grouped digits read faster at a glance). */
export function plural(count: number, noun: string): string {
  // Not toLocaleString: its first call loads ICU data, ~15 ms of a small run's start-up.
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${noun}${count === 1 ? '' : 's'}`;
}
