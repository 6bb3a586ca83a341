import path from 'node:path';
import { UsageError } from '../../errors.js';
import { generateAdapters } from '../../generate/adapters/index.js';
import { RUNTIME_FOLDER } from '../../generate/adapters/runtime-files.js';
import { withHeader } from '../../generate/emit/header.js';
import { emitGeneratedFiles, type EmitOutcome } from '../../generate/emit/index.js';
import type { EmitFileSystem } from '../../generate/emit/file-system.js';
import { resolveOutputFolder } from '../../generate/emit/paths.js';
import type { GeneratedFile } from '../../generate/emit/types.js';
import { generateMappings, MAPPINGS_COMMAND } from '../../generate/mappings/index.js';
import { loadWorkspace } from '../../workspace/load.js';
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
  warnings: string[];
}

const CHECK_LABELS = {
  stale: 'stale (would change)',
  missing: 'missing',
  edited: 'edited by hand',
  untracked: 'not written by retailgov',
  obsolete: 'no longer generated',
} as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function report(command: string, outDisplay: string, outcome: EmitOutcome, check: boolean, generatedCount: number): CommandResult {
  const stdout: string[] = [];
  const stderr: string[] = [];

  if (check) {
    for (const problem of outcome.problems) stdout.push(`${path.join(outDisplay, problem.path)}: ${CHECK_LABELS[problem.problem]}`);
    if (outcome.problems.length === 0) {
      stdout.push(`${command}: ${plural(outcome.unchanged.length, 'file')} up to date in ${outDisplay}`);
      return result(EXIT.ok, stdout, stderr);
    }
    stdout.push(`${command}: ${outcome.problems.length} of ${plural(generatedCount, 'file')} out of date in ${outDisplay}; rerun without --check to regenerate`);
    return result(EXIT.findings, stdout, stderr);
  }

  if (outcome.rejected.length > 0) {
    for (const rejected of outcome.rejected) {
      const reason = rejected.state === 'edited' ? 'was edited by hand since retailgov wrote it' : 'exists but was not written by retailgov';
      stderr.push(`error: ${path.join(outDisplay, rejected.path)} ${reason}`);
    }
    stderr.push(`${command}: nothing written; move your changes out of the generated files and rerun, or pass --force to overwrite them`);
    return result(EXIT.findings, stdout, stderr);
  }

  for (const kept of outcome.kept) {
    stderr.push(`warning: ${path.join(outDisplay, kept)} is no longer generated but was edited by hand, so it was kept and is no longer tracked; delete it if it is not needed`);
  }
  stdout.push(`${command}: ${plural(outcome.written.length, 'file')} written, ${outcome.unchanged.length} unchanged, ${outcome.removed.length} removed in ${outDisplay}`);
  return result(EXIT.ok, stdout, stderr);
}

function result(exitCode: number, stdout: string[], stderr: string[]): CommandResult {
  const outputs: Output[] = [];
  if (stderr.length > 0) outputs.push({ target: 'stderr', text: stderr.join('\n') + '\n' });
  if (stdout.length > 0) outputs.push({ target: 'stdout', text: stdout.join('\n') + '\n' });
  return { exitCode, outputs };
}

async function runGenerate(
  estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo, generate: (workspace: Workspace) => Generated,
): Promise<CommandResult> {
  if (options.check === true && options.force === true) {
    throw new UsageError('--check and --force cannot be combined: --check writes nothing');
  }
  if (options.out.trim() === '') throw new UsageError('--out needs a folder');
  const workspace = await loadWorkspace(path.resolve(io.cwd, estatePath ?? '.'));
  const outputFolder = resolveOutputFolder(options.out, io.cwd, workspace.root);
  const generated = generate(workspace);
  const outcome = emitGeneratedFiles(outputFolder, generated.files, {
    command: generated.command,
    generator: `retailgov ${VERSION}`,
    check: options.check === true,
    force: options.force === true,
    fileSystem: options.fileSystem,
  });
  const commandResult = report(generated.command, options.out, outcome, options.check === true, generated.files.length);
  if (generated.warnings.length > 0) {
    commandResult.outputs.unshift({ target: 'stderr', text: generated.warnings.join('\n') + '\n' });
  }
  return commandResult;
}

/** `retailgov generate adapters [PATH] [--system ID] --out DIR [--check] [--force]`. */
export function runGenerateAdaptersCommand(estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo): Promise<CommandResult> {
  return runGenerate(estatePath, options, io, (workspace) => {
    const command = options.system === undefined ? 'generate adapters' : `generate adapters --system ${options.system}`;
    // Runtime files carry their own header. Every other file names the command, the root declaration file and the contracts.
    const systems = workspace.estate.systems.filter((system) => options.system === undefined || system.id === options.system);
    const contractPaths = systems.flatMap((system) => (system.contracts ?? []).map((reference) => workspace.contracts.get(reference.id)?.source.path ?? []));
    const inputs = [workspace.declarationFiles[0].path, ...[...new Set(contractPaths.flat())].sort()];
    const files = generateAdapters(workspace, options.system === undefined ? {} : { system: options.system })
      .map((file) => (file.path.startsWith(`${RUNTIME_FOLDER}/`) ? file : withHeader(file, { command, inputs })));
    return { command, files, warnings: [] };
  });
}

/** `retailgov generate mappings [PATH] --out DIR [--check] [--force]`. */
export function runGenerateMappingsCommand(estatePath: string | undefined, options: GenerateCommandOptions, io: CliIo): Promise<CommandResult> {
  return runGenerate(estatePath, options, io, (workspace) => ({ command: MAPPINGS_COMMAND, ...generateMappings(workspace) }));
}
