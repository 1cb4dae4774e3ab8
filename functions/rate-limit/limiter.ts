/**
 * The rate limiter: a Durable Object per client (an API key, or an address without one), holding
 * a token bucket of `limit` tokens that refills at `limit` a minute. One object per client means
 * every request of that client, wherever it lands, is counted in one place. The bucket lives in
 * memory: an object that is evicted after a quiet spell starts again full, which only ever errs
 * towards letting a client through.
 */
import { DurableObject } from 'cloudflare:workers';
import { takeToken, type Bucket, type Verdict } from '../../core/token-bucket';

export class RateLimiter extends DurableObject {
  private bucket: Bucket | null = null;

  /** Takes one token at `now` (ms) from a bucket of `limit` a minute. */
  async take(limit: number, now: number = Date.now()): Promise<Verdict> {
    const { bucket, verdict } = takeToken(this.bucket, limit, now);
    this.bucket = bucket;
    return verdict;
  }
}
