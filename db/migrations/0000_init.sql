CREATE TABLE `municipalities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`scb_code` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`parent_id` integer,
	`kind` text NOT NULL,
	`side` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`served_by_unit_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`served_by_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `org_units_municipality_idx` ON `org_units` (`municipality_id`);--> statement-breakpoint
CREATE INDEX `org_units_parent_idx` ON `org_units` (`parent_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `org_units_served_by_idx` ON `org_units` (`served_by_unit_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_name_uq` ON `org_units` (`municipality_id`,`parent_id`,`name`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`email` text NOT NULL,
	`password_hash` text,
	`active` integer DEFAULT true NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`last_sign_in_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_uq` ON `accounts` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_person_uq` ON `accounts` (`person_id`);--> statement-breakpoint
CREATE TABLE `employments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`manager_person_id` integer,
	`title` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manager_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `employments_person_idx` ON `employments` (`person_id`);--> statement-breakpoint
CREATE INDEX `employments_unit_idx` ON `employments` (`unit_id`);--> statement-breakpoint
CREATE INDEX `employments_manager_idx` ON `employments` (`manager_person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`employee_number` text,
	`given_name` text NOT NULL,
	`family_name` text NOT NULL,
	`email` text,
	`title` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_municipality_idx` ON `people` (`municipality_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_employee_number_uq` ON `people` (`municipality_id`,`employee_number`);--> statement-breakpoint
CREATE INDEX `people_email_idx` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`org_unit_id` integer,
	`label` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_assignments_person_idx` ON `role_assignments` (`person_id`);--> statement-breakpoint
CREATE INDEX `role_assignments_org_unit_idx` ON `role_assignments` (`org_unit_id`,`role`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`blocked_until` integer
);
--> statement-breakpoint
CREATE TABLE `follow_up_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_year_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`period_end` text NOT NULL,
	`unit_deadline` text NOT NULL,
	`administration_deadline` text NOT NULL,
	`board_deadline` text NOT NULL,
	FOREIGN KEY (`plan_year_id`) REFERENCES `plan_years`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_periods_plan_year_idx` ON `follow_up_periods` (`plan_year_id`,`period_end`);--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_periods_uq` ON `follow_up_periods` (`plan_year_id`,`kind`,`period_end`);--> statement-breakpoint
CREATE TABLE `plan_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_years_uq` ON `plan_years` (`municipality_id`,`year`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body_unit_id` integer NOT NULL,
	`decided_on` text NOT NULL,
	`paragraph` text NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`body_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_body_idx` ON `decisions` (`body_unit_id`);--> statement-breakpoint
CREATE TABLE `goal_links` (
	`goal_id` integer NOT NULL,
	`contributes_to_goal_id` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `contributes_to_goal_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contributes_to_goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_links_parent_idx` ON `goal_links` (`contributes_to_goal_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_year_id` integer NOT NULL,
	`level` text NOT NULL,
	`owner_unit_id` integer NOT NULL,
	`responsible_person_id` integer,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`decision_id` integer,
	`carried_from_goal_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_year_id`) REFERENCES `plan_years`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_plan_year_level_idx` ON `goals` (`plan_year_id`,`level`);--> statement-breakpoint
CREATE INDEX `goals_owner_idx` ON `goals` (`owner_unit_id`,`plan_year_id`);--> statement-breakpoint
CREATE INDEX `goals_responsible_idx` ON `goals` (`responsible_person_id`);--> statement-breakpoint
CREATE INDEX `goals_decision_idx` ON `goals` (`decision_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `goals_code_uq` ON `goals` (`plan_year_id`,`owner_unit_id`,`code`);--> statement-breakpoint
CREATE TABLE `guiding_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vision_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`vision_id`) REFERENCES `visions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guiding_values_vision_idx` ON `guiding_values` (`vision_id`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`value` real NOT NULL,
	`source` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `follow_up_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_values_uq` ON `indicator_values` (`indicator_id`,`period_id`);--> statement-breakpoint
CREATE INDEX `indicator_values_period_idx` ON `indicator_values` (`period_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`baseline` real NOT NULL,
	`baseline_year` integer NOT NULL,
	`target` real NOT NULL,
	`direction` text NOT NULL,
	`source` text NOT NULL,
	`kolada_kpi_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_goal_idx` ON `indicators` (`goal_id`);--> statement-breakpoint
CREATE TABLE `visions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`statement` text NOT NULL,
	`description` text,
	`decision_id` integer,
	`valid_from_year` integer NOT NULL,
	`valid_to_year` integer,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visions_municipality_idx` ON `visions` (`municipality_id`);--> statement-breakpoint
CREATE INDEX `visions_decision_idx` ON `visions` (`decision_id`);--> statement-breakpoint
CREATE TABLE `action_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`plan_year_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`supersedes_plan_id` integer,
	`is_current` integer DEFAULT true NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by_person_id` integer,
	`submitted_at` integer,
	`decided_by_person_id` integer,
	`decided_at` integer,
	`decision_comment` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_year_id`) REFERENCES `plan_years`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_plans_version_uq` ON `action_plans` (`unit_id`,`plan_year_id`,`version`);--> statement-breakpoint
CREATE INDEX `action_plans_year_idx` ON `action_plans` (`plan_year_id`,`is_current`);--> statement-breakpoint
CREATE INDEX `action_plans_supersedes_idx` ON `action_plans` (`supersedes_plan_id`);--> statement-breakpoint
CREATE INDEX `action_plans_created_by_idx` ON `action_plans` (`created_by_person_id`);--> statement-breakpoint
CREATE INDEX `action_plans_decided_by_idx` ON `action_plans` (`decided_by_person_id`);--> statement-breakpoint
CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`owner_person_id` integer,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`expected_result` text NOT NULL,
	`indicator_id` integer,
	`status` text DEFAULT 'not_started' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_plan_idx` ON `activities` (`plan_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `activities_owner_idx` ON `activities` (`owner_person_id`);--> statement-breakpoint
CREATE INDEX `activities_indicator_idx` ON `activities` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `activity_goals` (
	`activity_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `goal_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_goals_goal_idx` ON `activity_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `assignment_activities` (
	`assignment_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	`contribution` text,
	PRIMARY KEY(`assignment_id`, `activity_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_activities_activity_idx` ON `assignment_activities` (`activity_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`plan_year_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`description` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`employee_confirmed_at` integer,
	`manager_confirmed_at` integer,
	`manager_person_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_year_id`) REFERENCES `plan_years`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manager_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_person_year_uq` ON `assignments` (`person_id`,`plan_year_id`);--> statement-breakpoint
CREATE INDEX `assignments_year_idx` ON `assignments` (`plan_year_id`);--> statement-breakpoint
CREATE INDEX `assignments_unit_idx` ON `assignments` (`unit_id`,`plan_year_id`);--> statement-breakpoint
CREATE INDEX `assignments_manager_idx` ON `assignments` (`manager_person_id`);--> statement-breakpoint
CREATE TABLE `confidential_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`author_person_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `follow_up_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `confidential_notes_event_idx` ON `confidential_notes` (`event_id`);--> statement-breakpoint
CREATE INDEX `confidential_notes_author_idx` ON `confidential_notes` (`author_person_id`);--> statement-breakpoint
CREATE TABLE `follow_up_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	`assignment_id` integer,
	`status` text NOT NULL,
	`comment` text,
	`next_step` text,
	FOREIGN KEY (`event_id`) REFERENCES `follow_up_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_entries_event_idx` ON `follow_up_entries` (`event_id`);--> statement-breakpoint
CREATE INDEX `follow_up_entries_activity_idx` ON `follow_up_entries` (`activity_id`,`status`);--> statement-breakpoint
CREATE INDEX `follow_up_entries_assignment_idx` ON `follow_up_entries` (`assignment_id`);--> statement-breakpoint
CREATE TABLE `follow_up_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`unit_id` integer NOT NULL,
	`period_id` integer,
	`employee_person_id` integer,
	`manager_person_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`employee_confirmed_at` integer,
	`manager_confirmed_at` integer,
	`corrects_event_id` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `follow_up_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manager_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_events_unit_idx` ON `follow_up_events` (`unit_id`,`kind`,`held_on`);--> statement-breakpoint
CREATE INDEX `follow_up_events_employee_idx` ON `follow_up_events` (`employee_person_id`,`kind`);--> statement-breakpoint
CREATE INDEX `follow_up_events_manager_idx` ON `follow_up_events` (`manager_person_id`);--> statement-breakpoint
CREATE INDEX `follow_up_events_period_idx` ON `follow_up_events` (`period_id`);--> statement-breakpoint
CREATE INDEX `follow_up_events_corrects_idx` ON `follow_up_events` (`corrects_event_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`assessing_unit_id` integer NOT NULL,
	`fulfilment` text NOT NULL,
	`forecast` text,
	`analysis` text NOT NULL,
	`author_person_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `follow_up_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessing_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_uq` ON `assessments` (`goal_id`,`period_id`,`assessing_unit_id`);--> statement-breakpoint
CREATE INDEX `assessments_period_idx` ON `assessments` (`period_id`);--> statement-breakpoint
CREATE INDEX `assessments_unit_idx` ON `assessments` (`assessing_unit_id`);--> statement-breakpoint
CREATE INDEX `assessments_author_idx` ON `assessments` (`author_person_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`org_unit_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_by_person_id` integer,
	`submitted_at` integer,
	`decision_id` integer,
	`approved_at` integer,
	`snapshot` text,
	FOREIGN KEY (`period_id`) REFERENCES `follow_up_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_uq` ON `reports` (`period_id`,`org_unit_id`);--> statement-breakpoint
CREATE INDEX `reports_unit_idx` ON `reports` (`org_unit_id`);--> statement-breakpoint
CREATE INDEX `reports_submitted_by_idx` ON `reports` (`submitted_by_person_id`);--> statement-breakpoint
CREATE INDEX `reports_decision_idx` ON `reports` (`decision_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_person_id` integer,
	`action` text NOT NULL,
	`object_type` text,
	`object_id` integer,
	`detail` text,
	FOREIGN KEY (`actor_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_person_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_object_idx` ON `audit_log` (`object_type`,`object_id`);