/**
 * Export of the filtered traces: every page (200 at a time, the API's maximum), up to a cap so a
 * huge result does not stall the browser; CSV (src/lib/csv.ts) or JSON.
 */
import {
  TRACE_LIST_MAX_LIMIT,
  type Trace,
  type TraceListResponse,
  type TraceQuery,
} from '../../../../contract/cts/traces';
import { downloadText, toCsv, type CsvColumn } from '../../../lib/csv';

/** At most this many traces go into one file (the page says so when there are more). */
export const EXPORT_CAP = 2000;

export interface CollectedTraces {
  traces: Trace[];
  /** True when the cap cut the export short. */
  capped: boolean;
}

/** Reads every page of a query, reporting how many traces have arrived so far. */
export async function collectTraces(
  query: TraceQuery,
  fetchPage: (query: TraceQuery) => Promise<TraceListResponse>,
  onProgress: (count: number) => void,
  cap = EXPORT_CAP,
): Promise<CollectedTraces> {
  const traces: Trace[] = [];
  let next: string | undefined;
  for (;;) {
    const page = await fetchPage({ ...query, limit: TRACE_LIST_MAX_LIMIT, ...(next ? { next } : {}) });
    traces.push(...page.traces);
    onProgress(Math.min(traces.length, cap));
    if (traces.length >= cap)
      return { traces: traces.slice(0, cap), capped: traces.length > cap || page.meta_data.marker !== null };
    if (!page.meta_data.marker) return { traces, capped: false };
    next = page.meta_data.marker;
  }
}

export type ExportFormat = 'csv' | 'json';

export function exportText(format: ExportFormat, traces: Trace[], columns: CsvColumn<Trace>[]): string {
  return format === 'csv' ? toCsv(columns, traces) : JSON.stringify(traces, null, 2);
}

/** `traces-2026-11-26T1800.csv`: the export's moment, in UTC, safe in every file system. */
export function exportFileName(format: ExportFormat, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().slice(0, 16).replace(':', '');
  return `traces-${stamp}.${format}`;
}

/** Offers the traces as a file named after this moment. */
export function downloadTraces(format: ExportFormat, traces: Trace[], columns: CsvColumn<Trace>[]): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  downloadText(exportFileName(format, Date.now()), exportText(format, traces, columns), type);
}
