/** The Worker: HTTP through the Hono app, Cron Triggers through the scrape pipeline. */
import { app, type Bindings } from './app';
import { runScheduledScrape } from '../scrapers/pipeline';

export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    // Awaited rather than waitUntil'd so a failed run shows as a failed cron invocation.
    const report = await runScheduledScrape(env, { cron: controller.cron, scheduledTime: controller.scheduledTime });
    console.log(`scrape run ${report.id}: ${report.status}`, JSON.stringify(report.pages), `facts=${report.facts} remaining=${report.remaining}`);
  },
} satisfies ExportedHandler<Bindings>;
