// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { DataTable, textColumns, type DataColumn } from './DataTable';

interface Row {
  id: string;
  name: string;
  count: number;
  note?: string;
}

const columns: DataColumn<Row>[] = [
  { header: 'Name', cell: 'name', rowHeader: true },
  { header: 'Count', cell: 'count', numeric: true },
  { header: 'Note', cell: (r) => r.note ?? '–', cellProps: (r) => (r.note ? { 'data-noted': '' } : undefined) },
];
const rows: Row[] = [
  { id: 'a', name: 'Alpha', count: 3, note: 'first' },
  { id: 'b', name: 'Beta', count: 5 },
];

describe('DataTable', () => {
  it('renders column headers, row headers and cells from keys or renderers', () => {
    render(<DataTable caption="Counts" columns={columns} rows={rows} rowKey={(r) => r.id} className="my-table" />);
    const table = screen.getByRole('table', { name: 'Counts' });
    expect(table.className).toBe('my-table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Count', 'Note']);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Alpha', 'Beta']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['3', 'first']);
    expect(within(second!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['5', '–']);
    expect(within(first!).getAllByRole('cell')[0]!.className).toBe('num');
    expect(within(first!).getAllByRole('cell')[1]!.hasAttribute('data-noted')).toBe(true);
    expect(within(second!).getAllByRole('cell')[1]!.hasAttribute('data-noted')).toBe(false);
  });

  it('hides the caption visually on request and names a scroll region by it', () => {
    render(<DataTable caption="Hidden caption" captionHidden region scrollClassName="extra" columns={columns} rows={rows} />);
    const region = screen.getByRole('region', { name: 'Hidden caption' });
    expect(region.className).toBe('kit-table-scroll extra');
    expect(region.tabIndex).toBe(0);
    expect(region.querySelector('caption')!.className).toBe('sr-only');
  });

  it('plain tables get no region, no caption element and no table class', () => {
    const { container } = render(<DataTable columns={textColumns(['Month', 'Users'])} rows={[['Jan', '10']]} />);
    const wrapper = container.firstElementChild!;
    expect(wrapper.className).toBe('kit-table-scroll');
    expect(wrapper.hasAttribute('role')).toBe(false);
    expect(container.querySelector('caption')).toBeNull();
    expect(container.querySelector('table')!.hasAttribute('class')).toBe(false);
    expect(screen.getByRole('rowheader').textContent).toBe('Jan');
  });

  it('puts footer rows in a tfoot and lets a spanning cell stand in for the columns it covers', () => {
    const spanning: DataColumn<Row>[] = [
      columns[0]!,
      { ...columns[1]!, cell: (r) => (r.id === 'b' ? 'no count' : r.count), cellProps: (r) => (r.id === 'b' ? { colSpan: 2 } : undefined) },
      columns[2]!,
    ];
    const { container } = render(
      <DataTable columns={spanning} rows={rows} footer={[{ id: 'total', name: 'Total', count: 8 }]} rowProps={(r) => ({ 'data-id': r.id })} />,
    );
    const beta = container.querySelector('tbody tr[data-id="b"]')!;
    expect(beta.querySelectorAll('td')).toHaveLength(1);
    expect(beta.querySelector('td')!.colSpan).toBe(2);
    const foot = container.querySelector('tfoot tr[data-id="total"]')!;
    expect(foot.querySelector('th')!.getAttribute('scope')).toBe('row');
    expect([...foot.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['8', '–']);
  });
});
