/** The vocabulary shared by the comparison engines, the gate and the diff reporters. */

/** How much a change matters to the governance board: `breaking` fails `--fail-on breaking`. */
export const CHANGE_LEVELS = ['breaking', 'warning', 'info'] as const;
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

const LEVEL_RANK: Record<ChangeLevel, number> = { breaking: 3, warning: 2, info: 1 };

/** Returns whether `level` is at or above `threshold`. */
export function isLevelAtLeast(level: ChangeLevel, threshold: ChangeLevel): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

/** Returns the higher of two levels. */
export function maxLevel(a: ChangeLevel, b: ChangeLevel): ChangeLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/**
 * Whose code a change can break. `request`: what a client sends, read by the server. `response`:
 * what a server returns, read by the client. `producer`: what an event producer must send.
 * `consumer`: what an event consumer receives. `declaration`: the estate's declared policies.
 * `none`: documentation only.
 */
export const CHANGE_DIRECTIONS = ['request', 'response', 'producer', 'consumer', 'declaration', 'none'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** The part of a contract or estate a change belongs to; reporters group by it. */
export const CHANGE_AREAS = [
  'paths',
  'operations',
  'parameters',
  'request-body',
  'responses',
  'response-headers',
  'media-types',
  'security',
  'schemas',
  'channels',
  'messages',
  'servers',
  'models',
  'declarations',
  'document',
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/** Kind of change to the element, which reporters and waivers can filter on. */
export const CHANGE_KINDS = ['added', 'removed', 'changed', 'tightened', 'loosened', 'renamed', 'deprecated'] as const;
export type ChangeKindName = (typeof CHANGE_KINDS)[number];

/** One entry of the change catalogue. */
export interface ChangeKind {
  /** Stable kebab-case id, for example `request-property-became-required`. */
  id: string;
  level: ChangeLevel;
  direction: ChangeDirection;
  area: ChangeArea;
  kind: ChangeKindName;
  /**
   * Message template. `{name}` placeholders are filled from the values the engine passes, for
   * example `property '{property}' was removed`.
   */
  message: string;
  /** One line on why the change breaks (or does not break) clients. */
  why: string;
}

/** Location of a change on one side of the comparison. */
export interface DiffLocation {
  /** File path as the user named it, relative to the side's root, with forward slashes. */
  file: string;
  /** JSON pointer into that file. For an element that exists only on the other side, its nearest parent. */
  pointer: string;
  line: number;
  column: number;
}

/** A change found between the base and the revision. */
export interface Change {
  id: string;
  level: ChangeLevel;
  direction: ChangeDirection;
  area: ChangeArea;
  kind: ChangeKindName;
  /** The rendered message. */
  message: string;
  why: string;
  base?: DiffLocation;
  revision?: DiffLocation;
  /** Declared contract id, or the file path for a bare contract comparison. */
  contract?: string;
  /** The system that owns the contract, when the estate declares it. */
  system?: string;
  /** Operations (`METHOD /path`) or channels whose traffic the change reaches, for shared schemas. */
  usedBy?: string[];
  /** Set by the gate when a waiver accepts the change. */
  waiver?: AppliedWaiver;
  /** Set by the gate when a breaking change lands inside a declared freeze window. */
  freeze?: { id: string; start: string; end: string; reason?: string };
}

export interface AppliedWaiver {
  approver: string;
  reason: string;
  expires: string;
  /** An expired waiver no longer accepts the change and fails the run. */
  expired: boolean;
}

/** Counts shown by every report. */
export interface DiffSummary {
  breaking: number;
  warning: number;
  info: number;
  /** Changes accepted by a valid waiver. */
  waived: number;
  /** Changes whose waiver has expired. */
  expiredWaivers: number;
  /** Breaking changes inside a freeze window. */
  inFreeze: number;
  /** Canonical model compatibility, by model id, for estate comparisons. */
  compatibility?: Record<string, ModelCompatibility>;
}

/** Schema registry compatibility of a canonical model revision. */
export interface ModelCompatibility {
  backward: boolean;
  forward: boolean;
  full: boolean;
}

/** A contract of one side, as the reports name and describe it. */
export interface ContractInfo {
  /** Declared contract id, or the file path for a bare contract comparison. */
  id: string;
  /** The contract's root file, relative like `DiffLocation.file`. */
  file: string;
  /** `info.title` and `info.version` of the document, when it declares them. */
  title?: string;
  version?: string;
  /** The system that declares the contract, in an estate. */
  system?: string;
}

/** A system of the estate and the team that owns it. */
export interface SystemInfo {
  id: string;
  name?: string;
  /** Team id of the owner. */
  owner: string;
  /** The owning team's display name, when the estate declares one. */
  ownerName?: string;
}

export interface DiffResult {
  /** Compared inputs, as the user named them. */
  base: string;
  revision: string;
  changes: Change[];
  summary: DiffSummary;
  /** Whether two contract files or two estates were compared. */
  compared?: 'contracts' | 'estates';
  /** The day the run is dated, YYYY-MM-DD: freeze windows and waiver expiry are judged on it. */
  date?: string;
  /** The contracts of each side. */
  contracts?: { base: ContractInfo[]; revision: ContractInfo[] };
  /** Systems of the revision estate, then those only the base declares. */
  systems?: SystemInfo[];
  /** `changeControl.breakingChangeApprovers` of the revision estate. */
  breakingChangeApprovers?: string[];
}
