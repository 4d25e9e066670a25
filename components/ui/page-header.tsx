import { TextLink } from './text-link';

interface Props {
  title: React.ReactNode;
  /** A sentence or two on what the page is for. */
  lead?: React.ReactNode;
  /** The page one step up, as a link above the title. */
  back?: { href: string; label: string };
  /** A word above the title saying what kind of thing the page shows. */
  kicker?: React.ReactNode;
  /** The page's own links or buttons, under the lead. */
  actions?: React.ReactNode;
}

/** The top of a page: its one h1, what it is for, and where to go from it. */
export function PageHeader({ title, lead, back, kicker, actions }: Props) {
  return (
    <>
      {back ? (
        <p className="text-sm">
          <TextLink href={back.href}>{back.label}</TextLink>
        </p>
      ) : null}
      {kicker ? <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{kicker}</p> : null}
      <h1 className={back || kicker ? 'mt-1 text-3xl font-bold' : 'text-3xl font-bold'}>{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-slate-700">{lead}</p> : null}
      {actions ? <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">{actions}</div> : null}
    </>
  );
}
