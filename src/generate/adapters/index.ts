/**
 * `retailgov generate adapters`: typed TypeScript adapters for the contracts of an estate, with
 * the idempotency keys, correlation ids, retry policies, rate limits and exception classes its
 * declarations state, plus the runtime library they import. Pure apart from reading the runtime
 * files of the package: the emit layer writes the result.
 */
import type { Contract } from '../../contracts/types.js';
import { UsageError } from '../../errors.js';
import type { Workspace } from '../../workspace/types.js';
import { withHeader } from '../emit/header.js';
import type { GeneratedFile } from '../emit/types.js';
import { docComment } from '../typescript/literals.js';
import { NameScope, toFileName } from '../typescript/names.js';
import { renderEventModule } from './event-module.js';
import { renderHttpModule } from './http-module.js';
import { contractProfiles, NO_PROFILES, type ContractProfiles } from './profiles.js';
import { RUNTIME_FOLDER, runtimeFiles } from './runtime-files.js';
import { renderSystemIndex, renderSystemModule, type SystemModuleEntry } from './system-module.js';
import type { GenerateWarning } from '../warnings.js';

export interface GenerateAdaptersOptions {
  /** Generate only this system's adapters; the top-level index.ts is then left out. */
  system?: string;
  /** Receives problems that do not stop generation, such as header parameters left out. */
  warnings?: GenerateWarning[];
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
  /** Receives problems that do not stop generation, such as header parameters left out. */
  warnings?: GenerateWarning[];
}

/** Generates the adapter module of one contract: an HTTP client for OpenAPI, publishers and consumers for AsyncAPI. */
export function generateContractAdapter(contract: Contract, options: GenerateContractOptions = {}): GeneratedFile[] {
  const folder = (options.folder ?? '').replace(/\/+$/, '');
  const depth = folder === '' ? 0 : folder.split('/').length;
  const runtimePrefix = depth === 0 ? `./${RUNTIME_FOLDER}/` : `${'../'.repeat(depth)}${RUNTIME_FOLDER}/`;
  const profiles = options.profiles ?? NO_PROFILES;
  const baseName = options.fileName ?? toFileName((contract.source.path.split('/').pop() ?? contract.id).replace(/\.(ya?ml|json)$/i, ''));
  const content = contract.format === 'openapi'
    ? renderHttpModule(contract, profiles, runtimePrefix, options.warnings)
    : renderEventModule(contract, profiles, runtimePrefix);
  const files = [{ path: folder === '' ? `${baseName}.ts` : `${folder}/${baseName}.ts`, content }];
  return options.includeRuntime === false ? files : [...files, ...runtimeFiles()];
}

/** Orders files by path, code unit by code unit, so the order does not depend on the locale. */
function comparePaths(a: GeneratedFile, b: GeneratedFile): number {
  if (a.path === b.path) return 0;
  return a.path < b.path ? -1 : 1;
}

/** Returns the workspace-relative paths of the contract files of a system's contracts. */
function contractPathsOf(workspace: Workspace, system: Workspace['estate']['systems'][number]): string[] {
  return (system.contracts ?? []).flatMap((reference) => {
    const contract = workspace.contracts.get(reference.id);
    return contract === undefined ? [] : [contract.source.path];
  });
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
 * an `index.ts`. The runtime, and for all systems a top-level `index.ts`, complete the output,
 * sorted by path.
 */
export function generateAdapters(workspace: Workspace, options: GenerateAdaptersOptions = {}): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const folders = new NameScope([RUNTIME_FOLDER, 'index.ts']);
  const systemNamespaces = new NameScope();
  const rootExports: string[] = [];

  const rootDeclaration = workspace.declarationFiles[0].path;
  const allContracts = new Set<string>();
  for (const system of selectSystems(workspace, options)) {
    const folder = folders.claim(toFileName(system.id));
    const moduleNames = new NameScope(['index', 'system']);
    const namespaces = new NameScope(['RATE_LIMITS', 'SYSTEM_ID']);
    const entries: SystemModuleEntry[] = [];
    const systemFiles: GeneratedFile[] = [];
    for (const reference of system.contracts ?? []) {
      const contract = workspace.contracts.get(reference.id);
      if (contract === undefined) continue;
      const fileName = moduleNames.claim(toFileName(reference.id));
      systemFiles.push(...generateContractAdapter(contract, {
        profiles: contractProfiles(workspace, reference.id, contract),
        folder,
        fileName,
        includeRuntime: false,
        ...(options.warnings === undefined ? {} : { warnings: options.warnings }),
      }));
      entries.push({ file: fileName, namespace: namespaces.allocate(reference.id, 'camel'), format: contract.format });
    }
    const hasClient = entries.some((entry) => entry.format === 'openapi');
    if (hasClient) systemFiles.push({ path: `${folder}/system.ts`, content: renderSystemModule(system, '../runtime/') });
    systemFiles.push({ path: `${folder}/index.ts`, content: renderSystemIndex(system, entries, hasClient) });
    rootExports.push(`export * as ${systemNamespaces.allocate(system.id, 'camel')} from './${folder}/index.js';\n`);

    // A system's files name the per-system command, so a run for all systems and a run for this
    // one write the same bytes and can share an output folder.
    const contractPaths = [...new Set(contractPathsOf(workspace, system))].sort();
    for (const contractPath of contractPaths) allContracts.add(contractPath);
    const by = { command: `generate adapters --system ${system.id}`, inputs: [rootDeclaration, ...contractPaths] };
    files.push(...systemFiles.map((file) => withHeader(file, by)));
  }

  // The top-level index lists every system, so only a run for all of them writes it: runs for one
  // system each into a shared folder would otherwise overwrite it with their own system alone.
  if (options.system === undefined) {
    const title = workspace.estate.name ?? 'the estate';
    const index = { path: 'index.ts', content: `${docComment([`Adapters of ${title}, one namespace per system.`])}${rootExports.join('')}` };
    files.push(withHeader(index, { command: 'generate adapters', inputs: [rootDeclaration, ...[...allContracts].sort()] }));
  }
  files.push(...runtimeFiles());
  return files.sort(comparePaths);
}
