import { describe, expect, it } from 'vitest';
import { garbageBound } from '../../src/util/memory.js';

/** Garbage the heap has to hold until the next collection: arrays made and dropped. */
function makeGarbage(bytes: number): number {
  let sum = 0;
  for (let made = 0; made < bytes; made += 8 * 1024) sum += new Array(1024).fill(made).length;
  return sum;
}

describe('garbageBound', () => {
  it('asks for a full collection once the heap has grown by the budget', () => {
    const memory = garbageBound(1024 * 1024);
    for (let i = 0; i < 64; i++) {
      makeGarbage(256 * 1024);
      memory.tick();
    }
    expect(memory.collections).toBeGreaterThan(0);
  });

  it('asks for none while the heap stays within the budget', () => {
    const memory = garbageBound(2 ** 40);
    for (let i = 0; i < 64; i++) {
      makeGarbage(256 * 1024);
      memory.tick();
    }
    expect(memory.collections).toBe(0);
  });

  it('looks at the heap only every few ticks', () => {
    // a budget nothing stays under: every look collects, so the count says how often it looks
    const memory = garbageBound(-Infinity);
    for (let i = 0; i < 15; i++) memory.tick();
    expect(memory.collections).toBe(0);
    memory.tick();
    expect(memory.collections).toBe(1);
  });

  it('looks at once between the steps of a run', () => {
    const memory = garbageBound(-Infinity);
    memory.step();
    expect(memory.collections).toBe(1);
  });
});
