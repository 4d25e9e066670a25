import { TextLink } from '@/components/ui/text-link';
import type { OrgNode } from '@/features/organisation/queries';
import { useSharedTranslator } from '@/lib/i18n/shared';

const SIDE_CLASSES = {
  political: 'border-political-600 bg-political-50',
  administrative: 'border-administrative-600 bg-administrative-50',
} as const;

export interface ExpandState {
  expanded: number[];
  childrenOf: (id: number) => OrgNode[];
}

/** The page's own address with one unit opened or closed; opening and closing works without JavaScript. */
function toggleHref(state: ExpandState, id: number): string {
  const next = state.expanded.includes(id) ? state.expanded.filter((e) => e !== id) : [...state.expanded, id];
  return next.length ? `/organisation?visa=${next.join(',')}` : '/organisation';
}

export function OrgCard({ node, state, note }: { node: OrgNode; state: ExpandState; note?: string }) {
  const t = useSharedTranslator('organisation');
  const open = state.expanded.includes(node.id);
  const children = open ? state.childrenOf(node.id) : [];
  return (
    <div id={`enhet-${node.id}`} className={`rounded-lg border-l-4 p-3 shadow-sm ${SIDE_CLASSES[node.side]}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{t(`kind.${node.kind}`)}</p>
      <h3 className="font-semibold">
        {node.name}
        {node.shortName ? <span className="font-normal text-slate-700"> ({node.shortName})</span> : null}
      </h3>
      <ul className="mt-1 text-sm">
        {node.head ? <li>{node.side === 'political' ? t('chair', { name: node.head.name }) : t('head', { title: node.head.title, name: node.head.name })}</li> : null}
        {node.side === 'political' && node.memberCount > 0 ? <li>{t('members', { count: node.memberCount })}</li> : null}
        {node.side === 'administrative' && node.staffCount > 0 ? <li>{t('staff', { count: node.staffCount })}</li> : null}
        {note ? <li>{note}</li> : null}
      </ul>
      {node.childCount > 0 && node.side === 'administrative' ? (
        <p className="mt-2 text-sm">
          <TextLink href={toggleHref(state, node.id)} scroll={false} aria-expanded={open} aria-controls={open ? `barn-${node.id}` : undefined} aria-label={open ? t('collapseLabel', { name: node.name }) : t('expandLabel', { name: node.name })}>
            {open ? t('collapse') : t('expand', { count: node.childCount })}
          </TextLink>
        </p>
      ) : null}
      {open && children.length > 0 ? (
        <ul id={`barn-${node.id}`} className="mt-3 space-y-2 border-l-2 border-administrative-600 pl-3">
          {children.map((c) => (
            <li key={c.id}>{c.childCount === 0 && (c.kind === 'unit' || c.kind === 'workplace') ? <UnitRow node={c} /> : <OrgCard node={c} state={state} />}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A unit without units below it, on one line: a department of a large city may hold hundreds. */
function UnitRow({ node }: { node: OrgNode }) {
  const t = useSharedTranslator('organisation');
  return (
    <div id={`enhet-${node.id}`} className="flex flex-wrap items-baseline gap-x-3 rounded border-l-4 border-administrative-600 bg-white px-3 py-1.5 text-sm">
      <h3 className="font-semibold">{node.name}</h3>
      {node.head ? <span>{t('head', { title: node.head.title, name: node.head.name })}</span> : null}
      {node.staffCount > 0 ? <span className="text-slate-700">{t('staff', { count: node.staffCount })}</span> : null}
    </div>
  );
}
