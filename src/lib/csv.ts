/**
 * CSV export. A cell that begins with =, +, - or @ (or a tab/CR) would run as a formula
 * in a spreadsheet, so it is prefixed with an apostrophe (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface CsvColumn<T> {
  header: string;
  value(row: T): string | number | boolean | null | undefined;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const line = (cells: string[]) => cells.map((cell) => quote(neutraliseCell(cell))).join(',');
  return [
    line(columns.map((column) => column.header)),
    ...rows.map((row) => line(columns.map((column) => String(column.value(row) ?? '')))),
  ].join('\r\n');
}

/** Offers the text as a file download (UTF-8 with BOM so spreadsheets read accents). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
