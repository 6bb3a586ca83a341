import type { Location } from '../../findings.js';
import type { Workspace } from '../../workspace/types.js';
import type { EstateRule } from '../types.js';

interface SystemReference {
  system: string;
  /** Description of the declaration that names the system, for the message. */
  referrer: string;
  location: Location;
}

function systemReferences(workspace: Workspace): SystemReference[] {
  const { estate } = workspace;
  const locate = workspace.locate.bind(workspace);
  const references: SystemReference[] = [];
  const add = (system: string, referrer: string, location: Location): void => {
    references.push({ system, referrer, location });
  };

  for (const object of estate.objects) {
    add(object.owner, `object '${object.id}' (owner)`, locate(object, 'owner'));
    (object.consumers ?? []).forEach((consumer, index) => {
      add(consumer, `object '${object.id}' (consumers)`, locate(object, 'consumers', index));
    });
    for (const entry of object.fields ?? []) {
      add(entry.owner, `field '${entry.field}' of object '${object.id}' (owner)`, locate(entry, 'owner'));
    }
  }
  for (const mapping of estate.mappings) {
    add(mapping.system, `mapping '${mapping.id}' (system)`, locate(mapping, 'system'));
  }
  for (const workflow of estate.workflows) {
    (workflow.channels ?? []).forEach((channel, index) => {
      add(channel, `workflow '${workflow.id}' (channels)`, locate(workflow, 'channels', index));
    });
    for (const step of workflow.steps) {
      add(step.from, `step '${step.id}' of workflow '${workflow.id}' (from)`, locate(step, 'from'));
      add(step.to, `step '${step.id}' of workflow '${workflow.id}' (to)`, locate(step, 'to'));
    }
  }
  for (const queue of estate.deadLetter.queues) {
    add(queue.system, `dead-letter queue '${queue.id}' (system)`, locate(queue, 'system'));
  }
  for (const traffic of estate.traffic) {
    add(traffic.channel, `traffic of workflow '${traffic.workflow}' (channel)`, locate(traffic, 'channel'));
  }
  const windows = [
    ...(estate.changeControl.freezeWindows ?? []).map((window) => ({ window, kind: 'freeze window' })),
    ...(estate.changeControl.publishWindows ?? []).map((window) => ({ window, kind: 'publish window' })),
  ];
  for (const { window, kind } of windows) {
    (window.systems ?? []).forEach((system, index) => {
      add(system, `${kind} '${window.id}' (systems)`, locate(window, 'systems', index));
    });
  }
  return references;
}

export const rule: EstateRule = {
  id: 'system-exists',
  scope: 'estate',
  meta: {
    description: 'Every system named by an object, mapping, workflow, queue, traffic entry or change window is declared under systems.',
    why: 'A step or owner that points at an undeclared system escapes every ownership, capacity and coupling rule, so its risks go unchecked.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    unknownSystem: "{{referrer}} names system '{{system}}', which is not declared under systems; add the system or correct the id",
  },
  check({ workspace, report }) {
    const systems = new Set(workspace.estate.systems.map((system) => system.id));
    for (const reference of systemReferences(workspace)) {
      if (systems.has(reference.system)) continue;
      report({ messageId: 'unknownSystem', data: { referrer: reference.referrer, system: reference.system }, location: reference.location });
    }
  },
};
