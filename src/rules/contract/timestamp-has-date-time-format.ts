import { child } from '../../contracts/refs.js';
import type { ContractRule } from '../types.js';
import { isPlainObject, retailIndex } from './retail/schema-index.js';
import { resolveValue, schemaKeyword, schemaTypes } from './retail/schemas.js';
import { splitWords } from './retail/words.js';

/** Descriptions that state the unit of a numeric timestamp. */
const EPOCH_UNIT_DESCRIPTION = /\b(seconds|milliseconds|microseconds|nanoseconds)\b/i;
/** Descriptions that name the text format of a string timestamp, for contracts that state it in prose only. */
const DATE_TIME_DESCRIPTION = /\b(RFC ?3339|ISO[ -]?8601|date-time)\b/i;

export const rule: ContractRule = {
  id: 'timestamp-has-date-time-format',
  scope: 'contract',
  meta: {
    description: 'Timestamp properties (`created_at`, `shippedAt`, `eventTimestamp`) declare their format: a string with `format: date-time`, a pattern or a description naming RFC 3339 or ISO 8601, or a number whose unit the description states.',
    why: 'A timestamp without a declared format is parsed by guesswork: a local time read as UTC posts a midnight store sale to the wrong business day, and epoch seconds read as milliseconds date a shipment in 1970.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1', 'asyncapi2', 'asyncapi3'],
    rulesets: ['retail'],
  },
  messages: {
    missingFormat:
      "timestamp '{{property}}' of {{schema}} is a string without a format; add format: date-time (RFC 3339, with offset) so that validators and generated adapters parse it the same way",
    numberWithoutUnit:
      "timestamp '{{property}}' of {{schema}} is {{type}} without a stated unit; use a date-time string, or say in the description whether it counts seconds or milliseconds since the epoch",
  },
  check({ contract, report }) {
    for (const schema of retailIndex(contract).objectSchemas) {
      const properties = schema.node.value.properties;
      if (!isPlainObject(properties)) continue;
      for (const name of Object.keys(properties)) {
        if (!isTimestampName(name)) continue;
        const target = resolveValue(contract, properties[name], schema.node.file);
        if (target === undefined) continue;
        const resolved = { ...target, pointer: '' };
        const types = schemaTypes(contract, resolved).filter((type) => type !== 'null');
        const data = { property: name, schema: schema.label };
        const location = { file: schema.node.file.path, pointer: child(child(schema.node, 'properties'), name).pointer };

        if (types.length === 1 && types[0] === 'string') {
          const declared = schemaKeyword(contract, resolved, 'format') ?? schemaKeyword(contract, resolved, 'pattern') ?? schemaKeyword(contract, resolved, 'enum');
          const { description } = target.value;
          const statesFormat = typeof description === 'string' && DATE_TIME_DESCRIPTION.test(description);
          if (declared === undefined && !statesFormat) report({ messageId: 'missingFormat', data, location });
        } else if (types.length === 1 && (types[0] === 'integer' || types[0] === 'number')) {
          const { description, format } = target.value;
          const statesUnit = format === 'unix-time' || (typeof description === 'string' && EPOCH_UNIT_DESCRIPTION.test(description));
          if (!statesUnit) report({ messageId: 'numberWithoutUnit', data: { ...data, type: types[0] === 'integer' ? 'an integer' : 'a number' }, location });
        }
      }
    }
  },
};

/** Returns whether a name is a timestamp: `created_at`, `shippedAt`, `timestamp`, `eventTimestamp`, but not `at` alone, nor `time`, which often is a duration. */
function isTimestampName(name: string): boolean {
  if (!/(at|timestamp)$/i.test(name)) return false;
  const words = splitWords(name);
  const last = words[words.length - 1];
  return (last === 'at' && words.length > 1) || last === 'timestamp';
}
