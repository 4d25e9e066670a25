import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale } from 'next-intl/server';

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
      <section aria-labelledby={id} className="mt-8">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <ul className="mt-3 space-y-2">
          {items.map((item, i) => (
            <li key={`${item.href}-${i}`} className={`rounded-md border-l-4 bg-white p-3 shadow-sm ${item.overdue ? 'border-red-700' : 'border-administrative-600'}`}>
              <Link href={item.href} className="font-medium text-administrative-800 underline">
                {text(item)}
              </Link>
              {item.due ? <p className={`mt-1 text-sm ${item.overdue ? 'font-semibold text-red-800' : 'text-slate-700'}`}>{item.overdue ? `⚠ ${t('overdue', { date: formatDate(item.due, locale) })}` : t('due', { date: formatDate(item.due, locale) })}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    );
  const empty = todo.own.length + todo.team.length + todo.units.length === 0 && todo.lateUnitsTotal === 0;

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      {empty ? <p className="mt-6">{t('nothing')}</p> : null}
      {list('own-heading', t('own'), todo.own)}
      {list('team-heading', t('team'), todo.team)}
      {list('units-heading', t('units'), todo.units)}
      {todo.lateDeadline ? (
        <section aria-labelledby="late-heading" className="mt-8">
          <h2 id="late-heading" className="text-xl font-semibold">
            {t('lateTitle', { count: todo.lateUnitsTotal })}
          </h2>
          <p className="mt-1 text-slate-700">{t('lateIntro', { date: formatDate(todo.lateDeadline, locale) })}</p>
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
        </section>
      ) : null}
    </>
  );
}
