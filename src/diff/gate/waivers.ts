import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { readSettingsFile } from '../../config/read.js';
import { InputError } from '../../errors.js';
import { createAjv } from '../../util/ajv.js';
import { assertMatchesSchema } from '../../util/schema-errors.js';
import type { SourceFile } from '../../workspace/source.js';
import type { Workspace } from '../../workspace/types.js';
import { CATALOGUE } from '../catalogue/index.js';
import { WAIVER_SCHEMA_URL } from '../waiver-schema.js';
import { isDay } from './dates.js';

/** Default name of the waiver file, looked up in the revision estate folder and then the current folder. */
export const DEFAULT_WAIVER_FILE = '.retailgov-waivers.yaml';

/** A change the governance board accepted, from the waiver file or the estate's change control. */
export interface WaiverEntry {
  /** Catalogue id of the accepted change. */
  change: string;
  /** Contract id or file path, optionally followed by `#` and a JSON pointer, or the id path of a declaration node. */
  location: string;
  approver: string;
  reason: string;
  /** Last day the waiver applies: YYYY-MM-DD, or a date-time in an estate declaration. */
  expires: string;
  /** Position of the waiver in its file, for messages about it. */
  source: { file: string; line: number; column: number };
}

const FORMAT_HINT = 'See docs/diff.md for the waiver file format';
const CHANGE_ID_HINT = 'Use a change id from the diff report or from the change catalogue in docs/diff-changes.md';
const DATE_HINT = 'Write each expiry date as a calendar day, YYYY-MM-DD';

/** The shape the schema checks for these keys; values of another shape get a schema error instead. */
const CHANGE_ID_SHAPE = /^[a-z0-9][a-z0-9-]*$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

let validator: ValidateFunction | undefined;

function waiverValidator(): ValidateFunction {
  validator ??= createAjv({ verbose: true }).compile(JSON.parse(readFileSync(WAIVER_SCHEMA_URL, 'utf8')) as object);
  return validator;
}

interface WaiverData {
  waivers: Array<Omit<WaiverEntry, 'source'>>;
}

/** Returns every schema violation of the file, each with its line and column. */
function schemaProblems(file: SourceFile): InputError[] {
  try {
    assertMatchesSchema(file, waiverValidator(), 'waiver file', FORMAT_HINT);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error, ...error.others];
  }
}

/**
 * Returns the change ids the catalogue does not know and the expiry dates that do not exist, such
 * as 2026-02-30, in every waiver, including waivers with schema errors in other keys.
 */
function entryProblems(file: SourceFile): { unknownIds: InputError[]; impossibleDates: InputError[] } {
  const unknownIds: InputError[] = [];
  const impossibleDates: InputError[] = [];
  const waivers = (file.data as { waivers?: unknown }).waivers;
  if (!Array.isArray(waivers)) return { unknownIds, impossibleDates };

  waivers.forEach((waiver: unknown, index) => {
    if (typeof waiver !== 'object' || waiver === null) return;
    const { change, expires } = waiver as { change?: unknown; expires?: unknown };
    if (typeof change === 'string' && CHANGE_ID_SHAPE.test(change) && !CATALOGUE.has(change)) {
      const { line, column } = file.position(`/waivers/${index}/change`);
      unknownIds.push(new InputError(`unknown change id '${change}'${suggestion(change)}`, { file: file.path, line, column }));
    }
    if (typeof expires === 'string' && DATE_SHAPE.test(expires) && !isDay(expires)) {
      const { line, column } = file.position(`/waivers/${index}/expires`);
      impossibleDates.push(new InputError(`invalid waiver file: /waivers/${index}/expires is ${expires}, which is not a calendar date`, { file: file.path, line, column }));
    }
  });
  return { unknownIds, impossibleDates };
}

/**
 * Reads and validates a waiver file against schemas/waivers.schema.json. Throws one InputError
 * that lists every problem of the file with its line and column: schema violations, change ids
 * the catalogue does not know and expiry dates that do not exist. Malformed YAML or JSON stops
 * the reading at the first error. An empty file waives nothing.
 */
export function loadWaiverFile(absolutePath: string, cwd: string): WaiverEntry[] {
  const file = readSettingsFile(absolutePath, cwd);
  if (file.data === null) return [];

  const schema = schemaProblems(file);
  const { unknownIds, impossibleDates } = entryProblems(file);
  const problems = [...schema, ...unknownIds, ...impossibleDates].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (problems.length > 0) {
    const hints = [
      ...(schema.length > 0 ? [FORMAT_HINT] : []),
      ...(unknownIds.length > 0 ? [CHANGE_ID_HINT] : []),
      ...(impossibleDates.length > 0 ? [DATE_HINT] : []),
    ];
    const [first, ...others] = problems;
    throw new InputError(first.message, { file: file.path, line: first.line, column: first.column }, hints.join('. '), others);
  }

  const { waivers } = file.data as WaiverData;
  return waivers.map((waiver, index) => ({
    change: waiver.change,
    location: waiver.location,
    approver: waiver.approver,
    reason: waiver.reason,
    expires: waiver.expires,
    source: { file: file.path, ...file.position(`/waivers/${index}`) },
  }));
}

/**
 * Returns the estate's declared waivers whose `rule` is a change id; the others waive lint
 * findings and do not apply to a diff. Their `target` is the location of the change.
 */
export function estateWaivers(workspace: Workspace): WaiverEntry[] {
  const byPath = new Map(workspace.declarationFiles.map((file) => [file.path, file]));
  return (workspace.estate.changeControl.waivers ?? [])
    .filter((waiver) => CATALOGUE.has(waiver.rule))
    .map((waiver) => {
      const location = workspace.locate(waiver);
      const position = byPath.get(location.file)?.position(location.pointer) ?? { line: 1, column: 1 };
      return {
        change: waiver.rule,
        location: waiver.target,
        approver: waiver.approver,
        reason: waiver.reason,
        expires: waiver.expires,
        source: { file: location.file, ...position },
      };
    });
}

/** Suggests the catalogue id closest to a mistyped one, as `; did you mean 'x'?`. */
function suggestion(id: string): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const candidate of CATALOGUE.keys()) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
