import { InputError } from '../errors.js';
import type { SourceFile } from '../workspace/source.js';
import type { ContractFormat } from './types.js';

export interface DetectedFormat {
  format: ContractFormat;
  /** The version as written, for example `3.1.0`. An unquoted YAML `swagger: 2.0` parses as the number 2 and reads `2.0`. */
  version: string;
}

const SUPPORTED = 'retailgov reads OpenAPI 2.0 (swagger), 3.0 and 3.1, and AsyncAPI 2.x and 3.x';

/**
 * A file without an `openapi`, `swagger` or `asyncapi` key at the top level. Linting a whole folder
 * skips such files, while a file named on its own is still an error.
 */
export class NotAContractError extends InputError {}

/** Reads the version key of a contract. Throws InputError for anything but a supported OpenAPI or AsyncAPI document. */
export function detectFormat(source: SourceFile): DetectedFormat {
  const data = source.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new NotAContractError(
      'not an OpenAPI or AsyncAPI document: the top level is not a mapping',
      { file: source.path, line: 1, column: 1 },
      'A contract starts with a mapping that holds `openapi`, `swagger` or `asyncapi`',
    );
  }
  const document = data as Record<string, unknown>;

  if ('swagger' in document) {
    const version = versionText(document.swagger, true);
    if (version === '2.0') return { format: 'openapi', version };
    throw unsupported(source, 'swagger', `Swagger version '${version}'`);
  }
  if ('openapi' in document) {
    const version = versionText(document.openapi, false);
    if (/^3\.[01](\.\d+)?(-[\w.]+)?$/.test(version)) return { format: 'openapi', version };
    throw unsupported(source, 'openapi', `OpenAPI version '${version}'`);
  }
  if ('asyncapi' in document) {
    const version = versionText(document.asyncapi, false);
    if (/^[23]\.\d+(\.\d+)?(-[\w.]+)?$/.test(version)) return { format: 'asyncapi', version };
    throw unsupported(source, 'asyncapi', `AsyncAPI version '${version}'`);
  }
  if ('swaggerVersion' in document) {
    const at = source.position('/swaggerVersion');
    throw new NotAContractError('unsupported Swagger 1.x', { file: source.path, ...at }, SUPPORTED);
  }
  throw new NotAContractError(
    'not an OpenAPI or AsyncAPI document: no `openapi`, `swagger` or `asyncapi` key at the top level',
    { file: source.path, line: 1, column: 1 },
    'Add the version key, for example `openapi: 3.1.0`, or point the declaration to the contract file',
  );
}

/** Formats a version value, which YAML may have parsed as a number. */
function versionText(value: unknown, isSwagger: boolean): string {
  if (typeof value === 'number') return isSwagger && Number.isInteger(value) ? value.toFixed(1) : String(value);
  return typeof value === 'string' ? value.trim() : JSON.stringify(value) ?? String(value);
}

function unsupported(source: SourceFile, key: string, what: string): InputError {
  const at = source.position(`/${key}`);
  return new InputError(`unsupported ${what}`, { file: source.path, ...at }, SUPPORTED);
}
