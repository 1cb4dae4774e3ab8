CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`lookup` text NOT NULL,
	`key_hash` text NOT NULL,
	`hint` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_lookup_unique` ON `api_keys` (`lookup`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`api_key_id` integer,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`status` integer NOT NULL,
	`request_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor`,`id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`changes_json` text NOT NULL,
	`decided_at` text,
	`decided_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `article_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_version_id_unique` ON `reviews` (`version_id`);--> statement-breakpoint
CREATE INDEX `reviews_status_idx` ON `reviews` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_article_status_idx` ON `reviews` (`article_id`,`status`);--> statement-breakpoint
ALTER TABLE `sources` ADD `trust` text DEFAULT 'unofficial' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `trust` text DEFAULT 'unofficial' NOT NULL;--> statement-breakpoint
ALTER TABLE `scrape_run_pages` ADD `changes_published` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `scrape_run_pages` ADD `changes_held` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `webhook_subscriptions` ADD `secret_hint` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `webhook_subscriptions` ADD `api_key_id` integer REFERENCES api_keys(id);--> statement-breakpoint
-- Trust from the host (a government site ends in gov.cn); articles stored before keep meaning
-- what they meant: a gov-notice page counted as official.
UPDATE `sources` SET `trust` = 'official' WHERE lower(substr(substr(`url`, instr(`url`, '://') + 3), 1, instr(substr(`url`, instr(`url`, '://') + 3) || '/', '/') - 1)) LIKE '%.gov.cn' OR lower(substr(substr(`url`, instr(`url`, '://') + 3), 1, instr(substr(`url`, instr(`url`, '://') + 3) || '/', '/') - 1)) = 'gov.cn';--> statement-breakpoint
UPDATE `articles` SET `trust` = 'official' WHERE `adapter` = 'gov-notice' OR lower(substr(substr(`canonical_url`, instr(`canonical_url`, '://') + 3), 1, instr(substr(`canonical_url`, instr(`canonical_url`, '://') + 3) || '/', '/') - 1)) LIKE '%.gov.cn';
