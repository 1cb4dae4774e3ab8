/** A scrape run: pick the sources that are due, fetch, parse, extract and store. */

export type ScheduledTrigger = { cron: string; scheduledTime: number };

/**
 * Entry point of the Cron Trigger.
 *
 * TODO(store issue): this is a placeholder that only logs. The real run records a
 * `scrape_runs` row keyed by `scheduledTime`, fetches the due `sources`, and writes articles,
 * versions and facts through `db/queries/*`.
 */
export async function runScheduledScrape(
  _env: { DB: D1Database },
  trigger: ScheduledTrigger,
): Promise<void> {
  console.log(
    `scheduled scrape (placeholder): cron=${trigger.cron} at ${new Date(trigger.scheduledTime).toISOString()}`,
  );
}
