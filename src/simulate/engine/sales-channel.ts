/**
 * Steps that belong to one sales channel. A step that calls an API operation of a sales channel
 * of the workflow's business object runs only for the instances that came from that channel, as
 * when the hub confirms a shipment to the marketplace that sold the order. The sales channels of
 * an object are the systems that the workflows on that object list under `channels`. An event
 * delivery reaches every subscriber, so it runs for every instance.
 *
 * An instance of a workflow that a sales channel starts came from that channel. An instance of a
 * workflow that another system starts, such as a fulfilment order that the OMS releases, draws
 * its sales channel by the channels' shares of the declared peak traffic into the workflows on
 * the same object.
 */
import type { Estate, Workflow, WorkflowStep } from '../../model/types.js';
import { parseRate } from '../../model/units.js';
import type { Random } from '../rng.js';

/** Returns the sales channels of `workflow`'s business object, in declared order. */
export function salesChannelsOf(estate: Estate, workflow: Workflow): ReadonlySet<string> {
  const channels = new Set<string>();
  for (const candidate of estate.workflows) {
    if (candidate.object !== workflow.object) continue;
    for (const channel of candidate.channels ?? []) channels.add(channel);
  }
  return channels;
}

/** Returns the sales channel that `step` calls, or undefined when the step runs for every instance. */
export function salesChannelOfStep(step: WorkflowStep, salesChannels: ReadonlySet<string>): string | undefined {
  return step.operation !== undefined && salesChannels.has(step.to) ? step.to : undefined;
}

/** Sales channels with their shares, from which each instance draws the channel it came from. */
export class SalesChannelMix {
  constructor(
    readonly channels: readonly string[],
    /** Running totals of the channels' weights, in the order of `channels`. */
    private readonly cumulative: readonly number[],
  ) {}

  draw(random: Random): string {
    const point = random.next() * this.cumulative[this.cumulative.length - 1];
    let index = 0;
    while (index < this.cumulative.length - 1 && point >= this.cumulative[index]) index++;
    return this.channels[index];
  }
}

/**
 * Weighs the sales channels of `workflow`'s object by their declared peak traffic into the
 * workflows on that object (the expected rate where no peak is given). Channels share equally
 * when none of them declares traffic.
 */
export function salesChannelMix(estate: Estate, workflow: Workflow, salesChannels: ReadonlySet<string>): SalesChannelMix | undefined {
  if (salesChannels.size === 0) return undefined;
  const sameObject = new Set(estate.workflows.filter((candidate) => candidate.object === workflow.object).map((candidate) => candidate.id));
  const channels = [...salesChannels];
  const weights = channels.map((channel) => estate.traffic
    .filter((entry) => entry.channel === channel && sameObject.has(entry.workflow))
    .reduce((sum, entry) => sum + (parseRate(entry.peak) ?? parseRate(entry.expected) ?? 0), 0));
  const declared = weights.some((weight) => weight > 0);
  let total = 0;
  const cumulative = weights.map((weight) => (total += declared ? weight : 1));
  return new SalesChannelMix(channels, cumulative);
}
