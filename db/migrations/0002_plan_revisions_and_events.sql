CREATE TABLE `plan_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_person_id` integer,
	`kind` text NOT NULL,
	`comment` text,
	`detail` text,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_events_plan_idx` ON `plan_events` (`plan_id`,`at`);--> statement-breakpoint
CREATE INDEX `plan_events_actor_idx` ON `plan_events` (`actor_person_id`);--> statement-breakpoint
ALTER TABLE `goals` ADD `status` text DEFAULT 'adopted' NOT NULL;--> statement-breakpoint
ALTER TABLE `action_plans` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `revision` integer DEFAULT 1 NOT NULL;