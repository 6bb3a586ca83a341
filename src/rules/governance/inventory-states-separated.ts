import type { Location } from '../../findings.js';
import type { ObjectKind } from '../../model/types.js';
import type { EstateRule } from '../types.js';
import { listSteps } from './helpers/steps.js';

const INVENTORY_KINDS: ObjectKind[] = ['inventory-physical', 'inventory-reserved', 'inventory-available-to-sell'];

function isInventoryWrite(writes: string | undefined): boolean {
  return writes === 'stock-adjustment' || (writes !== undefined && writes.startsWith('inventory-'));
}

export const rule: EstateRule = {
  id: 'inventory-states-separated',
  scope: 'estate',
  meta: {
    description: 'An estate that tracks inventory declares physical, reserved and available-to-sell stock as separate objects, and sends stock adjustments to the owner of physical stock.',
    why: 'When one "stock" number mixes on-hand, reserved and sellable units, channels oversell during peaks and adjustments overwrite reservations.',
    category: 'ownership',
    defaultSeverity: 'error',
  },
  messages: {
    missingInventoryState:
      "the estate tracks inventory ({{trigger}}) but declares no {{kind}} object; declare physical, reserved and available-to-sell stock as three objects, each with its own owner",
    adjustmentToAvailableOwner:
      "step '{{step}}' of workflow '{{workflow}}' sends a stock adjustment to '{{to}}', which owns available-to-sell stock but not physical stock; send it to the owner of physical stock ({{physicalOwner}}) and let available-to-sell be recomputed",
  },
  check({ workspace, report }) {
    const { estate } = workspace;
    const steps = listSteps(estate);

    // The first declaration that shows the estate tracks inventory anchors the missing-kind findings.
    let trigger: { description: string; location: Location } | undefined;
    const inventoryObject = estate.objects.find((object) => object.kind.startsWith('inventory-'));
    if (inventoryObject !== undefined) {
      trigger = { description: `object '${inventoryObject.id}' is ${inventoryObject.kind}`, location: workspace.locate(inventoryObject, 'kind') };
    } else {
      const writer = steps.find(({ step }) => isInventoryWrite(step.writes));
      if (writer !== undefined) {
        trigger = {
          description: `step '${writer.step.id}' of workflow '${writer.workflow.id}' writes ${writer.step.writes}`,
          location: workspace.locate(writer.step, 'writes'),
        };
      }
    }
    if (trigger === undefined) return;

    for (const kind of INVENTORY_KINDS) {
      if (estate.objects.some((object) => object.kind === kind)) continue;
      report({ messageId: 'missingInventoryState', data: { trigger: trigger.description, kind }, location: trigger.location });
    }

    const physicalOwners = new Set(estate.objects.filter((o) => o.kind === 'inventory-physical').map((o) => o.owner));
    const availableOwners = new Set(estate.objects.filter((o) => o.kind === 'inventory-available-to-sell').map((o) => o.owner));
    if (physicalOwners.size === 0) return;
    for (const { workflow, step } of steps) {
      if (step.writes !== 'stock-adjustment' || !availableOwners.has(step.to) || physicalOwners.has(step.to)) continue;
      report({
        messageId: 'adjustmentToAvailableOwner',
        data: { step: step.id, workflow: workflow.id, to: step.to, physicalOwner: [...physicalOwners].map((owner) => `'${owner}'`).join(' or ') },
        location: workspace.locate(step, 'to'),
      });
    }
  },
};
