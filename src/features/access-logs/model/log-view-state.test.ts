import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './log-rows';
import { readLogView, writeLogView } from './log-view-state';
import { DEFAULT_RANGE } from './time-range';

describe('log viewer state in the URL', () => {
  it('reads the default view from a plain URL', () => {
    expect(readLogView(new URLSearchParams('tab=access-logs'))).toEqual({
      filters: NO_FILTERS,
      range: DEFAULT_RANGE,
      autoRefresh: false,
    });
  });

  it('round-trips filters, a custom range and auto-refresh, keeping the page parameters', () => {
    const view = {
      filters: { ...NO_FILTERS, statusClass: '5xx' as const, status: '502', client: '31.210', url: '/api' },
      range: { kind: 'custom' as const, from: 1_000, to: 2_000 },
      autoRefresh: true,
    };
    const params = writeLogView(new URLSearchParams('tab=access-logs'), view);
    expect(params.get('tab')).toBe('access-logs');
    expect(readLogView(params)).toEqual(view);
  });

  it('leaves defaults out and ignores what it cannot read', () => {
    const params = writeLogView(new URLSearchParams('log.url=/x'), {
      filters: NO_FILTERS,
      range: DEFAULT_RANGE,
      autoRefresh: false,
    });
    expect(params.toString()).toBe('');
    const odd = readLogView(new URLSearchParams('log.class=9xx&log.range=custom&log.from=5&log.to=1'));
    expect(odd.filters.statusClass).toBe('');
    expect(odd.range).toEqual(DEFAULT_RANGE);
  });
});
