/**
 * A table that scrolls sideways on a narrow screen instead of squeezing its columns. Each body row
 * should start with a `<th scope="row">` so that screen readers name the row.
 */
export function DataTable({ columns, caption, minWidth = '36rem', children }: { columns: string[]; caption?: string; minWidth?: string; children: React.ReactNode }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm shadow-sm" style={{ minWidth }}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-slate-300">
            {columns.map((c) => (
              <th key={c} scope="col" className="p-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
