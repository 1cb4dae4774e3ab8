/**
 * Taking turns, the two ways a scrape run needs: visitors take turns on hosts (several pages at
 * once, never two of one host, so a same-site stretch of a run cannot hold every visitor while
 * other sites' pages wait), and writes take turns in the order they were handed in.
 */

export interface HostTurnsOptions<T> {
  /** How many items are worked on at once. */
  visitors: number;
  hostOf: (item: T) => string;
  /**
   * More items, asked for (one call at a time) when every queued item's host is busy and fewer
   * than `refillBelow` are queued; an empty answer means there are no more.
   */
  refill: () => Promise<T[]>;
  refillBelow: number;
  /** Asked before each item is begun: true begins no more. */
  stop: () => boolean;
}

/**
 * Works through the items `refill` gives, each visitor taking the first queued item whose host no
 * other visitor is working on. Resolves once every begun item is done, with the items that were
 * queued and never begun (there are some only when `stop` said so).
 */
export async function takeTurnsByHost<T>(options: HostTurnsOptions<T>, visit: (item: T) => Promise<void>): Promise<T[]> {
  const queue: T[] = [];
  const busyHosts = new Set<string>();
  // Visitors waiting for a host to be free or for a refill, woken when either happens.
  const waiting: (() => void)[] = [];
  const wake = () => {
    for (const resume of waiting.splice(0)) resume();
  };
  let refilling: Promise<void> | null = null;
  let exhausted = false;
  const refill = async () => {
    const more = await options.refill();
    if (more.length === 0) exhausted = true;
    queue.push(...more);
  };

  const next = async (): Promise<{ item: T; host: string } | undefined> => {
    for (;;) {
      if (options.stop()) return undefined;
      const free = queue.findIndex((item) => !busyHosts.has(options.hostOf(item)));
      if (free >= 0) {
        const [item] = queue.splice(free, 1);
        const host = options.hostOf(item);
        busyHosts.add(host);
        return { item, host };
      }
      // Every queued item is on a busy host: more items may be on free ones.
      if (!exhausted && queue.length < options.refillBelow) {
        await (refilling ??= refill().finally(() => ((refilling = null), wake())));
        continue;
      }
      if (queue.length === 0) return undefined;
      await new Promise<void>((resume) => waiting.push(resume));
    }
  };
  const visitor = async () => {
    for (let turn = await next(); turn; turn = await next()) {
      try {
        await visit(turn.item);
      } finally {
        busyHosts.delete(turn.host);
        wake();
      }
    }
  };

  await Promise.all(Array.from({ length: options.visitors }, visitor));
  return queue.splice(0);
}

/** Tasks run one after another in the order they were added; a failing task does not stop the next. */
export class InTurn {
  private tail: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  add(task: () => Promise<void>): void {
    this.tail = this.tail.then(task).catch((error: unknown) => {
      this.failure ??= { error };
    });
  }

  /** Resolves when every task added so far has run; rejects with the first failure, if any. */
  async drained(): Promise<void> {
    await this.tail;
    if (this.failure) throw this.failure.error;
  }
}
