/** Presets by name. */
import type { Preset } from '../../config/types.js';
import { cde } from './cde.js';
import { recommended } from './recommended.js';
import { strict } from './strict.js';

export const PRESETS: ReadonlyMap<string, Preset> = new Map([recommended, cde, strict].map((p) => [p.name, p]));
export const DEFAULT_PRESET = 'recommended';
