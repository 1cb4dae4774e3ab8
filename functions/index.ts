/**
 * The Worker: HTTP through the Hono app; Cron Triggers by their schedule (wrangler.toml): the
 * every-minute one (`WEBHOOK_CRON`) sends the webhooks that are due, any other (the six-hourly
 * one) runs the scrape pipeline.
 */
import { app, type Bindings } from './app';
import { runScheduledScrape } from '../scrapers/pipeline';
import { WEBHOOK_CRON, deliverDueWebhooks } from './webhooks/deliver';

export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    // Awaited rather than waitUntil'd so a failure shows as a failed cron invocation.
    if (controller.cron === WEBHOOK_CRON) {
      const sent = await deliverDueWebhooks(env);
      if (sent.claimed > 0) console.log(`webhooks: ${JSON.stringify(sent)}`);
      return;
    }
    const report = await runScheduledScrape(env, { cron: controller.cron, scheduledTime: controller.scheduledTime });
    console.log(`scrape run ${report.id}: ${report.status}`, JSON.stringify(report.pages), `facts=${report.facts} remaining=${report.remaining}`);
  },
} satisfies ExportedHandler<Bindings>;
