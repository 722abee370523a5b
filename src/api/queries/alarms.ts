/**
 * Alarm rules, their history, and the load balancers and listeners they watch (for names and pickers).
 * Rule lists poll every minute while the page is visible: a state follows the metrics, not a write.
 */
import { queryOptions } from '@tanstack/react-query';
import { ALARM_LIST_LIMIT_MAX, type MetricAlarm } from '../../../contract/ces/alarms';
import { ALARM_HISTORY_LIMIT_MAX } from '../../../contract/ces/alarm-history';
import { call } from '../api-call';
import { alarmsApi } from '../clients/ces-alarms';
import { listenersApi } from '../clients/elb-children';
import { loadBalancersApi } from '../clients/elb-load-balancers';
import { rootKeys } from './keys';

const ALARM_POLL_MS = 60_000;

export const alarmKeys = {
  all: rootKeys.alarms,
  list: () => [...alarmKeys.all, 'list'] as const,
  history: (alarmId: string) => [...alarmKeys.all, 'history', alarmId] as const,
};

/** Every rule, page by page (`start` = the last alarm_id of the previous page). */
async function allAlarms(signal?: AbortSignal): Promise<MetricAlarm[]> {
  const rules: MetricAlarm[] = [];
  let start: string | undefined;
  for (;;) {
    const page = await call(alarmsApi.list({ limit: ALARM_LIST_LIMIT_MAX, ...(start ? { start } : {}) }), signal);
    rules.push(...page.metric_alarms);
    start = page.meta_data.marker;
    if (page.metric_alarms.length < ALARM_LIST_LIMIT_MAX || rules.length >= page.meta_data.total) return rules;
  }
}

export const alarmQueries = {
  all: () =>
    queryOptions({
      queryKey: alarmKeys.list(),
      queryFn: ({ signal }) => allAlarms(signal),
      refetchInterval: ALARM_POLL_MS,
    }),
  /** The last 7 days (the API's default window), newest first. */
  history: (alarmId: string) =>
    queryOptions({
      queryKey: alarmKeys.history(alarmId),
      queryFn: ({ signal }) =>
        call(alarmsApi.history({ alarm_id: alarmId, limit: ALARM_HISTORY_LIMIT_MAX }), signal).then(
          (response) => response.alarm_histories,
        ),
      refetchInterval: ALARM_POLL_MS,
    }),
  /** Every enhanced load balancer, to name and pick what a rule watches. */
  loadBalancers: () =>
    queryOptions({
      queryKey: [...rootKeys.loadBalancers, 'alarm-targets'] as const,
      queryFn: ({ signal }) => call(loadBalancersApi.list({}), signal).then((response) => response.loadbalancers),
    }),
  listeners: () =>
    queryOptions({
      queryKey: [...rootKeys.listeners, 'alarm-targets'] as const,
      queryFn: ({ signal }) => call(listenersApi.list({}), signal).then((response) => response.listeners),
    }),
};
