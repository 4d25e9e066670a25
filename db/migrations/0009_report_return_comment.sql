ALTER TABLE `reports` ADD `return_comment` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `returned_at` integer;