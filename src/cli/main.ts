/** `docward scan [path]`: parses arguments, runs the pipeline, prints one format, returns the exit code. */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runDocward } from '../pipeline.js';
import { parseEngineChoice } from '../engine/index.js';
import { reaches, type Severity } from '../findings.js';
import { ConfigError } from '../config/load.js';
import { renderText } from '../report/text.js';
import { writePrettyJson } from '../report/json-chunks.js';
import { RULE_CATALOG } from '../rules/catalog.js';
import { VERSION } from '../version.js';
import { unverifiedLine } from '../unverified.js';
import { plainLine } from '../report/escape.js';
import { SCAN_OPTIONS } from './options.js';

const USAGE = `Usage: docward scan [path] [options]
       docward fix [path] [--since REV] [--write]   (docward fix --help)

Scans the Markdown documentation under path (default: .) and reports governance findings.

Options:
  --format text|json|sarif      output format (default: text)
  --output FILE                 write the report to FILE instead of standard output
  --engine auto|native|js       extractor (default: auto, or $DOCWARD_ENGINE)
  --config FILE                 config file (default: .docward.yml at the scan root)
  --preset NAME                 recommended | cde | strict (without a config file)
  --fail-on error|warning|notice|never
                                exit 1 when a finding reaches this severity (default: error)
  --no-color                    plain text even on a terminal
  -h, --help                    this help
  -v, --version                 print the version

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage, config or internal error.`;

type Format = 'text' | 'json' | 'sarif';
const FORMATS: readonly string[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly string[] = ['error', 'warning', 'notice', 'never'];

class UsageError extends Error {}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // performance.now() counts from process start: this is node start-up plus loading the bundle.
  const startupMs = performance.now();
  if (argv[0] === 'fix') return fix(argv.slice(1), env);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        ...SCAN_OPTIONS,
        'fail-on': { type: 'string', default: 'error' },
        'no-color': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const [command, target, ...extra] = positionals;
  try {
    if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!FORMATS.includes(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (!FAIL_ON.includes(values['fail-on'])) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
    const engine = parseEngineChoice(values.engine ?? env.DOCWARD_ENGINE);
    const result = await runDocward({ root: target ?? '.', config: values.config, preset: values.preset, engine });
    for (const notice of result.notices) process.stderr.write(notice + '\n');
    for (const entry of result.report.unverified) process.stderr.write(`docward: ${plainLine(unverifiedLine(entry))}\n`);
    const format = values.format as Format;
    const color = format === 'text' && !values['no-color'] && !values.output && process.stdout.isTTY === true && !env.NO_COLOR;
    const renderStart = performance.now();
    // JSON and SARIF are rendered while written (in pieces), so their time is all "write".
    const output = format === 'text' ? renderText(result.report, { color }) : '';
    const writeStart = performance.now();
    if (format === 'json') {
      writePrettyJson(result.report, values.output);
    } else if (format === 'sarif') {
      // Only SARIF needs fingerprints, and so node:crypto (~5 ms to load).
      const { buildSarif } = await import('../report/sarif.js');
      writePrettyJson(buildSarif(result.report, { catalog: RULE_CATALOG }), values.output);
    } else if (values.output) writeFileSync(values.output, output);
    else process.stdout.write(output.endsWith('\n') ? output : output + '\n');
    if (env.DOCWARD_PROFILE) {
      const phases = { startup: startupMs, ...result.timings, render: writeStart - renderStart, write: performance.now() - writeStart };
      process.stderr.write(JSON.stringify({ docwardProfile: phases }) + '\n');
    }
    const failOn = values['fail-on'] as Severity | 'never';
    return result.report.findings.some((f) => reaches(f.severity, failOn)) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) return usageError(err.message);
    if (err instanceof ConfigError) {
      process.stderr.write(`docward: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`docward: ${(err as Error).message}\n`);
    if (env.DOCWARD_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

/** `docward fix`: loaded only for that command. */
async function fix(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { runFix, FixUsageError, FIX_USAGE } = await import('../fix/command.js');
  try {
    return await runFix(argv, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env });
  } catch (err) {
    if (err instanceof FixUsageError) {
      process.stderr.write(`docward fix: ${err.message}\n\n${FIX_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`docward fix: ${(err as Error).message}\n`);
    return 2;
  }
}

function usageError(message: string): number {
  process.stderr.write(`docward: ${message}\n\n${USAGE}\n`);
  return 2;
}
