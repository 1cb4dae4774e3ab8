import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../functions/index';

describe('the Cron Trigger', () => {
  it('runs the scheduled scrape to completion', async () => {
    const controller = createScheduledController({
      cron: '0 */6 * * *',
      scheduledTime: new Date('2026-01-01T06:00:00Z'),
    });
    await expect(worker.scheduled(controller, env)).resolves.toBeUndefined();
  });
});
