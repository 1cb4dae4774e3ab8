CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`level` text NOT NULL,
	`parent` text,
	`pinyin` text
);
--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`adapter` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`interval_minutes` integer DEFAULT 360 NOT NULL,
	`last_status` text,
	`last_fetched_at` text,
	`next_due_at` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`depth` integer DEFAULT 0 NOT NULL,
	`discovered_from` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE INDEX `sources_due_idx` ON `sources` (`enabled`,`next_due_at`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`canonical_url` text NOT NULL,
	`source_id` integer,
	`title` text NOT NULL,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_canonical_url_unique` ON `articles` (`canonical_url`);--> statement-breakpoint
CREATE TABLE `article_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`fetched_at` text NOT NULL,
	`etag` text,
	`last_modified` text,
	`http_status` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`facts_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_versions_article_fetched_idx` ON `article_versions` (`article_id`,`fetched_at`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`region` text NOT NULL,
	`scheme` text NOT NULL,
	`year` integer NOT NULL,
	`key` text NOT NULL,
	`variant` text DEFAULT '' NOT NULL,
	`value_json` text NOT NULL,
	`hedged` integer DEFAULT false NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`current` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `article_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `facts_lookup_idx` ON `facts` (`region`,`scheme`,`year`,`key`);--> statement-breakpoint
CREATE INDEX `facts_version_idx` ON `facts` (`version_id`);--> statement-breakpoint
CREATE INDEX `facts_article_current_idx` ON `facts` (`article_id`,`current`);--> statement-breakpoint
CREATE TABLE `scrape_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trigger` text NOT NULL,
	`scheduled_time` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`counts_json` text,
	`errors_json` text,
	`cursor` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scrape_runs_scheduled_time_unique` ON `scrape_runs` (`scheduled_time`);--> statement-breakpoint
CREATE TABLE `scrape_run_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`url` text NOT NULL,
	`source_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`outcome` text,
	`detail` text,
	`facts_written` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `scrape_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scrape_run_pages_run_url_unique` ON `scrape_run_pages` (`run_id`,`url`);--> statement-breakpoint
CREATE INDEX `scrape_run_pages_run_status_idx` ON `scrape_run_pages` (`run_id`,`status`);