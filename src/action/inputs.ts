/** The action's inputs (action.yml), validated: a bad value names the input and what it accepts. */
import { parseEngineChoice, type EngineChoice } from '../engine/index.js';
import { SEVERITIES, type Severity } from '../findings.js';
import { FILTER_MODES, type FilterMode } from '../filters/changed-lines.js';
import { COMMENT_MODES, type CommentMode } from '../github/sticky-comment.js';

export interface ActionInputs {
  path: string;
  config?: string;
  preset?: string;
  failOn: Severity | 'never';
  token: string;
  comment: CommentMode;
  annotations: boolean;
  /** Undefined: `file` on pull requests, `nofilter` elsewhere. */
  filterMode?: FilterMode;
  sarifFile?: string;
  /** A JSON report of accepted findings. */
  baseline?: string;
  engine: EngineChoice;
  checkRun: boolean;
  /** Undefined: `new` when the base commit could be scanned (pull requests, merge queues), else `all`. */
  gate?: Gate;
  /** A pull-request review with suggestion blocks for fixes on lines the change added. */
  suggestions: boolean;
}

/** `new`: fail only on findings the change introduced · `all`: fail on every reported finding. */
export type Gate = 'new' | 'all';
export const GATES: readonly Gate[] = ['new', 'all'];

export class InputError extends Error {}

/** `get` returns an input's value as the runner passes it (`core.getInput` semantics: trimmed, '' when unset). */
export function readInputs(get: (name: string) => string): ActionInputs {
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = get(name).trim() || fallback;
    if (!allowed.includes(value as T)) throw new InputError(`input "${name}" is "${value}": expected one of ${allowed.join(', ')}`);
    return value as T;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = get(name).trim();
    if (!value) return fallback;
    // YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new InputError(`input "${name}" is "${value}": expected true or false`);
  };
  const filterMode = get('filter-mode').trim();
  let engine: EngineChoice;
  try {
    engine = parseEngineChoice(get('engine'));
  } catch (err) {
    throw new InputError(`input "engine": ${(err as Error).message}`);
  }
  return {
    path: get('path').trim() || '.',
    config: get('config').trim() || undefined,
    preset: get('preset').trim() || undefined,
    failOn: oneOf('fail-on', [...SEVERITIES, 'never'] as const, 'error'),
    token: get('github-token').trim(),
    comment: oneOf('comment', COMMENT_MODES, 'auto'),
    annotations: bool('annotations', true),
    filterMode: filterMode ? oneOf('filter-mode', FILTER_MODES, 'nofilter') : undefined,
    sarifFile: get('sarif-file').trim() || undefined,
    baseline: get('baseline').trim() || undefined,
    engine,
    checkRun: bool('check-run', false),
    gate: get('gate').trim() ? oneOf('gate', GATES, 'new') : undefined,
    suggestions: bool('suggestions', false),
  };
}
