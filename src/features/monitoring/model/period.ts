/**
 * Rollup period choices. A chart asks for one metric of each of its resources in one batch query
 * while that stays within metrics × (to − from) / interval ≤ 3000 points (FEATURES §10.4), and "Auto"
 * takes the finest period that does (pickPeriod). A finer period may still be chosen: the chart then
 * asks `metric-data` once per resource, which has no point limit, up to 7 days of 1-minute points
 * per series (drawn downsampled). A period beyond that is disabled.
 */
import { METRIC_PERIODS, type MetricPeriod } from '../../../../contract/ces/fields';
import { periodIntervalMs, pickPeriod } from '../../../../contract/ces/metric-data';
import type { TimeWindow } from './time-range';

export type PeriodSetting = MetricPeriod | 'auto';

export type PeriodBlock = 'points' | 'span';

export interface PeriodChoice {
  period: MetricPeriod;
  /** Why it cannot be chosen: too many points, or not even one whole period in the range. */
  blockedBy?: PeriodBlock;
}

/** The most points a chart draws per series: 7 days of raw (1-minute) data. */
export const MAX_SERIES_POINTS = 7 * 24 * 60;

export function periodChoices(window: TimeWindow): PeriodChoice[] {
  return METRIC_PERIODS.map((period) => {
    if ((window.to - window.from) / periodIntervalMs(period) > MAX_SERIES_POINTS)
      return { period, blockedBy: 'points' };
    if (periodIntervalMs(period) >= window.to - window.from) return { period, blockedBy: 'span' };
    return { period };
  });
}

/** The period to query: the chosen one while it fits, else the finest that does. */
export function effectivePeriod(setting: PeriodSetting, window: TimeWindow, seriesCount: number): MetricPeriod {
  const fits = (period: MetricPeriod) => !periodChoices(window).find((choice) => choice.period === period)?.blockedBy;
  if (setting !== 'auto' && fits(setting)) return setting;
  return pickPeriod(window.from, window.to, seriesCount);
}
