import type { Resolved } from '../../contracts/types.js';
import type { ChangeCollector, Side } from '../collector.js';
import type { SchemaComparer } from '../schema/compare.js';
import { diffBindings, type BindingDifference } from './bindings.js';
import type { AsyncDocument, AsyncMessage } from './model.js';
import { schemaFormatFamily } from './read-message.js';
import { isSameValue } from './values.js';

/** State shared by the comparison of one pair of documents. */
export interface AsyncComparison {
  base: AsyncDocument;
  revision: AsyncDocument;
  collector: ChangeCollector;
  schemas: SchemaComparer;
}

/** Returns the collector site of a node. */
export function sideOf(node: Resolved): Side {
  return { file: node.file, pointer: node.pointer };
}

/** Compares two paired messages; `channel` names the channel they were reached through. */
export function compareMessage(comparison: AsyncComparison, base: AsyncMessage, revision: AsyncMessage, channel: string): void {
  const { collector } = comparison;
  const name = base.name;
  const sites = { base: sideOf(base.node), revision: sideOf(revision.node) };

  if (base.contentType !== undefined && revision.contentType !== undefined && mediaType(base.contentType.value) !== mediaType(revision.contentType.value)) {
    collector.add('message-content-type-changed', { base: sideOf(base.contentType.site), revision: sideOf(revision.contentType.site) },
      { message: name, base: base.contentType.value, revision: revision.contentType.value }, channel);
  }

  comparePayload(comparison, base, revision, channel);

  if (base.headers !== undefined && revision.headers !== undefined) {
    // NOTE: headers written in a schema format other than JSON Schema are not compared.
    if (schemaFormatFamily(base.headers.format) === 'json-schema' && schemaFormatFamily(revision.headers.format) === 'json-schema') {
      comparison.schemas.compare(base.headers.site, revision.headers.site, 'message-headers', channel);
    }
  } else if (base.headers !== undefined) {
    collector.add('message-headers-schema-removed', { base: sideOf(base.headers.site), revision: sites.revision }, { message: name }, channel);
  } else if (revision.headers !== undefined) {
    collector.add('message-headers-schema-added', { base: sites.base, revision: sideOf(revision.headers.site) }, { message: name }, channel);
  }

  if (base.correlationId !== undefined) {
    const before = base.correlationId;
    const after = revision.correlationId;
    if (after === undefined) {
      collector.add('message-correlation-id-removed', { base: sideOf(before.site), revision: sites.revision }, { message: name }, channel);
    } else if (before.location !== undefined && after.location !== undefined && before.location !== after.location) {
      collector.add('message-correlation-id-location-changed', { base: sideOf(before.site), revision: sideOf(after.site) },
        { message: name, base: before.location, revision: after.location }, channel);
    }
  }

  compareMessageBindings(comparison, base, revision, channel);
}

function comparePayload(comparison: AsyncComparison, base: AsyncMessage, revision: AsyncMessage, channel: string): void {
  const { collector } = comparison;
  const name = base.name;
  if (base.payload === undefined && revision.payload === undefined) return;
  if (base.payload === undefined) {
    collector.add('message-payload-schema-added', { base: sideOf(base.node), revision: sideOf(revision.payload!.site) }, { message: name }, channel);
    return;
  }
  if (revision.payload === undefined) {
    collector.add('message-payload-schema-removed', { base: sideOf(base.payload.site), revision: sideOf(revision.node) }, { message: name }, channel);
    return;
  }

  const baseFamily = schemaFormatFamily(base.payload.format);
  const revisionFamily = schemaFormatFamily(revision.payload.format);
  if (baseFamily !== revisionFamily) {
    collector.add('message-schema-format-changed', { base: sideOf(base.payload.site), revision: sideOf(revision.payload.site) },
      { message: name, base: base.payload.format ?? 'JSON Schema', revision: revision.payload.format ?? 'JSON Schema' }, channel);
    return;
  }
  if (baseFamily === 'json-schema') {
    comparison.schemas.compare(base.payload.site, revision.payload.site, 'message-payload', channel);
    return;
  }
  if (!isSameValue(base.payload.site, revision.payload.site, comparison.base.resolve, comparison.revision.resolve)) {
    collector.add('message-opaque-payload-changed', { base: sideOf(base.payload.site), revision: sideOf(revision.payload.site) },
      { message: name, format: baseFamily }, channel);
  }
}

function compareMessageBindings(comparison: AsyncComparison, base: AsyncMessage, revision: AsyncMessage, channel: string): void {
  for (const difference of diffBindings(base.bindings, revision.bindings, comparison.base.resolve, comparison.revision.resolve)) {
    const sites = bindingSites(difference, base.node, revision.node);
    // The Kafka message key decides the partition, so a new key reorders what consumers see.
    if (difference.protocol === 'kafka' && difference.field === 'key') {
      comparison.collector.add('message-binding-key-changed', sites, { message: base.name, protocol: difference.protocol }, channel);
    } else {
      comparison.collector.add('message-binding-changed', sites,
        { message: base.name, protocol: difference.protocol, field: difference.field, change: difference.change }, channel);
    }
  }
}

/** Places a binding difference: the field on each side, or the object that lacks it. */
export function bindingSites(difference: BindingDifference, baseOwner: Resolved, revisionOwner: Resolved): { base: Side; revision: Side } {
  return { base: sideOf(difference.base?.node ?? baseOwner), revision: sideOf(difference.revision?.node ?? revisionOwner) };
}

/** Returns the media type without parameters, in lower case: `application/json; charset=utf-8` is `application/json`. */
function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}
