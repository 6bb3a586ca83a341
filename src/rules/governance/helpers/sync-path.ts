/**
 * The synchronous path a sales channel waits on inside one workflow. The path starts at a sync
 * step marked `channelFacing`, or at a sync step called by a POS, web shop, marketplace or B2B
 * portal. It continues through every later sync step whose caller the path has already reached.
 * An async step ends the path, because the channel no longer waits.
 */
import type { SystemKind, Workflow, WorkflowStep } from '../../../model/types.js';
import type { EstateIndex } from '../../../model/estate-index.js';

export const CHANNEL_KINDS: ReadonlySet<SystemKind> = new Set(['pos', 'ecommerce', 'marketplace', 'b2b-portal']);

export interface SyncPathStep {
  step: WorkflowStep;
  /** The system whose request waits on this step. */
  channel: string;
  /** Step ids from the start of the path up to and including this step. */
  chain: string[];
}

function isChannelSystem(system: string, index: EstateIndex): boolean {
  const kind = index.systems.get(system)?.kind;
  return kind !== undefined && CHANNEL_KINDS.has(kind);
}

/**
 * Returns the channel that waits on a step starting a path: its caller when that is a channel
 * system, else the workflow's first declared channel, else the caller.
 */
function waitingChannel(workflow: Workflow, step: WorkflowStep, index: EstateIndex): string {
  if (isChannelSystem(step.from, index)) return step.from;
  return workflow.channels?.[0] ?? step.from;
}

/** Lists the steps of `workflow` that lie on a synchronous path a channel waits on, in step order. */
export function listSyncPathSteps(workflow: Workflow, index: EstateIndex): SyncPathStep[] {
  const reached = new Map<string, { channel: string; chain: string[] }>();
  const path: SyncPathStep[] = [];
  for (const step of workflow.steps) {
    if (step.mode !== 'sync') continue;
    const caller = reached.get(step.from);
    let entry: SyncPathStep | undefined;
    if (caller !== undefined) {
      entry = { step, channel: caller.channel, chain: [...caller.chain, step.id] };
    } else if (step.channelFacing === true || isChannelSystem(step.from, index)) {
      entry = { step, channel: waitingChannel(workflow, step, index), chain: [step.id] };
    }
    if (entry === undefined) continue;
    path.push(entry);
    if (!reached.has(step.to)) reached.set(step.to, { channel: entry.channel, chain: entry.chain });
  }
  return path;
}
