/** The CLI process: heap limits, output errors and the exit status around cli/main.ts (which tests call in-process). */
import { main } from './main.js';
import { limitHeapGrowth } from '../heap-growth.js';

limitHeapGrowth();

// A reader that stops early (`docward scan | head`) closes the pipe: the rest of the report has nowhere to
// go, which is no error of the scan, and the exit status stays the verdict. Any other failure to write
// (a full disk) loses the report: said in one line, exit status 2.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
  process.stderr.write(`docward: cannot write the report to standard output: ${err.message}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`docward: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
