import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { DIFF_FORMATS, FAIL_ON_CHOICES, SIMULATE_FORMAT_CHOICES } from './choices.js';
import type { DiffCommandOptions } from './commands/diff.js';
import type { GenerateCommandOptions } from './commands/generate.js';
import { runLintCommand, type LintCommandOptions } from './commands/lint.js';
import { runRulesCommand } from './commands/rules.js';
import type { SimulateCommandOptions } from './commands/simulate.js';
import { REPORTERS } from '../reporters/index.js';
import { EXIT, type CliIo } from './io.js';
import { writeOutputs, type CommandResult } from './output.js';
import { VERSION } from './version.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Declares the commands; each action stores its result for `main` to write. */
function buildProgram(io: CliIo, settle: (result: Promise<CommandResult>) => void): Command {
  const program = new Command('retailgov')
    .description('Governance-as-code for retail integration estates')
    .version(VERSION)
    .option('--debug', 'print stack traces of unexpected errors')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command('lint')
    .description('check declarations and contracts against the governance and contract rules')
    .argument('[paths...]', 'workspace folders (with ownership.yaml), OpenAPI/AsyncAPI files, folders of contracts, or quoted glob patterns (default: the current folder)')
    .option('-f, --format <name[:file]>', `report format (${Object.keys(REPORTERS).join(', ')}); repeat it with :FILE to write several reports`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format only)')
    .addOption(new Option('--fail-severity <level>', 'lowest severity that makes the run exit 1').choices(['error', 'warn', 'info']).default('error'))
    .option('--root <folder>', 'workspace root for contract files; $refs may not leave it (default: the current folder, else the folder searched or the file\'s folder)')
    .option('--config <file>', 'configuration file (default: .retailgov.yaml, .yml or .json in the workspace folder, else in the current folder)')
    .option('--baseline <file>', 'baseline file of accepted findings (default: the baseline key of the configuration, .retailgov-baseline.json)')
    .option('--no-baseline', 'report every finding, ignoring the baseline file')
    .option('--write-baseline', "accept this run's findings: merge them into the baseline file")
    .option('--prune-baseline', 'remove baseline entries whose finding no longer occurs')
    .option('--ruleset <file>', 'Spectral ruleset (YAML, JSON or JavaScript) to run on every contract (default: the ruleset key of the configuration, else .spectral.yaml, .yml, .json or .js in the workspace folder, or in the current folder for a contract file)')
    .option('--allow-remote-ref <host>', 'fetch remote $refs from HOST or HOST:PORT (repeatable); https only, plain http only from loopback hosts', collect, [])
    .option('--remote-ref-timeout <duration>', 'time allowed to fetch one remote $ref document, such as 10s or 500ms', '10s')
    .option('--remote-ref-max-size <size>', 'largest remote $ref document fetched, such as 10MiB or 512KiB', '10MiB')
    .addOption(new Option('--jobs <n>', 'worker threads to lint with; 1 lints in the main thread').hideHelp())
    .action((targets: string[], options: LintCommandOptions) => settle(runLintCommand(targets, options, io)));

  program
    .command('diff')
    .description('compare two contracts, two estates, or the working tree with a git revision, and classify every change')
    .argument('[paths...]', 'BASE and REVISION: two contract files or two estate folders (with ownership.yaml); with --base, one contract file or estate folder (default: the current folder)')
    .option('--base <git-ref>', 'compare PATH in the working tree with the same path at this git branch, tag or commit')
    .option('-f, --format <name[:file]>', `report format (${DIFF_FORMATS.join(', ')}); repeat it with :FILE to write several reports`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format only)')
    .addOption(new Option('--fail-on <level>', 'lowest change level that makes the run exit 1; none fails only on expired waivers and breaking changes in a freeze window').choices(FAIL_ON_CHOICES).default('breaking'))
    .option('--waivers <file>', 'waiver file of accepted changes (default: .retailgov-waivers.yaml in the revision estate folder, else in the current folder)')
    .option('--date <yyyy-mm-dd>', 'date the run as this day (UTC) for freeze windows and waiver expiry (default: today)')
    .action((paths: string[], options: DiffCommandOptions) => settle(import('./commands/diff.js').then(({ runDiffCommand }) => runDiffCommand(paths, options, io))));

  const generate = program
    .command('generate')
    .description('write TypeScript adapters or mapping code from the declarations, protected by a lock file');
  generate
    .command('adapters')
    .description('write typed adapters for the contracts of every system, or of one, with the declared retry, idempotency and rate-limit policies')
    .argument('[path]', 'estate folder with ownership.yaml (default: the current folder)')
    .option('--system <id>', 'generate only the adapters of this system')
    .requiredOption('--out <dir>', 'folder to write the generated files and retailgov.lock.json to')
    .option('--check', 'write nothing; exit 1 when a generated file is stale, missing or edited by hand')
    .option('--force', 'overwrite generated files that were edited by hand')
    .action((estatePath: string | undefined, options: GenerateCommandOptions) => settle(import('./commands/generate.js').then(({ runGenerateAdaptersCommand }) => runGenerateAdaptersCommand(estatePath, options, io))));
  generate
    .command('mappings')
    .description('write a typed function and a node:test module for every declared mapping')
    .argument('[path]', 'estate folder with ownership.yaml (default: the current folder)')
    .requiredOption('--out <dir>', 'folder to write the generated files and retailgov.lock.json to')
    .option('--check', 'write nothing; exit 1 when a generated file is stale, missing or edited by hand')
    .option('--force', 'overwrite generated files that were edited by hand')
    .action((estatePath: string | undefined, options: GenerateCommandOptions) => settle(import('./commands/generate.js').then(({ runGenerateMappingsCommand }) => runGenerateMappingsCommand(estatePath, options, io))));

  program
    .command('simulate')
    .description('simulate the declared workflows under traffic and faults, and check invariants and SLAs')
    .argument('[path]', 'workspace folder with ownership.yaml (default: the current folder)')
    .option('--scenario <file>', 'scenario file (YAML or JSON): traffic, capacity and faults (default: the declared traffic at peak with a standard set of faults)')
    .option('--seed <n>', 'seed of the pseudo-random streams, a whole number from 0 to 4294967295 (default: the scenario\'s seed, else 1)')
    .addOption(new Option('-f, --format <name>', 'report format').choices(SIMULATE_FORMAT_CHOICES).default('terminal'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--events <file>', 'write every event of the run to FILE as JSON Lines')
    .option('--shrink-out <file>', 'write the minimal failing scenario of a failed run to FILE (YAML, or JSON for a .json name)')
    .option('--no-shrink', 'do not search for a minimal failing scenario when the run fails')
    .option('--shrink-runs <n>', 'largest number of simulations to run while shrinking', '150')
    .option('--replay <file>', 'rerun a JSON report or a scenario file, with the seed it records')
    .action((folder: string | undefined, options: SimulateCommandOptions) => settle(import('./commands/simulate.js').then(({ runSimulateCommand }) => runSimulateCommand(folder, options, io))));

  program
    .command('rules')
    .description('list the built-in rules')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: string }) => settle(Promise.resolve().then(() => runRulesCommand(options))));

  return program;
}

/** Parses arguments, runs one command, writes its output and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let pending: Promise<CommandResult> | undefined;
  const program = buildProgram(io, (result) => {
    pending = result;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (pending === undefined) {
      io.stderr.write(program.helpInformation());
      return EXIT.invalid;
    }
    const result = await pending;
    writeOutputs(result.outputs, io);
    return result.exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message; help and version exit 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  }
  if (error instanceof InputError) {
    io.stderr.write(`error: ${error.format()}\n`);
    return EXIT.invalid;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT.invalid;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`internal error: ${message}\n`);
  io.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : 'This is a bug in retailgov. Rerun with --debug for a stack trace and report it.\n');
  return EXIT.invalid;
}
