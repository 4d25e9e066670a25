CREATE TABLE `kolada_settings` (
	`municipality_id` integer PRIMARY KEY NOT NULL,
	`kolada_municipality_id` text NOT NULL,
	`comparison_group` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `kolada_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kpi_id` text NOT NULL,
	`kolada_municipality_id` text NOT NULL,
	`year` integer NOT NULL,
	`gender` text NOT NULL,
	`value` real,
	`status` text,
	`source` text NOT NULL,
	`fetched_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kolada_values_uq` ON `kolada_values` (`kpi_id`,`kolada_municipality_id`,`year`,`gender`);