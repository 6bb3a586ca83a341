import type { Finding } from '../findings.js';
import { fromPointer, toPointer } from '../findings.js';
import type { SourceFile } from '../workspace/source.js';

/** The key that suppresses findings at or below the object that carries it. */
export const IGNORE_KEY = 'x-retailgov-ignore';

/** The rule that checks ignore entries; its own findings cannot be ignored inline. */
export const IGNORE_RULE_ID = 'ignore-has-reason';

/** One accepted rule of an `x-retailgov-ignore` value, with the reason given for it. */
export interface IgnoreEntry {
  rule: string;
  reason: string;
}

/** A part of an `x-retailgov-ignore` value that suppresses nothing, and why. */
export interface IgnoreProblem {
  messageId: 'missingReason' | 'invalidEntry' | 'invalidValue';
  /** The rule id the entry names, when it names one. */
  rule?: string;
  /** Pointer of the entry, or of the whole value when its shape is wrong. */
  pointer: string;
}

export interface ParsedIgnore {
  entries: IgnoreEntry[];
  problems: IgnoreProblem[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function parseListItem(item: unknown, pointer: string, parsed: ParsedIgnore): void {
  if (hasText(item)) {
    parsed.problems.push({ messageId: 'missingReason', rule: item, pointer });
    return;
  }
  if (!isPlainObject(item) || !hasText(item.rule)) {
    parsed.problems.push({ messageId: 'invalidEntry', pointer });
    return;
  }
  if (!hasText(item.reason)) {
    parsed.problems.push({ messageId: 'missingReason', rule: item.rule, pointer });
    return;
  }
  parsed.entries.push({ rule: item.rule, reason: item.reason });
}

/**
 * Reads one `x-retailgov-ignore` value written at `pointer`: a list of `{rule, reason}` entries
 * (further keys such as `approvedBy` are allowed) or a map from rule id to reason. An entry
 * without a reason is a problem and suppresses nothing.
 */
export function parseIgnore(value: unknown, pointer: string): ParsedIgnore {
  const parsed: ParsedIgnore = { entries: [], problems: [] };
  const segments = fromPointer(pointer);
  if (Array.isArray(value)) {
    value.forEach((item, index) => parseListItem(item, toPointer([...segments, index]), parsed));
  } else if (isPlainObject(value)) {
    for (const [rule, reason] of Object.entries(value)) {
      if (hasText(reason)) parsed.entries.push({ rule, reason });
      else parsed.problems.push({ messageId: 'missingReason', rule, pointer: toPointer([...segments, rule]) });
    }
  } else {
    parsed.problems.push({ messageId: 'invalidValue', pointer });
  }
  return parsed;
}

/**
 * Calls `visit` for every `x-retailgov-ignore` value in a parsed document, with its pointer.
 * The walk uses an explicit stack, so deeply nested contracts cannot overflow the call stack.
 * NOTE: the key also counts inside data such as mapping examples or a schema's `properties`, where
 * it names a payload field rather than a suppression.
 */
export function forEachIgnore(data: unknown, visit: (value: unknown, pointer: string) => void): void {
  const stack: Array<{ node: unknown; segments: Array<string | number> }> = [{ node: data, segments: [] }];
  while (stack.length > 0) {
    const { node, segments } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push({ node: child, segments: [...segments, index] }));
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === IGNORE_KEY) visit(child, toPointer([...segments, key]));
      else stack.push({ node: child, segments: [...segments, key] });
    }
  }
}

/**
 * Decides which findings an `x-retailgov-ignore` entry hides. A finding is hidden when the object
 * at its pointer, or any object above it in the same file, has an entry for its rule with a reason.
 */
export class InlineSuppressions {
  private readonly files = new Map<string, SourceFile>();
  private readonly parsed = new WeakMap<object, Set<string>>();

  constructor(files: Iterable<SourceFile>) {
    for (const file of files) this.files.set(file.path, file);
  }

  isSuppressed(finding: Finding): boolean {
    if (finding.ruleId === IGNORE_RULE_ID) return false;
    const file = this.files.get(finding.location.file);
    if (file === undefined) return false;
    let node: unknown = file.data;
    for (const segment of [...fromPointer(finding.location.pointer), undefined]) {
      if (node === null || typeof node !== 'object') return false;
      if (!Array.isArray(node) && this.ignoredRules(node).has(finding.ruleId)) return true;
      if (segment === undefined) return false;
      node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
    }
    return false;
  }

  private ignoredRules(node: object): Set<string> {
    let rules = this.parsed.get(node);
    if (rules === undefined) {
      const value = (node as Record<string, unknown>)[IGNORE_KEY];
      const entries = Object.hasOwn(node, IGNORE_KEY) ? parseIgnore(value, '').entries : [];
      rules = new Set(entries.map((entry) => entry.rule));
      this.parsed.set(node, rules);
    }
    return rules;
  }
}
