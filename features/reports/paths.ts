/**
 * Where a report lives. A report in preparation may have no row yet, so its page is named by
 * period and body; the print page and the exports (`/resultat/rapporter/<reportId>/…`) are named
 * by the report's id, which exists from the first assessment on.
 */
export const reportPagePath = (periodId: number, bodyId: number) => `/resultat/rapporter/period/${periodId}/${bodyId}`;
export const reportPrintPath = (reportId: number) => `/resultat/rapporter/${reportId}/utskrift`;
export const reportDownloadPath = (reportId: number, format: 'pdf' | 'docx' | 'csv') => `/resultat/rapporter/${reportId}/${format}`;
