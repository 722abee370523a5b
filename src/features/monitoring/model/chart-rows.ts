/** Series → one row per timestamp, the shape the chart library draws (series i under key `s{i}`). */
import type { ChartPoint } from '../../../api/queries/metrics';

export type ChartRow = { timestamp: number } & Record<string, number | undefined>;

export const seriesKey = (index: number): string => `s${index}`;

export function toChartRows(series: readonly ChartPoint[][]): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  series.forEach((points, index) => {
    const key = seriesKey(index);
    for (const { timestamp, value } of points) {
      const row = rows.get(timestamp) ?? { timestamp };
      row[key] = value;
      rows.set(timestamp, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.timestamp - b.timestamp);
}

/** The most recent value of a series (the chart header, the alarm threshold hint). */
export function latestValue(points: readonly ChartPoint[] | undefined): number | undefined {
  return points?.at(-1)?.value;
}
