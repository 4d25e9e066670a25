ALTER TABLE `org_units` ADD `code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_code_uq` ON `org_units` (`municipality_id`,`code`);