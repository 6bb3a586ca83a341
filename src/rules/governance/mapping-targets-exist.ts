import type { FieldMapping, Mapping } from '../../model/types.js';
import type { EstateRule, EstateRuleContext } from '../types.js';
import { findSchemaPath } from './helpers/schema-path.js';

/** Returns the side of a field mapping that is a path in the canonical model, if it has one. */
function canonicalSide(mapping: Mapping, field: FieldMapping): { key: 'from' | 'to'; path: string } | undefined {
  if (mapping.direction === 'to-canonical') return { key: 'to', path: field.to };
  return field.from === undefined ? undefined : { key: 'from', path: field.from };
}

function checkPaths({ workspace, report }: EstateRuleContext, mapping: Mapping): void {
  // A model whose schema did not load is reported by canonical-model-declared.
  const schema = workspace.canonicalSchemas.get(mapping.model);
  if (schema === undefined) return;
  mapping.fields.forEach((field, position) => {
    const side = canonicalSide(mapping, field);
    if (side === undefined) return;
    const result = findSchemaPath(schema.data, side.path);
    if (result.status !== 'missing') return;
    report({
      messageId: 'unknownPath',
      data: {
        mapping: mapping.id, key: side.key, path: side.path, model: mapping.model, schema: schema.path,
        missing: result.missing, parent: result.parent === '' ? 'the top level' : `'${result.parent}'`,
      },
      location: workspace.locate(mapping, 'fields', position, side.key),
    });
  });
}

export const rule: EstateRule = {
  id: 'mapping-targets-exist',
  scope: 'estate',
  meta: {
    description: "Every value map says what happens to unlisted values, and every canonical path of a mapping exists in the canonical model's schema.",
    why: 'A status code missing from a value map, or a field mapped to a path the canonical model lacks, silently drops order or refund data on the way to the ERP.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    missingUnmappedPolicy:
      "field '{{to}}' of mapping '{{mapping}}' has a value map but no `unmapped` policy, so an unlisted source value has no defined outcome; set `unmapped` to reject, default or passthrough",
    unknownPath:
      "the `{{key}}` path '{{path}}' of mapping '{{mapping}}' is not in canonical model '{{model}}' ({{schema}}): there is no '{{missing}}' under {{parent}}; correct the path or add the field to the schema",
  },
  check(context) {
    const { workspace, report } = context;
    for (const mapping of workspace.estate.mappings) {
      mapping.fields.forEach((field, position) => {
        if (field.valueMap === undefined || field.unmapped !== undefined) return;
        report({
          messageId: 'missingUnmappedPolicy',
          data: { mapping: mapping.id, to: field.to },
          location: workspace.locate(mapping, 'fields', position, 'valueMap'),
        });
      });
      checkPaths(context, mapping);
    }
  },
};
