/** Renders the adapter module of one OpenAPI contract: types, then one async function per operation. */
import type { Contract } from '../../contracts/types.js';
import { docComment, stringLiteral } from '../typescript/literals.js';
import { createModuleContext, renderImports } from './module-context.js';
import { invalidHeaderCharacters, readOperation, serverUrlOf } from './openapi-model.js';
import { operationLabel, operationRawName, renderOperationFunction, renderResultType } from './http-operation.js';
import type { ContractProfiles } from './profiles.js';
import type { GenerateWarning } from '../warnings.js';

const RUNTIME_NAMES = {
  'http-client': ['HttpClient', 'CallContext', 'OperationSpec', 'SuccessResponse', 'ErrorResponse', 'UndeclaredSuccess', 'UndeclaredError', 'NoResponse'],
  idempotency: ['IdentityValue'],
} as const;

/**
 * Renders the module text; `runtimePrefix` is the relative path to the runtime folder, ending in `/`.
 * Problems that do not stop generation, such as an invalid header name, go to `warnings`.
 */
export function renderHttpModule(contract: Contract, profiles: ContractProfiles, runtimePrefix: string, warnings: GenerateWarning[] = []): string {
  const context = createModuleContext(contract, RUNTIME_NAMES, ['CONTRACT_ID', 'SERVER_URL']);
  const operations: string[] = [];

  for (const operation of contract.operations) {
    const model = readOperation(contract, operation);
    if (model === undefined) continue;
    for (const { name, node } of model.invalidHeaders) {
      const characters = invalidHeaderCharacters(name).map((character) => JSON.stringify(character)).join(', ');
      warnings.push({
        file: node.file.path,
        ...node.file.position(node.pointer),
        message: `header parameter ${JSON.stringify(name)} of operation ${operationLabel(model)} in contract ${contract.id} is not a valid HTTP header name ` +
          `(invalid token characters ${characters || 'none: the name is empty'}), so the adapter leaves it out; rename it in the contract`,
      });
    }
    const declared = profiles.operation(operation);
    const baseName = context.scope.allocate(operationRawName(model), 'camel');
    const resultType = renderResultType(context, model, baseName, operations);
    const variants = declared.length === 0 ? [undefined] : declared;
    variants.forEach((profile, index) => {
      // Steps that declare different policies for one operation each get their own function.
      const name = index === 0 ? baseName : context.scope.allocate(`${baseName} for ${profile?.steps[0] ?? index}`, 'camel');
      renderOperationFunction(context, model, profile, name, resultType, operations);
    });
  }

  const types = context.types.render();
  const info = (contract.source.data as { info?: { title?: unknown; version?: unknown; description?: unknown } }).info ?? {};
  const title = typeof info.title === 'string' ? info.title : contract.id;
  const version = typeof info.version === 'string' ? ` ${info.version}` : '';
  const header = docComment([
    `HTTP adapter for ${title}${version} (OpenAPI ${contract.version}, contract ${contract.id}).`,
    typeof info.description === 'string' ? info.description : undefined,
  ]);
  return [
    header,
    renderImports(context, runtimePrefix),
    '\n',
    `/** Contract id; ClientOptions.baseUrls takes base URLs by this id. */\nexport const CONTRACT_ID = ${stringLiteral(contract.id)};\n\n`,
    `/** Server URL the contract declares; ClientOptions.baseUrl or baseUrls override it. */\nexport const SERVER_URL = ${stringLiteral(serverUrlOf(contract))};\n`,
    types === '' ? '' : `\n${types}`,
    operations.length === 0 ? '' : `\n${operations.join('\n')}`,
  ].join('');
}
