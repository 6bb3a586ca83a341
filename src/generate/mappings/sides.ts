import type { Resolved } from '../../contracts/types.js';
import { InputError } from '../../errors.js';
import type { Mapping } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import { resolveLocalRef, type RefResolver as TypeRefResolver } from '../typescript/schema-types.js';
import type { DeclarationDiagnostics } from './diagnostics.js';
import { canonicalResolver, contractResolver, type RefResolver, type SchemaNode } from './schema-lookup.js';

/** The schema of one side of a mapping: the canonical model, or the system's payload. */
export interface MappingSide {
  /** `canonical` for the model, `payload` for the system side. */
  role: 'canonical' | 'payload';
  /** Names the side in messages, such as `canonical model order-v1`. */
  label: string;
  /** Root schema; undefined when the mapping declares no payload for the system side. */
  root?: SchemaNode;
  /** Resolver for path lookups. */
  resolve: RefResolver;
  /** Resolver for type generation; unused for a side without a schema. */
  resolveForTypes: TypeRefResolver;
  /** Key of the types module the side's types go to: `model:<id>` or `contract:<id>`. */
  typesKey?: string;
  /** Name hint of the root type. */
  typeHint: string;
  /** Workspace-relative files the side reads, for the generated file header. */
  inputs: string[];
}

/** Returns the canonical model's side of a mapping; throws InputError when the model is unknown. */
export function canonicalSide(workspace: Workspace, mapping: Mapping, diagnostics: DeclarationDiagnostics): MappingSide {
  const schema = workspace.canonicalSchemas.get(mapping.model);
  if (schema === undefined) {
    throw diagnostics.error(mapping, ['model'], `mapping ${mapping.id} names canonical model '${mapping.model}', which is not declared`,
      'Declare the model under canonicalModels or correct the id');
  }
  const title = (schema.data as { title?: unknown }).title;
  return {
    role: 'canonical',
    label: `canonical model ${mapping.model} (${schema.path})`,
    root: { value: schema.data, file: schema, pointer: '' },
    resolve: canonicalResolver(schema),
    resolveForTypes: resolveLocalRef,
    typesKey: `model:${mapping.model}`,
    typeHint: typeof title === 'string' ? title : mapping.model,
    inputs: [schema.path],
  };
}

/** Returns the system payload's side of a mapping, untyped when the mapping declares no payload. */
export function payloadSide(workspace: Workspace, mapping: Mapping, diagnostics: DeclarationDiagnostics): MappingSide {
  const payload = mapping.payload;
  if (payload === undefined) {
    return {
      role: 'payload', label: `system ${mapping.system} (no payload declared)`,
      resolve: () => undefined, resolveForTypes: resolveLocalRef, typeHint: `${mapping.system} payload`, inputs: [],
    };
  }
  const contract = workspace.contracts.get(payload.contract);
  if (contract === undefined) {
    throw diagnostics.error(payload, ['contract'], `mapping ${mapping.id} names contract '${payload.contract}', which no system declares`,
      'Add the contract to a system or correct the id');
  }
  let root: Resolved;
  try {
    root = contract.resolve(`#${payload.pointer}`, contract.source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw diagnostics.error(payload, ['pointer'], `mapping ${mapping.id}: pointer ${payload.pointer} does not resolve in contract ${payload.contract} (${contract.source.path})`,
      'Point to a schema in the contract, such as /components/schemas/Order');
  }
  if (root.value === undefined) {
    throw diagnostics.error(payload, ['pointer'], `mapping ${mapping.id}: contract ${payload.contract} (${contract.source.path}) has nothing at ${payload.pointer}`,
      'Point to a schema in the contract, such as /components/schemas/Order');
  }
  const lastSegment = payload.pointer.split('/').filter((segment) => segment !== '').pop() ?? payload.contract;
  return {
    role: 'payload',
    label: `payload ${payload.pointer} of contract ${payload.contract}`,
    root,
    resolve: contractResolver(contract),
    resolveForTypes: (ref, from, at) => contract.resolve(ref, from, at),
    typesKey: `contract:${payload.contract}`,
    typeHint: lastSegment === 'payload' ? payload.pointer.split('/').slice(-2, -1)[0] ?? lastSegment : lastSegment,
    inputs: contract.files.filter((file) => !/^[a-z][a-z0-9+.-]+:/i.test(file.path)).map((file) => file.path),
  };
}
