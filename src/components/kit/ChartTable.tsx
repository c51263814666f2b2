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
      <div className="kit-table-scroll">
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
