/** Writes a scenario as a file a person can read and `--scenario` or `--replay` can load. */
import { stringify } from 'yaml';
import type { ScenarioSpec } from './types.js';

const KEY_ORDER: Array<keyof ScenarioSpec> = [
  'retailgovScenario', 'name', 'seed', 'duration', 'startTime', 'maxInstances', 'drainLimit', 'traffic', 'systems', 'faults', 'checks',
];

/** Returns `spec` with its top-level keys in the documented order, extensions last. */
export function canonicalScenario(spec: ScenarioSpec): ScenarioSpec {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (spec[key] !== undefined) ordered[key] = spec[key];
  for (const [key, value] of Object.entries(spec)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as unknown as ScenarioSpec;
}

/**
 * Serialises `spec` as YAML, or as JSON when `file` ends with `.json`. A YAML file starts with
 * `comment`, one `#` line per line of it.
 */
export function serializeScenario(spec: ScenarioSpec, file?: string, comment?: string): string {
  if (file?.toLowerCase().endsWith('.json')) return `${JSON.stringify(spec, null, 2)}\n`;
  const header = comment === undefined ? '' : comment.split('\n').map((line) => `# ${line}`.trimEnd()).join('\n') + '\n';
  return header + stringify(spec, { lineWidth: 0 });
}
