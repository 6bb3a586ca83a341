/**
 * Validators for the schemas of one OpenAPI contract, for checking examples. Each schema node is
 * converted (openapi-schema.ts) at most once per example mode, however many examples share it,
 * and kept under an id. A `$ref` becomes the id of its target, so references between files and
 * circular references work without copying schemas. Nothing is fetched: a value that reaches a
 * remote or broken `$ref` is not checked.
 */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { InputError } from '../../errors.js';
import type { OpenApiDialect } from '../nodes/openapi.js';
import { isRemoteRef } from '../refs.js';
import type { Contract, Resolved } from '../types.js';
import type { SourceFile } from '../../workspace/source.js';
import { explainErrors } from './explain-errors.js';
import { convertSchema, UnresolvableSchemaError, type ExampleMode, type JsonSchema, type SchemaSite } from './openapi-schema.js';
import { EvaluationLimitError, SchemaEvaluator, type FormatDefinition } from './schema-evaluator.js';

/** The outcome of validating one value. */
export type ValidationOutcome =
  | { valid: true }
  /** `errors` are the ones worth reporting, the most relevant first. */
  | { valid: false; errors: ErrorObject[] }
  /** The value leads into a remote or broken `$ref`, or into schemas that refer to each other without end. */
  | { valid: undefined };

export interface SchemaValidator {
  /** Identifies the converted schema: two validators with the same key check the same thing. */
  key: string;
  validate(value: unknown): ValidationOutcome;
}

/** Prefix of the ids under which converted schemas are kept; never fetched. */
const ID_BASE = 'https://retailgov.invalid/schema/';
/** The id that a remote or broken `$ref` becomes. */
const UNRESOLVED_ID = `${ID_BASE}unresolved`;

/** Keys of a 3.1 `$ref` object that do not change what it accepts, so the object can share its target's validator. */
const ANNOTATIONS = new Set(['$ref', 'description', 'summary', 'title', 'example', 'examples', 'deprecated', 'externalDocs']);

const requireModule = createRequire(import.meta.url);
let formats: Record<string, FormatDefinition> | undefined;

/** Returns the format checks of ajv-formats, loaded on first use. */
function formatDefinitions(): Record<string, FormatDefinition> {
  formats ??= (requireModule('ajv-formats/dist/formats.js') as { fullFormats: Record<string, FormatDefinition> }).fullFormats;
  return formats;
}

const caches = new WeakMap<Contract, ValidatorCache>();

/** Returns the validator cache of a contract, creating it on first use. */
export function validatorCacheOf(contract: Contract, dialect: OpenApiDialect): ValidatorCache {
  let cache = caches.get(contract);
  if (cache === undefined) {
    cache = new ValidatorCache(contract, dialect);
    caches.set(contract, cache);
  }
  return cache;
}

export class ValidatorCache {
  private readonly filesByPath = new Map<string, SourceFile>();
  /** Schema ids by `mode\0file\0pointer`. */
  private readonly ids = new Map<string, string>();
  /** Converted schemas by id; undefined for a schema nested too deep to convert. */
  private readonly schemas = new Map<string, JsonSchema | undefined>();
  /** Schema nodes that have an id but are not converted yet. */
  private readonly unconverted = new Map<string, { node: unknown; site: SchemaSite; mode: ExampleMode }>();
  private readonly validators = new Map<string, SchemaValidator | undefined>();
  private evaluatorInstance?: SchemaEvaluator;

  constructor(private readonly contract: Contract, private readonly dialect: OpenApiDialect) {
    for (const file of contract.files) this.filesByPath.set(file.path, file);
  }

  /** Returns the validator for `schema` in `mode`, or undefined when the schema nests too deep to convert. */
  validatorFor(schema: Resolved, mode: ExampleMode): SchemaValidator | undefined {
    const root = this.shareableTarget(schema);
    const key = `${mode}\0${root.file.path}\0${root.pointer}`;
    if (this.validators.has(key)) return this.validators.get(key);

    const id = this.idFor(root.value, { file: root.file.path, pointer: root.pointer }, mode);
    const validator = this.schemaOf(id) === undefined ? undefined : { key, validate: (value: unknown) => this.run(id, value) };
    this.validators.set(key, validator);
    return validator;
  }

  private run(id: string, value: unknown): ValidationOutcome {
    const evaluator = this.evaluator();
    try {
      const errors = evaluator.validate(this.schemaOf(id)!, value);
      if (errors.length === 0) return { valid: true };
      const explained = explainErrors(errors, value, (error, index) => {
        const member = (error.schema as JsonSchema[])[index];
        return (memberValue) => evaluator.validate(member, memberValue);
      });
      return { valid: false, errors: explained };
    } catch (error) {
      // A value that leads into a remote or broken `$ref` is not checked; other rules report the reference.
      if (error instanceof EvaluationLimitError || error instanceof UnresolvableSchemaError) return { valid: undefined };
      throw error;
    }
  }

  /** Follows a `$ref` object that adds nothing to its target, so references to one schema share a validator. */
  private shareableTarget(schema: Resolved): Resolved {
    let current = schema;
    for (let hops = 0; hops < 8; hops++) {
      const value = current.value;
      if (typeof value !== 'object' || value === null || typeof (value as { $ref?: unknown }).$ref !== 'string') break;
      const keys = Object.keys(value);
      const plain = this.dialect === 'oas3_1'
        ? keys.every((name) => ANNOTATIONS.has(name))
        : !keys.includes('nullable') && !keys.includes('x-nullable');
      if (!plain) break;
      const target = this.resolve((value as { $ref: string }).$ref, current.file, current.pointer);
      if (target === undefined) break;
      current = target;
    }
    return current;
  }

  /** Returns the id for the schema node at `site` in `mode`, noting the node for conversion the first time. */
  private idFor(node: unknown, site: SchemaSite, mode: ExampleMode): string {
    const key = `${mode}\0${site.file}\0${site.pointer}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `${ID_BASE}${this.ids.size}`;
      this.ids.set(key, id);
      this.unconverted.set(id, { node, site, mode });
    }
    return id;
  }

  /**
   * Returns the converted schema under `id`, converting it on first use. Targets of its references
   * only get ids here; they are converted when a value reaches them, so a large contract pays only
   * for the schemas its examples touch. Undefined for the id of a remote or broken `$ref`.
   */
  private schemaOf(id: string): JsonSchema | undefined {
    if (this.schemas.has(id)) return this.schemas.get(id);
    const pending = this.unconverted.get(id);
    if (pending === undefined) return undefined;
    this.unconverted.delete(id);
    const { node, site, mode } = pending;
    let schema: JsonSchema | undefined;
    try {
      schema = convertSchema(node, site, {
        dialect: this.dialect,
        mode,
        refId: (ref, refSite) => {
          const target = this.resolve(ref, this.filesByPath.get(refSite.file)!, refSite.pointer);
          // No schema has this id, so only a value that reaches the reference goes unchecked.
          if (target === undefined) return UNRESOLVED_ID;
          return this.idFor(target.value, { file: target.file.path, pointer: target.pointer }, mode);
        },
        deref: (refObject, refSite) => {
          const target = this.resolve(String(refObject.$ref), this.filesByPath.get(refSite.file)!, refSite.pointer);
          return target === undefined ? undefined : { node: target.value, site: { file: target.file.path, pointer: target.pointer } };
        },
      });
    } catch (error) {
      if (!(error instanceof UnresolvableSchemaError)) throw error;
    }
    this.schemas.set(id, schema);
    return schema;
  }

  /** Resolves a `$ref` written in the object at `pointer` of `file`; undefined for a remote or broken one. */
  private resolve(ref: string, file: SourceFile, pointer: string): Resolved | undefined {
    if (isRemoteRef(ref)) return undefined;
    try {
      const target = this.contract.resolve(ref, file, `${pointer}/$ref`);
      return target.value === undefined ? undefined : target;
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  }

  private evaluator(): SchemaEvaluator {
    this.evaluatorInstance ??= new SchemaEvaluator(
      this.dialect === 'oas3_1' ? '2020-12' : 'draft-07',
      (id) => this.schemaOf(id),
      formatDefinitions(),
    );
    return this.evaluatorInstance;
  }
}
