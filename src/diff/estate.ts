import type { Contract } from '../contracts/types.js';
import type { ContractRef, System } from '../model/types.js';
import type { Workspace } from '../workspace/types.js';
import { ChangeCollector, type Side } from './collector.js';
import { diffContracts } from './contracts.js';
import { compareDeclarations } from './declarations/compare.js';
import { compareModels } from './models/compare-models.js';
import type { Change, ModelCompatibility } from './types.js';

/** Changes between two estates, and the compatibility of each canonical model both declare. */
export interface EstateDiff {
  changes: Change[];
  compatibility: Record<string, ModelCompatibility>;
}

interface DeclaredContract {
  system: System;
  reference: ContractRef;
}

/** Indexes the contract references of an estate by contract id; the first declaration of an id wins, as in the loader. */
function declaredContracts(workspace: Workspace): Map<string, DeclaredContract> {
  const byId = new Map<string, DeclaredContract>();
  for (const system of workspace.estate.systems) {
    for (const reference of system.contracts ?? []) {
      if (!byId.has(reference.id)) byId.set(reference.id, { system, reference });
    }
  }
  return byId;
}

/** Returns the declaration file and pointer where `node` was written, extended by `path`. */
export function declarationSite(workspace: Workspace, node: object, ...path: Array<string | number>): Side {
  const location = workspace.locate(node, ...path);
  const file = workspace.declarationFiles.find((candidate) => candidate.path === location.file) ?? workspace.declarationFiles[0];
  return { file, pointer: location.pointer };
}

/**
 * Returns where `workspace` locates a contract declared only on the other side: the contract list
 * of the same system, else the system itself, else the root declaration file.
 */
function nearestContractParent(workspace: Workspace, systemId: string): Side {
  const system = workspace.estate.systems.find((candidate) => candidate.id === systemId);
  if (system === undefined) return { file: workspace.declarationFiles[0], pointer: '' };
  return system.contracts === undefined ? declarationSite(workspace, system) : declarationSite(workspace, system, 'contracts');
}

/** Reports contracts declared on one side only, and compares the contracts both sides declare by id. */
function diffEstateContracts(base: Workspace, revision: Workspace): Change[] {
  const baseDeclared = declaredContracts(base);
  const revisionDeclared = declaredContracts(revision);
  const changes: Change[] = [];

  for (const [id, declared] of baseDeclared) {
    if (revisionDeclared.has(id)) continue;
    const scoped = new ChangeCollector({ contract: id, system: declared.system.id });
    scoped.add('contract-removed', {
      base: declarationSite(base, declared.reference),
      revision: nearestContractParent(revision, declared.system.id),
    }, { contract: id, system: declared.system.id });
    changes.push(...scoped.changes());
  }

  for (const [id, declared] of revisionDeclared) {
    const baseContract = base.contracts.get(id);
    const revisionContract = revision.contracts.get(id) as Contract;
    if (baseContract === undefined) {
      const scoped = new ChangeCollector({ contract: id, system: declared.system.id });
      scoped.add('contract-added', {
        base: nearestContractParent(base, declared.system.id),
        revision: declarationSite(revision, declared.reference),
      }, { contract: id, system: declared.system.id });
      changes.push(...scoped.changes());
      continue;
    }
    changes.push(...diffContracts(baseContract, revisionContract, { contract: id, system: declared.system.id }));
  }
  return changes;
}

/**
 * Compares two estates: each contract by its declared id, each canonical model by id (its schema
 * and its declared version), and the declarations themselves.
 */
export function diffEstates(base: Workspace, revision: Workspace): EstateDiff {
  const changes = diffEstateContracts(base, revision);

  const models = new ChangeCollector();
  const compatibility = compareModels(base, revision, models);
  changes.push(...models.changes());

  const declarations = new ChangeCollector();
  compareDeclarations(base, revision, declarations);
  changes.push(...declarations.changes());
  return { changes, compatibility };
}
