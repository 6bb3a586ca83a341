import type { BusinessObject } from '../../model/types.js';
import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'single-authoritative-owner',
  scope: 'estate',
  meta: {
    description: 'Each kind of business object, and each field of an object, has exactly one authoritative system.',
    why: 'Two systems that both believe they own stock or a price overwrite each other, and nobody can say which value is true.',
    category: 'ownership',
    defaultSeverity: 'error',
  },
  messages: {
    kindOwnedTwice:
      "object '{{object}}' ({{kind}}) is owned by system '{{owner}}', but object '{{firstObject}}' of the same kind is owned by '{{firstOwner}}'; make one system authoritative for {{kind}} and list the other as a consumer",
    fieldOwnedTwice:
      "field '{{field}}' of object '{{object}}' is owned by '{{owner}}' and also by '{{firstOwner}}'; keep one owner per field",
  },
  check({ workspace, report }) {
    const firstOfKind = new Map<string, BusinessObject>();
    for (const object of workspace.estate.objects) {
      const first = firstOfKind.get(object.kind);
      if (first === undefined) {
        firstOfKind.set(object.kind, object);
      } else if (first.owner !== object.owner) {
        report({
          messageId: 'kindOwnedTwice',
          data: { object: object.id, kind: object.kind, owner: object.owner, firstObject: first.id, firstOwner: first.owner },
          location: workspace.locate(object, 'owner'),
        });
      }

      const fieldOwners = new Map<string, string>();
      for (const entry of object.fields ?? []) {
        const firstOwner = fieldOwners.get(entry.field);
        if (firstOwner === undefined) {
          fieldOwners.set(entry.field, entry.owner);
        } else if (firstOwner !== entry.owner) {
          report({
            messageId: 'fieldOwnedTwice',
            data: { field: entry.field, object: object.id, owner: entry.owner, firstOwner },
            location: workspace.locate(entry, 'owner'),
          });
        }
      }
    }
  },
};
