/** Picks the extractor: the native core when a binary fits this runner, else the js engine. */
import type { ScanOptions, ScanResult, ScanStream } from './contract.js';
import { loadNative } from './native.js';
import { nativeStream } from './native-stream.js';

export type EngineName = 'native' | 'js';
export type EngineChoice = EngineName | 'auto';

export interface Engine {
  name: EngineName;
  scan(options: ScanOptions): Promise<ScanResult>;
  /** The same scan in batches (contract `ScanStream`); rejects like `scan` on a bad root or options. */
  stream(options: ScanOptions): Promise<ScanStream>;
}

export interface EngineSelection {
  engine: Engine;
  /** One line for the user when `auto` fell back to js (names the missing target). */
  notice?: string;
}

export function parseEngineChoice(value: string | undefined): EngineChoice {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'native' || v === 'js') return v;
  throw new Error(`unknown engine "${value}": expected auto, native or js`);
}

/** Imported on first use: micromark, mdast and the walker are the bundle's largest part, and the native engine needs none of them. */
const loadJs = () => import('./js/index.js');

export const jsEngine: Engine = {
  name: 'js',
  scan: async (options) => (await loadJs()).jsScan(options),
  stream: async (options) => (await loadJs()).jsStream(options),
};

/** `native` fails loudly when no binary fits (missing, unloadable, another wire version); `auto` falls back to js with a notice. */
export function selectEngine(choice: EngineChoice): EngineSelection {
  if (choice === 'js') return { engine: jsEngine };
  const native = loadNative();
  if (native.ok) {
    const binding = native.binding;
    const scan = async (options: ScanOptions): Promise<ScanResult> => JSON.parse(binding.scan(JSON.stringify(options))) as ScanResult;
    return {
      engine: {
        name: 'native',
        scan,
        stream: async (options) => nativeStream(binding.scanStart, options),
      },
    };
  }
  if (choice === 'native') {
    throw new Error(`native engine unavailable for ${native.target}: ${native.reason}`);
  }
  return {
    engine: jsEngine,
    notice: `docward: no usable native core for ${native.target} (${native.reason}); using the js engine (same results, slower).`,
  };
}
