import type { Location } from '../../findings.js';
import type { ChangeControl } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import type { EstateRule } from '../types.js';

interface TeamReference {
  team: string;
  /** Description of the declaration that names the team, for the message. */
  referrer: string;
  location: Location;
}

/**
 * Lists the approvers of breaking changes per declaration file. The merged estate copies them into
 * a new array, so only the `changeControl` object of each file records where an id was written.
 */
function breakingChangeApprovers(workspace: Workspace): TeamReference[] {
  const references: TeamReference[] = [];
  for (const file of workspace.declarationFiles) {
    const changeControl = (file.data as { changeControl?: ChangeControl }).changeControl;
    (changeControl?.breakingChangeApprovers ?? []).forEach((team, index) => {
      references.push({
        team,
        referrer: 'changeControl.breakingChangeApprovers',
        location: workspace.locate(changeControl!, 'breakingChangeApprovers', index),
      });
    });
  }
  return references;
}

function teamReferences(workspace: Workspace): TeamReference[] {
  const { estate } = workspace;
  const references: TeamReference[] = [];
  for (const system of estate.systems) {
    references.push({ team: system.owner, referrer: `system '${system.id}' (owner)`, location: workspace.locate(system, 'owner') });
  }
  for (const queue of estate.deadLetter.queues) {
    if (queue.owner === undefined) continue;
    references.push({ team: queue.owner, referrer: `dead-letter queue '${queue.id}' (owner)`, location: workspace.locate(queue, 'owner') });
  }
  for (const exceptionClass of estate.deadLetter.exceptionClasses) {
    if (exceptionClass.owner !== undefined) {
      references.push({
        team: exceptionClass.owner,
        referrer: `exception class '${exceptionClass.id}' (owner)`,
        location: workspace.locate(exceptionClass, 'owner'),
      });
    }
    const approver = exceptionClass.replay?.approver;
    if (approver !== undefined) {
      references.push({
        team: approver,
        referrer: `the replay rule of exception class '${exceptionClass.id}' (approver)`,
        location: workspace.locate(exceptionClass.replay!, 'approver'),
      });
    }
  }
  references.push(...breakingChangeApprovers(workspace));
  for (const waiver of estate.changeControl.waivers ?? []) {
    references.push({
      team: waiver.approver,
      referrer: `the waiver of rule '${waiver.rule}' for '${waiver.target}' (approver)`,
      location: workspace.locate(waiver, 'approver'),
    });
  }
  return references;
}

export const rule: EstateRule = {
  id: 'team-exists',
  scope: 'estate',
  meta: {
    description: 'Every team named as an owner or approver is declared under teams.',
    why: 'An owner or approver that is no declared team leaves an outage or a dead-lettered refund without anyone to page.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    unknownTeam: "{{referrer}} names team '{{team}}', which is not declared under teams; add the team or correct the id",
  },
  check({ workspace, report }) {
    const teams = new Set(workspace.estate.teams.map((team) => team.id));
    for (const reference of teamReferences(workspace)) {
      if (teams.has(reference.team)) continue;
      report({ messageId: 'unknownTeam', data: { referrer: reference.referrer, team: reference.team }, location: reference.location });
    }
  },
};
