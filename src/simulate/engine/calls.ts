/**
 * Calls from a step's source to its target: the caller's client-side throttle, link faults
 * (duplicate delivery, reordering), the target's API rate limits, outages, capacity, service
 * time, error bursts, lost acknowledgements, and the caller's timeout. Responses go back to the
 * caller through `respond`.
 */
import { sample } from '../distributions.js';
import { PATH } from '../metrics/coverage.js';
import { EVENT } from './events.js';
import { applyAtTarget } from './receiver.js';
import { handleFailure } from './retry.js';
import { handleSuccess } from './routing.js';
import type { Simulation } from './simulation.js';
import { passThrottle } from './throttle.js';
import { traceMessage } from './trace.js';
import { Delivery, type Limiter, type Message, type SimSystem } from './types.js';

function scheduleTimeout(sim: Simulation, delivery: Delivery): void {
  if (delivery.timeoutScheduled || delivery.isCopy) return;
  delivery.timeoutScheduled = true;
  sim.queue.push(delivery.deadline, EVENT.timeout, delivery);
}

/** Returns an error response at once, through the event queue, so that a chain of failures does not recurse. */
function respondLater(sim: Simulation, delivery: Delivery, error: string, retryAfter: number | undefined): void {
  delivery.error = error;
  delivery.retryAfter = retryAfter;
  sim.queue.push(sim.now, EVENT.respond, delivery);
}

/**
 * Offers the next attempt of `message` to its step's target. The call counts as offered now, and
 * goes out at once unless the caller's client-side throttle delays it.
 */
export function sendAttempt(sim: Simulation, message: Message): void {
  const step = message.node.step;
  const system = step.to;
  countCall(system, sim.now);
  if (message.attempt === 0) system.firstAttempts++;
  const throttle = step.throttle;
  if (throttle !== undefined && !passThrottle(sim, throttle, message)) return;
  transmit(sim, message);
}

/** Sends the next attempt of `message`, already counted as offered, to its step's target. */
export function transmit(sim: Simulation, message: Message): void {
  const step = message.node.step;
  const now = sim.now;
  message.attempt++;
  message.token++;
  step.attempts++;
  if (message.attempt > 1) step.retries++;
  if (sim.log !== undefined) traceMessage(sim, 'send', message);
  const delivery = new Delivery(message, message.token, false, now, now + step.timeout);
  const { faults } = step;
  const plan = sim.plan;
  if (faults.duplicates.length > 0) {
    const fault = plan.strike(faults.duplicates, now);
    if (fault !== undefined) {
      message.faulted = true;
      step.copies++;
      countCall(step.to, now);
      const copy = new Delivery(message, message.token, true, now, Infinity);
      sim.queue.push(now + plan.delay(fault), EVENT.deliver, copy);
      if (sim.log !== undefined) traceMessage(sim, 'duplicate', message);
    }
  }
  if (faults.reorders.length > 0) {
    const fault = plan.strike(faults.reorders, now);
    if (fault !== undefined) {
      message.faulted = true;
      sim.queue.push(now + plan.delay(fault), EVENT.deliver, delivery);
      scheduleTimeout(sim, delivery);
      if (sim.log !== undefined) traceMessage(sim, 'delay', message);
      return;
    }
  }
  arrive(sim, delivery);
}

export function onDeliver(sim: Simulation, delivery: Delivery): void {
  arrive(sim, delivery);
}

function countCall(system: SimSystem, now: number): void {
  system.calls++;
  const second = Math.floor(now / 1000);
  if (second !== system.windowStart) {
    if (system.windowCount > system.peakRate) {
      system.peakRate = system.windowCount;
      system.peakRateAt = system.windowStart * 1000;
    }
    system.windowStart = second;
    system.windowCount = 0;
  }
  system.windowCount++;
}

function exceedLimit(sim: Simulation, delivery: Delivery, system: SimSystem, limiter: Limiter): void {
  sim.coverage.note(PATH['rate-limited'], delivery.message.faulted);
  for (const observer of sim.observers) observer.onLimitExceeded?.(system, limiter, sim.now);
  switch (limiter.onExceed) {
    case 'reject-429': {
      system.limitRejected++;
      const retryAfter = Math.max(1000, Math.ceil(limiter.bucket.waitFor(sim.now) / 1000) * 1000);
      respondLater(sim, delivery, 'http-429', retryAfter);
      break;
    }
    case 'queue':
      system.limitQueued++;
      system.limitWaiting.push(delivery);
      scheduleTimeout(sim, delivery);
      if (!system.limitReleaseScheduled) {
        system.limitReleaseScheduled = true;
        sim.queue.push(sim.now + limiter.bucket.waitFor(sim.now), EVENT.limit, system);
      }
      break;
    default:
      // The request vanishes; the caller learns of it only through its timeout.
      system.limitDropped++;
      scheduleTimeout(sim, delivery);
  }
}

/** Delivers a call to its target: rate limits first, then outages and capacity. */
function arrive(sim: Simulation, delivery: Delivery): void {
  const message = delivery.message;
  const step = message.node.step;
  const system = step.to;
  const limiters = system.limiters;
  for (let i = 0; i < limiters.length; i++) {
    const limiter = limiters[i];
    if (limiter.caller !== undefined && limiter.caller !== step.decl.from) continue;
    if (!limiter.bucket.take(sim.now)) {
      exceedLimit(sim, delivery, system, limiter);
      return;
    }
  }
  enterServer(sim, delivery);
}

export function onLimitRelease(sim: Simulation, system: SimSystem): void {
  system.limitReleaseScheduled = false;
  const limiter = system.limiters.find((candidate) => candidate.onExceed === 'queue')!;
  while (system.limitWaiting.length > 0 && limiter.bucket.take(sim.now)) enterServer(sim, system.limitWaiting.shift()!);
  if (system.limitWaiting.length > 0) {
    system.limitReleaseScheduled = true;
    sim.queue.push(sim.now + limiter.bucket.waitFor(sim.now), EVENT.limit, system);
  }
}

function enterServer(sim: Simulation, delivery: Delivery): void {
  const step = delivery.message.node.step;
  const outages = step.faults.outages;
  if (outages.length > 0) {
    const outage = sim.plan.strike(outages, sim.now);
    if (outage !== undefined) {
      delivery.message.faulted = true;
      if (outage.error === 'timeout') scheduleTimeout(sim, delivery);
      else respondLater(sim, delivery, outage.error, outage.retryAfter);
      return;
    }
  }
  const system = step.to;
  if (system.busy < system.concurrency) {
    startService(sim, delivery);
  } else {
    system.waiting.push(delivery);
    scheduleTimeout(sim, delivery);
  }
}

function startService(sim: Simulation, delivery: Delivery): void {
  const step = delivery.message.node.step;
  const { faults } = step;
  const plan = sim.plan;
  const now = sim.now;
  step.to.busy++;
  let time = sample(step.service, step.serviceRandom);
  if (faults.latencySpikes.length > 0) {
    const extra = plan.extraLatency(faults.latencySpikes, now);
    if (extra > 0) delivery.message.faulted = true;
    time += extra;
  }
  if (faults.errorBursts.length > 0) {
    const burst = plan.strike(faults.errorBursts, now);
    if (burst !== undefined) {
      delivery.message.faulted = true;
      delivery.error = burst.error;
      delivery.retryAfter = burst.retryAfter;
    }
  }
  if (delivery.error === undefined && faults.lostAcks.length > 0 && plan.strike(faults.lostAcks, now) !== undefined) {
    delivery.lostAck = true;
    delivery.message.faulted = true;
  }
  const done = now + time;
  sim.queue.push(done, EVENT.done, delivery);
  if (done > delivery.deadline || delivery.lostAck || delivery.error === 'timeout') scheduleTimeout(sim, delivery);
}

export function onDone(sim: Simulation, delivery: Delivery): void {
  const system = delivery.message.node.step.to;
  system.busy--;
  if (system.waiting.length > 0 && system.busy < system.concurrency) startService(sim, system.waiting.shift()!);
  // The target applies a successful call even when its caller has given up waiting.
  if (delivery.error === undefined) applyAtTarget(sim, delivery);
  if (delivery.isCopy || delivery.lostAck || delivery.error === 'timeout') return;
  respond(sim, delivery);
}

export function onRespond(sim: Simulation, delivery: Delivery): void {
  if (!delivery.isCopy) respond(sim, delivery);
}

export function onTimeout(sim: Simulation, delivery: Delivery): void {
  if (delivery.answered || delivery.token !== delivery.message.token) return;
  delivery.answered = true;
  sim.coverage.note(PATH.timeout, delivery.message.faulted);
  handleFailure(sim, delivery.message, 'timeout', undefined);
}

function respond(sim: Simulation, delivery: Delivery): void {
  if (delivery.answered || delivery.token !== delivery.message.token) return;
  delivery.answered = true;
  if (delivery.error === undefined) handleSuccess(sim, delivery.message);
  else handleFailure(sim, delivery.message, delivery.error, delivery.retryAfter);
}
