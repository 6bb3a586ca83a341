import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../../contracts/load.js';
import { InputError, UsageError } from '../../errors.js';
import { generateAdapters, generateContractAdapter } from '../../generate/adapters/index.js';
import { RUNTIME_FOLDER } from '../../generate/adapters/runtime-files.js';
import { withHeader } from '../../generate/emit/header.js';
import { emitGeneratedFiles, type CheckProblem, type EmitOutcome } from '../../generate/emit/index.js';
import type { EmitFileSystem } from '../../generate/emit/file-system.js';
import { resolveOutputFolder } from '../../generate/emit/paths.js';
import type { GeneratedFile } from '../../generate/emit/types.js';
import { generateMappings, MAPPINGS_COMMAND } from '../../generate/mappings/index.js';
import { formatWarning, type GenerateWarning } from '../../generate/warnings.js';
import { isWorkspaceFolder, loadWorkspace, ROOT_DECLARATION } from '../../workspace/load.js';
import { isInside, relativePath } from '../../workspace/source.js';
import type { Workspace } from '../../workspace/types.js';
import { EXIT, type CliIo } from '../io.js';
import type { CommandResult, Output } from '../output.js';
import { VERSION } from '../version.js';

export interface GenerateCommandOptions {
  out: string;
  check?: boolean;
  force?: boolean;
  /** `generate adapters` only. */
  system?: string;
  /** Tests pass a file system that fails at a chosen step. */
  fileSystem?: EmitFileSystem;
}

interface Generated {
  /** Key of the command in the lock, with the options that select what it generates. */
  command: string;
  files: GeneratedFile[];
  warnings: GenerateWarning[];
}

/** The input PATH names: an estate folder, or for `generate adapters` one contract file. */
type Input = { kind: 'estate'; workspace: Workspace } | { kind: 'contract'; file: string; root: string };

const CHECK_LABELS: Record<CheckProblem, string> = {
  stale: 'stale (would change)',
  missing: 'missing',
  edited: 'edited by hand',
  untracked: 'not written by retailgov',
  obsolete: 'no longer generated',
  orphaned: 'edited by hand but no longer generated',
};

/** Problems that a plain rerun does not fix, because it never overwrites or deletes a person's changes. */
const NEEDS_FORCE = new Set<CheckProblem>(['edited', 'untracked', 'orphaned']);

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function checkReport(command: string, outDisplay: string, outcome: EmitOutcome, generatedCount: number): CommandResult {
  const stdout = outcome.problems.map((problem) => `${path.join(outDisplay, problem.path)}: ${CHECK_LABELS[problem.problem]}`);
  if (outcome.problems.length === 0) {
    stdout.push(`${command}: ${plural(outcome.unchanged.length, 'file')} up to date in ${outDisplay}`);
    return result(EXIT.ok, stdout, []);
  }
  const forced = outcome.problems.filter((problem) => NEEDS_FORCE.has(problem.problem)).length;
  const next = forced === 0
    ? 'rerun without --check to regenerate'
    : 'move your changes out of the files edited by hand, then rerun without --check and with --force to regenerate';
  stdout.push(`${command}: ${outcome.problems.length} of ${plural(generatedCount, 'file')} out of date in ${outDisplay}; ${next}`);
  return result(EXIT.findings, stdout, []);
}

function report(command: string, outDisplay: string, outcome: EmitOutcome, check: boolean, generatedCount: number): CommandResult {
  if (check) return checkReport(command, outDisplay, outcome, generatedCount);
  const stderr: string[] = [];

  if (outcome.rejected.length > 0) {
    for (const rejected of outcome.rejected) {
      const reason = {
        edited: 'was edited by hand since retailgov wrote it',
        untracked: 'exists but was not written by retailgov',
        orphaned: 'was edited by hand but is no longer generated; deleting it would lose the changes, and keeping it would leave it importing files this run deletes',
      }[rejected.state];
      stderr.push(`error: ${path.join(outDisplay, rejected.path)} ${reason}`);
    }
    const action = outcome.rejected.some((rejected) => rejected.state === 'orphaned') ? 'overwrite or delete' : 'overwrite';
    stderr.push(`${command}: nothing written; move your changes out of the generated files and rerun, or pass --force to ${action} them`);
    return result(EXIT.findings, [], stderr);
  }

  const stdout = [`${command}: ${plural(outcome.written.length, 'file')} written, ${outcome.unchanged.length} unchanged, ${outcome.removed.length} removed in ${outDisplay}`];
  return result(EXIT.ok, stdout, stderr);
}

function result(exitCode: number, stdout: string[], stderr: string[]): CommandResult {
  const outputs: Output[] = [];
  if (stderr.length > 0) outputs.push({ target: 'stderr', text: stderr.join('\n') + '\n' });
  if (stdout.length > 0) outputs.push({ target: 'stdout', text: stdout.join('\n') + '\n' });
  return { exitCode, outputs };
}

/**
 * Returns a function that shows a path relative to `root` as `retailgov lint` does: relative to the
 * current folder when `root` is inside it, else unchanged. Absolute paths and URLs stay as they are.
 */
function displayPaths(cwd: string, root: string): (file: string) => string {
  return (file) => {
    if (path.isAbsolute(file) || /^[a-z][a-z0-9+.-]+:\/\//i.test(file) || !isInside(cwd, root)) return file;
    return relativePath(cwd, path.resolve(root, file));
  };
}

function relocate(error: InputError, display: (file: string) => string): InputError {
  const position = error.file === undefined ? undefined : { file: display(error.file), line: error.line, column: error.column };
  return new InputError(error.message, position, error.hint, error.others.map((other) => relocate(other, display)));
}

/** Reads PATH: an estate folder, or a contract file where the command takes one. */
async function readInput(target: string, absolute: string, io: CliIo, allowsContract: boolean): Promise<Input> {
  if (existsSync(absolute) && statSync(absolute).isFile()) {
    if (allowsContract) return { kind: 'contract', file: absolute, root: isInside(io.cwd, absolute) ? io.cwd : path.dirname(absolute) };
    throw new UsageError(`${target} is a file, but PATH must be an estate folder with ${ROOT_DECLARATION}, because mappings are declared there; ` +
      'to generate a typed client from a contract alone, run `retailgov generate adapters CONTRACT --out DIR`');
  }
  const expected = `PATH must be an estate folder with ${ROOT_DECLARATION}${allowsContract ? ', or an OpenAPI or AsyncAPI file for a typed client without policies' : ''}`;
  if (!existsSync(absolute)) throw new UsageError(`${target} not found: ${expected}`);
  if (!isWorkspaceFolder(absolute)) {
    throw new UsageError(`no ${ROOT_DECLARATION} in ${target}: ${expected}; ` +
      `to generate adapters with policies, declare the contracts under a system in ${ROOT_DECLARATION} (see docs/generate.md)`);
  }
  return { kind: 'estate', workspace: await loadWorkspace(absolute) };
}

async function runGenerate(
  estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo, allowsContract: boolean,
  generate: (input: Input) => Promise<Generated>,
): Promise<CommandResult> {
  if (options.check === true && options.force === true) {
    throw new UsageError('--check and --force cannot be combined: --check writes nothing');
  }
  if (options.out.trim() === '') throw new UsageError('--out needs a folder');
  const target = estatePath ?? '.';
  const absolute = path.resolve(io.cwd, target);
  let display = displayPaths(io.cwd, absolute);
  try {
    const input = await readInput(target, absolute, io, allowsContract);
    display = displayPaths(io.cwd, input.kind === 'estate' ? input.workspace.root : input.root);
    const protectedFolder = input.kind === 'estate' ? input.workspace.root : path.dirname(input.file);
    const outputFolder = resolveOutputFolder(options.out, io.cwd, protectedFolder);
    const generated = await generate(input);
    const outcome = emitGeneratedFiles(outputFolder, generated.files, {
      command: generated.command,
      generator: `retailgov ${VERSION}`,
      check: options.check === true,
      force: options.force === true,
      fileSystem: options.fileSystem,
    });
    const commandResult = report(generated.command, options.out, outcome, options.check === true, generated.files.length);
    if (generated.warnings.length > 0) {
      const lines = generated.warnings.map((warning) => formatWarning(warning, display(warning.file)));
      commandResult.outputs.unshift({ target: 'stderr', text: lines.join('\n') + '\n' });
    }
    return commandResult;
  } catch (error) {
    throw error instanceof InputError ? relocate(error, display) : error;
  }
}

async function contractAdapters(file: string, root: string, system: string | undefined): Promise<Generated> {
  if (system !== undefined) throw new UsageError('--system needs an estate folder as PATH; a contract file has no systems');
  const id = path.basename(file).replace(/\.(ya?ml|json)$/i, '');
  const contract = await loadContract(file, { root, id });
  const command = `generate adapters ${contract.source.path}`;
  const warnings: GenerateWarning[] = [];
  const files = generateContractAdapter(contract, { warnings })
    .map((generated) => (generated.path.startsWith(`${RUNTIME_FOLDER}/`) ? generated : withHeader(generated, { command, inputs: [contract.source.path] })));
  return { command, files, warnings };
}

/** `retailgov generate adapters [PATH] [--system ID] --out DIR [--check] [--force]`; PATH may be one contract file. */
export function runGenerateAdaptersCommand(estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo): Promise<CommandResult> {
  return runGenerate(estatePath, options, io, true, async (input) => {
    if (input.kind === 'contract') return contractAdapters(input.file, input.root, options.system);
    const command = options.system === undefined ? 'generate adapters' : `generate adapters --system ${options.system}`;
    const warnings: GenerateWarning[] = [];
    const files = generateAdapters(input.workspace, { ...(options.system === undefined ? {} : { system: options.system }), warnings });
    return { command, files, warnings };
  });
}

/** `retailgov generate mappings [PATH] --out DIR [--check] [--force]`. */
export function runGenerateMappingsCommand(estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo): Promise<CommandResult> {
  return runGenerate(estatePath, options, io, false, async (input) => {
    if (input.kind !== 'estate') throw new Error('generate mappings needs an estate folder');
    return { command: MAPPINGS_COMMAND, ...generateMappings(input.workspace) };
  });
}
