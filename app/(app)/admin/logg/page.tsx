import type { Metadata } from 'next';
import Link from 'next/link';

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
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('intro')}</p>
      <p className="mt-2">
        <Link href="/admin/gallring" className="text-administrative-800 underline">
          {t('retentionLink')}
        </Link>
      </p>
      <AuditFilterForm values={values} errors={errors} />
      <div aria-live="polite" className="mt-4">
        {errors.after ? <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2">{t('errors.cursor')}</p> : null}
        {page.personNotFound ? <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2">{t('personNotFound', { query: filter.person ?? '' })}</p> : null}
        {page.person ? <p>{t('showingPerson', { name: page.person.name })}</p> : null}
      </div>
      {page.rows.length === 0 ? <p className="mt-4">{t('empty')}</p> : <AuditTable rows={page.rows} />}
      <nav aria-label={t('pager')} className="mt-4 flex flex-wrap gap-6">
        {filter.after ? (
          <Link href={`/admin/logg${auditFilterQuery(filter)}`} className="text-administrative-800 underline">
            {t('newest')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`/admin/logg${auditFilterQuery(filter, page.nextCursor)}`} className="text-administrative-800 underline">
            {t('older')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
