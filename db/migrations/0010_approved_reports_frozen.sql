-- An approved report is a public record: its row (status, decision, snapshot) can never be
-- changed. Drafts and submitted reports stay editable.
CREATE TRIGGER reports_approved_no_update BEFORE UPDATE ON reports
WHEN OLD.status = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'an approved report is frozen');
END;
--> statement-breakpoint
-- Approval must carry its snapshot and decision: a report cannot become approved without them.
CREATE TRIGGER reports_approval_complete BEFORE UPDATE OF status ON reports
WHEN NEW.status = 'approved' AND (NEW.snapshot IS NULL OR NEW.decision_id IS NULL OR NEW.approved_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'an approved report needs its snapshot and decision');
END;
