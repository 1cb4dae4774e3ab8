import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../functions/index';
import { WEBHOOK_CRON } from '../../functions/webhooks/deliver';
import { fixtureSite, policyPage } from '../support/worker';

/** A Cron Trigger invocation, with what it handed to waitUntil finished too. */
async function scheduled(controller: ScheduledController): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}


describe('the Cron Trigger', () => {
  it('runs the scheduled scrape to completion', async () => {
    const controller = createScheduledController({
      cron: '0 */6 * * *',
      scheduledTime: new Date('2026-01-01T06:00:00Z'),
    });
    await expect(scheduled(controller)).resolves.toBeUndefined();
  });

  it('takes the next pages of a scrape run under way every minute', async () => {
    const site = await fixtureSite();
    const url = await site.page('/minute/yulin.html', policyPage('玉林市2025年城乡居民医保', ['2025年度玉林市城乡居民医保个人缴费标准为每人每年400元。']));
    const run = await env.DB.prepare("insert into scrape_runs (trigger, scheduled_time, started_at, status) values ('cron', '2036-01-01T00:00:00.000Z', '2036-01-01T00:00:00.000Z', 'running') returning id").first<{ id: number }>();
    await env.DB.prepare("insert into scrape_run_pages (run_id, url, status) values (?, ?, 'pending')").bind(run!.id, url).run();

    await scheduled(createScheduledController({ cron: WEBHOOK_CRON, scheduledTime: new Date() }));
    const done = await env.DB.prepare('select status, finished_at from scrape_runs where id = ?').bind(run!.id).first<{ status: string; finished_at: string | null }>();
    expect(done).toMatchObject({ status: 'ok' });
    expect(done!.finished_at).not.toBeNull();
    expect((await site.requests('/minute/yulin.html')).count).toBe(1);
  });
});
