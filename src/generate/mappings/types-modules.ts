/**
 * Type modules of mappings: one per canonical model (`mappings/models/<id>.ts`) and one per
 * contract (`mappings/contracts/<id>.ts`), each declaring the root types the mappings use and the
 * types those refer to.
 */
import { withHeader } from '../emit/header.js';
import type { GeneratedFile } from '../emit/types.js';
import { NameScope, isIdentifierText, toFileName } from '../typescript/names.js';
import { SchemaTypes } from '../typescript/schema-types.js';
import type { MappingSide } from './sides.js';

interface TypesModule {
  path: string;
  inputs: string[];
  scope: NameScope;
  types: SchemaTypes;
  /** Aliases for roots whose type is not a declared name, such as an array of a named type. */
  aliases: string[];
  /** Exported root names by `file#pointer` of the root schema. */
  roots: Map<string, string>;
}

export class TypesModules {
  private readonly modules = new Map<string, TypesModule>();

  /** Declares the root type of a side and returns its exported name and module path, or undefined for an untyped side. */
  rootType(side: MappingSide): { name: string; path: string } | undefined {
    if (side.root === undefined || side.typesKey === undefined) return undefined;
    const module = this.moduleFor(side);
    const key = `${side.root.file.path}#${side.root.pointer}`;
    let name = module.roots.get(key);
    if (name === undefined) {
      const expression = module.types.declare(side.typeHint, side.root);
      if (isIdentifierText(expression) && module.scope.has(expression)) {
        name = expression;
      } else {
        name = module.scope.allocate(side.typeHint, 'pascal');
        module.aliases.push(`export type ${name} = ${expression};\n`);
      }
      module.roots.set(key, name);
    }
    return { name, path: module.path };
  }

  private moduleFor(side: MappingSide): TypesModule {
    const key = side.typesKey!;
    let module = this.modules.get(key);
    if (module === undefined) {
      const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const scope = new NameScope();
      module = {
        path: `mappings/${kind === 'model' ? 'models' : 'contracts'}/${toFileName(id)}.ts`,
        inputs: side.inputs,
        scope,
        types: new SchemaTypes({ resolve: side.resolveForTypes, scope }),
        aliases: [],
        roots: new Map(),
      };
      this.modules.set(key, module);
    }
    return module;
  }

  /** Renders every module, in the order their first type was declared. */
  files(): GeneratedFile[] {
    return [...this.modules.values()].map((module) => {
      const declarations = module.types.render();
      const content = [declarations, ...module.aliases].filter((part) => part !== '').join('\n');
      return withHeader({ path: module.path, content }, { command: 'generate mappings', inputs: module.inputs });
    });
  }
}
