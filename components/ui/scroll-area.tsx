/**
 * A table that may be wider than the screen scrolls sideways; the area takes keyboard focus so
 * that it can be scrolled without a mouse, and is named for screen readers.
 */
export function ScrollArea({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto focus:outline-2 focus:outline-administrative-600">
      {children}
    </div>
  );
}
