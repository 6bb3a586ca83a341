/**
 * `retailgov generate mappings`: one TypeScript module per declared mapping, with a typed function
 * from source payload to target, a `node:test` module built from the declared examples, the types
 * of both sides, and the runtime helpers the functions call.
 */
import type { Mapping } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import { withHeader } from '../emit/header.js';
import type { GeneratedFile } from '../emit/types.js';
import { runtimeFiles } from '../adapters/runtime-files.js';
import { NameScope, toFileName } from '../typescript/names.js';
import { DeclarationDiagnostics } from './diagnostics.js';
import { analyseLeaf, type LeafValue } from './leaf-value.js';
import { leavesOf, planMapping, type LeafPlan } from './plan.js';
import { renderMappingModule, type SideType } from './render-mapping.js';
import { MAPPING_RUNTIME } from './render-support.js';
import { renderTestModule } from './render-test.js';
import { canonicalSide, payloadSide, type MappingSide } from './sides.js';
import { TypesModules } from './types-modules.js';
import type { GenerateWarning } from '../warnings.js';

export const MAPPINGS_COMMAND = 'generate mappings';

export interface GeneratedMappings {
  files: GeneratedFile[];
  /** Problems that do not stop generation. */
  warnings: GenerateWarning[];
}

function sideType(types: TypesModules, side: MappingSide): SideType {
  const root = types.rootType(side);
  if (root === undefined) return { label: side.label };
  return { name: root.name, from: `./${root.path.slice('mappings/'.length).replace(/\.ts$/, '.js')}`, label: side.label };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function generateOne(
  workspace: Workspace, mapping: Mapping, diagnostics: DeclarationDiagnostics, types: TypesModules, functionName: string,
): GeneratedFile[] {
  const canonical = canonicalSide(workspace, mapping, diagnostics);
  const payload = payloadSide(workspace, mapping, diagnostics);
  const [source, target] = mapping.direction === 'to-canonical' ? [payload, canonical] : [canonical, payload];
  const plan = planMapping(diagnostics, mapping, source, target);
  const values = new Map<LeafPlan, LeafValue>();
  for (const leaf of leavesOf(plan)) values.set(leaf, analyseLeaf(diagnostics, mapping, leaf));

  const sourceType = sideType(types, source);
  const targetType = sideType(types, target);
  const rendered = renderMappingModule({ mapping, plan, values, functionName, source: sourceType, target: targetType });
  const fileName = toFileName(mapping.id);
  const inputs = unique([workspace.locate(mapping).file, ...source.inputs, ...target.inputs]);
  const by = { command: MAPPINGS_COMMAND, inputs };
  const files = [withHeader({ path: `mappings/${fileName}.ts`, content: rendered.content }, by)];

  const test = renderTestModule({
    mapping, values, functionName,
    modulePath: `./${fileName}.js`,
    mappingIdConstant: rendered.mappingIdConstant,
    valueMapFunctions: rendered.valueMapFunctions,
    ...(sourceType.name === undefined ? {} : { sourceType: { name: sourceType.name, from: sourceType.from! } }),
    ...(targetType.name === undefined ? {} : { targetType: { name: targetType.name, from: targetType.from! } }),
  });
  if (test === undefined) {
    diagnostics.warn(mapping, ['id'], `mapping ${mapping.id} declares no examples and no value map over an enum, so no test module is generated; add examples`);
  } else {
    files.push(withHeader({ path: `mappings/${fileName}.test.ts`, content: test }, by));
  }
  return files;
}

/**
 * Generates the mapping code of every declared mapping, in declaration order. Pure: reads only the
 * loaded workspace and the runtime files of the package. Throws InputError for a declaration that
 * cannot become code.
 */
export function generateMappings(workspace: Workspace): GeneratedMappings {
  const diagnostics = new DeclarationDiagnostics(workspace);
  const mappings = workspace.estate.mappings;
  if (mappings.length === 0) return { files: [], warnings: [] };

  const types = new TypesModules();
  const functionNames = new NameScope(['MAPPING_ID']);
  const files: GeneratedFile[] = [];
  const exports: string[] = [];
  for (const mapping of mappings) {
    const functionName = functionNames.allocate(`map ${mapping.id}`, 'camel');
    files.push(...generateOne(workspace, mapping, diagnostics, types, functionName));
    exports.push(`export { ${functionName} } from './${toFileName(mapping.id)}.js';\n`);
  }
  const inputs = unique(mappings.map((mapping) => workspace.locate(mapping).file));
  files.push(withHeader({ path: 'mappings/index.ts', content: exports.join('') }, { command: MAPPINGS_COMMAND, inputs }));
  files.push(...types.files());
  // The same bytes as the adapters' copy of the runtime, so both commands can share an output folder.
  const runtimeNames = new Set(Object.keys(MAPPING_RUNTIME).map((name) => `runtime/${name}.ts`));
  files.push(...runtimeFiles().filter((file) => runtimeNames.has(file.path)));
  return { files, warnings: diagnostics.warnings };
}
