import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../contracts/load.js';
import type { RemoteFetcher } from '../contracts/remote/fetcher.js';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { createRulesetRunner, type RulesetRunner } from '../spectral/run.js';
import { loadWorkspace } from '../workspace/load.js';
import { isInside, relativePath, type SourceFile } from '../workspace/source.js';
import { resolvePositions, runContractRules, runEstateRules, runFileRules, type SeverityOverrides } from './engine.js';
import { collectRemoteOrigins, relocateRemoteFindings } from './relocate.js';

export interface LintOptions {
  rules?: readonly Rule[];
  severities?: SeverityOverrides;
  /** Workspace root for a bare contract file: `$ref`s may not leave it. */
  root?: string;
  /**
   * Absolute path of a Spectral ruleset to run on every contract, next to the built-in rules.
   * A built-in rule whose id the ruleset also defines does not run.
   */
  ruleset?: string;
  /** Fetches remote `$ref`s from allowed hosts; without it, no remote `$ref` is fetched. */
  remote?: RemoteFetcher;
}

export interface LintResult {
  /** Workspace folder or contract file that was linted. */
  target: string;
  kind: 'workspace' | 'contract';
  findings: Finding[];
  /** Every source file read, for reporters that quote or count them. */
  files: SourceFile[];
}

/** Lints a workspace folder: declarations, governance rules and contract rules. */
export async function lintWorkspaceFolder(folder: string, options: LintOptions = {}): Promise<LintResult> {
  const spectral = await openRuleset(options.ruleset, path.resolve(folder));
  const rules = spectral?.withoutReplaced(options.rules ?? RULES) ?? options.rules ?? RULES;
  const workspace = await loadWorkspace(folder, { remote: options.remote });
  const findings = runEstateRules(workspace, rules, options.severities);
  const files: SourceFile[] = [...workspace.declarationFiles, ...workspace.canonicalSchemas.values()];
  for (const contract of workspace.contracts.values()) {
    findings.push(...runContractRules(contract, spectral?.withoutReplaced(rules, contract.source.absolutePath) ?? rules, options.severities));
    if (spectral !== undefined) findings.push(...(await spectral.lint(contract, options.severities)));
    files.push(...contract.files);
  }
  findings.push(...runFileRules(files, rules, options.severities));
  const located = relocateRemoteFindings(findings, collectRemoteOrigins(workspace.contracts.values()));
  return { target: folder, kind: 'workspace', findings: resolvePositions(located, files), files };
}

/** Lints one OpenAPI or AsyncAPI file with the contract rules only. */
export async function lintContractFile(file: string, options: LintOptions = {}): Promise<LintResult> {
  const absolute = path.resolve(file);
  const root = path.resolve(options.root ?? defaultContractRoot(absolute));
  if (!isInside(root, absolute)) {
    throw new InputError(`${file} is outside the workspace root ${root}`, undefined, 'Pass --root with a folder that contains the file');
  }
  const spectral = await openRuleset(options.ruleset, root);
  const contract = await loadContract(absolute, { root, id: relativePath(root, absolute), remote: options.remote });
  const rules = spectral?.withoutReplaced(options.rules ?? RULES) ?? options.rules ?? RULES;
  const contractRules = spectral?.withoutReplaced(rules, absolute) ?? rules;
  const findings = [...runContractRules(contract, contractRules, options.severities), ...runFileRules(contract.files, rules, options.severities)];
  if (spectral !== undefined) findings.push(...(await spectral.lint(contract, options.severities)));
  const located = relocateRemoteFindings(findings, contract.remoteOrigins);
  return { target: file, kind: 'contract', findings: resolvePositions(located, contract.files), files: contract.files };
}

/** Loads the Spectral ruleset of a run, when there is one; Spectral itself is imported only then. */
async function openRuleset(file: string | undefined, root: string): Promise<RulesetRunner | undefined> {
  return file === undefined ? undefined : createRulesetRunner(file, root);
}

/** Returns the current folder when it contains the file, so `$ref`s to sibling folders work; else the file's folder. */
export function defaultContractRoot(absoluteFile: string): string {
  const cwd = process.cwd();
  return isInside(cwd, absoluteFile) ? cwd : path.dirname(absoluteFile);
}

/** Lints a workspace folder or a contract file, whichever `target` is. */
export async function lintTarget(target: string, options: LintOptions = {}): Promise<LintResult> {
  if (!existsSync(target)) {
    throw new InputError(`${target} not found`, undefined, 'Pass a workspace folder (with ownership.yaml) or a contract file');
  }
  return statSync(target).isDirectory() ? lintWorkspaceFolder(target, options) : lintContractFile(target, options);
}
