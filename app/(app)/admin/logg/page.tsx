import type { Metadata } from 'next';

import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { AuditFilterForm } from '@/features/privacy/components/audit-filter-form';
import { AuditTable } from '@/features/privacy/components/audit-table';
import { listAuditLog } from '@/features/privacy/audit-log';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { orNotFound } from '@/lib/or-not-found';
import { auditFilterQuery, parseAuditFilter } from '@/features/privacy/validation';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('auditLog');
  return { title: t('title') };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filter, errors, values } = parseAuditFilter(await searchParams);
  // Anyone but the administrator gets the 404 page, as for a page that does not exist.
  const page = await orNotFound(listAuditLog(getDb(), await requireViewer(), filter));
  const t = await translator('auditLog');
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} actions={<TextLink href="/admin/gallring">{t('retentionLink')}</TextLink>} />
      <AuditFilterForm values={values} errors={errors} />
      <div aria-live="polite" className="mt-4">
        {errors.after ? <Notice tone="warning">{t('errors.cursor')}</Notice> : null}
        {page.personNotFound ? <Notice tone="warning">{t('personNotFound', { query: filter.person ?? '' })}</Notice> : null}
        {page.person ? <p>{t('showingPerson', { name: page.person.name })}</p> : null}
      </div>
      {page.rows.length === 0 ? <p className="mt-4">{t('empty')}</p> : <AuditTable rows={page.rows} />}
      <nav aria-label={t('pager')} className="mt-4 flex flex-wrap gap-6">
        {filter.after ? <TextLink href={`/admin/logg${auditFilterQuery(filter)}`}>{t('newest')}</TextLink> : null}
        {page.nextCursor ? <TextLink href={`/admin/logg${auditFilterQuery(filter, page.nextCursor)}`}>{t('older')}</TextLink> : null}
      </nav>
    </>
  );
}
