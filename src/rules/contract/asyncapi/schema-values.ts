/** The checks shared by the rules on schema `default` and `examples` values. */
import { isValidatableFormat, type AsyncApiNodes, type SchemaNode } from '../../../contracts/nodes/asyncapi.js';
import { child } from '../../../contracts/refs.js';
import type { Contract } from '../../../contracts/types.js';
import { printValue } from '../../../contracts/validation/error-text.js';
import { valueValidatorOf } from '../../../contracts/validation/asyncapi-values.js';
import type { Report } from '../../types.js';
import { at, reportProblems } from './support.js';

/**
 * Validates the `default` or each item of the `examples` array of the selected schemas against the
 * schema it is written in. Schemas in a format ajv does not read, or that reach a remote or broken
 * `$ref`, are skipped.
 */
export function checkSchemaValues(
  contract: Contract,
  nodes: AsyncApiNodes,
  keyword: 'default' | 'examples',
  isSelected: (schema: SchemaNode) => boolean,
  report: (report: Report) => void,
): void {
  const values = valueValidatorOf(contract);
  const messageId = keyword === 'default' ? 'invalidDefault' : 'invalidExample';
  for (const schema of nodes.schemas) {
    if (!isSelected(schema) || !isValidatableFormat(schema.schemaFormat)) continue;
    const member = child(schema.node, keyword);
    if (member.value === undefined) continue;
    if (keyword === 'default') {
      const result = values.check(schema.node, member.value);
      if (result !== undefined) reportProblems(report, messageId, member, result.problems);
    } else if (Array.isArray(member.value)) {
      member.value.forEach((_, index) => {
        const item = child(member, index);
        const result = values.check(schema.node, item.value);
        if (result !== undefined) reportProblems(report, messageId, item, result.problems);
      });
    }
  }
}

/**
 * Checks that the `default` or `examples` of AsyncAPI 3 Parameter objects, which have no schema,
 * are among the parameter's `enum` values.
 */
export function checkParameterValues(nodes: AsyncApiNodes, keyword: 'default' | 'examples', report: (report: Report) => void): void {
  if (nodes.dialect !== 'asyncapi3') return;
  for (const parameter of nodes.parameters) {
    const allowed = parameter.node.value.enum;
    const written = parameter.node.value[keyword];
    if (!Array.isArray(allowed) || written === undefined) continue;
    const items = keyword === 'default' ? [[written, at(parameter.node, 'default')] as const] : Array.isArray(written) ? written.map((value, index) => [value, at(parameter.node, 'examples', index)] as const) : [];
    for (const [value, location] of items) {
      if (allowed.includes(value)) continue;
      report({ messageId: 'notInEnum', data: { name: parameter.name, keyword, value: printValue(value) }, location });
    }
  }
}

export const VALUE_MESSAGES = {
  invalidDefault: 'default{{where}} {{problem}}; make the default valid against its schema',
  invalidExample: 'example{{where}} {{problem}}; make the example valid against its schema',
  notInEnum: "{{keyword}} value {{value}} of parameter '{{name}}' is not one of its enum values; use an enum value",
};
