CREATE TABLE `robots_txt` (
	`origin` text PRIMARY KEY NOT NULL,
	`fetched_at` text NOT NULL,
	`status` integer NOT NULL,
	`body` text
);
