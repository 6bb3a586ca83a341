import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../../..');
const ESTATE_PARTS = ['ownership.yaml', 'contracts', 'models', 'declarations'];

/** The day the comparison is dated: inside the christmas-2026 freeze window of the reference estate. */
export const RUN_DAY = '2026-12-20';

function replaceOnce(file: string, search: string, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(search)) throw new Error(`${file} no longer contains ${JSON.stringify(search)}; update the estate edit`);
  writeFileSync(file, text.replace(search, replacement));
}

const WAIVERS = `waivers:
  - change: request-body-enum-value-removed
    location: order-process-api
    approver: architecture-board
    reason: The Modena marketplace contract ended; no orders since 2026-10-01 & none expected
    expires: 2027-01-31
  - change: response-body-required-property-removed
    location: order-process-api
    approver: finance-systems
    reason: Channels read acceptedAt from the order events instead
    expires: 2026-12-01
`;

/**
 * Copies the reference estate twice into a temporary folder and edits the revision the way a
 * release might. The order contract loses a request enum value and a required response property,
 * and gains a response enum value with markup in it and an optional response property. The order
 * model makes a property required, and the first SLA loosens its p95 target. A waiver file in the
 * revision has one valid and one expired waiver. Returns the folder and the two estate paths
 * relative to it.
 */
export function writeEstatePair(): { root: string; base: string; revision: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'retailgov-diff-report-'));
  for (const side of ['base', 'revision']) {
    for (const part of ESTATE_PARTS) cpSync(path.join(REPO, part), path.join(root, side, part), { recursive: true });
  }
  const contract = path.join(root, 'revision/contracts/order-process-api.openapi.yaml');
  replaceOnce(contract, 'enum: [webshop, pos-stores, b2b-portal, marketplace-nile, marketplace-modena]', 'enum: [webshop, pos-stores, b2b-portal, marketplace-nile]');
  replaceOnce(contract, 'required: [id, status, channel, channelOrderId, placedAt, acceptedAt, lines, totals]', 'required: [id, status, channel, channelOrderId, placedAt, lines, totals]');
  replaceOnce(contract, `        acceptedAt:
          type: string
          format: date-time
          description: When the OMS accepted the order, in UTC.
`, `        channelName:
          type: string
          description: Display name of the sales channel.
`);
  replaceOnce(contract, 'enum: [accepted]', `enum: [accepted, '<b>on-hold</b> & "review"']`);
  replaceOnce(path.join(root, 'revision/models/order.v1.schema.json'), '"required": ["channel", "channelOrderId", "status", "placedAt", "totals"]', '"required": ["channel", "channelOrderId", "status", "placedAt", "totals", "customer"]');
  replaceOnce(path.join(root, 'revision/declarations/slas.yaml'), 'targets: { p50: 30s, p95: 2m, p99: 5m, max: 15m }', 'targets: { p50: 30s, p95: 3m, p99: 5m, max: 15m }');
  writeFileSync(path.join(root, 'revision/.retailgov-waivers.yaml'), WAIVERS);
  return { root, base: 'base', revision: 'revision' };
}
