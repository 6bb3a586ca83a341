/**
 * The ERP's declared API rate limit holds: retries and replays never push the calls offered to an
 * ERP above its limit. Going over it means the estate's own retry traffic throttles the system of
 * record, which is how a short outage turns into a retry storm. A caller's client-side throttle
 * keeps the excess away from the ERP by delaying calls. Those calls were still offered above the
 * limit, so they count, as do the calls that the ERP itself rejected.
 */
import { formatRate } from '../../model/units.js';
import type { Limiter, SimSystem } from '../engine/types.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

export const erpRateLimitRespected: Invariant = {
  id: 'erp-rate-limit-respected',
  description: 'Calls offered to an ERP, retries included, stay within its declared API rate limit.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    const erps = model.systems.filter((system) => system.kind === 'erp' && system.limiters.length > 0);
    // Report one violation per ERP and second of simulated time, so a storm reads as its duration.
    const lastReportedSecond = new Map<SimSystem, number>();
    const exceeded = (system: SimSystem, limiter: Limiter, now: number, consequence: string): void => {
      if (system.kind !== 'erp') return;
      const second = Math.floor(now / 1000);
      if (lastReportedSecond.get(system) === second) return;
      lastReportedSecond.set(system, second);
      log.add({ time: now, message: `calls offered to ${system.id} went over its limit of ${formatRate(limiter.perSecond)} in second ${second} of the run; ${consequence}` });
    };
    return {
      onLimitExceeded(system, limiter, now) {
        exceeded(system, limiter, now, `${system.id} rejected them`);
      },
      onThrottled(system, limiter, caller, now) {
        exceeded(system, limiter, now, `${caller} throttled them`);
      },
      result: () => log.result(erpRateLimitRespected, erps.reduce((sum, system) => sum + system.calls, 0)),
    };
  },
};
