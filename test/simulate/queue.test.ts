import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/simulate/queue.js';
import { streamFor } from '../../src/simulate/rng.js';

describe('event queue', () => {
  it('pops by time, then by insertion order', () => {
    const queue = new EventQueue<{ name: string }>();
    queue.push(5, 0, { name: 'late' });
    queue.push(1, 0, { name: 'first at 1' });
    queue.push(1, 1, { name: 'second at 1' });
    queue.push(0, 2, { name: 'earliest' });
    const popped: string[] = [];
    while (queue.pop()) popped.push(`${queue.time}:${queue.kind}:${queue.payload!.name}`);
    expect(popped).toEqual(['0:2:earliest', '1:0:first at 1', '1:1:second at 1', '5:0:late']);
  });

  it('matches a stable sort on random input', () => {
    const random = streamFor(3, 'queue-test');
    const queue = new EventQueue<{ index: number }>();
    const entries: Array<{ time: number; index: number }> = [];
    for (let index = 0; index < 5000; index++) {
      const time = random.nextInt(200);
      entries.push({ time, index });
      queue.push(time, 0, { index });
      // Interleave pops with pushes, as the engine does.
      if (index % 7 === 0 && queue.pop()) entries.splice(entries.findIndex((entry) => entry.index === queue.payload!.index), 1);
    }
    const expected = [...entries].sort((a, b) => a.time - b.time || a.index - b.index).map((entry) => entry.index);
    const actual: number[] = [];
    while (queue.pop()) actual.push(queue.payload!.index);
    expect(actual).toEqual(expected);
    expect(queue.length).toBe(0);
    expect(queue.peekTime()).toBe(Infinity);
  });
});
