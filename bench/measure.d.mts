// Types for bench/measure.mjs so TypeScript tests can import it.
export interface Measured {
  wallMs: number;
  cpuMs: number;
  userMs: number;
  sysMs: number;
  rssMB: number;
  exitCode: number;
  signalled: boolean;
  /** Killed (whole process group) after `timeoutMs`; then only wallMs is meaningful. */
  timedOut: boolean;
  stdoutFile: string;
  stderrTail: string;
}
export const GNU_TIME: string;
export function checkGnuTime(): string | null;
export function measure(argv: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measured>;
export function discard(result: Measured): void;
export function median(values: number[]): number;
