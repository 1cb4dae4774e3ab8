/** Every table, for drizzle-kit and for the typed client. */
export * from './regions';
export * from './sources';
export * from './articles';
export * from './article-versions';
export * from './facts';
export * from './scrape-runs';
export * from './scrape-run-pages';
export * from './change-events';
export * from './webhook-subscriptions';
export * from './webhook-deliveries';
export * from './webhook-attempts';
export * from './robots-txt';
export * from './api-keys';
export * from './audit-log';
export * from './reviews';
