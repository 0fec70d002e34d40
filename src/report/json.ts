/** The JSON report (`--format json`, the action's `report-file`): the Report object itself, stable key order. */
import type { Report } from '../findings.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
