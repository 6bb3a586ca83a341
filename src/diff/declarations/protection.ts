import type { RateLimit, Traffic } from '../../model/types.js';
import { parseRate } from '../../model/units.js';
import type { Side } from '../collector.js';
import { pairBy, siteOf, type DeclarationComparison } from './sites.js';

/** Reports lowered and raised rate limits of systems and of traffic channels, and raised peaks. */
export function compareProtection(comparison: DeclarationComparison): void {
  const { base, revision } = comparison;
  for (const [before, after] of pairBy(base.estate.systems, revision.estate.systems, (system) => system.id).pairs) {
    const limits = pairBy(before.rateLimits ?? [], after.rateLimits ?? [], (limit) => limit.scope ?? 'api');
    for (const [old, current] of limits.pairs) {
      const where = `system '${before.id}' (scope ${old.scope ?? 'api'})`;
      compareLimit(comparison, where, old, current, siteOf(base, old, 'limit'), siteOf(revision, current, 'limit'));
    }
    // Without a limit in a scope, callers may send at any rate there.
    for (const old of limits.removed) {
      comparison.collector.add('rate-limit-raised', { base: siteOf(base, old, 'limit'), revision: siteOf(revision, after, 'rateLimits') },
        { where: `system '${before.id}' (scope ${old.scope ?? 'api'})`, base: old.limit, revision: 'no limit' });
    }
    for (const current of limits.added) {
      comparison.collector.add('rate-limit-lowered', { base: siteOf(base, before, 'rateLimits'), revision: siteOf(revision, current, 'limit') },
        { where: `system '${before.id}' (scope ${current.scope ?? 'api'})`, base: 'no limit', revision: current.limit });
    }
  }

  const traffic = pairBy(base.estate.traffic, revision.estate.traffic, trafficKey);
  for (const [before, after] of traffic.pairs) {
    compareTraffic(comparison, before, after);
  }
}

function compareTraffic(comparison: DeclarationComparison, before: Traffic, after: Traffic): void {
  const { base, revision, collector } = comparison;
  const oldPeak = parseRate(before.peak);
  const newPeak = parseRate(after.peak);
  if (oldPeak !== undefined && newPeak !== undefined && newPeak > oldPeak) {
    collector.add('traffic-peak-raised', { base: siteOf(base, before, 'peak'), revision: siteOf(revision, after, 'peak') },
      { channel: before.channel, workflow: before.workflow, base: before.peak, revision: after.peak });
  }

  const where = `channel '${before.channel}' in workflow '${before.workflow}'`;
  if (before.rateLimit !== undefined && after.rateLimit !== undefined) {
    compareLimit(comparison, where, before.rateLimit, after.rateLimit, siteOf(base, before.rateLimit, 'limit'), siteOf(revision, after.rateLimit, 'limit'));
  } else if (before.rateLimit !== undefined) {
    collector.add('rate-limit-raised', { base: siteOf(base, before.rateLimit, 'limit'), revision: siteOf(revision, after) },
      { where, base: before.rateLimit.limit, revision: 'no limit' });
  } else if (after.rateLimit !== undefined) {
    collector.add('rate-limit-lowered', { base: siteOf(base, before), revision: siteOf(revision, after.rateLimit, 'limit') },
      { where, base: 'no limit', revision: after.rateLimit.limit });
  }
}

function compareLimit({ collector }: DeclarationComparison, where: string, before: RateLimit, after: RateLimit, baseSite: Side, revisionSite: Side): void {
  const oldRate = parseRate(before.limit);
  const newRate = parseRate(after.limit);
  if (oldRate === undefined || newRate === undefined || oldRate === newRate) return;
  collector.add(newRate < oldRate ? 'rate-limit-lowered' : 'rate-limit-raised', { base: baseSite, revision: revisionSite },
    { where, base: before.limit, revision: after.limit });
}

function trafficKey(traffic: Traffic): string {
  return `${traffic.channel}\u0000${traffic.workflow}`;
}
