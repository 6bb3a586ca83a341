import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Change, ChangeLevel, DiffLocation, DiffSummary } from '../../src/diff/types.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

/** The JSON report of `retailgov diff --format json`. */
export interface DiffReport {
  changes: Change[];
  summary: DiffSummary;
}

/** One `retailgov diff` run, with its JSON report when the run got as far as comparing. */
export interface DiffRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  report?: DiffReport;
}

/** An older and a newer version of one corpus contract, as paths relative to CORPUS_DIR. */
export interface VersionPair {
  base: string;
  revision: string;
  kind: string;
}

/**
 * Runs `retailgov diff ARGS --format json` in-process from the corpus folder, so that file paths in
 * the report and in error messages are relative to it.
 */
export async function runDiff(args: string[]): Promise<DiffRun> {
  const run = await runCli(['diff', ...args, '--format', 'json'], CORPUS_DIR);
  const compared = run.exitCode === 0 || run.exitCode === 1;
  return { ...run, ...(compared ? { report: JSON.parse(run.stdout) as DiffReport } : {}) };
}

/** Reads the version pairs of MANIFEST.tsv, each a `.v-old` file and the file in its `pair_with` column. */
export function readVersionPairs(): VersionPair[] {
  const lines = readFileSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const header = lines[0].split('\t');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`MANIFEST.tsv has no '${name}' column`);
    return index;
  };
  const [file, kind, pairWith] = [column('file'), column('kind'), column('pair_with')];
  return lines.slice(1)
    .map((line) => line.split('\t'))
    .filter((cells) => cells[file].includes('.v-old.') && (cells[pairWith] ?? '') !== '')
    .map((cells) => ({ base: cells[file], revision: cells[pairWith], kind: cells[kind] }));
}

/** What a test expects of one change. A string message matches when the message contains it. */
export interface ChangeSpec {
  id: string;
  level: ChangeLevel;
  message?: string | RegExp;
  base?: string;
  revision?: string;
  /** Operations or channels that must all be among the change's `usedBy`. */
  usedBy?: string[];
}

function describeChange(change: Change): string {
  const users = change.usedBy === undefined ? '' : ` (used by ${change.usedBy.slice(0, 3).join(', ')}${change.usedBy.length > 3 ? ', ...' : ''})`;
  return `  ${change.level} ${change.message} at ${change.base?.pointer} -> ${change.revision?.pointer}${users}`;
}

function matchesSpec(change: Change, spec: ChangeSpec): boolean {
  if (change.id !== spec.id || change.level !== spec.level) return false;
  if (spec.base !== undefined && change.base?.pointer !== spec.base) return false;
  if (spec.revision !== undefined && change.revision?.pointer !== spec.revision) return false;
  if (typeof spec.message === 'string' && !change.message.includes(spec.message)) return false;
  if (spec.message instanceof RegExp && !spec.message.test(change.message)) return false;
  return (spec.usedBy ?? []).every((user) => change.usedBy?.includes(user) === true);
}

/**
 * Asserts that the report has a change that fits `spec` and returns it. On failure, the message
 * lists the changes of the same id, so the difference is visible.
 */
export function expectChange(report: DiffReport, spec: ChangeSpec): Change {
  const sameId = report.changes.filter((change) => change.id === spec.id);
  const found = sameId.find((change) => matchesSpec(change, spec));
  const listed = sameId.slice(0, 25).map(describeChange).join('\n') || '  (none)';
  expect(found, `no ${spec.id} change fits ${JSON.stringify(spec)}; changes with that id:\n${listed}`).toBeDefined();
  return found!;
}

/** Returns the sorted messages of the changes with `id`. */
export function messagesOf(report: DiffReport, id: string): string[] {
  return report.changes.filter((change) => change.id === id).map((change) => change.message).sort();
}

/** Returns the changes whose base or revision pointer starts with `prefix`. */
export function changesUnder(report: DiffReport, prefix: string): Change[] {
  const under = (location: DiffLocation | undefined) => location !== undefined && (location.pointer === prefix || location.pointer.startsWith(`${prefix}/`));
  return report.changes.filter((change) => under(change.base) || under(change.revision));
}

/** Returns the values named by the `enum value '...'` messages of the changes with `id` at `enumPointer`. */
export function enumValuesAt(report: DiffReport, id: string, enumPointer: string): string[] {
  const pointerOf = (change: Change) => (id.endsWith('-added') ? change.base?.pointer : change.revision?.pointer);
  return report.changes
    .filter((change) => change.id === id && pointerOf(change) === enumPointer)
    .map((change) => /^enum value '(.*)' was (?:added|removed)/.exec(change.message)?.[1] ?? `(unexpected message: ${change.message})`)
    .sort();
}

const fileLines = new Map<string, string[]>();

/** Returns the text of a corpus file at a 1-based line. */
export function lineOf(file: string, line: number): string {
  let lines = fileLines.get(file);
  if (lines === undefined) {
    lines = readFileSync(path.join(CORPUS_DIR, file), 'utf8').split(/\r?\n/);
    fileLines.set(file, lines);
  }
  return lines[line - 1] ?? '';
}

/**
 * Lists locations whose line and column do not point at the key their pointer ends with. Pointers
 * that end in an array index or point at the document root are not checked.
 */
export function misplacedLocations(report: DiffReport): string[] {
  const problems: string[] = [];
  for (const change of report.changes) {
    for (const location of [change.base, change.revision]) {
      if (location === undefined || location.pointer === '') continue;
      const key = location.pointer.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
      if (/^\d+$/.test(key)) continue;
      const text = lineOf(location.file, location.line).slice(location.column - 1).replace(/^["']/, '');
      if (!text.startsWith(key)) problems.push(`${change.id}: ${location.file}:${location.line}:${location.column} is not at ${location.pointer}`);
    }
  }
  return problems;
}

/** Counts the changes of a report by level. */
export function countByLevel(changes: Change[]): Record<ChangeLevel, number> {
  const counts: Record<ChangeLevel, number> = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level] += 1;
  return counts;
}
