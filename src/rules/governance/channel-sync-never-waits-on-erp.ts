import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';
import { listSyncPathSteps } from './helpers/sync-path.js';

export const rule: EstateRule = {
  id: 'channel-sync-never-waits-on-erp',
  scope: 'estate',
  meta: {
    description: 'No step on the synchronous path a sales channel waits on calls an ERP.',
    why: 'When checkout or the till waits on ERP posting, every ERP slowdown, batch run or upgrade stops sales in every channel at once.',
    category: 'coupling',
    defaultSeverity: 'error',
  },
  messages: {
    syncWaitsOnErp:
      "step '{{step}}' of workflow '{{workflow}}' calls ERP '{{erp}}' on the synchronous path that channel '{{channel}}' waits on ({{chain}}); make the ERP call async, for example post through a queue after the channel has its answer",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    for (const workflow of workspace.estate.workflows) {
      for (const { step, channel, chain } of listSyncPathSteps(workflow, index)) {
        if (index.systems.get(step.to)?.kind !== 'erp') continue;
        report({
          messageId: 'syncWaitsOnErp',
          data: { step: step.id, workflow: workflow.id, erp: step.to, channel, chain: chain.join(' -> ') },
          location: workspace.locate(step, 'to'),
        });
      }
    }
  },
};
