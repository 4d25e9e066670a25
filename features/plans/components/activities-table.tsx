import Link from 'next/link';

import { StatusBadge } from '@/components/ui/status-badge';
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

/** The plan's activities; an edit link per row only where the viewer may edit this version. */
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

export function ActivitiesTable({ planId, rows, editable }: { planId: number; rows: Row[]; editable: boolean }) {
  const t = useSharedTranslator('plans.page');
  if (rows.length === 0) return <p className="mt-2">{t('noActivities')}</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm shadow-sm">
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="p-2">{t('activity')}</th>
            <th scope="col" className="p-2">{t('owner')}</th>
            <th scope="col" className="p-2">{t('dates')}</th>
            <th scope="col" className="p-2">{t('activityStatus')}</th>
            <th scope="col" className="p-2">{t('talkFollowUp')}</th>
            <th scope="col" className="p-2">{t('goals')}</th>
            <th scope="col" className="p-2">{t('expectedResult')}</th>
            {editable ? (
              <th scope="col" className="p-2">
                <span className="sr-only">{t('edit')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {a.title}
                {a.description ? <span className="block font-normal text-slate-700">{a.description}</span> : null}
              </th>
              <td className="p-2">{a.ownerName ?? '–'}</td>
              <td className="whitespace-nowrap p-2">{t('period', { start: a.startDate, end: a.endDate })}</td>
              <td className="p-2">
                <StatusBadge kind="activity" value={a.status} />
              </td>
              <td className="p-2">
                <TalkFigures talks={a.talks} />
              </td>
              <td className="p-2">
                <ul>
                  {a.goals.map((g) => (
                    <li key={g.id} title={g.title}>
                      {g.code}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="p-2">{a.expectedResult}</td>
              {editable ? (
                <td className="p-2">
                  <Link href={`/handlingsplaner/${planId}/aktiviteter/${a.id}`} className="font-medium text-administrative-800 underline">
                    {t('edit')}
                    <span className="sr-only"> {t('editLabel', { title: a.title })}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
