/** Renders the per-system modules: the client with the system's rate limits, and the index. */
import type { System } from '../../model/types.js';
import { formatRate, parseRate } from '../../model/units.js';
import { docComment, stringLiteral, valueLiteral } from '../typescript/literals.js';
import { toIdentifier } from '../typescript/names.js';

export interface SystemModuleEntry {
  /** Module file name without extension, such as `order-process-api`. */
  file: string;
  /** Namespace the index exports it under. */
  namespace: string;
  format: 'openapi' | 'asyncapi';
}

/** Returns the name of the system's client factory, such as `createOmsClient`. */
export function clientFactoryName(system: System): string {
  return toIdentifier(`create ${system.id} client`, 'camel');
}

/** Renders `system.ts`: the declared rate limits and a factory for an HTTP client that honours them. */
export function renderSystemModule(system: System, runtimePrefix: string): string {
  const limits = (system.rateLimits ?? []).flatMap((limit) => {
    const perSecond = parseRate(limit.limit);
    return perSecond === undefined ? [] : [{ scope: limit.scope ?? 'api', perSecond, burst: limit.burst }];
  });
  const described = limits.map((limit) => `${limit.scope}: ${formatRate(limit.perSecond)}${limit.burst === undefined ? '' : `, bursts of ${limit.burst}`}`);
  const factory = clientFactoryName(system);
  return [
    docComment([`Client of ${system.name ?? system.id} (system ${system.id}, owned by ${system.owner}).`]),
    `import { createHttpClient, type ClientOptions, type HttpClient } from '${runtimePrefix}http-client.js';\n`,
    `import type { RateLimitSpec } from '${runtimePrefix}rate-limit.js';\n\n`,
    `/** System id in the declarations. */\nexport const SYSTEM_ID = ${stringLiteral(system.id)};\n\n`,
    docComment([limits.length === 0 ? 'The system declares no rate limits.' : `Declared rate limits: ${described.join('; ')}.`]),
    `export const RATE_LIMITS: readonly RateLimitSpec[] = ${valueLiteral(limits)};\n\n`,
    docComment([
      `Creates the HTTP client for ${system.id}: a token bucket per declared rate limit spaces the calls of all its operations.`,
      'Pass `caller` to apply limits scoped to the calling system as well.',
    ]),
    `export function ${factory}(options: ClientOptions = {}): HttpClient {\n  return createHttpClient({ rateLimits: RATE_LIMITS, ...options });\n}\n`,
  ].join('');
}

/** Renders `index.ts` of a system folder, exporting each contract module as a namespace. */
export function renderSystemIndex(system: System, entries: SystemModuleEntry[], hasClient: boolean): string {
  const lines = entries.map((entry) => `export * as ${entry.namespace} from './${entry.file}.js';\n`);
  if (hasClient) lines.push(`export { ${clientFactoryName(system)}, RATE_LIMITS, SYSTEM_ID } from './system.js';\n`);
  return `${docComment([`Adapters of ${system.name ?? system.id} (system ${system.id}).`])}${lines.join('')}`;
}
