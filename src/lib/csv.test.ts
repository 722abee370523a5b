import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

describe('CSV export', () => {
  it.each(['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx'])('neutralises formula cell %j', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary cells alone and quotes separators', () => {
    const csv = toCsv(
      [{ header: 'Name', value: (row: { name: string }) => row.name }],
      [{ name: 'a,b' }, { name: 'say "hi"' }, { name: 'plain' }],
    );
    expect(csv.split('\r\n')).toEqual(['Name', '"a,b"', '"say ""hi"""', 'plain']);
  });

  it('keeps HTML as text', () => {
    const csv = toCsv(
      [{ header: 'Name', value: (row: { name: string }) => row.name }],
      [{ name: '<img src=x onerror=alert(1)>' }],
    );
    expect(csv).toContain('<img src=x onerror=alert(1)>');
  });
});
