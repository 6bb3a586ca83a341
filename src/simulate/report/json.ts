/** The JSON report: the report object as is, so that the same run gives the same bytes. */
import type { SimulationReport } from '../result.js';

export function renderJson(report: SimulationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
