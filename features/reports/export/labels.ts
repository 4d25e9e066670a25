import { formatDateTime } from '@/lib/dates/format-date';
import type catalogue from '@/messages/sv/report-exports.json';
import type { ReportSnapshot, SnapshotFulfilment } from '../snapshot';

/**
 * The exports' Swedish texts, handed to the renderers as a plain object (the catalogue's
 * `reportExports` part) so the renderers stay pure: no request, no locale lookup.
 */
export type ExportLabels = (typeof catalogue)['reportExports'];
export type DocumentLabels = ExportLabels['document'];
export type StatusKey = keyof DocumentLabels['status'];
export const STATUS_KEYS = ['notStarted', 'onTrack', 'atRisk', 'offTrack', 'done'] as const satisfies readonly StatusKey[];

/** Fills `{name}` placeholders; the exports' texts need no plurals or selects. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (n: number) => numberFormat.format(n);
/** A share 0–1 as a Swedish percentage ("62,5 %"). */
export const formatShare = (share: number) => percentFormat.format(share);
/** When the snapshot was taken, in Swedish time, written the reader's way. */
export const formatTimestamp = (iso: string, locale: string) => formatDateTime(new Date(iso), locale);

export function fulfilmentText(labels: DocumentLabels, value: SnapshotFulfilment | null): string {
  return labels.fulfilment[value ?? 'not_assessed'];
}

/** "Delårsrapport 2026" or "Årsredovisning 2026". */
export function reportTitle(labels: DocumentLabels, snapshot: ReportSnapshot): string {
  return fill(snapshot.period.kind === 'interim' ? labels.interim : labels.annual, { year: snapshot.period.year });
}

export function decisionText(labels: DocumentLabels, snapshot: ReportSnapshot): string {
  const d = snapshot.decision;
  return d ? fill(labels.decided, { body: d.body, date: d.decidedOn, paragraph: d.paragraph }) : labels.notDecided;
}

/** The summary's four categories in the order a reader expects, with their counts. */
export function summaryRows(labels: DocumentLabels, snapshot: ReportSnapshot) {
  const s = snapshot.summary;
  return [
    { key: 'fulfilled', label: labels.fulfilment.fulfilled, count: s.fulfilled },
    { key: 'partly_fulfilled', label: labels.fulfilment.partly_fulfilled, count: s.partlyFulfilled },
    { key: 'not_fulfilled', label: labels.fulfilment.not_fulfilled, count: s.notFulfilled },
    { key: 'not_assessed', label: labels.fulfilment.not_assessed, count: s.notAssessed },
  ] as const;
}

/** A safe file name: the report's title and body, letters kept (å ä ö included), the rest dashed. */
export function exportFileName(labels: ExportLabels, snapshot: ReportSnapshot, extension: 'pdf' | 'docx' | 'csv'): string {
  const base = fill(snapshot.period.kind === 'interim' ? labels.files.interim : labels.files.annual, { year: snapshot.period.year, body: snapshot.body.name });
  const safe = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'rapport'}.${extension}`;
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
