/** Constants and small helpers of the mapping module renderer. */
import { propertyKey, stringLiteral } from '../typescript/literals.js';
import { parseFieldPath, type PathStep } from './field-path.js';
import type { Scalar } from './leaf-value.js';

/** Runtime files of mappings, by module name without extension, with the names they export. */
export const MAPPING_RUNTIME: Record<string, readonly string[]> = {
  'mapping-errors': ['MappingError', 'FieldRef', 'MappingProblem'],
  'mapping-money': ['decimalToMinorUnits', 'minorUnitsToDecimal', 'currencyExponent', 'RoundingMode'],
  'mapping-time': ['toUtc', 'toLocalTime'],
  'mapping-values': [
    'requireValue', 'ifPresent', 'valueOr', 'isAnyPresent', 'lookupOrReject', 'lookupOrDefault', 'lookupOrPassthrough',
    'expectOneOf', 'expectString', 'expectNumber', 'expectInteger', 'expectBoolean', 'convertToString', 'convertToInteger',
    'readPath', 'asArray',
  ],
};

/** Runtime exports that are types, imported with `type`. */
export const TYPE_ONLY = new Set(['FieldRef', 'MappingProblem', 'RoundingMode']);

/** Runtime check per scalar type of a target. */
export const GUARD_FUNCTIONS = { string: 'expectString', number: 'expectNumber', integer: 'expectInteger', boolean: 'expectBoolean' } as const;

/** Returns a string, number or boolean as a TypeScript literal. */
export function scalarLiteral(value: Scalar): string {
  return typeof value === 'string' ? stringLiteral(value) : String(value);
}

/** Returns `NonNullable<Root["a"]>[number]...`: the type at a path below a root type. */
export function indexedType(root: string, steps: readonly PathStep[]): string {
  let type = root;
  steps.forEach((step, position) => {
    const index = step.kind === 'each' ? '[number]' : `[${stringLiteral(step.name)}]`;
    type = position === 0 ? `${type}${index}` : `NonNullable<${type}>${index}`;
  });
  return `NonNullable<${type}>`;
}

/** Returns the steps of a path that planning has already validated. */
export function stepsOf(path: string): PathStep[] {
  const steps = parseFieldPath(path);
  if ('error' in steps) throw new Error(`unvalidated field path '${path}': ${steps.error}`);
  return steps;
}

/** Returns an object literal key; `__proto__` is computed, because a plain key would set the prototype. */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** Renders the runtime imports of a module, by runtime file name without extension; type-only names get `type`. */
export function renderRuntimeImports(imports: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...imports.keys()].sort().map((file) => {
    const names = [...imports.get(file)!].sort();
    if (names.every((name) => TYPE_ONLY.has(name))) return `import type { ${names.join(', ')} } from '../runtime/${file}.js';\n`;
    return `import { ${names.map((name) => (TYPE_ONLY.has(name) ? `type ${name}` : name)).join(', ')} } from '../runtime/${file}.js';\n`;
  });
}
