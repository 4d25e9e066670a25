/** A report for a period and a level; once approved its snapshot is the public record. */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
