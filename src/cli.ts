#!/usr/bin/env node
/**
 * The CLI entry (dist/cli.js): Node's compile cache first (Node >= 22.1; compiled code kept in the OS temp
 * folder, never in the repository), then the CLI, loaded behind import() so that its bundle is cached too.
 */
import module from 'node:module';

// Node 20 has no compile cache (and @types/node 20 no declaration); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
import('./cli/start.js').catch((err: unknown) => {
  process.stderr.write(`docward: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exitCode = 2;
});
