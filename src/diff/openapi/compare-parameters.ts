import type { ChangeSites } from '../collector.js';
import { compareSchemas, report, type Comparison } from './context.js';
import { memberOr, siteOf } from './nodes.js';
import type { OperationView, ParameterView } from './view.js';

const LOCATION_NAMES: Record<ParameterView['in'], string> = { query: 'query string', header: 'headers', path: 'path', cookie: 'cookies' };

/**
 * Compares the query, header, path and cookie parameters of an operation. Parameters match by
 * location and name (header names ignore case; path parameters match by position in the template).
 * A parameter that disappears from one location and appears under the same name in another moved.
 */
export function compareParameters(comparison: Comparison, baseOperation: OperationView, revisionOperation: OperationView): void {
  const bothOas2 = comparison.base.dialect === 'oas2' && comparison.revision.dialect === 'oas2';
  const base = bothOas2 ? baseOperation.parameters : baseOperation.parameters.filter(isHonoured);
  const revision = bothOas2 ? revisionOperation.parameters : revisionOperation.parameters.filter(isHonoured);
  const revisionByKey = new Map(revision.map((parameter) => [parameter.key, parameter]));
  const baseKeys = new Set(base.map((parameter) => parameter.key));
  const added = revision.filter((parameter) => !baseKeys.has(parameter.key));
  const label = revisionOperation.label;

  for (const parameter of base) {
    const counterpart = revisionByKey.get(parameter.key);
    if (counterpart !== undefined) {
      compareParameter(comparison, parameter, counterpart, label);
      continue;
    }
    const moved = added.findIndex((candidate) => isSameParameterElsewhere(parameter, candidate));
    if (moved >= 0) {
      const [target] = added.splice(moved, 1);
      const sites = { base: siteOf(memberOr(parameter.node, 'in')), revision: siteOf(memberOr(target.node, 'in')) };
      report(comparison, 'parameter-location-changed', sites, { name: target.name, base: LOCATION_NAMES[parameter.in], revision: LOCATION_NAMES[target.in] }, label);
      continue;
    }
    report(comparison, 'parameter-removed', { base: siteOf(parameter.node), revision: siteOf(revisionOperation.parametersNode) }, describe(parameter), label);
  }

  for (const parameter of added) {
    const id = parameter.required ? 'parameter-added-required' : 'parameter-added-optional';
    report(comparison, id, { base: siteOf(baseOperation.parametersNode), revision: siteOf(parameter.node) }, describe(parameter), label);
  }
}

function compareParameter(comparison: Comparison, base: ParameterView, revision: ParameterView, label: string): void {
  const values = describe(revision);
  const at = (key: string): ChangeSites => ({ base: siteOf(memberOr(base.node, key)), revision: siteOf(memberOr(revision.node, key)) });

  if (!base.required && revision.required) report(comparison, 'parameter-became-required', at('required'), values, label);
  if (base.required && !revision.required) report(comparison, 'parameter-became-optional', at('required'), values, label);
  if (!base.deprecated && revision.deprecated) report(comparison, 'parameter-deprecated', at('deprecated'), values, label);
  if (base.allowEmptyValue && !revision.allowEmptyValue) report(comparison, 'parameter-empty-value-disallowed', at('allowEmptyValue'), values, label);
  if (!base.allowEmptyValue && revision.allowEmptyValue) report(comparison, 'parameter-empty-value-allowed', at('allowEmptyValue'), values, label);
  if (base.allowReserved && !revision.allowReserved) report(comparison, 'parameter-reserved-characters-disallowed', at('allowReserved'), values, label);

  const baseEncoding = base.mediaType ?? 'style serialization';
  const revisionEncoding = revision.mediaType ?? 'style serialization';
  if (baseEncoding.toLowerCase() !== revisionEncoding.toLowerCase()) {
    report(comparison, 'parameter-media-type-changed', at('content'), { ...values, base: baseEncoding, revision: revisionEncoding }, label);
  } else if (base.mediaType === undefined) {
    // Style and explode only apply to parameters serialized by style, not to those with `content`.
    if (base.style !== revision.style) report(comparison, 'parameter-style-changed', at('style'), { ...values, base: base.style, revision: revision.style }, label);
    if (base.explode !== revision.explode) report(comparison, 'parameter-explode-changed', at('explode'), { ...values, base: String(base.explode), revision: String(revision.explode) }, label);
  }

  compareSchemas(comparison, base.schema, revision.schema, { base: base.node, revision: revision.node }, 'request-parameter', label, `${revision.in} parameter '${revision.name}'`);
}

/**
 * OpenAPI 3.x ignores header parameters named Accept, Content-Type and Authorization, which the
 * media types and security schemes set; 2.0 treats them as ordinary headers.
 */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function isHonoured(parameter: ParameterView): boolean {
  return parameter.in !== 'header' || !RESERVED_HEADERS.has(parameter.name.toLowerCase());
}

/** Returns whether `candidate` has the name of `parameter` in another location; a header name ignores case. */
function isSameParameterElsewhere(parameter: ParameterView, candidate: ParameterView): boolean {
  if (candidate.in === parameter.in) return false;
  const eitherHeader = candidate.in === 'header' || parameter.in === 'header';
  return eitherHeader ? candidate.name.toLowerCase() === parameter.name.toLowerCase() : candidate.name === parameter.name;
}

function describe(parameter: ParameterView): { in: string; name: string } {
  return { in: parameter.in, name: parameter.name };
}
