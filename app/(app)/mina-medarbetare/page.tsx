import type { Metadata } from 'next';
import { DataTable } from '@/components/ui/data-table';
import { Heading } from '@/components/ui/heading';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
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
      <PageHeader title={t('title')} />
      {team.employees.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t('intro', { year: team.year ?? '' })}</p>
          <DataTable caption={t('title')} minWidth="36rem" rows={team.employees} rowKey={(e) => e.personId}>
            {[
              {
                header: t('employee'),
                rowHeader: true,
                cell: (e) =>
                  e.assignment ? (
                    <TextLink href={`/uppdrag/${e.assignment.id}`} aria-label={t('open', { name: e.name })}>
                      {e.name}
                    </TextLink>
                  ) : (
                    e.name
                  ),
              },
              { header: t('role'), cell: (e) => e.title },
              { header: t('unit'), cell: (e) => e.unitName },
              {
                header: t('assignment'),
                cell: (e) => (
                  <>
                    {e.assignment ? <StatusBadge kind="assignment" value={e.assignment.status} /> : t('noAssignment')}
                    {e.assignment && e.assignment.status !== 'agreed' ? <span className="ml-2">{e.assignment.employeeConfirmedAt ? t('waitingForYou') : t('waitingForEmployee')}</span> : null}
                  </>
                ),
              },
            ]}
          </DataTable>
        </>
      )}

      <Section id="missing-heading" title={t('missingTitle')} size="xl" className="mt-10">
        {nothingMissing ? <p className="mt-2">{t('missingNothing')}</p> : null}
        <Missing
          title={t('withoutAgreement', { count: missing.employeesWithoutAgreement.length })}
          items={missing.employeesWithoutAgreement.map((e) => ({
            key: e.personId,
            text: (
              <>
                {e.assignmentId ? <TextLink href={`/uppdrag/${e.assignmentId}`}>{e.name}</TextLink> : e.name} – {e.assignmentId ? (e.waitingForManager ? t('waitingForYou') : t('waitingForEmployee')) : t('noAssignment')}
              </>
            ),
          }))}
        />
        <Missing title={t('withoutGoal', { count: missing.activitiesWithoutGoal.length })} items={missing.activitiesWithoutGoal.map((a) => ({ key: a.id, text: `${a.title} (${a.unitName})` }))} />
        <Missing title={t('goalsWithoutActivity', { count: missing.goalsWithoutActivity.length })} items={missing.goalsWithoutActivity.map((g) => ({ key: `${g.unitName}-${g.id}`, text: `${g.code} ${g.title} (${g.unitName})` }))} />
      </Section>
    </>
  );
}

/** One kind of thing missing in the team's year, as a list under its own heading; nothing when none is. */
function Missing({ title, items }: { title: string; items: { key: React.Key; text: React.ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <Heading level={3} className="mt-4">
        {title}
      </Heading>
      <ul className="mt-1 list-disc pl-6">
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}
