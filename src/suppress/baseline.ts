import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { readSettingsFile } from '../config/read.js';
import { assertMatchesSchema } from '../util/schema-errors.js';
import type { Finding } from '../findings.js';
import { createAjv } from '../util/ajv.js';

/**
 * One accepted finding, keyed by rule, file, JSON pointer and a hash of the message. Line numbers
 * are left out, so an entry still matches after edits that only move lines. Keys written by
 * hand, such as `reason` or `approvedBy`, are kept when the baseline is rewritten.
 */
export interface BaselineEntry {
  rule: string;
  file: string;
  pointer: string;
  messageHash: string;
  /** The message when the entry was written, for readers of the file; matching ignores it. */
  message?: string;
  /** How many findings share the key, when more than one. */
  count?: number;
  [key: string]: unknown;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

const SCHEMA = {
  type: 'object',
  required: ['version', 'entries'],
  properties: {
    version: { const: 1 },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'file', 'pointer', 'messageHash'],
        properties: {
          rule: { type: 'string', minLength: 1 },
          file: { type: 'string', minLength: 1 },
          pointer: { type: 'string' },
          messageHash: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          message: { type: 'string' },
          count: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
};

let validator: ValidateFunction | undefined;

/** Returns the first 16 hex digits of the SHA-256 of a finding message. */
export function hashMessage(message: string): string {
  return createHash('sha256').update(message).digest('hex').slice(0, 16);
}

function keyOf(rule: string, file: string, pointer: string, messageHash: string): string {
  return [rule, file, pointer, messageHash].join('\0');
}

function findingKey(finding: Finding): string {
  return keyOf(finding.ruleId, finding.location.file, finding.location.pointer, hashMessage(finding.message));
}

function entryKey(entry: BaselineEntry): string {
  return keyOf(entry.rule, entry.file, entry.pointer, entry.messageHash);
}

/**
 * Reads a baseline file, or returns undefined when there is none. Throws InputError with file,
 * line and column for a file that is not valid baseline JSON.
 */
export function readBaseline(absolutePath: string, cwd: string): BaselineEntry[] | undefined {
  if (!existsSync(absolutePath)) return undefined;
  const source = readSettingsFile(absolutePath, cwd);
  validator ??= createAjv().compile(SCHEMA);
  assertMatchesSchema(source, validator, 'baseline', 'Fix the entry, or delete the file and rewrite it with --write-baseline');
  return (source.data as BaselineFile).entries;
}

export interface BaselineMatch {
  accepted: Finding[];
  remaining: Finding[];
  /** Entries that matched no finding: the finding was fixed, or its message or pointer changed. */
  stale: BaselineEntry[];
}

/** Splits findings into those the baseline accepts and the rest; an entry accepts `count` findings. */
export function matchBaseline(findings: readonly Finding[], entries: readonly BaselineEntry[]): BaselineMatch {
  const budget = new Map<string, number>();
  for (const entry of entries) budget.set(entryKey(entry), (budget.get(entryKey(entry)) ?? 0) + (entry.count ?? 1));
  const used = new Set<string>();
  const match: BaselineMatch = { accepted: [], remaining: [], stale: [] };
  for (const finding of findings) {
    const key = findingKey(finding);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      used.add(key);
      match.accepted.push(finding);
    } else {
      match.remaining.push(finding);
    }
  }
  match.stale = entries.filter((entry) => !used.has(entryKey(entry)));
  return match;
}

export interface BaselineUpdateOptions {
  /** Add entries for findings that the baseline does not cover yet. */
  add: boolean;
  /** Remove entries whose finding no longer occurs. */
  prune: boolean;
}

export interface BaselineUpdate {
  entries: BaselineEntry[];
  added: number;
  removed: number;
  /** Entries kept although their finding no longer occurs. */
  stale: number;
}

interface Occurrence {
  finding: Finding;
  count: number;
}

function countOccurrences(findings: readonly Finding[]): Map<string, Occurrence> {
  const occurrences = new Map<string, Occurrence>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const occurrence = occurrences.get(key);
    if (occurrence === undefined) occurrences.set(key, { finding, count: 1 });
    else occurrence.count += 1;
  }
  return occurrences;
}

function withCount(entry: BaselineEntry, count: number): BaselineEntry {
  const { count: _previous, ...rest } = entry;
  return count > 1 ? { ...rest, count } : rest;
}

function newEntry(occurrence: Occurrence): BaselineEntry {
  const { finding } = occurrence;
  return withCount({
    rule: finding.ruleId,
    file: finding.location.file,
    pointer: finding.location.pointer,
    messageHash: hashMessage(finding.message),
    message: finding.message,
  }, occurrence.count);
}

/**
 * Merges the current findings into existing entries. Existing entries keep every key a person
 * added; only `count` follows the findings. Entries of findings that no longer occur stay unless
 * `prune` is set. Without `add`, a count never grows, so no new finding becomes accepted.
 */
export function updateBaseline(existing: readonly BaselineEntry[], findings: readonly Finding[], options: BaselineUpdateOptions): BaselineUpdate {
  const occurrences = countOccurrences(findings);
  const update: BaselineUpdate = { entries: [], added: 0, removed: 0, stale: 0 };
  const keptKeys = new Set<string>();
  for (const entry of existing) {
    const key = entryKey(entry);
    // A second entry with the same key adds nothing that the first does not cover.
    if (keptKeys.has(key)) continue;
    const occurrence = occurrences.get(key);
    if (occurrence !== undefined) {
      const count = options.add ? occurrence.count : Math.min(occurrence.count, entry.count ?? 1);
      update.entries.push(withCount(entry, count));
      keptKeys.add(key);
    } else if (options.prune) {
      update.removed += 1;
    } else {
      update.entries.push(entry);
      update.stale += 1;
      keptKeys.add(key);
    }
  }
  if (options.add) {
    for (const [key, occurrence] of occurrences) {
      if (keptKeys.has(key)) continue;
      update.entries.push(newEntry(occurrence));
      update.added += 1;
    }
  }
  update.entries.sort(compareEntries);
  return update;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.file.localeCompare(b.file) || a.pointer.localeCompare(b.pointer) || a.rule.localeCompare(b.rule) || a.messageHash.localeCompare(b.messageHash);
}

/** Serialises entries as the text of a baseline file. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const file: BaselineFile = { version: 1, entries: [...entries] };
  return JSON.stringify(file, null, 2) + '\n';
}
