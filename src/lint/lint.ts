import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../contracts/load.js';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { loadWorkspace } from '../workspace/load.js';
import { isInside, relativePath, type SourceFile } from '../workspace/source.js';
import { resolvePositions, runContractRules, runEstateRules, type SeverityOverrides } from './engine.js';

export interface LintOptions {
  rules?: readonly Rule[];
  severities?: SeverityOverrides;
  /** Workspace root for a bare contract file: `$ref`s may not leave it. */
  root?: string;
}

export interface LintResult {
  /** What was linted: the workspace folder or the contract file. */
  target: string;
  kind: 'workspace' | 'contract';
  findings: Finding[];
  /** Every source file read, for reporters that quote or count them. */
  files: SourceFile[];
}

/** Lints a workspace folder: declarations, governance rules and contract rules. */
export async function lintWorkspaceFolder(folder: string, options: LintOptions = {}): Promise<LintResult> {
  const rules = options.rules ?? RULES;
  const workspace = await loadWorkspace(folder);
  const findings = runEstateRules(workspace, rules, options.severities);
  const files: SourceFile[] = [...workspace.declarationFiles, ...workspace.canonicalSchemas.values()];
  for (const contract of workspace.contracts.values()) {
    findings.push(...runContractRules(contract, rules, options.severities));
    files.push(...contract.files);
  }
  return { target: folder, kind: 'workspace', findings: resolvePositions(findings, files), files };
}

/** Lints one OpenAPI or AsyncAPI file with the contract rules only. */
export async function lintContractFile(file: string, options: LintOptions = {}): Promise<LintResult> {
  const absolute = path.resolve(file);
  const root = path.resolve(options.root ?? defaultRoot(absolute));
  if (!isInside(root, absolute)) {
    throw new InputError(`${file} is outside the workspace root ${root}`, undefined, 'Pass --root with a folder that contains the file');
  }
  const contract = await loadContract(absolute, { root, id: relativePath(root, absolute) });
  const findings = runContractRules(contract, options.rules ?? RULES, options.severities);
  return { target: file, kind: 'contract', findings: resolvePositions(findings, contract.files), files: contract.files };
}

/** The current folder when it contains the file, so `$ref`s to sibling folders work; else the file's folder. */
function defaultRoot(absoluteFile: string): string {
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
