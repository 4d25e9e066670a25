import { useId } from 'react';
import { classNames } from './class-names';
import { ScrollArea } from './scroll-area';

export interface Column<Row> {
  /** The column's header: a text, or a node such as a badge or a label for screen readers only. */
  header: React.ReactNode;
  /** The column's React key, where the header is not a text. */
  key?: string;
  cell: (row: Row) => React.ReactNode;
  /** This cell names its row (`<th scope="row">`); screen readers read it before each cell of the row. */
  rowHeader?: boolean;
  /** Figures: right-aligned, in digits of one width, so that they line up. */
  numeric?: boolean;
  /** Right-aligned, such as a button at the end of the row. */
  end?: boolean;
  /** Kept on one line, such as a date or a time. */
  nowrap?: boolean;
}

const LOOKS = {
  /** A table of its own on a page: white, with room in each cell. */
  comfortable: { wrapper: 'mt-3', table: 'bg-white shadow-sm', head: 'border-b-2 border-slate-300', cell: 'p-2', rowHeader: 'font-medium', empty: 'mt-2' },
  /** A table inside a card or a report, beside other figures. */
  compact: { wrapper: 'mt-2', table: undefined, head: 'border-b border-slate-300', cell: 'py-1 pr-3', rowHeader: 'font-normal', empty: 'mt-1' },
} as const;

interface Props<Row> {
  /** Names the table; read by screen readers, shown only with `showCaption`. */
  caption: string;
  showCaption?: boolean;
  rows: readonly Row[];
  /** Each row's React key; without it the row's `id`, or else its place in the list. */
  rowKey?: (row: Row) => React.Key | undefined;
  /**
   * The columns, in order, as the table's children: one object each. A column that is `false` or
   * `null` is left out (one the reader may not use, for instance).
   */
  children: readonly (Column<Row> | false | null | undefined)[];
  /** Shown instead of the table when there are no rows. */
  empty?: React.ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: string;
  /**
   * The scrolling area's own name, where the caption alone does not tell this table from the
   * others on the page. Without it the area is named by the caption.
   */
  scrollLabel?: string;
  /** Only for a narrow table that fits any screen: no scrolling area of its own. */
  fitsScreen?: boolean;
  density?: keyof typeof LOOKS;
  /** The table's widest extent in the page, such as `max-w-3xl`. */
  width?: string;
  testId?: string;
}

/**
 * A table with its caption, column headers, and a header cell naming each row. On a narrow
 * screen it scrolls sideways in its own focusable area rather than making the page wider.
 */
export function DataTable<Row>({ caption, showCaption = false, rows, rowKey = keyOf, children, empty, minWidth, scrollLabel, fitsScreen = false, density = 'comfortable', width, testId }: Props<Row>) {
  const captionId = useId();
  const look = LOOKS[density];
  if (rows.length === 0 && empty !== undefined) return <p className={look.empty}>{empty}</p>;
  const shown = children.filter((c): c is Column<Row> => Boolean(c));
  const align = (c: Column<Row>) => classNames(look.cell, (c.numeric || c.end) && 'text-right', c.numeric && 'tabular-nums', c.nowrap && 'whitespace-nowrap');
  const table = (
    <table className={classNames('w-full border-collapse text-left text-sm', look.table)} style={minWidth ? { minWidth } : undefined} data-testid={testId}>
      <caption id={captionId} className={showCaption ? 'pb-1 text-left font-semibold' : 'sr-only'}>
        {caption}
      </caption>
      <thead>
        <tr className={look.head}>
          {shown.map((c, i) => (
            <th key={c.key ?? i} scope="col" className={align(c)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row) ?? index} className="border-b border-slate-200 align-top">
            {shown.map((c, i) =>
              c.rowHeader ? (
                <th key={c.key ?? i} scope="row" className={classNames(align(c), look.rowHeader)}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key ?? i} className={align(c)}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <div className={classNames(look.wrapper, width)}>{fitsScreen ? table : scrollLabel ? <ScrollArea label={scrollLabel}>{table}</ScrollArea> : <ScrollArea labelledBy={captionId}>{table}</ScrollArea>}</div>;
}

/** A row's own id where it has one. */
function keyOf(row: unknown): React.Key | undefined {
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}
