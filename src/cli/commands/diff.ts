import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { diffContracts } from '../../diff/contracts.js';
import { diffEstates } from '../../diff/estate.js';
import { applyGate, type FailOn } from '../../diff/gate/gate.js';
import { runDay } from '../../diff/gate/dates.js';
import { DEFAULT_WAIVER_FILE, estateWaivers, loadWaiverFile, type WaiverEntry } from '../../diff/gate/waivers.js';
import { loadGitPair } from '../../diff/git-inputs.js';
import { contractsOf, loadPathPair, type DiffPair } from '../../diff/inputs.js';
import { compareChanges } from '../../diff/order.js';
import { CHANGE_LEVELS, type Change, type DiffResult, type ModelCompatibility } from '../../diff/types.js';
import { DIFF_REPORTERS, type DiffFormat, type DiffReporter } from '../../reporters/diff/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import type { CommandResult, Output } from '../output.js';
import { VERSION } from '../version.js';

export interface DiffCommandOptions {
  /** Git revision to compare the working tree with. */
  base?: string;
  /** Format names, each optionally followed by `:FILE`. */
  format: string[];
  output?: string;
  failOn: string;
  /** Waiver file, relative to the working folder. */
  waivers?: string;
  /** The day the run is dated, YYYY-MM-DD; today in UTC when absent. */
  date?: string;
}

/** Values of `--fail-on`: a change level, or `none`. */
export const FAIL_ON_VALUES: readonly string[] = [...CHANGE_LEVELS, 'none'];

interface ReportRequest {
  format: string;
  render: DiffReporter;
  output: Output['target'];
}

/** Parses the `--format NAME[:FILE]` list. At most one report may go to stdout. */
function parseReportRequests(formats: string[], output: string | undefined): ReportRequest[] {
  const names = Object.keys(DIFF_REPORTERS);
  const requests = (formats.length === 0 ? ['text'] : formats).map((value): ReportRequest => {
    const separator = value.indexOf(':');
    const format = separator < 0 ? value : value.slice(0, separator);
    const file = separator < 0 ? undefined : value.slice(separator + 1);
    const render = Object.hasOwn(DIFF_REPORTERS, format) ? DIFF_REPORTERS[format as DiffFormat] : undefined;
    if (render === undefined) throw new UsageError(`unknown --format '${format}'; use one of ${names.join(', ')}`);
    if (file === '') throw new UsageError(`--format '${value}' names no file after the colon`);
    return { format, render, output: file === undefined ? 'stdout' : { file } };
  });
  const toStdout = requests.filter((request) => request.output === 'stdout');
  if (output !== undefined) {
    if (requests.length > 1) throw new UsageError('--output takes one format; write several reports with --format NAME:FILE');
    requests[0].output = { file: output };
  } else if (toStdout.length > 1) {
    throw new UsageError(`formats ${toStdout.map((r) => r.format).join(' and ')} would both write to stdout; give all but one a file with --format NAME:FILE`);
  }
  return requests;
}

function parseFailOn(value: string): FailOn {
  if (!FAIL_ON_VALUES.includes(value)) throw new UsageError(`invalid --fail-on '${value}'; use one of ${FAIL_ON_VALUES.join(', ')}`);
  return value as FailOn;
}

/** Returns the base and revision paths, or the one working-tree path with `--base`. */
function parseTargets(paths: string[], gitRef: string | undefined): { revision: string; base?: string } {
  if (gitRef !== undefined) {
    if (paths.length > 1) throw new UsageError(`with --base, pass at most one path (a contract file or an estate folder), not ${paths.length}`);
    return { revision: paths[0] ?? '.' };
  }
  if (paths.length !== 2) {
    throw new UsageError(`pass BASE and REVISION (two contract files or two estate folders), or --base GIT_REF [PATH]; got ${paths.length} path${paths.length === 1 ? '' : 's'}`);
  }
  return { base: paths[0], revision: paths[1] };
}

/** Finds the waiver file: `--waivers`, else the default file in the revision estate folder, else in the current folder. */
function findWaiverFile(flag: string | undefined, revision: string, cwd: string): string | undefined {
  if (flag !== undefined) return path.resolve(cwd, flag);
  const revisionPath = path.resolve(cwd, revision);
  const folders = existsSync(revisionPath) && statSync(revisionPath).isDirectory() ? [revisionPath, cwd] : [cwd];
  return folders.map((folder) => path.join(folder, DEFAULT_WAIVER_FILE)).find((file) => existsSync(file));
}

/** Compares the two sides: two contracts, or two estates with their canonical models and declarations. */
function compareSides(pair: DiffPair): { changes: Change[]; compatibility?: Record<string, ModelCompatibility> } {
  if (pair.base.kind === 'contract' && pair.revision.kind === 'contract') {
    return { changes: diffContracts(pair.base.contract, pair.revision.contract, { contract: pair.revision.contract.id }) };
  }
  if (pair.base.kind === 'estate' && pair.revision.kind === 'estate') return diffEstates(pair.base.workspace, pair.revision.workspace);
  throw new Error('the loaders returned sides of different kinds');
}

/** Returns the stderr notes: `$ref`s that were not followed, and waivers that accept no change. */
function notes(pair: DiffPair, unusedWaivers: WaiverEntry[]): Output[] {
  const lines: string[] = [];
  for (const [side, loaded] of [['base', pair.base], ['revision', pair.revision]] as const) {
    const unfollowed = contractsOf(loaded).flatMap((contract) => contract.unfollowedRefs);
    const remote = unfollowed.filter((ref) => ref.reason === 'remote').length;
    const broken = unfollowed.length - remote;
    if (remote === 1) lines.push(`note: ${side}: 1 remote $ref was not fetched, because diff never fetches, so its target is not compared`);
    if (remote > 1) lines.push(`note: ${side}: ${remote} remote $refs were not fetched, because diff never fetches, so their targets are not compared`);
    if (broken === 1) lines.push(`note: ${side}: 1 $ref points to nothing and was skipped; retailgov lint lists it`);
    if (broken > 1) lines.push(`note: ${side}: ${broken} $refs point to nothing and were skipped; retailgov lint lists them`);
  }
  for (const waiver of unusedWaivers) {
    const { file, line, column } = waiver.source;
    lines.push(`note: ${file}:${line}:${column}: the waiver of '${waiver.change}' at '${waiver.location}' matches no change; remove it if it is no longer needed`);
  }
  return lines.map((text) => ({ target: 'stderr', text: `${text}\n` }));
}

/**
 * Compares a base and a revision: two contract files, two estate folders, or a path in the working
 * tree with the same path at a git revision. Then applies waivers and freeze windows, and returns
 * the reports and the exit code, which is 1 when a change fails the gate and else 0.
 */
export async function runDiffCommand(paths: string[], options: DiffCommandOptions, io: CliIo): Promise<CommandResult> {
  const requests = parseReportRequests(options.format, options.output);
  const failOn = parseFailOn(options.failOn);
  const day = runDay(options.date);
  const targets = parseTargets(paths, options.base);
  const waiverFile = findWaiverFile(options.waivers, targets.revision, io.cwd);
  const fileWaivers = waiverFile === undefined ? [] : loadWaiverFile(waiverFile, io.cwd);

  const pair = options.base === undefined
    ? await loadPathPair(targets.base!, targets.revision, io.cwd)
    : await loadGitPair(options.base, targets.revision, io.cwd);
  try {
    const { changes, compatibility } = compareSides(pair);
    const revisionEstate = pair.revision.kind === 'estate' ? pair.revision.workspace : undefined;
    const gate = applyGate(changes, {
      failOn,
      day,
      waivers: [...fileWaivers, ...(revisionEstate === undefined ? [] : estateWaivers(revisionEstate))],
      freezeWindows: revisionEstate?.estate.changeControl.freezeWindows ?? [],
    });
    const result: DiffResult = {
      base: pair.baseName,
      revision: pair.revisionName,
      changes: gate.changes.sort(compareChanges),
      summary: { ...gate.summary, ...(compatibility === undefined ? {} : { compatibility }) },
    };
    const outputs = requests.map((request): Output => {
      const color = request.output === 'stdout' && io.stdout.isTTY === true && process.env.NO_COLOR === undefined;
      return { target: request.output, text: request.render(result, { color, toolVersion: VERSION }) };
    });
    return { exitCode: gate.failed ? EXIT.findings : EXIT.ok, outputs: [...notes(pair, gate.unusedWaivers), ...outputs] };
  } finally {
    pair.dispose();
  }
}
