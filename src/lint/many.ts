import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { RULES } from '../rules/registry.js';
import { isInside, relativePath } from '../workspace/source.js';
import { resolvePositions } from './engine.js';
import { fromPlainError, runLintJob, type JobResult, type PlainInputError } from './job.js';
import { defaultContractRoot, type LintOptions } from './lint.js';
import type { WorkerSetup } from './pool-messages.js';
import { runJobsInWorkers, workerScript } from './pool.js';
import { expandTargets, noContractsIn, type LintJob } from './targets.js';

export interface LintTargetsOptions extends LintOptions {
  /** Folder that relative targets and patterns are resolved against. */
  cwd: string;
  /** Worker threads to use; undefined decides by the amount of input, and 1 lints in the main thread. */
  threads?: number;
}

export interface LintTargetsResult {
  /** Findings of every target, without duplicates, sorted by file and position. */
  findings: Finding[];
  /** Distinct files read, fetched documents included. */
  fileCount: number;
  /** Findings hidden by `x-retailgov-ignore` entries. */
  suppressedCount: number;
  /** Targets that could not be linted, in argument order. */
  invalid: InputError[];
  /** Files of folders and patterns left out because they have no `openapi`, `swagger` or `asyncapi` key. */
  skipped: string[];
  /** Workspaces and contract files linted. */
  lintedCount: number;
  /** Worker threads used; 0 when the main thread linted alone. */
  threads: number;
}

/** Above these amounts of input, worker threads pay for their start-up time. */
const PARALLEL_ABOVE_FILES = 4;
const PARALLEL_ABOVE_BYTES = 2 * 1024 * 1024;

/**
 * Lints several workspaces, contract files, folders and patterns as one run. Invalid targets are
 * collected in `invalid` and the others are still linted. Many or large files are spread over
 * worker threads. The result is the same as in the main thread, because each job returns plain
 * findings and they are merged and sorted here in either case.
 */
export async function lintTargets(targets: readonly string[], options: LintTargetsOptions): Promise<LintTargetsResult> {
  const { cwd, threads: requestedThreads, ...lintOptions } = options;
  const expanded = expandTargets(targets, cwd, lintOptions.root);
  const jobs = expanded.jobs;

  const threads = Math.min(requestedThreads ?? automaticThreads(jobs), jobs.length);
  const setup = threads > 1 ? workerSetupOf(lintOptions) : undefined;
  const script = setup === undefined ? undefined : workerScript();
  const results = setup !== undefined && script !== undefined
    ? await runJobsInWorkers(script, jobs, largestFirst(jobs), setup, threads, lintOptions.remote)
    : await runSerially(jobs, lintOptions);

  const merged = mergeResults(jobs, results, cwd);
  const empty = targetsWithoutContracts(jobs, results).map(noContractsIn);
  return { ...merged, invalid: [...expanded.errors, ...empty, ...merged.invalid], threads: script === undefined ? 0 : threads };
}

/** Returns the size of a contract file in bytes; a workspace counts as 0, since its contracts are not known yet. */
function sizeOf(job: LintJob): number {
  return job.kind === 'contract' ? statSync(job.path).size : 0;
}

/** Chooses the worker count: one per core, up to one per job, once the input is large enough. */
function automaticThreads(jobs: readonly LintJob[]): number {
  if (jobs.length > PARALLEL_ABOVE_FILES) return availableParallelism();
  const bytes = jobs.reduce((total, job) => total + sizeOf(job), 0);
  return bytes > PARALLEL_ABOVE_BYTES ? availableParallelism() : 1;
}

/** Returns the job indices with workspaces first, then contract files from the largest down. */
function largestFirst(jobs: readonly LintJob[]): number[] {
  const weight = jobs.map((job) => (job.kind === 'workspace' ? Number.POSITIVE_INFINITY : sizeOf(job)));
  return jobs.map((_, index) => index).sort((a, b) => weight[b] - weight[a] || a - b);
}

/**
 * Returns the data that workers rebuild `options` from, or undefined when they cannot. A rule
 * that is not built in cannot be sent to another thread, nor can an option that contains a function.
 */
function workerSetupOf(options: LintOptions): WorkerSetup | undefined {
  const { rules, remote, ...rest } = options;
  if (rules !== undefined && !rules.every((rule) => RULES.includes(rule))) return undefined;
  try {
    structuredClone(rest);
  } catch {
    return undefined;
  }
  return { options: rest, ruleIds: rules?.map((rule) => rule.id), remote: remote?.settings };
}

/** Returns the folders and patterns all of whose files were skipped, so that they linted nothing. */
function targetsWithoutContracts(jobs: readonly LintJob[], results: readonly JobResult[]): string[] {
  const skippedOnly = new Map<string, boolean>();
  results.forEach((result, index) => {
    const target = jobs[index].target;
    skippedOnly.set(target, (skippedOnly.get(target) ?? true) && result.status === 'skipped');
  });
  return [...skippedOnly].filter(([, onlySkipped]) => onlySkipped).map(([target]) => target);
}

async function runSerially(jobs: readonly LintJob[], options: LintOptions): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runLintJob(job, options));
  return results;
}

/** Returns the folder that the paths of a job's findings and errors are relative to. */
function rootOf(job: LintJob): string {
  if (job.kind === 'workspace') return job.path;
  return job.root ?? defaultContractRoot(job.path);
}

/** Formats an absolute path relative to `cwd` when it is inside it. */
function displayPath(cwd: string, absolute: string): string {
  return isInside(cwd, absolute) ? relativePath(cwd, absolute) : absolute;
}

function mergeResults(jobs: readonly LintJob[], results: readonly JobResult[], cwd: string): Omit<LintTargetsResult, 'threads'> {
  // Paths are relative to `cwd` when the workspace lies inside it, so CI annotations and SARIF
  // results land on the right file of the repository. A workspace elsewhere keeps paths relative
  // to its root, unless several roots are linted: then two files named `ownership.yaml` would
  // look alike, and paths become absolute.
  const roots = new Set(jobs.map(rootOf));
  const rewrite = (job: LintJob, file: string): string => {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(file)) return file;
    const root = rootOf(job);
    return roots.size > 1 || isInside(cwd, root) ? displayPath(cwd, path.resolve(root, file)) : file;
  };
  const rewriteError = (job: LintJob, error: PlainInputError): PlainInputError => ({
    ...error,
    file: error.file === undefined ? undefined : rewrite(job, error.file),
    others: error.others.map((other) => rewriteError(job, other)),
  });

  const findings: Finding[] = [];
  const files = new Set<string>();
  const invalid: InputError[] = [];
  const skipped: string[] = [];
  let suppressedCount = 0;
  let lintedCount = 0;
  results.forEach((result, index) => {
    const job = jobs[index];
    if (result.status === 'skipped') {
      skipped.push(displayPath(cwd, result.path));
    } else if (result.status === 'invalid') {
      invalid.push(fromPlainError(rewriteError(job, result.error)));
    } else {
      lintedCount += 1;
      suppressedCount += result.suppressedCount;
      for (const file of result.files) files.add(file);
      for (const finding of result.findings) findings.push({ ...finding, location: { ...finding.location, file: rewrite(job, finding.location.file) } });
    }
  });
  // Positions are already filled in; this drops the findings that two jobs share and sorts.
  return { findings: resolvePositions(findings, []), fileCount: files.size, suppressedCount, invalid, skipped, lintedCount };
}
