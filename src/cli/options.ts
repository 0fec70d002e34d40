/** Command-line options every command that scans shares (parseArgs shapes). */
export const SCAN_OPTIONS = {
  engine: { type: 'string' },
  config: { type: 'string' },
  preset: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
