import { DataTable, textColumns } from './DataTable';

/** The data behind a chart, as rows of already formatted cells (first cell = row header). */
export interface ChartTableData {
  columns: string[];
  rows: string[][];
}

/** The data-table alternative every chart carries, folded away under a summary. */
export function ChartTable({ table }: { table: ChartTableData }) {
  return (
    <details className="kit-chart-table">
      <summary>Show the data as a table</summary>
      <DataTable columns={textColumns(table.columns)} rows={table.rows} />
    </details>
  );
}
