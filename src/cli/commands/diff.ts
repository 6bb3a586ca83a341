import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { diffContracts } from '../../diff/contracts.js';
import { describePair } from '../../diff/describe.js';
import { diffEstates } from '../../diff/estate.js';
import { runDay } from '../../diff/gate/dates.js';
import { declarationSites } from '../../diff/gate/declaration-path.js';
import { applyGate, type FailOn } from '../../diff/gate/gate.js';
import { sitesOf, type ChangeSite } from '../../diff/gate/location.js';
import { DEFAULT_WAIVER_FILE, estateWaivers, loadWaiverFile, type WaiverEntry } from '../../diff/gate/waivers.js';
import { loadGitPair } from '../../diff/git-inputs.js';
import { contractsOf, loadPathPair, type DiffPair } from '../../diff/inputs.js';
import { compareChanges } from '../../diff/order.js';
import { pathsRelativeTo, relocateChange, relocateResult, type PathRewrite } from '../../diff/report-paths.js';
import { CHANGE_LEVELS, type Change, type DiffResult, type ModelCompatibility } from '../../diff/types.js';
import { locateInRepository } from '../../git/repository.js';
import { DIFF_REPORTERS } from '../../reporters/diff/index.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import type { CommandResult, Output } from '../output.js';
import { parseReportRequests } from '../report-requests.js';
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

/** Returns the git top folder of the working tree that contains `cwd`, or undefined outside one. */
async function gitTopOf(cwd: string): Promise<string | undefined> {
  try {
    return (await locateInRepository(cwd)).top;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * Returns the places of a change that waivers may name besides its own locations: its files
 * relative to the current folder, as the reports show them, and its declaration nodes by id.
 */
function waiverSites(pair: DiffPair, toReportPath: PathRewrite): (change: Change) => ChangeSite[] {
  const declarations = declarationSites({
    ...(pair.base.kind === 'estate' ? { base: pair.base.workspace } : {}),
    ...(pair.revision.kind === 'estate' ? { revision: pair.revision.workspace } : {}),
  });
  return (change) => {
    const relocated = relocateChange(change, toReportPath);
    return [...sitesOf(relocated), ...declarations(change)];
  };
}

/**
 * Compares a base and a revision: two contract files, two estate folders, or a path in the working
 * tree with the same path at a git revision. Then applies waivers and freeze windows, and returns
 * the reports and the exit code, which is 1 when a change fails the gate and else 0.
 */
export async function runDiffCommand(paths: string[], options: DiffCommandOptions, io: CliIo): Promise<CommandResult> {
  const requests = parseReportRequests(options.format, options.output, DIFF_REPORTERS, 'text', io.cwd);
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
    // The engines write paths relative to each side's root; reports show them relative to the current folder.
    const toReportPath = pathsRelativeTo(io.cwd, pair.roots);
    const gate = applyGate(changes, {
      failOn,
      day,
      waivers: [...fileWaivers, ...(revisionEstate === undefined ? [] : estateWaivers(revisionEstate))],
      freezeWindows: revisionEstate?.estate.changeControl.freezeWindows ?? [],
      extraSites: waiverSites(pair, toReportPath),
    });
    const gated: DiffResult = {
      base: pair.baseName,
      revision: pair.revisionName,
      changes: gate.changes.sort(compareChanges),
      summary: { ...gate.summary, ...(compatibility === undefined ? {} : { compatibility }) },
      date: day,
      ...describePair(pair),
    };
    const result = relocateResult(gated, toReportPath);
    // GitHub resolves annotation paths from the repository's top folder.
    const needsTop = requests.some((request) => request.format === 'github');
    const top = needsTop ? pair.gitTop ?? await gitTopOf(io.cwd) : undefined;
    const annotated = top === undefined ? result : relocateResult(gated, pathsRelativeTo(top, pair.roots));

    const outputs = requests.map((request): Output => {
      const color = request.output === 'stdout' && io.stdout.isTTY === true && process.env.NO_COLOR === undefined;
      const rendered = request.format === 'github' ? annotated : result;
      return { target: request.output, text: request.reporter(rendered, { color, toolVersion: VERSION }) };
    });
    return { exitCode: gate.failed ? EXIT.findings : EXIT.ok, outputs: [...notes(pair, gate.unusedWaivers), ...outputs] };
  } finally {
    pair.dispose();
  }
}
