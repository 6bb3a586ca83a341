/** A Broker in process memory, for tests and local runs. */
import type { Broker, EventMessage, Unsubscribe } from './events.js';

export class InMemoryBroker implements Broker {
  /** Every message accepted, in order, with its address. */
  readonly published: Array<{ address: string; message: EventMessage }> = [];
  private readonly listeners = new Map<string, Set<(message: EventMessage) => Promise<void>>>();

  /** Stores the message and delivers it to the current subscribers of its address, one after another. */
  async publish(address: string, message: EventMessage): Promise<void> {
    this.published.push({ address, message });
    for (const listener of [...(this.listeners.get(address) ?? [])]) await listener(message);
  }

  async subscribe(address: string, listener: (message: EventMessage) => Promise<void>): Promise<Unsubscribe> {
    const set = this.listeners.get(address) ?? new Set();
    set.add(listener);
    this.listeners.set(address, set);
    return async () => {
      set.delete(listener);
    };
  }
}
