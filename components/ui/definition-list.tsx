import { classNames } from './class-names';

export interface Definition {
  term: React.ReactNode;
  details: React.ReactNode;
}

/**
 * Facts as term and value: side by side from a small screen up, one under the other on a phone.
 * An item that is `false` or `null` is left out (a fact the object does not have).
 */
export function DefinitionList({ items, size = 'base', className }: { items: readonly (Definition | false | null | undefined)[]; size?: 'base' | 'sm'; className?: string }) {
  return (
    <dl className={classNames('grid gap-y-1 sm:grid-cols-[auto_1fr]', size === 'sm' ? 'gap-x-4 text-sm' : 'gap-x-6', className ?? 'mt-2')}>
      {items
        .filter((item): item is Definition => Boolean(item))
        .map((item, i) => [
          <dt key={`t${i}`} className="font-medium">
            {item.term}
          </dt>,
          <dd key={`d${i}`}>{item.details}</dd>,
        ])}
    </dl>
  );
}
