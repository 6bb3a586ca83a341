import type { Estate } from '../../model/types.js';
import type { EstateRule } from '../types.js';

interface Section {
  /** Name of the section as written in declarations. */
  name: string;
  items(estate: Estate): ReadonlyArray<{ id: string }>;
}

const SECTIONS: Section[] = [
  { name: 'teams', items: (estate) => estate.teams },
  { name: 'systems', items: (estate) => estate.systems },
  { name: 'objects', items: (estate) => estate.objects },
  { name: 'canonicalModels', items: (estate) => estate.canonicalModels },
  { name: 'mappings', items: (estate) => estate.mappings },
  { name: 'workflows', items: (estate) => estate.workflows },
  { name: 'retryPolicies', items: (estate) => estate.retryPolicies },
  { name: 'slas', items: (estate) => estate.slas },
  { name: 'deadLetter.queues', items: (estate) => estate.deadLetter.queues },
  { name: 'deadLetter.exceptionClasses', items: (estate) => estate.deadLetter.exceptionClasses },
];

export const rule: EstateRule = {
  id: 'unique-ids',
  scope: 'estate',
  meta: {
    description: 'Ids are unique within each section, contract ids across all systems, step ids within a workflow.',
    why: 'A duplicated id makes every reference to it ambiguous, so rules and generated code silently pick one declaration.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    duplicateId:
      "{{section}} id '{{id}}' is declared twice (first in {{firstFile}} at {{firstPointer}}); rename one or merge the two declarations",
    duplicateContractId:
      "contract id '{{id}}' of system '{{system}}' is already declared by system '{{firstSystem}}'; give each contract its own id",
    duplicateStepId:
      "step id '{{id}}' appears twice in workflow '{{workflow}}'; give each step of a workflow its own id",
  },
  check({ workspace, report }) {
    const { estate } = workspace;

    for (const section of SECTIONS) {
      const first = new Map<string, object>();
      for (const item of section.items(estate)) {
        const earlier = first.get(item.id);
        if (earlier === undefined) {
          first.set(item.id, item);
          continue;
        }
        const firstLocation = workspace.locate(earlier, 'id');
        report({
          messageId: 'duplicateId',
          data: { section: section.name, id: item.id, firstFile: firstLocation.file, firstPointer: firstLocation.pointer },
          location: workspace.locate(item, 'id'),
        });
      }
    }

    const contractSystems = new Map<string, string>();
    for (const system of estate.systems) {
      for (const contract of system.contracts ?? []) {
        const firstSystem = contractSystems.get(contract.id);
        if (firstSystem === undefined) {
          contractSystems.set(contract.id, system.id);
          continue;
        }
        report({
          messageId: 'duplicateContractId',
          data: { id: contract.id, system: system.id, firstSystem },
          location: workspace.locate(contract, 'id'),
        });
      }
    }

    for (const workflow of estate.workflows) {
      const seen = new Set<string>();
      for (const step of workflow.steps) {
        if (seen.has(step.id)) {
          report({ messageId: 'duplicateStepId', data: { id: step.id, workflow: workflow.id }, location: workspace.locate(step, 'id') });
        }
        seen.add(step.id);
      }
    }
  },
};
