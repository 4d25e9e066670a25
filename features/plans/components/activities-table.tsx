import { DataTable } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextLink } from '@/components/ui/text-link';
import type { ActivityStatus } from '@/lib/domain/activity-statuses';
import { useSharedTranslator } from '@/lib/i18n/shared';

interface Row {
  id: number;
  title: string;
  description: string | null;
  ownerName: string | null;
  startDate: string;
  endDate: string;
  status: ActivityStatus;
  expectedResult: string;
  goals: { id: number; code: string; title: string }[];
  talks: { people: number; counts: Record<string, number> } | null;
}

/**
 * Counts from this year's confirmed appraisal talks. Below six people, and with no one at all, the
 * same reason is shown: the page must not tell "nobody" from "a few".
 */
function TalkFigures({ talks }: Pick<Row, 'talks'>) {
  const t = useSharedTranslator('plans.page');
  const ts = useSharedTranslator('status.activity');
  if (!talks) return <span className="text-slate-700">{t('talksSuppressed')}</span>;
  return (
    <span>
      {t('talksPeople', { count: talks.people })}:{' '}
      {Object.entries(talks.counts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${ts(status as 'done').toLowerCase()}`)
        .join(', ')}
    </span>
  );
}

/** The plan's activities; an edit link per row only where the viewer may edit this version. */
export function ActivitiesTable({ planId, rows, editable }: { planId: number; rows: Row[]; editable: boolean }) {
  const t = useSharedTranslator('plans.page');
  return (
    <DataTable caption={t('activitiesTitle')} minWidth="48rem" rows={rows} empty={t('noActivities')}>
      {[
        {
          header: t('activity'),
          rowHeader: true,
          cell: (a) => (
            <>
              {a.title}
              {a.description ? <span className="block font-normal text-slate-700">{a.description}</span> : null}
            </>
          ),
        },
        { header: t('owner'), cell: (a) => a.ownerName ?? '–' },
        { header: t('dates'), nowrap: true, cell: (a) => t('period', { start: a.startDate, end: a.endDate }) },
        { header: t('activityStatus'), cell: (a) => <StatusBadge kind="activity" value={a.status} /> },
        { header: t('talkFollowUp'), cell: (a) => <TalkFigures talks={a.talks} /> },
        { header: t('goals'), cell: (a) => <GoalCodes goals={a.goals} /> },
        { header: t('expectedResult'), cell: (a) => a.expectedResult },
        editable && {
          header: <span className="sr-only">{t('edit')}</span>,
          key: 'edit',
          cell: (a) => (
            <TextLink href={`/handlingsplaner/${planId}/aktiviteter/${a.id}`}>
              {t('edit')}
              <span className="sr-only"> {t('editLabel', { title: a.title })}</span>
            </TextLink>
          ),
        },
      ]}
    </DataTable>
  );
}

function GoalCodes({ goals }: Pick<Row, 'goals'>) {
  return (
    <ul>
      {goals.map((g) => (
        <li key={g.id} title={g.title}>
          {g.code}
        </li>
      ))}
    </ul>
  );
}
