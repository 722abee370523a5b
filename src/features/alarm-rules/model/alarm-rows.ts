/**
 * Each rule with the load balancer and listener it watches (by name, resolved through the ELB lists), and
 * the list's filters and page in the URL. The API filters nothing (querying_alarm_rules.rst has only
 * start/limit/order), so the page reads every rule and filters here.
 */
import type { AlarmState } from '../../../../contract/ces/alarm-fields';
import { ALARM_STATES } from '../../../../contract/ces/alarm-fields';
import type { MetricAlarm } from '../../../../contract/ces/alarms';
import { ELB_DIMENSIONS } from '../../../../contract/ces/metrics';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';

export interface TargetRef {
  kind: 'lb' | 'listener';
  id: string;
  /** Undefined when the resource no longer exists. */
  name?: string;
  to?: string;
  /** `HTTP/80` for a listener. */
  detail?: string;
}

export interface AlarmRuleRow extends MetricAlarm {
  targets: TargetRef[];
  /** The load balancer the rule concerns (its own, or its listener's). */
  loadBalancerId?: string;
}

export interface AlarmFilters {
  search: string;
  state?: AlarmState;
  level?: number;
  /** A load balancer ID: its rules and its listeners' rules. */
  resource?: string;
}

const listenerLink = (loadBalancerId: string, listenerId: string) =>
  `/load-balancers/${loadBalancerId}?tab=listeners&listener=${listenerId}`;

export const protocolLabel = (listener: Listener) =>
  `${listener.protocol === 'TERMINATED_HTTPS' ? 'HTTPS' : listener.protocol}/${listener.protocol_port}`;

export function alarmRows(
  rules: readonly MetricAlarm[],
  loadBalancers: readonly LoadBalancer[],
  listeners: readonly Listener[],
): AlarmRuleRow[] {
  const lbById = new Map(loadBalancers.map((lb) => [lb.id, lb]));
  const listenerById = new Map(listeners.map((listener) => [listener.id, listener]));
  return rules.map((rule) => {
    let loadBalancerId: string | undefined;
    const targets = rule.metric.dimensions.flatMap((dimension): TargetRef[] => {
      if (dimension.name === ELB_DIMENSIONS.loadBalancer) {
        const lb = lbById.get(dimension.value);
        loadBalancerId = dimension.value;
        return [{ kind: 'lb', id: dimension.value, name: lb?.name, to: lb ? `/load-balancers/${lb.id}` : undefined }];
      }
      if (dimension.name === ELB_DIMENSIONS.listener) {
        const listener = listenerById.get(dimension.value);
        const lbId = listener?.loadbalancers[0]?.id;
        loadBalancerId ??= lbId;
        return [
          {
            kind: 'listener',
            id: dimension.value,
            name: listener?.name,
            to: listener && lbId ? listenerLink(lbId, listener.id) : undefined,
            detail: listener ? protocolLabel(listener) : undefined,
          },
        ];
      }
      return [];
    });
    return { ...rule, targets, ...(loadBalancerId ? { loadBalancerId } : {}) };
  });
}

export function filterAlarms(rows: readonly AlarmRuleRow[], filters: AlarmFilters): AlarmRuleRow[] {
  const needle = filters.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filters.state || row.alarm_state === filters.state) &&
      (!filters.level || row.alarm_level === filters.level) &&
      (!filters.resource || row.loadBalancerId === filters.resource) &&
      (needle === '' || [row.alarm_name, row.alarm_id].some((text) => text.toLowerCase().includes(needle))),
  );
}

export function readFilters(search: URLSearchParams): AlarmFilters {
  const state = search.get('state');
  const level = Number(search.get('level'));
  const resource = search.get('resource');
  return {
    search: search.get('search') ?? '',
    ...(ALARM_STATES.find((known) => known === state) ? { state: state as AlarmState } : {}),
    ...([1, 2, 3, 4].includes(level) ? { level } : {}),
    ...(resource ? { resource } : {}),
  };
}

export function writeFilters(filters: AlarmFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.search) out.set('search', filters.search);
  if (filters.state) out.set('state', filters.state);
  if (filters.level) out.set('level', String(filters.level));
  if (filters.resource) out.set('resource', filters.resource);
  return out;
}
