/**
 * The Worker: HTTP through the Hono app; Cron Triggers by their schedule (wrangler.toml): the
 * every-minute one (`WEBHOOK_CRON`) sends the webhooks that are due and takes the next pages of a
 * scrape run under way; any other (the six-hourly one) starts or continues a scrape run.
 */
import { app, type Bindings } from './app';
import { continueUnfinishedScrape, runScheduledScrape } from '../scrapers/pipeline/run';
import type { RunReport } from '../scrapers/pipeline/run-report';
import { WEBHOOK_CRON, deliverDueWebhooks } from './webhooks/deliver';

export { RateLimiter } from './rate-limit/limiter';

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    // Awaited rather than waitUntil'd so a failure shows as a failed cron invocation.
    if (controller.cron === WEBHOOK_CRON) {
      // One failing does not keep the other from running; either failing fails the invocation.
      const [sent, continued] = await Promise.allSettled([deliverDueWebhooks(env), continueUnfinishedScrape(env, { waitUntil: (p) => ctx.waitUntil(p) })]);
      if (sent.status === 'fulfilled' && sent.value.claimed > 0) console.log(`webhooks: ${JSON.stringify(sent.value)}`);
      if (continued.status === 'fulfilled' && continued.value) logRun(continued.value);
      const failed = [sent, continued].find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      return;
    }
    logRun(await runScheduledScrape(env, { cron: controller.cron, scheduledTime: controller.scheduledTime }, { waitUntil: (p) => ctx.waitUntil(p) }));
  },
} satisfies ExportedHandler<Bindings>;

function logRun(report: RunReport) {
  console.log(`scrape run ${report.id}: ${report.status}`, JSON.stringify(report.pages), `facts=${report.facts} remaining=${report.remaining}`);
}
