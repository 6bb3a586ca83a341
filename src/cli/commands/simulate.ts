import { createHash } from 'node:crypto';
import path from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { MAX_SEED } from '../../simulate/rng.js';
import { EventLogFile } from '../../simulate/report/event-log.js';
import { renderHtml } from '../../simulate/report/html.js';
import { renderJson } from '../../simulate/report/json.js';
import { renderJunit } from '../../simulate/report/junit.js';
import { ProgressBar, showsProgress } from '../../simulate/report/progress.js';
import { renderTerminal } from '../../simulate/report/terminal.js';
import { buildReport, type SimulationReport } from '../../simulate/result.js';
import { runScenario } from '../../simulate/run.js';
import { completeScenario, defaultScenario } from '../../simulate/scenario/default.js';
import { loadReplay, loadScenario } from '../../simulate/scenario/load.js';
import type { ScenarioSpec } from '../../simulate/scenario/types.js';
import { canonicalScenario, serializeScenario } from '../../simulate/scenario/write.js';
import { primaryFailure, shrinkScenario } from '../../simulate/shrink.js';
import { isWorkspaceFolder, loadWorkspace, ROOT_DECLARATION } from '../../workspace/load.js';
import type { Workspace } from '../../workspace/types.js';
import { EXIT, type CliIo } from '../io.js';
import type { CommandResult, Output } from '../output.js';
import { VERSION } from '../version.js';

export const SIMULATE_FORMATS = ['terminal', 'json', 'junit', 'html'] as const;
const DEFAULT_SEED = 1;

export interface SimulateCommandOptions {
  scenario?: string;
  seed?: string;
  format: string;
  output?: string;
  events?: string;
  shrinkOut?: string;
  /** False with `--no-shrink`. */
  shrink: boolean;
  shrinkRuns: string;
  replay?: string;
}

function parseInteger(value: string, option: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new UsageError(`invalid ${option} '${value}'; use a whole number from 0 to ${max}`);
  return Number(value);
}

/** Digest of the declaration files, so a replay can tell whether the estate changed since. */
function estateDigest(workspace: Workspace): string {
  const hash = createHash('sha256');
  for (const file of workspace.declarationFiles) hash.update(`${file.path}\u0000${file.text}\u0000`);
  return `sha256:${hash.digest('hex')}`;
}

interface Plan {
  spec: ScenarioSpec;
  seed: number;
  notes: string[];
}

function planRun(workspace: Workspace, options: SimulateCommandOptions, io: CliIo, digest: string): Plan {
  const seedOption = options.seed === undefined ? undefined : parseInteger(options.seed, '--seed', MAX_SEED);
  if (options.replay !== undefined) {
    if (options.scenario !== undefined) throw new UsageError('--replay takes the scenario from its file; drop --scenario');
    const replay = loadReplay(options.replay, io.cwd, workspace.estate);
    if (replay.seed !== undefined && seedOption !== undefined && replay.seed !== seedOption) {
      throw new UsageError(`--replay ${options.replay} runs seed ${replay.seed}; drop --seed ${seedOption} to replay it exactly`);
    }
    const notes: string[] = [];
    if (replay.estateDigest !== undefined && replay.estateDigest !== digest) notes.push(`note: the estate changed since ${options.replay} was written, so the replay may differ from the recorded run`);
    if (replay.version !== undefined && replay.version !== VERSION) notes.push(`note: ${options.replay} was written by retailgov ${replay.version}; this is ${VERSION}, so the replay may differ`);
    return { spec: canonicalScenario(completeScenario(replay.scenario, workspace.estate)), seed: replay.seed ?? seedOption ?? DEFAULT_SEED, notes };
  }
  if (options.scenario !== undefined) {
    const spec = canonicalScenario(completeScenario(loadScenario(options.scenario, io.cwd, workspace.estate), workspace.estate));
    return { spec, seed: seedOption ?? spec.seed ?? DEFAULT_SEED, notes: [] };
  }
  const spec = defaultScenario(workspace.estate);
  if ((spec.traffic ?? []).length === 0) {
    throw new UsageError('the estate declares no traffic that a workflow step takes; declare traffic in the estate, or pass --scenario FILE with traffic');
  }
  return { spec, seed: seedOption ?? DEFAULT_SEED, notes: [] };
}

function render(format: string, report: SimulationReport, color: boolean, shrunkText: string | undefined, shrunkFile: string | undefined): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'junit':
      return renderJunit(report);
    case 'html':
      return renderHtml(report);
    default:
      return renderTerminal(report, { color, shrunkText, shrunkFile });
  }
}

/**
 * Simulates the estate in `folder` under a scenario and returns the report and exit code: 0 when
 * every invariant and SLA holds, 1 otherwise. A failing run is shrunk to a minimal failing
 * scenario unless `--no-shrink` is given.
 */
export async function runSimulateCommand(folder: string | undefined, options: SimulateCommandOptions, io: CliIo): Promise<CommandResult> {
  if (!(SIMULATE_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown --format '${options.format}'; use one of ${SIMULATE_FORMATS.join(', ')}`);
  }
  const shrinkRuns = parseInteger(options.shrinkRuns, '--shrink-runs', 10_000);
  const root = path.resolve(io.cwd, folder ?? '.');
  if (!isWorkspaceFolder(root)) {
    throw new InputError(`no ${ROOT_DECLARATION} in ${folder ?? '.'}`, undefined,
      'simulate needs an estate: run it in a folder with the estate declarations, or pass that folder (retailgov simulate ESTATE)');
  }
  const workspace = await loadWorkspace(root);
  const digest = estateDigest(workspace);
  const { spec, seed, notes } = planRun(workspace, options, io, digest);
  const outputs: Output[] = notes.map((note) => ({ target: 'stderr', text: `${note}\n` }));

  const log = options.events === undefined ? undefined : new EventLogFile(path.resolve(io.cwd, options.events));
  const progress = showsProgress(io.stderr, process.env) ? new ProgressBar(io.stderr, 'simulating') : undefined;
  let outcome;
  try {
    outcome = runScenario(workspace, spec, { seed, log, onProgress: progress === undefined ? undefined : (now, duration) => progress.update(now, duration) });
  } catch (error) {
    log?.discard();
    throw error;
  } finally {
    progress?.clear();
  }
  log?.close();

  const report = buildReport(outcome, { version: VERSION, estateName: workspace.estate.name, estateDigest: digest });
  let shrunkText: string | undefined;
  const failure = report.passed ? undefined : primaryFailure(outcome);
  if (failure !== undefined && options.shrink) {
    const shrunk = shrinkScenario(workspace, spec, failure, { seed, maxRuns: shrinkRuns });
    report.shrunk = { invariant: failure, runs: shrunk.runs, budgetExhausted: shrunk.budgetExhausted, scenario: shrunk.scenario };
    const comment = `Minimal failing scenario for ${failure} found by retailgov simulate (seed ${seed}).\nReplay it with: retailgov simulate ESTATE --replay THIS_FILE`;
    shrunkText = serializeScenario(shrunk.scenario, options.shrinkOut, comment);
    if (options.shrinkOut !== undefined) outputs.push({ target: { file: options.shrinkOut }, text: shrunkText });
    const budget = shrunk.budgetExhausted ? ` (the run budget of ${shrinkRuns} ran out; raise --shrink-runs to shrink further)` : '';
    if (options.format !== 'terminal') outputs.push({ target: 'stderr', text: `Minimal failing scenario for ${failure}${budget}:\n${shrunkText}` });
  }

  const target: Output['target'] = options.output === undefined ? 'stdout' : { file: options.output };
  const color = target === 'stdout' && io.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  outputs.push({ target, text: render(options.format, report, color, shrunkText, options.shrinkOut) });
  return { exitCode: report.passed ? EXIT.ok : EXIT.findings, outputs };
}
