import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { toPointer } from '../findings.js';
import type { SeverityOverrides } from '../lint/engine.js';
import { shippedSchemaValidator } from '../util/ajv.js';
import { readSettingsFile } from './read.js';
import { assertMatchesSchema } from '../util/schema-errors.js';
import { CONFIG_FILE_NAMES, DEFAULT_BASELINE_FILE, type RetailgovConfig } from './types.js';

/** The configuration schema shipped with the package. */
export const CONFIG_SCHEMA_URL = new URL('../../schemas/config.schema.json', import.meta.url);

const HINT = 'See docs/configuration.md for the configuration keys';

let validator: ValidateFunction | undefined;

function configValidator(): ValidateFunction {
  validator ??= shippedSchemaValidator('config');
  return validator;
}

export interface ConfigLookup {
  /** The file given with `--config`, relative to `cwd`; when absent, `folders` are searched. */
  file?: string;
  /** Folders searched in order, for example the workspace being linted and then the current folder. */
  folders: string[];
  /** Current folder: `file` and the paths in messages are relative to it. */
  cwd: string;
}

/** Returns the configuration file in `folder`, or undefined; two of them in one folder are an error. */
export function findConfigFile(folder: string): string | undefined {
  const found = CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).filter((file) => existsSync(file));
  if (found.length > 1) {
    throw new InputError(`found ${found.map((file) => path.basename(file)).join(' and ')} in ${folder}`, undefined,
      'Keep one configuration file per folder');
  }
  return found[0];
}

function locateFile(lookup: ConfigLookup): string | undefined {
  if (lookup.file !== undefined) {
    const absolute = path.resolve(lookup.cwd, lookup.file);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new InputError(`configuration file ${lookup.file} not found`, undefined, 'Check the path given to --config');
    }
    return absolute;
  }
  for (const folder of lookup.folders) {
    const file = findConfigFile(path.resolve(lookup.cwd, folder));
    if (file !== undefined) return file;
  }
  return undefined;
}

interface ConfigData {
  rules?: SeverityOverrides;
  maxFindings?: Record<string, number>;
  baseline?: string;
  ruleset?: string;
  allowRemoteRefs?: string[];
}

/**
 * Finds, reads and validates the configuration against schemas/config.schema.json. Without a file,
 * returns the defaults with paths relative to the first folder searched. Throws InputError with
 * file, line and column for a file that is malformed or breaks the schema.
 */
export function loadConfig(lookup: ConfigLookup): RetailgovConfig {
  const file = locateFile(lookup);
  if (file === undefined) {
    const folder = path.resolve(lookup.cwd, lookup.folders[0] ?? '.');
    return { folder, rules: {}, maxFindings: {}, baseline: path.join(folder, DEFAULT_BASELINE_FILE), allowRemoteRefs: [] };
  }
  const source = readSettingsFile(file, lookup.cwd);
  // An empty YAML file parses as null and configures nothing.
  if (source.data === null) source.data = {};
  assertMatchesSchema(source, configValidator(), 'configuration', HINT);
  const data = source.data as ConfigData;
  const folder = path.dirname(file);
  return {
    source,
    folder,
    rules: { ...data.rules },
    maxFindings: { ...data.maxFindings },
    baseline: path.resolve(folder, data.baseline ?? DEFAULT_BASELINE_FILE),
    ruleset: data.ruleset === undefined ? undefined : path.resolve(folder, data.ruleset),
    allowRemoteRefs: [...(data.allowRemoteRefs ?? [])],
  };
}

/**
 * Rejects rule ids under `rules` and `maxFindings` that are not in `ruleIds`, suggesting the
 * closest known id. Callers pass the ids of every rule the run can load, built-in and from rulesets.
 */
export function assertKnownRuleIds(config: RetailgovConfig, ruleIds: readonly string[]): void {
  const source = config.source;
  if (source === undefined) return;
  const known = new Set(ruleIds);
  const issues: InputError[] = [];
  for (const section of ['rules', 'maxFindings'] as const) {
    for (const id of Object.keys(config[section])) {
      if (known.has(id)) continue;
      const suggestion = closestId(id, ruleIds);
      const { line, column } = source.position(toPointer([section, id]));
      const message = `unknown rule id '${id}' in ${section}${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`;
      issues.push(new InputError(message, { file: source.path, line, column }));
    }
  }
  if (issues.length === 0) return;
  const [first, ...others] = issues;
  throw new InputError(first.message, { file: source.path, line: first.line, column: first.column },
    'Run `retailgov rules` to list the built-in rule ids; ids of a Spectral ruleset are those under its rules key and the rulesets it extends', others);
}

/** Returns the known id nearest to `id` by edit distance, when it is near enough to be a typo. */
export function closestId(id: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
