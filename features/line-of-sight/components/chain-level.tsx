import { Heading } from '@/components/ui/heading';

/** One level of the chain, drawn as a step on a vertical line so the order reads top-down. */
export function ChainLevel({ id, title, side, children }: { id: string; title: string; side: 'political' | 'administrative'; children: React.ReactNode }) {
  const dot = side === 'political' ? 'bg-political-600' : 'bg-administrative-600';
  return (
    <li className="relative border-l-2 border-slate-300 pb-8 pl-6 last:border-transparent last:pb-0" aria-labelledby={id}>
      <span aria-hidden="true" className={`absolute -left-[9px] top-1 h-4 w-4 rounded-full ${dot}`} />
      <Heading level={3} id={id}>
        {title}
      </Heading>
      <div className="mt-3 space-y-3">{children}</div>
    </li>
  );
}
