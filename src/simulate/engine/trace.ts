/**
 * Lines of the event log (`--events FILE`): one JSON object per line, with the simulated time in
 * milliseconds, the event, and the instance, workflow and step it concerns. The engine builds a
 * line only when a log is open.
 */
import type { Simulation } from './simulation.js';
import type { Instance, Message, SimStep } from './types.js';

const quotedSteps = new WeakMap<SimStep, string>();

function quotedStep(step: SimStep): string {
  let quoted = quotedSteps.get(step);
  if (quoted === undefined) {
    quoted = `"workflow":${JSON.stringify(step.workflowId)},"step":${JSON.stringify(step.id)}`;
    quotedSteps.set(step, quoted);
  }
  return quoted;
}

/** Formats a simulated time with microsecond precision. */
export function formatTime(milliseconds: number): string {
  return String(Math.round(milliseconds * 1000) / 1000);
}

/** Logs an event of `message`; `extra` holds further members, each starting with a comma. */
export function traceMessage(sim: Simulation, event: string, message: Message, extra = ''): void {
  sim.log!.write(`{"t":${formatTime(sim.now)},"event":"${event}","instance":${message.instance.id},${quotedStep(message.node.step)},"attempt":${message.attempt}${extra}}\n`);
}

/** Logs an event of a whole instance. */
export function traceInstance(sim: Simulation, event: string, instance: Instance, extra = ''): void {
  const workflow = JSON.stringify(instance.route.workflow.id);
  const channel = JSON.stringify(instance.route.channel);
  sim.log!.write(`{"t":${formatTime(sim.now)},"event":"${event}","instance":${instance.id},"workflow":${workflow},"channel":${channel},"key":${instance.key},"sequence":${instance.sequence}${extra}}\n`);
}

/** Logs an event with no instance, such as a rejected request; `fields` is the JSON members. */
export function traceOther(sim: Simulation, event: string, fields: string): void {
  sim.log!.write(`{"t":${formatTime(sim.now)},"event":"${event}",${fields}}\n`);
}
