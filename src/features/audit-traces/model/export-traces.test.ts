import { describe, expect, it } from 'vitest';
import type { Trace, TraceListResponse, TraceQuery } from '../../../../contract/cts/traces';
import { collectTraces, exportFileName, exportText } from './export-traces';
import { testTrace } from './test-traces';

/** A fake trace list of `total` traces, paged as the API pages (marker = last ID, null at the end). */
function pages(total: number) {
  const all = Array.from({ length: total }, (_, i) => testTrace({ trace_id: `t-${i}` }));
  const asked: TraceQuery[] = [];
  const fetchPage = (query: TraceQuery): Promise<TraceListResponse> => {
    asked.push(query);
    const start = query.next ? all.findIndex((trace) => trace.trace_id === query.next) + 1 : 0;
    const limit = Number(query.limit);
    const traces = all.slice(start, start + limit);
    const more = start + limit < all.length;
    return Promise.resolve({
      traces,
      meta_data: { count: traces.length, marker: more ? traces.at(-1)!.trace_id : null },
    });
  };
  return { fetchPage, asked };
}

describe('collecting every page for an export', () => {
  it('follows the markers 200 at a time with the same filters, reporting progress', async () => {
    const { fetchPage, asked } = pages(450);
    const progress: number[] = [];
    const result = await collectTraces({ trace_rating: 'warning' }, fetchPage, (count) => progress.push(count));
    expect(result.traces).toHaveLength(450);
    expect(result.capped).toBe(false);
    expect(asked).toEqual([
      { trace_rating: 'warning', limit: 200 },
      { trace_rating: 'warning', limit: 200, next: 't-199' },
      { trace_rating: 'warning', limit: 200, next: 't-399' },
    ]);
    expect(progress).toEqual([200, 400, 450]);
  });

  it('stops at the cap and says so', async () => {
    const { fetchPage, asked } = pages(1000);
    const result = await collectTraces({}, fetchPage, () => undefined, 300);
    expect(result.traces).toHaveLength(300);
    expect(result.capped).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('is not capped when the last page ends exactly at the cap', async () => {
    const { fetchPage } = pages(400);
    expect((await collectTraces({}, fetchPage, () => undefined, 400)).capped).toBe(false);
  });
});

describe('export files', () => {
  const traces: Trace[] = [testTrace({ resource_name: '=cmd|calc' }), testTrace({ trace_id: 't-2' })];
  const columns = [
    { header: 'Trace ID', value: (trace: Trace) => trace.trace_id },
    { header: 'Resource Name', value: (trace: Trace) => trace.resource_name },
  ];

  it('writes CSV rows through the shared, formula-safe writer', () => {
    expect(exportText('csv', traces, columns)).toBe("Trace ID,Resource Name\r\nt-1,'=cmd|calc\r\nt-2,elb-staging");
  });

  it('writes the traces themselves as JSON', () => {
    expect(JSON.parse(exportText('json', traces, columns))).toEqual(traces);
  });

  it('names the file after the moment, in UTC', () => {
    expect(exportFileName('csv', Date.UTC(2026, 10, 26, 18, 5, 30))).toBe('traces-2026-11-26T1805.csv');
    expect(exportFileName('json', Date.UTC(2026, 10, 26, 18, 5, 30))).toBe('traces-2026-11-26T1805.json');
  });
});
