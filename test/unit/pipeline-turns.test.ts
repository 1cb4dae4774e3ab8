import { describe, expect, it } from 'vitest';
import { InTurn, takeTurnsByHost } from '../../scrapers/pipeline/turns';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('visitors taking turns on hosts', () => {
  it('works on several hosts at once but never on two items of one host', async () => {
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'b/2', 'd/1', 'e/1', 'f/1', 'g/1'];
    const busy = new Set<string>();
    let most = 0;
    const done: string[] = [];
    let batches = [items.slice(0, 4), items.slice(4)];
    await takeTurnsByHost(
      { visitors: 3, hostOf: (item) => item.split('/')[0], refillBelow: 5, stop: () => false, refill: async () => batches.shift() ?? [] },
      async (item) => {
        const host = item.split('/')[0];
        expect(busy.has(host), item).toBe(false);
        busy.add(host);
        most = Math.max(most, busy.size);
        await tick();
        busy.delete(host);
        done.push(item);
      },
    );
    expect(done.sort()).toEqual([...items].sort());
    expect(most).toBe(3);
    batches = [];
  });

  it('takes a free host\'s item before waiting on a busy one, and asks for more only when it needs them', async () => {
    const order: string[] = [];
    let refills = 0;
    const batches = [['a/1', 'a/2', 'a/3'], ['b/1']];
    await takeTurnsByHost(
      {
        visitors: 2, hostOf: (item) => item.split('/')[0], refillBelow: 10, stop: () => false,
        refill: async () => (refills++, batches.shift() ?? []),
      },
      async (item) => {
        order.push(item);
        await tick();
      },
    );
    expect(order.slice(0, 2)).toEqual(['a/1', 'b/1']);
    expect(order).toHaveLength(4);
    expect(refills).toBe(3);
  });

  it('begins nothing once told to stop, and hands back what it had queued', async () => {
    let begun = 0;
    const left = await takeTurnsByHost(
      { visitors: 2, hostOf: (item: string) => item, refillBelow: 10, stop: () => begun >= 2, refill: async () => (begun ? [] : ['a', 'b', 'c', 'd']) },
      async () => {
        begun++;
      },
    );
    expect(begun).toBe(2);
    expect(left).toEqual(['c', 'd']);
  });
});

describe('writes taking turns', () => {
  it('runs tasks one after another in the order they came, past a failing one', async () => {
    const queue = new InTurn();
    const log: string[] = [];
    let running = 0;
    for (const name of ['one', 'two', 'three']) {
      queue.add(async () => {
        expect(running).toBe(0);
        running++;
        await tick();
        running--;
        log.push(name);
        if (name === 'two') throw new Error('two failed');
      });
    }
    await expect(queue.drained()).rejects.toThrow('two failed');
    expect(log).toEqual(['one', 'two', 'three']);
  });
});
