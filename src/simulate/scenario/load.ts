/** Reads scenario files and replay files, and validates them against the schema and the estate. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../../errors.js';
import { toPointer } from '../../findings.js';
import type { Estate } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import { createAjv } from '../../util/ajv.js';
import { assertMatchesSchema } from '../../util/schema-errors.js';
import { isInside, readSourceFile, type SourceFile } from '../../workspace/source.js';
import { findRouteEntry } from '../engine/route.js';
import type { FaultSpec, ScenarioSpec } from './types.js';

const SCHEMA_HINT = 'See docs/simulate.md for the scenario format';

/**
 * Returns the path of a file shipped with the package. The package root is found by walking up
 * from this module, which works both from src/ and from the bundle in dist/.
 */
function packageFile(relative: string): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, relative);
    if (existsSync(path.join(folder, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`${relative} not found above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}

let validator: ValidateFunction | undefined;

function scenarioValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(packageFile('schemas/scenario.schema.json'), 'utf8')) as object;
    validator = createAjv({ verbose: true }).compile(schema);
  }
  return validator;
}

/** Reads a YAML or JSON file named on the command line, displayed relative to `cwd`. */
function readCommandLineFile(file: string, cwd: string): SourceFile {
  const absolute = path.resolve(cwd, file);
  const root = isInside(cwd, absolute) ? cwd : path.dirname(absolute);
  return readSourceFile(absolute, root);
}

/** Returns a view of `file` whose data is the node at `prefix`, so schema errors point into the file. */
function subdocument(file: SourceFile, prefix: string, data: unknown): SourceFile {
  return { ...file, data, position: (pointer) => file.position(prefix + pointer) };
}

class Problems {
  readonly list: InputError[] = [];

  constructor(private readonly file: SourceFile) {}

  /** Adds the problems that an InputError lists, such as those of the schema check. */
  addAll(error: InputError): void {
    this.list.push(error, ...error.others);
  }

  add(segments: Array<string | number>, message: string): void {
    const { line, column } = this.file.position(toPointer(segments));
    this.list.push(new InputError(`invalid scenario: ${message}`, { file: this.file.path, line, column }));
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const [first, ...others] = [...this.list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const at = (problem: InputError) => ({ file: problem.file!, line: problem.line, column: problem.column });
    throw new InputError(first.message, at(first), SCHEMA_HINT, others.map((problem) => new InputError(problem.message, at(problem))));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Milliseconds of a duration string, or undefined when it is missing or malformed. */
function millis(value: unknown): number | undefined {
  return typeof value === 'string' ? parseDuration(value) : undefined;
}

/** Checks that the run lasts and that every fault window opens before the run ends. */
function checkWindows(spec: ScenarioSpec, problems: Problems): void {
  const duration = millis(spec.duration);
  if (duration === 0) problems.add(['duration'], 'duration is 0, so no channel sends traffic; give a duration above 0, such as 30m');
  if (duration === undefined || duration === 0 || !Array.isArray(spec.faults)) return;
  spec.faults.forEach((fault: unknown, index) => {
    if (!isObject(fault)) return;
    const start = millis(fault.start) ?? 0;
    if (start >= duration) {
      problems.add(['faults', index, 'start'], `the fault starts at ${String(fault.start)}, at or after the end of the run (${spec.duration}), so it never strikes; start it earlier or lengthen the run`);
    }
    if (millis(fault.duration) === 0) problems.add(['faults', index, 'duration'], 'the fault lasts 0, so it never strikes; give a duration above 0, or leave it out for the whole run');
  });
}

function checkFault(fault: FaultSpec, index: number, estate: Estate, problems: Problems): void {
  const at = ['faults', index];
  if (!isObject(fault)) return;
  const systemIds = new Set(estate.systems.map((system) => system.id));
  const stepIds = new Set(estate.workflows.flatMap((workflow) => workflow.steps.map((step) => step.id)));
  const targets = [fault.system, fault.link, fault.step].filter((value) => value !== undefined);
  if (targets.length > 1) problems.add(at, 'a fault names at most one of system, link and step');
  if (fault.system !== undefined && !systemIds.has(fault.system)) problems.add([...at, 'system'], `unknown system '${fault.system}'`);
  if (isObject(fault.link) && typeof fault.link.from === 'string' && typeof fault.link.to === 'string') {
    for (const end of ['from', 'to'] as const) {
      if (!systemIds.has(fault.link[end])) problems.add([...at, 'link', end], `unknown system '${fault.link[end]}'`);
    }
    const { from, to } = fault.link;
    const used = estate.workflows.some((workflow) => workflow.steps.some((step) => step.from === from && step.to === to));
    if (systemIds.has(from) && systemIds.has(to) && !used) problems.add([...at, 'link'], `no workflow step calls ${to} from ${from}`);
  }
  if (fault.step !== undefined && !stepIds.has(fault.step)) problems.add([...at, 'step'], `unknown workflow step '${fault.step}'`);
  if (fault.error !== undefined && fault.kind !== 'outage' && fault.kind !== 'error-burst') {
    problems.add([...at, 'error'], `'error' applies to outage and error-burst faults, not ${fault.kind}`);
  }
  if (fault.retryAfter !== undefined && fault.error !== 'http-429' && fault.error !== 'http-503') {
    problems.add([...at, 'retryAfter'], 'retryAfter needs error http-429 or http-503');
  }
  if (fault.extra !== undefined && fault.kind !== 'latency-spike') problems.add([...at, 'extra'], `'extra' applies to latency-spike faults, not ${fault.kind}`);
  if (fault.maxDelay !== undefined && fault.kind !== 'reordering' && fault.kind !== 'duplicate-delivery') {
    problems.add([...at, 'maxDelay'], `'maxDelay' applies to reordering and duplicate-delivery faults, not ${fault.kind}`);
  }
}

/** Checks what the schema cannot: that every id names something the estate declares. */
function checkAgainstEstate(spec: ScenarioSpec, estate: Estate, problems: Problems): void {
  const systemIds = new Set(estate.systems.map((system) => system.id));
  if (!isObject(spec)) return;
  (Array.isArray(spec.traffic) ? spec.traffic : []).forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.channel !== 'string' || typeof entry.workflow !== 'string') return;
    const workflow = estate.workflows.find((candidate) => candidate.id === entry.workflow);
    if (!systemIds.has(entry.channel)) problems.add(['traffic', index, 'channel'], `unknown system '${entry.channel}'`);
    if (workflow === undefined) {
      problems.add(['traffic', index, 'workflow'], `unknown workflow '${entry.workflow}'`);
    } else if (systemIds.has(entry.channel) && findRouteEntry(workflow, entry.channel) === undefined) {
      problems.add(['traffic', index, 'channel'], `no step of workflow '${entry.workflow}' starts from or pulls from '${entry.channel}'`);
    }
  });
  for (const [id, system] of Object.entries(isObject(spec.systems) ? spec.systems : {})) {
    if (!systemIds.has(id)) problems.add(['systems', id], `unknown system '${id}'`);
    const time = isObject(system) ? system.serviceTime : undefined;
    const p99 = isObject(time) && time.distribution === 'lognormal' ? millis(time.p99) : undefined;
    const median = isObject(time) ? millis(time.median) : undefined;
    if (p99 !== undefined && median !== undefined && p99 < median) {
      problems.add(['systems', id, 'serviceTime', 'p99'], 'p99 is below the median');
    }
  }
  (Array.isArray(spec.faults) ? spec.faults : []).forEach((fault, index) => checkFault(fault, index, estate, problems));
  checkWindows(spec, problems);
}

/** Checks `file` against the schema and the estate, and reports every problem at once. */
function validate(file: SourceFile, estate: Estate): ScenarioSpec {
  const problems = new Problems(file);
  try {
    assertMatchesSchema(file, scenarioValidator(), 'scenario', SCHEMA_HINT);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.addAll(error);
  }
  const spec = file.data as ScenarioSpec;
  checkAgainstEstate(spec, estate, problems);
  problems.throwIfAny();
  return spec;
}

/** Reads and validates a scenario file; throws InputError naming file, line and column. */
export function loadScenario(file: string, cwd: string, estate: Estate): ScenarioSpec {
  return validate(readCommandLineFile(file, cwd), estate);
}

/** A run to repeat: its scenario and seed, and where they came from. */
export interface ReplaySource {
  scenario: ScenarioSpec;
  seed: number | undefined;
  /** Digest of the estate the report was made from, when the file is a report. */
  estateDigest?: string;
  version?: string;
}

/**
 * Reads a file to replay: a JSON report of `retailgov simulate` (its `scenario` and `seed`) or a
 * scenario file, such as one written by `--shrink-out`.
 */
export function loadReplay(file: string, cwd: string, estate: Estate): ReplaySource {
  const source = readCommandLineFile(file, cwd);
  const data = source.data as Record<string, unknown> | null;
  const isReport = data !== null && typeof data === 'object' && !('retailgovScenario' in data) && 'scenario' in data;
  if (!isReport) {
    const scenario = validate(source, estate);
    return { scenario, seed: scenario.seed };
  }
  const seed = data.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0) {
    const { line, column } = source.position('/seed');
    throw new InputError('invalid report: missing or invalid seed', { file: source.path, line, column },
      'Pass a JSON report written by retailgov simulate --format json, or a scenario file');
  }
  const scenario = validate(subdocument(source, '/scenario', data.scenario), estate);
  const estateInfo = data.estate as { digest?: unknown } | undefined;
  return {
    scenario,
    seed,
    estateDigest: typeof estateInfo?.digest === 'string' ? estateInfo.digest : undefined,
    version: typeof data.version === 'string' ? data.version : undefined,
  };
}
