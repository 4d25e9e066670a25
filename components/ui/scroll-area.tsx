type Name = { label: string; labelledBy?: never } | { label?: never; labelledBy: string };

/**
 * A table that may be wider than the screen scrolls sideways; the area takes keyboard focus so
 * that it can be scrolled without a mouse, and is named for screen readers (by a text, or by the
 * id of the element that names it, such as the table's caption).
 */
export function ScrollArea({ label, labelledBy, children }: Name & { children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0} className="overflow-x-auto focus:outline-2 focus:outline-administrative-600">
      {children}
    </div>
  );
}
