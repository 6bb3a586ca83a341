/**
 * Renders the test module of one mapping for the Node.js test runner (`node:test`). It has one test
 * per declared example. Each value map over a source enum gets one more test, which checks that
 * every enum value is mapped or handled by the unmapped policy.
 */
import type { Mapping } from '../../model/types.js';
import { stringLiteral } from '../typescript/literals.js';
import { NameScope } from '../typescript/names.js';
import type { LeafValue } from './leaf-value.js';
import type { LeafPlan } from './plan.js';
import { objectKey, scalarLiteral } from './render-support.js';

export interface TestModuleInput {
  mapping: Mapping;
  /** Import path of the mapping module, such as `./nile-order-to-canonical.js`. */
  modulePath: string;
  functionName: string;
  mappingIdConstant: string;
  valueMapFunctions: ReadonlyMap<LeafPlan, string>;
  values: ReadonlyMap<LeafPlan, LeafValue>;
  sourceType?: { name: string; from: string };
  targetType?: { name: string; from: string };
}

/** Renders JSON data as a TypeScript expression, keeping null (unlike a type-level literal). */
function jsonLiteral(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${jsonLiteral(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([name, item]) => `${inner}${objectKey(name)}: ${jsonLiteral(item, inner)},\n`).join('')}${indent}}`;
}

function exampleTests(input: TestModuleInput, sourceType: string | undefined, targetType: string | undefined): string[] {
  return (input.mapping.examples ?? []).map((example) => {
    const inputType = sourceType ?? 'Record<string, unknown>';
    const outputType = targetType === undefined ? '' : `: ${targetType}`;
    return `test(${stringLiteral(`example: ${example.name}`)}, () => {\n` +
      `  const input: ${inputType} = ${jsonLiteral(example.input, '  ')};\n` +
      `  const expected${outputType} = ${jsonLiteral(example.output, '  ')};\n` +
      `  assert.deepStrictEqual(${input.functionName}(input), expected);\n` +
      '});\n';
  });
}

function enumTest(input: TestModuleInput, leaf: LeafPlan, value: LeafValue, functionName: string): string | undefined {
  const sourceEnum = leaf.source?.shape.enum;
  if (sourceEnum === undefined) return undefined;
  const { field } = leaf;
  const mapped = new Map(value.entries);
  const lines: string[] = [`  const at: FieldRef = { mapping: ${input.mappingIdConstant}, field: ${stringLiteral(field.from ?? field.to)} };\n`];
  const targetEnum = leaf.targetShape.enum;
  if (targetEnum !== undefined && value.policy === 'passthrough' && value.unlisted.length > 0) lines.push(`  const allowed: ReadonlyArray<unknown> = [${targetEnum.map(scalarLiteral).join(', ')}];\n`);
  for (const item of sourceEnum) {
    const call = `${functionName}(${scalarLiteral(item)}, at)`;
    const expected = mapped.get(String(item));
    if (expected !== undefined) {
      lines.push(`  assert.strictEqual(${call}, ${scalarLiteral(expected)});\n`);
    } else if (value.policy === 'reject') {
      lines.push(`  assert.throws(() => ${call}, (error: unknown) => error instanceof MappingError && error.problem === 'unmapped-value');\n`);
    } else if (value.policy === 'default') {
      lines.push(`  assert.strictEqual(${call}, ${scalarLiteral(field.default!)});\n`);
    } else {
      lines.push(`  assert.strictEqual(${call}, ${scalarLiteral(item)});\n`);
    }
    // Mapped values and defaults were checked against the target enum at generate time; passed-through values can only be checked here.
    if (targetEnum !== undefined && expected === undefined && value.policy === 'passthrough') {
      lines.push(`  assert.ok(allowed.includes(${call}), ${stringLiteral(`${JSON.stringify(item)} maps to a value outside the enum of ${field.to}`)});\n`);
    }
  }
  const title = `value map of ${field.to}: every value of ${field.from} is mapped or handled by unmapped: ${value.policy ?? 'reject'}`;
  return `test(${stringLiteral(title)}, () => {\n${lines.join('')}});\n`;
}

/** Renders the test module of a mapping, or returns undefined when it declares nothing to test. */
export function renderTestModule(input: TestModuleInput): string | undefined {
  const enumTests: string[] = [];
  const used = new Set<string>();
  for (const [leaf, functionName] of input.valueMapFunctions) {
    const test = enumTest(input, leaf, input.values.get(leaf)!, functionName);
    if (test === undefined) continue;
    enumTests.push(test);
    used.add(functionName).add(input.mappingIdConstant);
  }
  const hasExamples = (input.mapping.examples ?? []).length > 0;
  if (hasExamples) used.add(input.functionName);
  const names = [...used].sort();
  const imports = [
    "import assert from 'node:assert/strict';\n",
    "import { test } from 'node:test';\n",
    ...(enumTests.length === 0 ? [] : enumTests.some((test) => test.includes('instanceof MappingError'))
      ? ["import { MappingError, type FieldRef } from '../runtime/mapping-errors.js';\n"]
      : ["import type { FieldRef } from '../runtime/mapping-errors.js';\n"]),
    `import { ${names.join(', ')} } from '${input.modulePath}';\n`,
  ];
  // Both sides may export a type of the same name from different modules.
  const scope = new NameScope(['assert', 'test', 'MappingError', 'FieldRef', ...names]);
  const localName = (side: { name: string; from: string } | undefined): string | undefined => {
    if (side === undefined || !hasExamples) return undefined;
    const local = scope.claim(side.name);
    imports.push(`import type { ${local === side.name ? local : `${side.name} as ${local}`} } from '${side.from}';\n`);
    return local;
  };
  const tests = [...exampleTests(input, localName(input.sourceType), localName(input.targetType)), ...enumTests];
  if (tests.length === 0) return undefined;
  return [imports.join(''), ...tests].join('\n');
}
