import type { ChangeKind } from '../types.js';
import { ASYNCAPI_CHANGES } from './asyncapi.js';
import { DECLARATION_CHANGES } from './declarations.js';
import { MODEL_CHANGES } from './models.js';
import { OPENAPI_CHANGES } from './openapi.js';
import { SCHEMA_CHANGES } from './schema.js';

/** Every change kind the comparison engines report, by id. */
export const CATALOGUE: ReadonlyMap<string, ChangeKind> = buildCatalogue([
  ...OPENAPI_CHANGES,
  ...SCHEMA_CHANGES,
  ...ASYNCAPI_CHANGES,
  ...MODEL_CHANGES,
  ...DECLARATION_CHANGES,
]);

function buildCatalogue(kinds: ChangeKind[]): Map<string, ChangeKind> {
  const byId = new Map<string, ChangeKind>();
  for (const kind of kinds) {
    if (byId.has(kind.id)) throw new Error(`change id '${kind.id}' is declared twice`);
    byId.set(kind.id, kind);
  }
  return new Map([...byId].sort(([a], [b]) => a.localeCompare(b)));
}

/** Returns the catalogue entry of `id`; an unknown id is a bug in an engine. */
export function changeKind(id: string): ChangeKind {
  const kind = CATALOGUE.get(id);
  if (kind === undefined) throw new Error(`unknown change id '${id}'`);
  return kind;
}
