CREATE TABLE `meeting_attendees` (
	`event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `follow_up_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_person_idx` ON `meeting_attendees` (`person_id`);--> statement-breakpoint
ALTER TABLE `confidential_notes` ADD `kind` text DEFAULT 'talk' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_up_entries` ADD `self_status` text;--> statement-breakpoint
ALTER TABLE `follow_up_entries` ADD `self_comment` text;--> statement-breakpoint
ALTER TABLE `follow_up_events` ADD `minutes` text;--> statement-breakpoint
ALTER TABLE `follow_up_events` ADD `created_by_person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `follow_up_events` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `follow_up_events_created_by_idx` ON `follow_up_events` (`created_by_person_id`);