import { collectRefSites } from '../contracts/ref-sites.js';
import { BrokenRefError, deref, isRemoteRef } from '../contracts/refs.js';
import type { Contract } from '../contracts/types.js';

/**
 * Follows every local `$ref` of a contract to the value it ends at. A chain of `$ref`s that loops
 * without reaching a value then throws InputError while the side is loaded, where the message can
 * name the side, and not halfway through the comparison. A `$ref` that points to nothing is left
 * to the engines, which skip it.
 */
export function assertRefChainsEnd(contract: Contract): void {
  for (const file of contract.files) {
    if (isRemoteRef(file.path)) continue;
    for (const site of collectRefSites(file, contract.format)) {
      const pointer = site.pointer.slice(0, -'/$ref'.length);
      try {
        deref({ value: { $ref: site.ref }, file, pointer }, contract.resolve);
      } catch (error) {
        if (!(error instanceof BrokenRefError)) throw error;
      }
    }
  }
}
