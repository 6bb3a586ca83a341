import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertKnownRuleIds, loadConfig } from '../config/load.js';
import { displayPath } from '../config/read.js';
import type { RetailgovConfig } from '../config/types.js';
import { InputError, UsageError } from '../errors.js';
import type { SuppressionOutcome } from '../lint/apply.js';
import { defaultContractRoot } from '../lint/lint.js';
import { formatBaseline, readBaseline, type BaselineEntry, type BaselineUpdateOptions } from '../suppress/baseline.js';
import type { Output } from './output.js';

/** The lint options that choose the configuration and the baseline. */
export interface SuppressionFlags {
  config?: string;
  /** A baseline file, or false for `--no-baseline`. */
  baseline?: string | false;
  writeBaseline?: boolean;
  pruneBaseline?: boolean;
}

/** The baseline a run applies, and how it rewrites it. */
export interface BaselinePlan {
  /** Absolute path of the baseline file. */
  file: string;
  /** Path for messages and reports, relative to the working folder when inside it. */
  displayPath: string;
  /** Entries read from the file; undefined when the file does not exist yet. */
  entries?: BaselineEntry[];
  update?: BaselineUpdateOptions;
}

/**
 * Loads the configuration for linting `target`: the `--config` file, else the first configuration
 * file in the workspace folder (the `--root` folder for a contract file) or the working folder.
 * The rule ids it names are checked by `checkConfiguredRuleIds` once the ruleset is known.
 */
export function loadLintConfig(target: string, flags: SuppressionFlags & { root?: string }, cwd: string): RetailgovConfig {
  let workspace = target;
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    workspace = flags.root === undefined ? defaultContractRoot(target) : path.resolve(cwd, flags.root);
  }
  return loadConfig({ file: flags.config, folders: [workspace, cwd], cwd });
}

/**
 * Checks that every rule id under `rules` and `maxFindings` names a built-in rule or a rule of the
 * Spectral ruleset of the run. The ruleset is loaded only when an id is not built in, so a run
 * whose configuration names built-in rules alone does not pay for loading it twice.
 */
export async function checkConfiguredRuleIds(config: RetailgovConfig, builtInIds: readonly string[], rulesetFile: string | undefined): Promise<void> {
  const builtIn = new Set(builtInIds);
  const named = [...Object.keys(config.rules), ...Object.keys(config.maxFindings)];
  if (named.every((id) => builtIn.has(id))) return;
  let known = builtInIds;
  if (rulesetFile !== undefined) {
    const { loadRuleset } = await import('../spectral/load-ruleset.js');
    const loaded = await loadRuleset(rulesetFile);
    known = [...builtInIds, ...Object.keys(loaded.ruleset.rules)];
  }
  assertKnownRuleIds(config, known);
}

/** Decides which baseline file applies and whether the run rewrites it. */
export function planBaseline(flags: SuppressionFlags, config: RetailgovConfig, cwd: string): BaselinePlan | undefined {
  const rewrite = flags.writeBaseline === true || flags.pruneBaseline === true;
  if (flags.baseline === false) {
    if (rewrite) throw new UsageError('--no-baseline cannot be combined with --write-baseline or --prune-baseline');
    return undefined;
  }
  const file = typeof flags.baseline === 'string' ? path.resolve(cwd, flags.baseline) : config.baseline;
  const name = displayPath(cwd, file);
  const entries = readBaseline(file, cwd);
  if (entries === undefined && typeof flags.baseline === 'string' && !rewrite) {
    throw new InputError(`baseline file ${name} not found`, undefined, 'Check the path given to --baseline, or create the file with --write-baseline');
  }
  if (entries === undefined && !rewrite) return undefined;
  const update = rewrite ? { add: flags.writeBaseline === true, prune: flags.pruneBaseline === true } : undefined;
  return { file, displayPath: name, entries, update };
}

/** Builds the outputs that write the rewritten baseline file and note it, and stale entries, on stderr. */
export function baselineOutputs(plan: BaselinePlan | undefined, outcome: SuppressionOutcome): Output[] {
  const outputs: Output[] = [];
  const updated = outcome.updatedBaseline;
  if (plan !== undefined && updated !== undefined) {
    outputs.push({ target: { file: plan.file }, text: formatBaseline(updated.entries) });
    const changes = `${updated.added} added, ${updated.removed} removed`;
    const count = updated.entries.length === 1 ? '1 entry' : `${updated.entries.length} entries`;
    outputs.push({ target: 'stderr', text: `wrote ${plan.displayPath}: ${count} (${changes})\n` });
  }
  if (outcome.staleEntries.length > 0) {
    const text = `stale baseline entries: ${outcome.staleEntries.length} (their findings no longer occur; remove them with --prune-baseline)\n`;
    outputs.push({ target: 'stderr', text });
  }
  return outputs;
}
