/** State shared while one contract module is rendered: names, schema types and runtime imports. */
import type { Contract } from '../../contracts/types.js';
import { NameScope } from '../typescript/names.js';
import { SchemaTypes } from '../typescript/schema-types.js';
import { child, type Node } from './contract-nodes.js';

export interface ModuleContext {
  contract: Contract;
  scope: NameScope;
  types: SchemaTypes;
  /** Runtime names the module uses, by runtime file (`http-client`, `idempotency`, `events`). */
  imports: Map<string, Set<string>>;
}

/** Creates the context of a module that imports `runtimeNames` (file to names) from the runtime. */
export function createModuleContext(contract: Contract, runtimeNames: Record<string, readonly string[]>, constants: readonly string[]): ModuleContext {
  const scope = new NameScope([...Object.values(runtimeNames).flat(), ...constants]);
  const types = new SchemaTypes({ resolve: (ref, from, at) => contract.resolve(ref, from, at), scope });
  // Named schemas of the contract document keep their own names when those are identifiers.
  const root: Node = { value: contract.source.data, file: contract.source, pointer: '' };
  types.holdNames(child(child(root, 'components'), 'schemas'));
  types.holdNames(child(root, 'definitions'));
  return { contract, scope, types, imports: new Map() };
}

/** Records that the module uses `name` from runtime file `file` and returns the name. */
export function use(context: ModuleContext, file: string, name: string): string {
  const names = context.imports.get(file) ?? new Set<string>();
  names.add(name);
  context.imports.set(file, names);
  return name;
}

/** Renders the `import type` lines of the names used, sorted for stable output. */
export function renderImports(context: ModuleContext, runtimePrefix: string): string {
  return [...context.imports.keys()]
    .sort()
    .map((file) => `import type { ${[...(context.imports.get(file) ?? [])].sort().join(', ')} } from '${runtimePrefix}${file}.js';\n`)
    .join('');
}
