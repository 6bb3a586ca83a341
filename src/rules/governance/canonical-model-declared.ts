import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'canonical-model-declared',
  scope: 'estate',
  meta: {
    description: 'Every business object names a declared canonical model, and that model describes the same object.',
    why: 'Without one agreed model per object, each integration maps orders and prices its own way, and a field change breaks consumers nobody knew about.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    missingModel:
      "object '{{object}}' names no canonical model; add `model:` with the id of a canonical model that describes it",
    unknownModel:
      "object '{{object}}' names canonical model '{{model}}', which is not declared under canonicalModels; declare it or correct the id",
    unknownObject:
      "canonical model '{{model}}' describes object '{{object}}', which is not declared under objects; correct the id or declare the object",
    modelDescribesOther:
      "object '{{object}}' names canonical model '{{model}}', but that model describes object '{{other}}'; point the model's `object` back to '{{object}}' or name another model",
  },
  check({ workspace, report }) {
    const { estate } = workspace;
    const index = indexEstate(estate);

    // NOTE: the declaration schema already requires a semantic version, and the loader stops with
    // an input error when a model's schema file is missing or invalid, so neither is checked here.
    for (const model of estate.canonicalModels) {
      if (index.objects.has(model.object)) continue;
      report({ messageId: 'unknownObject', data: { model: model.id, object: model.object }, location: workspace.locate(model, 'object') });
    }

    for (const object of estate.objects) {
      if (object.model === undefined) {
        report({ messageId: 'missingModel', data: { object: object.id }, location: workspace.locate(object) });
        continue;
      }
      const model = index.models.get(object.model);
      if (model === undefined) {
        report({ messageId: 'unknownModel', data: { object: object.id, model: object.model }, location: workspace.locate(object, 'model') });
      } else if (model.object !== object.id && index.objects.has(model.object)) {
        report({
          messageId: 'modelDescribesOther',
          data: { object: object.id, model: model.id, other: model.object },
          location: workspace.locate(model, 'object'),
        });
      }
    }
  },
};
