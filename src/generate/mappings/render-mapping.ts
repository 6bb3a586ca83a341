/** Renders the module of one mapping: its value maps and the function from source to target. */
import type { Mapping } from '../../model/types.js';
import { docComment, stringLiteral } from '../typescript/literals.js';
import { NameScope } from '../typescript/names.js';
import { formatFieldPath, type PathStep } from './field-path.js';
import type { Guard, LeafValue, Scalar } from './leaf-value.js';
import { GUARD_FUNCTIONS, indexedType, MAPPING_RUNTIME, objectKey, renderRuntimeImports, scalarLiteral, stepsOf } from './render-support.js';
import { leavesOf, type ArrayPlan, type LeafPlan, type NodePlan, type ObjectPlan, type PropertyPlan, type SourceRead } from './plan.js';
import { fieldPathExpression, readExpression, type ArrayLevel, type ReadCode } from './render-read.js';

/** One side's root type as the mapping module imports it. */
export interface SideType {
  /** Exported name in the types module; undefined for a side without a schema. */
  name?: string;
  /** Import path from the mapping module, such as `./models/order-v1.js`. */
  from?: string;
  label: string;
}

export interface MappingModuleInput {
  mapping: Mapping;
  plan: ObjectPlan;
  values: ReadonlyMap<LeafPlan, LeafValue>;
  functionName: string;
  source: SideType;
  target: SideType;
}

export interface RenderedMapping {
  content: string;
  /** Exported value map functions, by the leaf they translate. */
  valueMapFunctions: Map<LeafPlan, string>;
  /** Local names of the side types in the module, for the test module. */
  sourceType?: string;
  targetType?: string;
  /** Name of the exported constant with the mapping id. */
  mappingIdConstant: string;
}

class MappingRenderer {
  private readonly imports = new Map<string, Set<string>>();
  private readonly scope: NameScope;
  private readonly declarations: string[] = [];
  private readonly guardConstants = new Map<string, string>();
  readonly valueMapFunctions = new Map<LeafPlan, string>();
  readonly sourceType?: string;
  readonly targetType?: string;
  private readonly fieldRef: string;
  private readonly mappingIdConstant: string;

  constructor(private readonly input: MappingModuleInput) {
    this.scope = new NameScope([...Object.values(MAPPING_RUNTIME).flat(), 'input', input.functionName]);
    this.sourceType = input.source.name === undefined ? undefined : this.scope.claim(input.source.name);
    this.targetType = input.target.name === undefined ? undefined : this.scope.claim(input.target.name);
    this.mappingIdConstant = this.scope.claim('MAPPING_ID');
    this.fieldRef = this.scope.claim('fieldRef');
  }

  private use(file: string, name: string): string {
    let names = this.imports.get(file);
    if (names === undefined) {
      names = new Set();
      this.imports.set(file, names);
    }
    names.add(name);
    return name;
  }

  private at(steps: readonly PathStep[], levels: readonly ArrayLevel[]): string {
    return `${this.fieldRef}(${fieldPathExpression(steps, levels)})`;
  }

  private read(read: SourceRead, levels: readonly ArrayLevel[]): ReadCode {
    return readExpression(read, levels, 'input', () => this.use('mapping-values', 'readPath'));
  }

  private guardConstant(values: readonly Scalar[], leaf: LeafPlan): string {
    const literal = `[${values.map(scalarLiteral).join(', ')}] as const`;
    let name = this.guardConstants.get(literal);
    if (name === undefined) {
      name = this.scope.allocate(`${leaf.field.to} allowed`, 'camel');
      this.guardConstants.set(literal, name);
      this.declarations.push(`/** The values the target schema allows for \`${formatFieldPath(stepsOf(leaf.field.to))}\`. */\nconst ${name} = ${literal};\n`);
    }
    return name;
  }

  private applyGuard(guard: Guard | undefined, code: string, leaf: LeafPlan, at: string): string {
    if (guard === undefined) return code;
    if (guard.kind === 'one-of') return `${this.use('mapping-values', 'expectOneOf')}(${code}, ${this.guardConstant(guard.values, leaf)}, ${at})`;
    if (guard.kind === 'cast') {
      const steps = stepsOf(leaf.field.to);
      return this.targetType === undefined ? code : `(${code} as ${indexedType(this.targetType, steps)})`;
    }
    return `${this.use('mapping-values', GUARD_FUNCTIONS[guard.kind])}(${code}, ${at})`;
  }

  /** Declares the exported function that applies a leaf's value map, and returns its name. */
  private valueMapFunction(leaf: LeafPlan, value: LeafValue): string {
    const known = this.valueMapFunctions.get(leaf);
    if (known !== undefined) return known;
    const { field } = leaf;
    const mapName = this.scope.allocate(`${field.to} values`, 'camel');
    const functionName = this.scope.allocate(`map ${field.to}`, 'camel');
    const mappedType = [...new Set(value.entries.map(([, mapped]) => scalarLiteral(mapped)))].join(' | ') || 'never';
    const entries = value.entries.map(([key, mapped]) => `  [${stringLiteral(key)}, ${scalarLiteral(mapped)}],\n`).join('');
    const source = leaf.source!;
    const parameterType = this.sourceType !== undefined && source.known ? indexedType(this.sourceType, source.steps) : 'unknown';
    const errors = this.use('mapping-errors', 'FieldRef');
    const policy = value.policy ?? 'reject';
    const body = policy === 'reject'
      ? `${this.use('mapping-values', 'lookupOrReject')}(${mapName}, value, at)`
      : policy === 'default'
        ? `${this.use('mapping-values', 'lookupOrDefault')}(${mapName}, value, ${scalarLiteral(field.default!)})`
        : `${this.use('mapping-values', 'lookupOrPassthrough')}(${mapName}, value)`;
    const outcome = { reject: 'throws a MappingError', default: `gives the default ${JSON.stringify(field.default)}`, passthrough: 'is returned unchanged' }[policy];
    this.declarations.push(
      `const ${mapName} = new Map<string, ${mappedType}>([\n${entries}]);\n\n` +
      docComment([`Translates a value of \`${field.from}\` for \`${field.to}\` by the value map. An unlisted value ${outcome}.`]) +
      `export function ${functionName}(value: ${parameterType}, ${policy === 'reject' ? 'at' : '_at'}: ${errors}) {\n  return ${body};\n}\n`,
    );
    this.valueMapFunctions.set(leaf, functionName);
    return functionName;
  }

  /** Returns the expression that turns a present source value (`code`) into the target value. */
  private pipe(leaf: LeafPlan, code: string, levels: readonly ArrayLevel[]): string {
    const { field } = leaf;
    const value = this.input.values.get(leaf)!;
    const at = this.at(leaf.source!.steps, levels);
    let result = code;
    if (field.valueMap !== undefined) result = `${this.valueMapFunction(leaf, value)}(${result}, ${at})`;
    switch (field.convert) {
      case 'decimal-to-minor-units':
      case 'minor-units-to-decimal': {
        let currencyCode = 'undefined';
        let currencyAt = at;
        if (leaf.currency !== undefined) {
          const currency = this.read(leaf.currency, levels);
          currencyAt = this.at(leaf.currency.steps, levels);
          currencyCode = currency.maybeAbsent ? `${this.use('mapping-values', 'requireValue')}(${currency.code}, ${currencyAt})` : currency.code;
        }
        result = field.convert === 'decimal-to-minor-units'
          ? `${this.use('mapping-money', 'decimalToMinorUnits')}(${result}, ${currencyCode}, ${stringLiteral(value.rounding)}, ${at}, ${currencyAt})`
          : `${this.use('mapping-money', 'minorUnitsToDecimal')}(${result}, ${currencyCode}, ${at}, ${currencyAt})`;
        break;
      }
      case 'to-string':
        result = `${this.use('mapping-values', 'convertToString')}(${result}, ${at})`;
        break;
      case 'to-integer':
        result = `${this.use('mapping-values', 'convertToInteger')}(${result}, ${at})`;
        break;
      case 'to-utc':
        result = `${this.use('mapping-time', 'toUtc')}(${result}, ${stringLiteral(field.timeZone!)}, ${at})`;
        break;
      case 'to-local-time':
        result = `${this.use('mapping-time', 'toLocalTime')}(${result}, ${stringLiteral(field.timeZone!)}, ${at}, ${value.withOffset})`;
        break;
      default:
        break;
    }
    return this.applyGuard(value.guard, result, leaf, at);
  }

  /** Returns the expression of a leaf's value that is used where the target requires a value. */
  private requiredLeaf(leaf: LeafPlan, levels: readonly ArrayLevel[]): string {
    const { field } = leaf;
    if (leaf.source === undefined) return scalarLiteral(field.default!);
    const read = this.read(leaf.source, levels);
    if (!read.maybeAbsent) return this.pipe(leaf, read.code, levels);
    if (field.default !== undefined) {
      const converted = this.pipe(leaf, 'value', levels);
      return converted === 'value' ? `${read.code} ?? ${scalarLiteral(field.default)}` : `${this.use('mapping-values', 'valueOr')}(${read.code}, (value) => ${converted}, ${scalarLiteral(field.default)})`;
    }
    return this.pipe(leaf, `${this.use('mapping-values', 'requireValue')}(${read.code}, ${this.at(leaf.source.steps, levels)})`, levels);
  }

  private leafEntry(property: PropertyPlan, leaf: LeafPlan, levels: readonly ArrayLevel[], indent: string): string {
    const key = objectKey(property.name);
    const read = leaf.source === undefined ? undefined : this.read(leaf.source, levels);
    if (property.optional && read !== undefined && read.maybeAbsent && leaf.field.default === undefined) {
      return `${indent}...${this.use('mapping-values', 'ifPresent')}(${read.code}, (value) => ({ ${key}: ${this.pipe(leaf, 'value', levels)} })),\n`;
    }
    return `${indent}${key}: ${this.requiredLeaf(leaf, levels)},\n`;
  }

  /** Returns the reads whose presence decides whether an optional object is written, or undefined when it always is. */
  private presenceReads(node: NodePlan, levels: readonly ArrayLevel[]): string[] | undefined {
    if (node.kind === 'array') {
      const read = this.read(node.source!, levels);
      return read.maybeAbsent ? [read.code] : undefined;
    }
    if (node.kind === 'leaf') {
      if (node.source === undefined || node.field.default !== undefined) return undefined;
      const read = this.read(node.source, levels);
      return read.maybeAbsent ? [read.code] : undefined;
    }
    const reads: string[] = [];
    for (const property of node.properties) {
      const inner = this.presenceReads(property.node, levels);
      if (inner === undefined) return undefined;
      reads.push(...inner);
    }
    return [...new Set(reads)];
  }

  private arrayExpression(array: ArrayPlan, levels: readonly ArrayLevel[], indent: string, values: string): string {
    const depth = levels.length + 1;
    const suffix = depth === 1 ? '' : String(depth);
    // Element variables shadow module names, so a module name such as `item` forces another name.
    const item = this.scope.has(`item${suffix}`) ? `element${depth}` : `item${suffix}`;
    const index = `index${suffix}`;
    const source = array.source!;
    const level: ArrayLevel = { prefix: [...source.steps, { kind: 'each' }], item, index, known: source.known };
    const inner = [...levels, level];
    const element = this.elementExpression(array.element, inner, indent);
    const parameters = new RegExp(`\\b${index}\\b`).test(element) ? `(${item}, ${index})` : `(${item})`;
    return `${values}.map(${parameters} => ${element})`;
  }

  private elementExpression(node: NodePlan, levels: readonly ArrayLevel[], indent: string): string {
    if (node.kind === 'object') return `(${this.objectLiteral(node, levels, indent)})`;
    if (node.kind === 'leaf') return this.requiredLeaf(node, levels);
    return this.arrayValues(node, levels, indent, true);
  }

  /** Returns the expression of a target array; `required` makes an absent source array an error. */
  private arrayValues(array: ArrayPlan, levels: readonly ArrayLevel[], indent: string, required: boolean): string {
    const read = this.read(array.source!, levels);
    let values = read.typed ? read.code : `${this.use('mapping-values', 'asArray')}(${read.code}, ${this.at(array.source!.steps, levels)})`;
    const absent = read.maybeAbsent || !read.typed;
    if (absent && required) values = `${this.use('mapping-values', 'requireValue')}(${values}, ${this.at(array.source!.steps, levels)})`;
    return this.arrayExpression(array, levels, indent, values);
  }

  private propertyEntry(property: PropertyPlan, levels: readonly ArrayLevel[], indent: string): string {
    const key = objectKey(property.name);
    const { node } = property;
    if (node.kind === 'leaf') return this.leafEntry(property, node, levels, indent);
    if (node.kind === 'array') {
      const read = this.read(node.source!, levels);
      const absent = read.maybeAbsent || !read.typed;
      if (property.optional && absent) {
        const values = read.typed ? read.code : `${this.use('mapping-values', 'asArray')}(${read.code}, ${this.at(node.source!.steps, levels)})`;
        const items = this.scope.has('items') ? 'sourceItems' : 'items';
        return `${indent}...${this.use('mapping-values', 'ifPresent')}(${values}, (${items}) => ({ ${key}: ${this.arrayExpression(node, levels, indent, items)} })),\n`;
      }
      return `${indent}${key}: ${this.arrayValues(node, levels, indent, true)},\n`;
    }
    const reads = property.optional ? this.presenceReads(node, levels) : undefined;
    if (reads === undefined || reads.length === 0) return `${indent}${key}: ${this.objectLiteral(node, levels, indent)},\n`;
    const literal = this.objectLiteral(node, levels, `${indent}  `);
    return `${indent}...(${this.use('mapping-values', 'isAnyPresent')}(${reads.join(', ')}) ? {\n${indent}  ${key}: ${literal},\n${indent}} : {}),\n`;
  }

  private objectLiteral(object: ObjectPlan, levels: readonly ArrayLevel[], indent: string): string {
    const inner = `${indent}  `;
    return `{\n${object.properties.map((property) => this.propertyEntry(property, levels, inner)).join('')}${indent}}`;
  }

  render(): RenderedMapping {
    const { mapping, functionName, source, target } = this.input;
    for (const leaf of leavesOf(this.input.plan)) {
      if (leaf.field.valueMap !== undefined) this.valueMapFunction(leaf, this.input.values.get(leaf)!);
    }
    const body = this.objectLiteral(this.input.plan, [], '  ');
    const inputType = this.sourceType ?? 'Record<string, unknown>';
    const returnType = this.targetType === undefined ? '' : `: ${this.targetType}`;
    const fieldRefType = this.use('mapping-errors', 'FieldRef');

    const imports = renderRuntimeImports(this.imports);
    for (const [side, local] of [[source, this.sourceType], [target, this.targetType]] as const) {
      if (side.name === undefined || side.from === undefined || local === undefined) continue;
      imports.push(`import type { ${side.name === local ? local : `${side.name} as ${local}`} } from '${side.from}';\n`);
    }
    const doc = docComment([
      `Maps ${source.label} to ${target.label}, as declared by mapping ${mapping.id}.`,
      'Throws MappingError when a value cannot be mapped: an unlisted value under `unmapped: reject`, a missing required value, or a value that cannot be converted.',
    ]);
    const outputType = this.targetType === undefined
      ? `\n/** The output of ${functionName}; the system side has no declared payload schema. */\nexport type ${this.scope.allocate(`${functionName} output`, 'pascal')} = ReturnType<typeof ${functionName}>;\n`
      : '';
    const content = [
      imports.join(''),
      `/** Id of the mapping in the declarations. */\nexport const ${this.mappingIdConstant} = ${stringLiteral(mapping.id)};\n`,
      `function ${this.fieldRef}(field: string): ${fieldRefType} {\n  return { mapping: ${this.mappingIdConstant}, field };\n}\n`,
      ...this.declarations,
      `${doc}export function ${functionName}(input: ${inputType})${returnType} {\n  return ${body};\n}\n${outputType}`,
    ].join('\n');
    return { content, valueMapFunctions: this.valueMapFunctions, sourceType: this.sourceType, targetType: this.targetType, mappingIdConstant: this.mappingIdConstant };
  }
}

/** Renders the TypeScript module of one mapping. */
export function renderMappingModule(input: MappingModuleInput): RenderedMapping {
  return new MappingRenderer(input).render();
}
