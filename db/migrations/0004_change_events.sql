CREATE TABLE `change_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`kind` text NOT NULL,
	`region` text NOT NULL,
	`scheme` text NOT NULL,
	`year` integer NOT NULL,
	`key` text NOT NULL,
	`variant` text DEFAULT '' NOT NULL,
	`old_value_json` text,
	`new_value_json` text,
	`old_evidence_json` text,
	`new_evidence_json` text,
	`new_year` integer DEFAULT false NOT NULL,
	`article_id` integer,
	`version_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `change_events_uid_unique` ON `change_events` (`uid`);--> statement-breakpoint
CREATE INDEX `change_events_region_idx` ON `change_events` (`region`,`id`);--> statement-breakpoint
CREATE INDEX `change_events_key_idx` ON `change_events` (`key`,`id`);