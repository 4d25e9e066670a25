import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';

import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { getTodo, type TodoItem } from '@/features/todo/queries';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/dates/format-date';
import { translator } from '@/lib/i18n/shared';

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator('todo');
  return { title: t('title') };
}

export default async function TodoPage() {
  const todo = await getTodo(getDb(), await requireViewer());
  const t = await translator('todo');
  const locale = await getLocale();
  const text = (item: TodoItem) => {
    const values = Object.fromEntries(Object.entries(item.values).map(([k, v]) => [k, k === 'date' && typeof v === 'string' ? formatDate(v, locale) : v]));
    return t(item.key.replace(/^todo\./, '') as 'title', values);
  };
  const list = (id: string, title: string, items: TodoItem[]) =>
    items.length === 0 ? null : (
      <Section id={id} title={title} className="mt-8">
        <ul className="mt-3 space-y-2">
          {items.map((item, i) => (
            <li key={`${item.href}-${i}`} className={`rounded-md border-l-4 bg-white p-3 shadow-sm ${item.overdue ? 'border-red-700' : 'border-administrative-600'}`}>
              <TextLink href={item.href}>{text(item)}</TextLink>
              {item.due ? <p className={`mt-1 text-sm ${item.overdue ? 'font-semibold text-red-800' : 'text-slate-700'}`}>{item.overdue ? `⚠ ${t('overdue', { date: formatDate(item.due, locale) })}` : t('due', { date: formatDate(item.due, locale) })}</p> : null}
            </li>
          ))}
        </ul>
      </Section>
    );
  const empty = todo.own.length + todo.team.length + todo.units.length === 0 && todo.lateUnitsTotal === 0;

  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      {empty ? <p className="mt-6">{t('nothing')}</p> : null}
      {list('own-heading', t('own'), todo.own)}
      {list('team-heading', t('team'), todo.team)}
      {list('units-heading', t('units'), todo.units)}
      {todo.lateDeadline ? (
        <Section id="late-heading" title={t('lateTitle', { count: todo.lateUnitsTotal })} intro={t('lateIntro', { date: formatDate(todo.lateDeadline, locale) })} className="mt-8">
          {todo.lateUnits.length === 0 ? (
            <p className="mt-2">{t('lateNone')}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {todo.lateUnits.map((u) => (
                <li key={u.name}>{u.name}</li>
              ))}
            </ul>
          )}
          {todo.lateUnitsTotal > todo.lateUnits.length ? <p className="mt-1">{t('lateMore', { count: todo.lateUnitsTotal - todo.lateUnits.length })}</p> : null}
        </Section>
      ) : null}
    </>
  );
}
