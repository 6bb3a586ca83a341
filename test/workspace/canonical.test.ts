import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadCanonicalSchema } from '../../src/workspace/canonical.js';
import { writeWorkspace } from '../helpers/estate.js';

function load(schema: string): () => unknown {
  const root = writeWorkspace({ 'models/order.schema.json': schema });
  return () => loadCanonicalSchema(path.join(root, 'models/order.schema.json'), root);
}

describe('loadCanonicalSchema', () => {
  it.each([
    ['draft 2020-12', 'https://json-schema.org/draft/2020-12/schema'],
    ['draft-07', 'http://json-schema.org/draft-07/schema#'],
    ['draft-06', 'http://json-schema.org/draft-06/schema#'],
  ])('reads a %s schema', (_name, draft) => {
    expect(load(JSON.stringify({ $schema: draft, type: 'object', properties: { id: { type: 'string' } } }))).not.toThrow();
  });

  it('rejects an invalid draft-07 schema at its position', () => {
    const text = '{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "type": "object",\n  "required": "id"\n}\n';
    expect(load(text)).toThrow(/^invalid JSON Schema: \/required must be array$/);
  });

  it('rejects an unknown $schema with what to declare', () => {
    const text = '{\n  "$schema": "http://json-schema.org/draft-03/schema#",\n  "type": "object"\n}\n';
    const error = (() => {
      try {
        load(text)();
      } catch (caught) {
        return caught as InputError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error.format()).toBe('models/order.schema.json:2:3: unsupported $schema "http://json-schema.org/draft-03/schema#"\n'
      + 'Declare draft 2020-12 (https://json-schema.org/draft/2020-12/schema), draft-07 or draft-06 or leave $schema out.');
  });
});
