/** How a rule reads to people: its condition in one phrase, and the preview sentence of the form. */
import type { TFunction } from 'i18next';
import type { AlarmCondition } from '../../../../contract/ces/alarms';
import { findElbMetric } from '../../../../contract/ces/metrics';

/** "5 min", "1 h", "raw data (1 min)": the evaluation period. */
const periodLabel = (t: TFunction, period: number): string => t(`alarms:period.${period}`);

export function metricLabel(metricName: string): string {
  return findElbMetric(metricName)?.name ?? metricName;
}

/** "Average > 5 count/s for 3 consecutive periods of 5 min". */
export function conditionText(t: TFunction, condition: AlarmCondition): string {
  return t('alarms:condition.text', {
    filter: t(`alarms:filter.${condition.filter}`),
    operator: condition.comparison_operator,
    value: condition.value,
    unit: condition.unit ?? '',
    count: condition.count,
    period: periodLabel(t, condition.period),
  }).replace(/\s+/g, ' ');
}

/** The form's one-line summary of what the rule will do. */
export function previewSentence(
  t: TFunction,
  parts: { condition: AlarmCondition; metricName: string; resource: string; topics: number; enabled: boolean },
): string {
  const base = t('alarms:preview.sentence', {
    metric: metricLabel(parts.metricName),
    resource: parts.resource || t('alarms:preview.noResource'),
    condition: conditionText(t, parts.condition),
  });
  const notify = parts.topics > 0 ? t('alarms:preview.notify', { count: parts.topics }) : t('alarms:preview.silent');
  return `${base} ${notify}${parts.enabled ? '' : ` ${t('alarms:preview.disabled')}`}`;
}
