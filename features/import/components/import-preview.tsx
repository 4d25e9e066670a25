'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import type { ImportPreview } from '@/features/import/hr-import';
import { KIND_LABELS } from '@/features/import/kinds';
import type { FieldChange } from '@/features/import/types';
import type { OrgUnitKind } from '@/lib/domain/org-units';
import type { Role } from '@/lib/domain/roles';

function Table({ caption, head, rows, total }: { caption: string; head: string[]; rows: React.ReactNode[][]; total: number }) {
  const t = useTranslations('import');
  return (
    <div className="mt-6">
      <DataTable caption={`${caption} (${total})`} showCaption minWidth="36rem" rows={rows}>
        {head.map((h, j) => ({ header: h, key: h, cell: (cells: React.ReactNode[]) => cells[j] }))}
      </DataTable>
      {rows.length < total ? <p className="mt-1 text-sm text-slate-700">{t('listShown', { shown: rows.length, total })}</p> : null}
    </div>
  );
}

/** A dry run's or a real run's result: the counts, the refused rows with their lines, then each list. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = useTranslations('import');
  const { counts } = preview;
  const value = (field: string, v: string | null) => (v === null || v === '' ? t('empty') : field === 'kind' ? (KIND_LABELS[v as OrgUnitKind] ?? v) : v);
  const describe = (changes: FieldChange[]) => (
    <ul>
      {changes.map((c) => (
        <li key={c.field}>{c.field === 'reopened' ? t('fields.reopened') : t('change', { field: t(`fields.${c.field}` as 'fields.name'), from: value(c.field, c.from), to: value(c.field, c.to) })}</li>
      ))}
    </ul>
  );
  const line = (n: number | null) => (n === null ? t('noLine') : String(n));
  const roleList = (roles: Role[]) => roles.map((r) => t(`roles.${r}`)).join(', ');
  const rowsCounted: [string, number, number][] = [
    [t('created'), counts.units.created, counts.people.created],
    [t('changed'), counts.units.changed, counts.people.changed],
    [t('moved'), counts.units.moved, counts.people.moved],
    [t('ended'), counts.units.closed, counts.people.ended],
    [t('unchanged'), counts.units.unchanged, counts.people.unchanged],
  ];

  return (
    <>
      <div className="mt-4 max-w-md">
        <DataTable caption={t('countsCaption')} testId="import-counts" rows={rowsCounted} rowKey={([label]) => label}>
          {[
            { header: t('what'), rowHeader: true, cell: ([label]) => label },
            { header: t('unitsColumn'), numeric: true, cell: ([, units]) => units },
            { header: t('peopleColumn'), numeric: true, cell: ([, , people]) => people },
          ]}
        </DataTable>
      </div>
      <p className="mt-3 font-semibold">{t('errorsCount', { count: counts.errors })}</p>

      {counts.errors > 0 ? <Table caption={t('errorsHeading')} total={counts.errors} head={[t('file'), t('line'), t('reason')]} rows={preview.errors.map((e) => [e.file === 'org' ? t('orgFileName') : t('peopleFileName'), line(e.line), t(`errors.${e.code}`, e.params ?? {})])} /> : null}
      {counts.units.created > 0 ? <Table caption={t('unitsCreatedHeading')} total={counts.units.created} head={[t('line'), t('code'), t('name')]} rows={preview.units.created.map((u) => [line(u.line), u.code, u.name])} /> : null}
      {counts.units.changed > 0 ? <Table caption={t('unitsChangedHeading')} total={counts.units.changed} head={[t('line'), t('code'), t('name'), t('changes')]} rows={preview.units.changed.map((u) => [line(u.line), u.code, u.name, describe(u.changes)])} /> : null}
      {counts.units.moved > 0 ? <Table caption={t('unitsMovedHeading')} total={counts.units.moved} head={[t('line'), t('code'), t('name'), t('changes')]} rows={preview.units.moved.map((u) => [line(u.line), u.code, u.name, describe(u.changes)])} /> : null}
      {counts.units.closed > 0 ? <Table caption={t('unitsClosedHeading')} total={counts.units.closed} head={[t('code'), t('name')]} rows={preview.units.closed.map((u) => [u.code, u.name])} /> : null}
      {counts.people.created > 0 ? (
        <Table
          caption={t('peopleCreatedHeading')}
          total={counts.people.created}
          head={[t('line'), t('number'), t('name'), t('unit'), t('rolesLost')]}
          rows={preview.people.created.map((p) => [line(p.line), p.number, p.returning ? `${p.name} (${t('returning')})` : p.name, p.unitCode, p.rolesDropped.length > 0 ? roleList(p.rolesDropped) : '–'])}
        />
      ) : null}
      {counts.people.changed > 0 ? <Table caption={t('peopleChangedHeading')} total={counts.people.changed} head={[t('line'), t('number'), t('name'), t('changes')]} rows={preview.people.changed.map((p) => [line(p.line), p.number, p.name, describe(p.changes)])} /> : null}
      {counts.people.moved > 0 ? <Table caption={t('peopleMovedHeading')} total={counts.people.moved} head={[t('line'), t('number'), t('name'), t('changes')]} rows={preview.people.moved.map((p) => [line(p.line), p.number, p.name, describe(p.changes)])} /> : null}
      {counts.people.ended > 0 ? (
        <Table caption={t('peopleEndedHeading')} total={counts.people.ended} head={[t('line'), t('number'), t('name'), t('endDate'), t('rolesLost')]} rows={preview.people.ended.map((p) => [p.line === null ? t('absent') : line(p.line), p.number, p.name, p.endDate, roleList(p.rolesLost)])} />
      ) : null}
    </>
  );
}
