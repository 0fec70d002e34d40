#!/usr/bin/env node
/** The CLI entry; all logic lives in cli/main.ts so tests can call it in-process. */
import { main } from './cli/main.js';
import { limitHeapGrowth } from './heap-growth.js';

limitHeapGrowth();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`docward: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
