import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { runLintCommand, type LintCommandOptions } from './commands/lint.js';
import { runRulesCommand } from './commands/rules.js';
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
    .argument('[path]', 'workspace folder (with ownership.yaml) or a single OpenAPI/AsyncAPI file', '.')
    .option('-f, --format <name[:file]>', `report format (${Object.keys(REPORTERS).join(', ')}); repeat it with :FILE to write several reports`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format only)')
    .addOption(new Option('--fail-severity <level>', 'lowest severity that makes the run exit 1').choices(['error', 'warn', 'info']).default('error'))
    .option('--root <folder>', 'workspace root for a single contract file; $refs may not leave it (default: the current folder)')
    .action((target: string, options: LintCommandOptions) => settle(runLintCommand(target, options, io)));

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
