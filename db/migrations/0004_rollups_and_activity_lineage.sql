CREATE TABLE `goal_rollups` (
	`goal_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`activities` integer NOT NULL,
	`not_started` integer NOT NULL,
	`on_track` integer NOT NULL,
	`at_risk` integer NOT NULL,
	`off_track` integer NOT NULL,
	`done` integer NOT NULL,
	`indicator_progress` real,
	`proposed` text,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `period_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `follow_up_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_rollups_period_idx` ON `goal_rollups` (`period_id`);--> statement-breakpoint
CREATE TABLE `rollup_settings` (
	`municipality_id` integer PRIMARY KEY NOT NULL,
	`activity_weight` real NOT NULL,
	`indicator_weight` real NOT NULL,
	`fulfilled_from` real NOT NULL,
	`partly_from` real NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `activities` ADD `copied_from_activity_id` integer;--> statement-breakpoint
CREATE INDEX `activities_copied_from_idx` ON `activities` (`copied_from_activity_id`);