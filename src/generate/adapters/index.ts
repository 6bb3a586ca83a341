/**
 * `retailgov generate adapters`: typed TypeScript adapters for the contracts of an estate, with
 * the idempotency keys, correlation ids, retry policies, rate limits and exception classes its
 * declarations state, plus the runtime library they import. Pure apart from reading the runtime
 * files of the package: the emit layer writes the result.
 */
import type { Contract } from '../../contracts/types.js';
import { UsageError } from '../../errors.js';
import type { Workspace } from '../../workspace/types.js';
import type { GeneratedFile } from '../emit/types.js';
import { docComment } from '../typescript/literals.js';
import { NameScope, toFileName } from '../typescript/names.js';
import { renderEventModule } from './event-module.js';
import { renderHttpModule } from './http-module.js';
import { contractProfiles, NO_PROFILES, type ContractProfiles } from './profiles.js';
import { RUNTIME_FOLDER, runtimeFiles } from './runtime-files.js';
import { renderSystemIndex, renderSystemModule, type SystemModuleEntry } from './system-module.js';

export interface GenerateAdaptersOptions {
  /** Generate only this system's adapters. */
  system?: string;
}

export interface GenerateContractOptions {
  /** Policies declared for the contract's operations and channels; none for a bare contract. */
  profiles?: ContractProfiles;
  /** Folder of the module inside the output folder, with forward slashes; '' for the top level. */
  folder?: string;
  /** Module file name without extension; defaults to one derived from the contract file. */
  fileName?: string;
  /** Add the runtime files to the result; defaults to true. */
  includeRuntime?: boolean;
}

/** Generates the adapter module of one contract: an HTTP client for OpenAPI, publishers and consumers for AsyncAPI. */
export function generateContractAdapter(contract: Contract, options: GenerateContractOptions = {}): GeneratedFile[] {
  const folder = (options.folder ?? '').replace(/\/+$/, '');
  const depth = folder === '' ? 0 : folder.split('/').length;
  const runtimePrefix = depth === 0 ? `./${RUNTIME_FOLDER}/` : `${'../'.repeat(depth)}${RUNTIME_FOLDER}/`;
  const profiles = options.profiles ?? NO_PROFILES;
  const baseName = options.fileName ?? toFileName((contract.source.path.split('/').pop() ?? contract.id).replace(/\.(ya?ml|json)$/i, ''));
  const content = contract.format === 'openapi'
    ? renderHttpModule(contract, profiles, runtimePrefix)
    : renderEventModule(contract, profiles, runtimePrefix);
  const files = [{ path: folder === '' ? `${baseName}.ts` : `${folder}/${baseName}.ts`, content }];
  return options.includeRuntime === false ? files : [...files, ...runtimeFiles()];
}

/** Orders files by path, code unit by code unit, so the order does not depend on the locale. */
function comparePaths(a: GeneratedFile, b: GeneratedFile): number {
  if (a.path === b.path) return 0;
  return a.path < b.path ? -1 : 1;
}

/** Returns the systems to generate for: all with contracts, or the one `--system` names. */
function selectSystems(workspace: Workspace, options: GenerateAdaptersOptions): Workspace['estate']['systems'] {
  const withContracts = workspace.estate.systems.filter((system) => (system.contracts ?? []).length > 0);
  if (options.system === undefined) return withContracts;
  const system = workspace.estate.systems.find((candidate) => candidate.id === options.system);
  const known = withContracts.map((candidate) => candidate.id).join(', ') || 'none';
  if (system === undefined) throw new UsageError(`unknown system '${options.system}'; systems with contracts: ${known}`);
  if ((system.contracts ?? []).length === 0) throw new UsageError(`system '${options.system}' declares no contracts; systems with contracts: ${known}`);
  return [system];
}

/**
 * Generates adapters for every system with contracts, or the one `options.system` names. Each
 * system gets a folder with one module per contract, `system.ts` with its rate-limited client and
 * an `index.ts`. A top-level `index.ts` and the runtime complete the output, sorted by path.
 */
export function generateAdapters(workspace: Workspace, options: GenerateAdaptersOptions = {}): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const folders = new NameScope([RUNTIME_FOLDER, 'index.ts']);
  const systemNamespaces = new NameScope();
  const rootExports: string[] = [];

  for (const system of selectSystems(workspace, options)) {
    const folder = folders.claim(toFileName(system.id));
    const moduleNames = new NameScope(['index', 'system']);
    const namespaces = new NameScope(['RATE_LIMITS', 'SYSTEM_ID']);
    const entries: SystemModuleEntry[] = [];
    for (const reference of system.contracts ?? []) {
      const contract = workspace.contracts.get(reference.id);
      if (contract === undefined) continue;
      const fileName = moduleNames.claim(toFileName(reference.id));
      files.push(...generateContractAdapter(contract, {
        profiles: contractProfiles(workspace, reference.id, contract),
        folder,
        fileName,
        includeRuntime: false,
      }));
      entries.push({ file: fileName, namespace: namespaces.allocate(reference.id, 'camel'), format: contract.format });
    }
    const hasClient = entries.some((entry) => entry.format === 'openapi');
    if (hasClient) files.push({ path: `${folder}/system.ts`, content: renderSystemModule(system, '../runtime/') });
    files.push({ path: `${folder}/index.ts`, content: renderSystemIndex(system, entries, hasClient) });
    rootExports.push(`export * as ${systemNamespaces.allocate(system.id, 'camel')} from './${folder}/index.js';\n`);
  }

  const title = workspace.estate.name ?? 'the estate';
  files.push({ path: 'index.ts', content: `${docComment([`Adapters of ${title}, one namespace per system.`])}${rootExports.join('')}` });
  files.push(...runtimeFiles());
  return files.sort(comparePaths);
}
