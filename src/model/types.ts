/**
 * The declaration model of an estate, as written in `ownership.yaml` and the files it includes.
 * schemas/ownership.schema.json validates the same shape; durations and rates stay strings here
 * and are parsed by src/model/units.ts where a rule needs numbers.
 */

/** A duration such as `500ms`, `2s`, `5m`, `1h` or `1d`. */
export type Duration = string;

/** A rate such as `40/s`, `2400/min` or `10000/h`. */
export type Rate = string;

export const SYSTEM_KINDS = [
  'erp', 'oms', 'wms', 'pim', 'crm', 'pos', 'ecommerce', 'marketplace', 'b2b-portal',
  'payment', 'tax', 'notification', 'middleware', 'shipping',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const API_LAYERS = ['experience', 'process', 'system'] as const;
export type ApiLayer = (typeof API_LAYERS)[number];

export const OBJECT_KINDS = [
  'order', 'inventory-physical', 'inventory-reserved', 'inventory-available-to-sell',
  'product', 'price', 'customer', 'shipment', 'return', 'refund', 'payment',
  'financial-posting',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export const EXCEPTION_KINDS = [
  'validation', 'mapping', 'downstream-unavailable', 'business-rule', 'duplicate',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface Team {
  id: string;
  name?: string;
  contact?: string;
  onCall?: string;
}

export interface ContractRef {
  id: string;
  /** Path relative to the declaring file's folder. */
  path: string;
}

export interface RateLimit {
  /** What the limit applies to: the whole API, or one channel (a system id). */
  scope?: 'api' | string;
  limit: Rate;
  burst?: number;
  /** What the system does above the limit. */
  onExceed?: 'reject-429' | 'queue' | 'drop';
}

export interface DateWindow {
  name: string;
  start: string;
  end: string;
}

export interface System {
  id: string;
  name?: string;
  kind: SystemKind;
  layer: ApiLayer;
  owner: string;
  /** A SaaS or cloud system whose vendor ships releases on its own calendar. */
  vendor?: string;
  contracts?: ContractRef[];
  rateLimits?: RateLimit[];
  releaseCalendar?: DateWindow[];
}

export interface FieldOwnership {
  /** Dotted path inside the canonical model, for example `price.amount`. */
  field: string;
  owner: string;
}

export interface BusinessObject {
  id: string;
  kind: ObjectKind;
  /** The one authoritative system for the object. */
  owner: string;
  /** Per-field owners, where a field is authoritative elsewhere. */
  fields?: FieldOwnership[];
  consumers?: string[];
  /** Id of the canonical model that describes the object. */
  model?: string;
}

export interface PayloadRef {
  contract: string;
  /** JSON pointer inside the contract, for example `/components/schemas/Order`. */
  pointer: string;
}

export interface CanonicalModel {
  id: string;
  object: string;
  /** Semantic version of the schema, for example `1.2.0`. */
  version: string;
  /** Path of the JSON Schema file, relative to the declaring file's folder. */
  schema: string;
  /** Contract payloads that map to this model. */
  payloads?: PayloadRef[];
}

export interface FieldMapping {
  /** Dotted path in the source payload; omitted when a default supplies the value. */
  from?: string;
  /** Dotted path in the target payload. */
  to: string;
  valueMap?: Record<string, string | number | boolean>;
  /** What happens to a source value that `valueMap` does not list. */
  unmapped?: 'reject' | 'default' | 'passthrough';
  default?: string | number | boolean;
  convert?:
    | 'decimal-to-minor-units'
    | 'minor-units-to-decimal'
    | 'to-string'
    | 'to-integer'
    | 'to-utc'
    | 'to-local-time';
  rounding?: 'half-even' | 'half-up' | 'down' | 'up';
  /** Path of the ISO 4217 currency code that sets the minor-unit exponent of a money conversion. */
  currencyField?: string;
  /** IANA time zone of a local-time value, for example `Europe/Berlin`. */
  timeZone?: string;
}

export interface MappingExample {
  name: string;
  input: unknown;
  output: unknown;
}

export interface Mapping {
  id: string;
  model: string;
  system: string;
  /** Optional contract payload on the system side. */
  payload?: PayloadRef;
  direction: 'to-canonical' | 'from-canonical';
  fields: FieldMapping[];
  examples?: MappingExample[];
}

export interface IdempotencyKey {
  /** Where the key travels: an HTTP header, a body property, or a message header. */
  in: 'header' | 'body' | 'message-header' | 'message-payload';
  name: string;
  /** Business identity the key is derived from, for example `[channel, order.id, operation]`. */
  from: string[];
}

export interface CorrelationId {
  in: 'header' | 'message-header' | 'message-payload';
  name: string;
  /** Also propagate a W3C `traceparent`. */
  traceparent?: boolean;
}

export interface OperationTarget {
  contract: string;
  /** An OpenAPI operationId, or `METHOD /path`. */
  operation: string;
}

export interface ChannelTarget {
  contract: string;
  /** AsyncAPI channel id (3.x) or channel address (2.x). */
  channel: string;
  /** AsyncAPI 3 operation id, where the step names one. */
  operation?: string;
}

export interface Latency {
  p50?: Duration;
  p95?: Duration;
  p99?: Duration;
}

export interface DeadLetterRoute {
  queue: string;
  exceptionClasses: string[];
}

export interface StateTransition {
  from: string;
  to: string;
}

export interface WorkflowStep {
  id: string;
  from: string;
  to: string;
  /** Exactly one of `operation` and `channel`. */
  operation?: OperationTarget;
  channel?: ChannelTarget;
  mode: 'sync' | 'async';
  /** The business write this step performs, if any; drives the idempotency rules. */
  writes?: ObjectKind | 'stock-adjustment';
  /** A step on the synchronous path the channel waits on. */
  channelFacing?: boolean;
  idempotencyKey?: IdempotencyKey;
  /** Key that keeps per-entity order, for example `sku` or `order.id`. */
  orderingKey?: string;
  correlationId?: CorrelationId;
  retryPolicy?: string;
  deadLetter?: DeadLetterRoute;
  latency?: Latency;
  transition?: StateTransition;
}

export interface StateMachine {
  initial: string;
  states: string[];
  final?: string[];
  transitions: StateTransition[];
}

export interface Workflow {
  id: string;
  name?: string;
  object: string;
  sla?: string;
  /** The channel systems that start the workflow. */
  channels?: string[];
  stateMachine?: StateMachine;
  audit?: { required: boolean; records?: string[] };
  steps: WorkflowStep[];
}

export interface RetryPolicy {
  id: string;
  maxAttempts: number;
  initialInterval: Duration;
  backoffCoefficient: number;
  maxInterval: Duration;
  jitter: 'none' | 'full' | 'equal' | 'decorrelated';
  /** Timeout of one attempt. */
  timeout: Duration;
  retryableErrors: string[];
  honourRetryAfter?: boolean;
}

export interface DeadLetterQueue {
  id: string;
  system: string;
  owner?: string;
}

export interface ReplayRule {
  mode: 'automatic' | 'manual' | 'never';
  after?: Duration;
  maxReplays?: number;
  approver?: string;
}

export interface ExceptionClass {
  id: string;
  kind: ExceptionKind;
  owner?: string;
  businessImpact?: string;
  replay?: ReplayRule;
}

export interface DeadLetterDeclarations {
  queues?: DeadLetterQueue[];
  exceptionClasses?: ExceptionClass[];
}

export interface PercentileTargets {
  p50?: Duration;
  p90?: Duration;
  p95?: Duration;
  p99?: Duration;
  max?: Duration;
}

export interface Sla {
  id: string;
  kind: 'business' | 'technical';
  metric: string;
  workflow?: string;
  targets?: PercentileTargets;
  /** Technical limits. */
  maxQueueLag?: Duration;
  maxErrorRate?: number;
}

export interface Traffic {
  channel: string;
  workflow: string;
  expected: Rate;
  peak: Rate;
  rateLimit?: RateLimit;
  backPressure?: 'queue' | 'reject-429' | 'shed-load';
}

export interface FreezeWindow {
  id: string;
  start: string;
  end: string;
  /** System ids the freeze covers; empty or omitted means every system. */
  systems?: string[];
  reason?: string;
}

export interface Waiver {
  rule: string;
  target: string;
  approver: string;
  reason: string;
  expires: string;
}

export interface ChangeControl {
  freezeWindows?: FreezeWindow[];
  publishWindows?: FreezeWindow[];
  breakingChangeApprovers?: string[];
  waivers?: Waiver[];
}

/** The whole estate after `include:` files are merged. */
export interface Estate {
  retailgov: 1;
  name?: string;
  teams: Team[];
  systems: System[];
  objects: BusinessObject[];
  canonicalModels: CanonicalModel[];
  mappings: Mapping[];
  workflows: Workflow[];
  retryPolicies: RetryPolicy[];
  deadLetter: Required<DeadLetterDeclarations>;
  slas: Sla[];
  traffic: Traffic[];
  changeControl: ChangeControl;
}

/** Top-level list sections that several files may contribute to. */
export const LIST_SECTIONS = [
  'teams', 'systems', 'objects', 'canonicalModels', 'mappings', 'workflows',
  'retryPolicies', 'slas', 'traffic',
] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];
