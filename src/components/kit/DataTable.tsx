import { useId, type HTMLAttributes, type Key, type ReactNode, type TdHTMLAttributes } from 'react';

type DataAttrs = { [name: `data-${string}`]: string | undefined };
/** Attributes a body or footer row may carry (class, data-*, aria-current). */
export type RowAttrs = HTMLAttributes<HTMLTableRowElement> & DataAttrs;
/** Attributes a cell may carry (class, data-*, title, colSpan: a spanning cell stands in for the columns it covers). */
export type CellAttrs = TdHTMLAttributes<HTMLTableCellElement> & DataAttrs;

/** The keys of a row type whose values React can render as they are. */
type RenderableKey<R> = { [K in keyof R]: R[K] extends ReactNode ? K : never }[keyof R];

/** One column: its header, how a row fills its cell, and how that cell is marked up. */
export interface DataColumn<R> {
  header: ReactNode;
  /** A field of the row shown as it is, or a renderer. */
  cell: RenderableKey<R> | ((row: R, index: number) => ReactNode);
  /** Right-aligned tabular figures (class `num`). */
  numeric?: boolean;
  /** The cell names its row: `<th scope="row">`. */
  rowHeader?: boolean;
  /** Class, data-* or colSpan of one row's cell. */
  cellProps?: (row: R) => CellAttrs | undefined;
}

/** Props of the kit's data table. */
export interface DataTableProps<R> {
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  /** React key of a row; the row's index when left out. */
  rowKey?: (row: R, index: number) => Key;
  caption?: ReactNode;
  /** Keep the caption for screen readers only. */
  captionHidden?: boolean;
  /** Rows in a `<tfoot>`, filled by the same columns (totals). */
  footer?: readonly R[];
  /** Class of the `<table>`. */
  className?: string;
  /** Extra class of the scrolling wrapper. */
  scrollClassName?: string;
  /** Make the scrolling wrapper a keyboard-focusable region named by the caption. */
  region?: boolean;
  rowProps?: (row: R) => RowAttrs | undefined;
}

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ') || undefined;

function Cells<R>({ columns, row, index }: { columns: readonly DataColumn<R>[]; row: R; index: number }) {
  const cells: ReactNode[] = [];
  for (let j = 0; j < columns.length; j++) {
    const col = columns[j]!;
    const props = col.cellProps?.(row);
    const content = typeof col.cell === 'function' ? col.cell(row, index) : (row[col.cell] as ReactNode);
    const className = classes(col.numeric && 'num', props?.className);
    cells.push(
      col.rowHeader ? (
        <th key={j} scope="row" {...(props as HTMLAttributes<HTMLTableCellElement>)} className={className}>
          {content}
        </th>
      ) : (
        <td key={j} {...props} className={className}>
          {content}
        </td>
      ),
    );
    j += Math.max(1, props?.colSpan ?? 1) - 1;
  }
  return <>{cells}</>;
}

/** A table of rows with typed columns, scrolling sideways on narrow screens: the one table every tool renders. */
export function DataTable<R>({ columns, rows, rowKey, caption, captionHidden, footer, className, scrollClassName, region, rowProps }: DataTableProps<R>) {
  const captionId = useId();
  const body = (list: readonly R[]) =>
    list.map((row, i) => (
      <tr key={rowKey ? rowKey(row, i) : i} {...rowProps?.(row)}>
        <Cells columns={columns} row={row} index={i} />
      </tr>
    ));
  return (
    <div
      className={classes('kit-table-scroll', scrollClassName)}
      role={region ? 'region' : undefined}
      aria-labelledby={region && caption !== undefined ? captionId : undefined}
      tabIndex={region ? 0 : undefined}
    >
      <table className={className}>
        {caption !== undefined && (
          <caption id={region ? captionId : undefined} className={captionHidden ? 'sr-only' : undefined}>
            {caption}
          </caption>
        )}
        <thead>
          <tr>
            {columns.map((col, j) => (
              <th key={j} scope="col" className={col.numeric ? 'num' : undefined}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body(rows)}</tbody>
        {footer && footer.length > 0 && <tfoot>{body(footer)}</tfoot>}
      </table>
    </div>
  );
}

/** Columns for rows of already formatted cells, the first cell of each row naming it. */
export function textColumns(headers: readonly string[]): DataColumn<readonly ReactNode[]>[] {
  return headers.map((header, j) => ({ header, cell: (row: readonly ReactNode[]) => row[j], rowHeader: j === 0 }));
}

/** A header read by screen readers only, e.g. "Actions" over a column of buttons. */
export const srOnly = (text: string) => <span className="sr-only">{text}</span>;
