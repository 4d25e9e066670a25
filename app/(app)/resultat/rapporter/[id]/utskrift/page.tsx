import type { Metadata } from 'next';
import { cache } from 'react';

import { ButtonLink } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import { PrintButton } from '@/features/reports/components/print-button';
import { ReportDocument } from '@/features/reports/components/report-document';
import { getReportDocument } from '@/features/reports/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { reportCharts } from '@/features/reports/export/charts';
import { exportLabels } from '@/features/reports/export/download';
import { orNotFound } from '@/lib/or-not-found';
import { translator } from '@/lib/i18n/shared';

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same report, once per request.
const load = cache(async (id: string) => getReportDocument(getDb(), await requireViewer(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await translator('reportExports');
  try {
    const { snapshot } = await load(id);
    const title = t(snapshot.period.kind === 'interim' ? 'document.interim' : 'document.annual', { year: snapshot.period.year });
    return { title: t('print.title', { title: `${title} ${snapshot.body.name}` }) };
  } catch {
    return {};
  }
}

// On paper only the report: no navigation, no buttons, each council goal on a new page.
const PRINT_CSS = `
@media print {
  body > header, header:has(nav), .print-hidden { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .report-section { break-before: page; border-top: 0; }
  table, img, dl { break-inside: avoid; }
  h2, h3, h4, h5 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 18mm 16mm; }
`;

/** The approved report laid out for printing, with its downloads. */
export default async function ReportPrintPage({ params }: Props) {
  const { id } = await params;
  const report = await orNotFound(load(id));
  const t = await translator('reportExports.print');
  const charts = await reportCharts(report.snapshot, (await exportLabels()).document);
  const base = `/resultat/rapporter/${report.id}`;
  return (
    <>
      <style href="report-print" precedence="default">
        {PRINT_CSS}
      </style>
      <div className="print-hidden mb-6 flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm">
          <TextLink href="/resultat">{t('back')}</TextLink>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <ul aria-label={t('downloads')} className="flex flex-wrap gap-3">
            {(['pdf', 'docx', 'csv'] as const).map((kind) => (
              <li key={kind}>
                <ButtonLink href={`${base}/${kind}`} native download variant="secondary">
                  {t(kind)}
                </ButtonLink>
              </li>
            ))}
          </ul>
          <PrintButton label={t('printButton')} />
        </div>
      </div>
      <ReportDocument snapshot={report.snapshot} charts={charts} />
    </>
  );
}
