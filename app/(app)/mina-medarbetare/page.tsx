import type { Metadata } from 'next';
import Link from 'next/link';

import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { getMyTeam } from '@/features/team/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('team');
  return { title: t('title') };
}

export default async function MyTeamPage() {
  const team = await getMyTeam(getDb(), await requireViewer());
  const t = await translator('team');
  const { missing } = team;
  const nothingMissing = missing.employeesWithoutAgreement.length + missing.activitiesWithoutGoal.length + missing.goalsWithoutActivity.length === 0;

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {team.employees.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t('intro', { year: team.year ?? '' })}</p>
          <DataTable columns={[t('employee'), t('role'), t('unit'), t('assignment')]} caption={t('title')}>
                {team.employees.map((e) => (
                  <tr key={e.personId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      {e.assignment ? (
                        <Link href={`/uppdrag/${e.assignment.id}`} aria-label={t('open', { name: e.name })} className="text-administrative-800 underline">
                          {e.name}
                        </Link>
                      ) : (
                        e.name
                      )}
                    </th>
                    <td className="p-2">{e.title}</td>
                    <td className="p-2">{e.unitName}</td>
                    <td className="p-2">
                      {e.assignment ? <StatusBadge kind="assignment" value={e.assignment.status} /> : t('noAssignment')}
                      {e.assignment && e.assignment.status !== 'agreed' ? (
                        <span className="ml-2">{e.assignment.employeeConfirmedAt ? t('waitingForYou') : t('waitingForEmployee')}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
          </DataTable>
        </>
      )}

      <section aria-labelledby="missing-heading" className="mt-10">
        <h2 id="missing-heading" className="text-2xl font-semibold">
          {t('missingTitle')}
        </h2>
        {nothingMissing ? <p className="mt-2">{t('missingNothing')}</p> : null}
        {missing.employeesWithoutAgreement.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg font-semibold">{t('withoutAgreement', { count: missing.employeesWithoutAgreement.length })}</h3>
            <ul className="mt-1 list-disc pl-6">
              {missing.employeesWithoutAgreement.map((e) => (
                <li key={e.personId}>
                  {e.assignmentId ? (
                    <Link href={`/uppdrag/${e.assignmentId}`} className="text-administrative-800 underline">
                      {e.name}
                    </Link>
                  ) : (
                    e.name
                  )}{' '}
                  – {e.assignmentId ? (e.waitingForManager ? t('waitingForYou') : t('waitingForEmployee')) : t('noAssignment')}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {missing.activitiesWithoutGoal.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg font-semibold">{t('withoutGoal', { count: missing.activitiesWithoutGoal.length })}</h3>
            <ul className="mt-1 list-disc pl-6">
              {missing.activitiesWithoutGoal.map((a) => (
                <li key={a.id}>
                  {a.title} ({a.unitName})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {missing.goalsWithoutActivity.length > 0 ? (
          <>
            <h3 className="mt-4 text-lg font-semibold">{t('goalsWithoutActivity', { count: missing.goalsWithoutActivity.length })}</h3>
            <ul className="mt-1 list-disc pl-6">
              {missing.goalsWithoutActivity.map((g) => (
                <li key={`${g.unitName}-${g.id}`}>
                  {g.code} {g.title} ({g.unitName})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
