import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { diffBindings } from './bindings.js';
import { bindingSites, compareMessage, sideOf, type AsyncComparison } from './compare-message.js';
import { matchMessages, matchOperations, type Matching } from './match.js';
import type { AsyncChannel, AsyncMessage, AsyncOperation } from './model.js';
import { lastSegment } from './read-message.js';

/** Compares two paired channels: address, bindings, operations and messages. */
export function compareChannel(comparison: AsyncComparison, base: AsyncChannel, revision: AsyncChannel): void {
  const { collector } = comparison;
  const channel = base.id;

  if (base.address !== revision.address) {
    collector.add('channel-address-changed', { base: sideOf(addressNode(base)), revision: sideOf(addressNode(revision)) },
      { channel, base: base.address ?? 'null', revision: revision.address ?? 'null' });
  }

  for (const difference of diffBindings(base.bindings, revision.bindings, comparison.base.resolve, comparison.revision.resolve)) {
    collector.add('channel-binding-changed', bindingSites(difference, base.node, revision.node),
      { channel, protocol: difference.protocol, field: difference.field, change: difference.change });
  }

  const messages = matchMessages(base.messages, revision.messages);
  for (const message of messages.removed) {
    collector.add('channel-message-removed', { base: sideOf(message.node), revision: sideOf(messagesNode(revision)) },
      { message: message.name, where: `channel '${channel}'` }, channel);
  }
  for (const message of messages.added) {
    collector.add('channel-message-added', { base: sideOf(messagesNode(base)), revision: sideOf(message.node) },
      { message: message.name, where: `channel '${revision.id}'` }, channel);
  }
  for (const [before, after] of messages.pairs) compareMessage(comparison, before, after, channel);

  const operations = matchOperations(base.operations, revision.operations);
  for (const operation of operations.removed) {
    const id = operation.action === 'send' ? 'channel-send-operation-removed' : 'channel-receive-operation-removed';
    collector.add(id, { base: sideOf(operation.node), revision: sideOf(revision.node) }, { operation: operation.id, channel });
  }
  for (const operation of operations.added) {
    collector.add('channel-operation-added', { base: sideOf(base.node), revision: sideOf(operation.node) },
      { operation: operation.id, action: operation.action, channel: revision.id });
  }
  for (const [before, after] of operations.pairs) compareOperation(comparison, channel, before, after, messages);
}

function compareOperation(comparison: AsyncComparison, channel: string, base: AsyncOperation, revision: AsyncOperation, messages: Matching<AsyncMessage>): void {
  const { collector } = comparison;
  const sites = { base: sideOf(base.node), revision: sideOf(revision.node) };
  if (base.action !== revision.action) {
    collector.add('channel-operation-action-changed', sites, { operation: base.id, channel, base: base.action, revision: revision.action });
  }

  // A binding set by a shared operation trait is one change, used by every channel whose operation has the trait.
  for (const difference of diffBindings(base.bindings, revision.bindings, comparison.base.resolve, comparison.revision.resolve)) {
    const setter = (difference.base ?? difference.revision)!.owner;
    const isOwn = setter === base.node || setter === revision.node;
    const owner = isOwn ? `operation '${base.id}' on channel '${channel}'` : `operation trait '${lastSegment(setter) ?? ''}'`;
    collector.add('operation-binding-changed', bindingSites(difference, base.node, revision.node),
      { owner, protocol: difference.protocol, field: difference.field, change: difference.change }, channel);
  }

  // A message the channel lost or gained was reported for the channel. Here come only the
  // messages the channel keeps but this operation dropped or took up.
  const where = `operation '${base.id}' on channel '${channel}'`;
  for (const [before, after] of messages.pairs) {
    const wasCarried = base.messages.includes(before.name);
    const isCarried = revision.messages.includes(after.name);
    if (wasCarried && !isCarried) {
      collector.add('channel-message-removed', { base: sideOf(before.node), revision: sites.revision }, { message: before.name, where }, channel);
    } else if (!wasCarried && isCarried) {
      collector.add('channel-message-added', { base: sites.base, revision: sideOf(after.node) }, { message: after.name, where }, channel);
    }
  }
}

/** Returns where a channel's address is written: the 3.x `address`, or the 2.x key. */
function addressNode(channel: AsyncChannel): Resolved {
  const address = child(channel.node, 'address');
  return address.value === undefined ? channel.site : address;
}

/** Returns the channel's `messages` map (3.x), or the channel itself, as the parent of a message it lacks. */
function messagesNode(channel: AsyncChannel): Resolved {
  const messages = child(channel.node, 'messages');
  return messages.value === undefined ? channel.node : messages;
}
