import type { Contract } from '../contracts/types.js';
import type { Workspace } from '../workspace/types.js';
import type { DiffPair, DiffSide } from './inputs.js';
import type { ContractInfo, DiffResult, SystemInfo } from './types.js';

/** Facts about the compared sides that reports show beside the changes: contracts, owners and approvers. */
export type SideDescription = Pick<DiffResult, 'compared' | 'contracts' | 'systems' | 'breakingChangeApprovers'>;

function infoText(contract: Contract, key: 'title' | 'version'): string | undefined {
  const info = (contract.source.data as { info?: Record<string, unknown> } | null)?.info;
  const value = typeof info === 'object' && info !== null ? info[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function contractInfo(contract: Contract, id: string, system?: string): ContractInfo {
  const title = infoText(contract, 'title');
  const version = infoText(contract, 'version');
  return {
    id,
    file: contract.source.path,
    ...(title === undefined ? {} : { title }),
    ...(version === undefined ? {} : { version }),
    ...(system === undefined ? {} : { system }),
  };
}

/** Lists the declared contracts of an estate in declaration order; the first declaration of an id wins, as in the loader. */
function estateContracts(workspace: Workspace): ContractInfo[] {
  const seen = new Set<string>();
  const contracts: ContractInfo[] = [];
  for (const system of workspace.estate.systems) {
    for (const reference of system.contracts ?? []) {
      const contract = workspace.contracts.get(reference.id);
      if (seen.has(reference.id) || contract === undefined) continue;
      seen.add(reference.id);
      contracts.push(contractInfo(contract, reference.id, system.id));
    }
  }
  return contracts;
}

function contractsOfSide(side: DiffSide): ContractInfo[] {
  return side.kind === 'contract' ? [contractInfo(side.contract, side.contract.id)] : estateContracts(side.workspace);
}

function systemInfos(workspace: Workspace): SystemInfo[] {
  const teams = new Map(workspace.estate.teams.map((team) => [team.id, team]));
  return workspace.estate.systems.map((system) => {
    const ownerName = teams.get(system.owner)?.name;
    return {
      id: system.id,
      ...(system.name === undefined ? {} : { name: system.name }),
      owner: system.owner,
      ...(ownerName === undefined ? {} : { ownerName }),
    };
  });
}

/**
 * Describes the compared sides for the reports: the contracts of each side with their titles and
 * versions, and for estates the systems with their owning teams (from the revision, then the
 * systems only the base declares) and the revision's breaking-change approvers.
 */
export function describePair(pair: DiffPair): SideDescription {
  const contracts = { base: contractsOfSide(pair.base), revision: contractsOfSide(pair.revision) };
  if (pair.base.kind !== 'estate' || pair.revision.kind !== 'estate') return { compared: 'contracts', contracts };

  const revisionSystems = systemInfos(pair.revision.workspace);
  const known = new Set(revisionSystems.map((system) => system.id));
  const baseOnly = systemInfos(pair.base.workspace).filter((system) => !known.has(system.id));
  const approvers = pair.revision.workspace.estate.changeControl.breakingChangeApprovers;
  return {
    compared: 'estates',
    contracts,
    systems: [...revisionSystems, ...baseOnly],
    ...(approvers === undefined || approvers.length === 0 ? {} : { breakingChangeApprovers: [...approvers] }),
  };
}
