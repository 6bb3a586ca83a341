import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { readSettingsFile } from '../../config/read.js';
import { InputError } from '../../errors.js';
import { createAjv } from '../../util/ajv.js';
import { assertMatchesSchema } from '../../util/schema-errors.js';
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
  /** Contract id or file path, optionally followed by `#` and a JSON pointer. */
  location: string;
  approver: string;
  reason: string;
  /** Last day the waiver applies: YYYY-MM-DD, or a date-time in an estate declaration. */
  expires: string;
  /** Position of the waiver in its file, for messages about it. */
  source: { file: string; line: number; column: number };
}

const HINT = 'See docs/diff.md for the waiver file format';

let validator: ValidateFunction | undefined;

function waiverValidator(): ValidateFunction {
  validator ??= createAjv({ verbose: true }).compile(JSON.parse(readFileSync(WAIVER_SCHEMA_URL, 'utf8')) as object);
  return validator;
}

interface WaiverData {
  waivers: Array<Omit<WaiverEntry, 'source'>>;
}

/**
 * Reads and validates a waiver file against schemas/waivers.schema.json. Throws InputError with
 * file, line and column for a malformed file, a schema violation, a change id the catalogue does
 * not know or an expiry that is not a calendar date. An empty file waives nothing.
 */
export function loadWaiverFile(absolutePath: string, cwd: string): WaiverEntry[] {
  const file = readSettingsFile(absolutePath, cwd);
  if (file.data === null) return [];
  assertMatchesSchema(file, waiverValidator(), 'waiver file', HINT);
  const { waivers } = file.data as WaiverData;

  const problems = waivers.flatMap((waiver, index) => {
    const found: InputError[] = [];
    if (!CATALOGUE.has(waiver.change)) {
      const { line, column } = file.position(`/waivers/${index}/change`);
      found.push(new InputError(`unknown change id '${waiver.change}'${suggestion(waiver.change)}`, { file: file.path, line, column }));
    }
    if (!isDay(waiver.expires)) {
      const { line, column } = file.position(`/waivers/${index}/expires`);
      found.push(new InputError(`invalid waiver file: /waivers/${index}/expires is ${waiver.expires}, which is not a calendar date`, { file: file.path, line, column }));
    }
    return found;
  });
  if (problems.length > 0) {
    const [first, ...others] = problems;
    throw new InputError(first.message, { file: file.path, line: first.line, column: first.column },
      'Use a change id listed in the diff report or in docs/diff.md, and write expiry dates as YYYY-MM-DD', others);
  }

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
