/**
 * Backend server group and backend server actions as data (STYLE rule 7). Each `reason`
 * is a rule the cloud answers 409 for: writes while the load balancer is not ACTIVE,
 * deleting a group that still has servers or that a forwarding policy still uses
 * (deleting_a_backend_server_group.rst). A health check is not a blocker here: the delete
 * dialog offers to delete it first (FEATURES §5.3).
 */
import type { TFunction } from 'i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { Action } from '../../../components/action-button';

export const isLoadBalancerBusy = (lb: Pick<LoadBalancer, 'provisioning_status'>) =>
  lb.provisioning_status !== 'ACTIVE';

const busyReason = (t: TFunction, lb: LoadBalancer) =>
  isLoadBalancerBusy(lb) ? t('groups:reasons.lbBusy') : undefined;

/** Forwarding policies that send traffic to each group. */
export function policiesByPool(policies: readonly L7Policy[]): Map<string, L7Policy[]> {
  const byPool = new Map<string, L7Policy[]>();
  for (const policy of policies) {
    if (policy.action !== 'REDIRECT_TO_POOL' || !policy.redirect_pool_id) continue;
    byPool.set(policy.redirect_pool_id, [...(byPool.get(policy.redirect_pool_id) ?? []), policy]);
  }
  return byPool;
}

/** Why a group cannot be deleted yet, in the order the API checks; undefined when it can. */
export function deleteGroupReason(
  t: TFunction,
  lb: LoadBalancer,
  pool: Pool,
  policies: readonly L7Policy[],
): string | undefined {
  return (
    busyReason(t, lb) ??
    (pool.members.length > 0 ? t('groups:reasons.hasMembers', { count: pool.members.length }) : undefined) ??
    (policies.length > 0
      ? t('groups:reasons.usedByPolicy', { names: policies.map((policy) => policy.name || policy.id).join(', ') })
      : undefined)
  );
}

export type GroupDialogKind = 'modify' | 'delete';

export function groupActions({
  t,
  lb,
  policiesOf,
  open,
}: {
  t: TFunction;
  lb: LoadBalancer;
  policiesOf(pool: Pool): readonly L7Policy[];
  open(kind: GroupDialogKind, pool: Pool): void;
}): Record<GroupDialogKind, Action<Pool>> {
  return {
    modify: {
      id: 'modify',
      label: t('groups:actions.modify'),
      reason: () => busyReason(t, lb),
      run: (pool) => open('modify', pool),
    },
    delete: {
      id: 'delete',
      label: t('groups:actions.delete'),
      danger: true,
      reason: (pool) => deleteGroupReason(t, lb, pool, policiesOf(pool)),
      run: (pool) => open('delete', pool),
    },
  };
}

export type MemberDialogKind = 'add' | 'weight' | 'remove';

/** Toolbar actions on the selected backend servers; the item is the selection. */
export function memberActions({
  t,
  lb,
  open,
}: {
  t: TFunction;
  lb: LoadBalancer;
  open(kind: MemberDialogKind): void;
}): Record<MemberDialogKind, Action<ReadonlySet<string>>> {
  const needsSelection = (selected: ReadonlySet<string>) =>
    busyReason(t, lb) ?? (selected.size === 0 ? t('groups:reasons.selectServers') : undefined);
  return {
    add: { id: 'add', label: t('groups:members.add'), reason: () => busyReason(t, lb), run: () => open('add') },
    weight: {
      id: 'weight',
      label: t('groups:members.modifyWeight'),
      reason: needsSelection,
      run: () => open('weight'),
    },
    remove: {
      id: 'remove',
      label: t('groups:members.remove'),
      danger: true,
      reason: needsSelection,
      run: () => open('remove'),
    },
  };
}

export type HealthCheckDialogKind = 'configure' | 'disable';

export function healthCheckActions({
  t,
  lb,
  open,
}: {
  t: TFunction;
  lb: LoadBalancer;
  open(kind: HealthCheckDialogKind): void;
}): Record<HealthCheckDialogKind, Action<Pool>> {
  return {
    configure: {
      id: 'configure',
      label: t('groups:healthCheck.configure'),
      reason: () => busyReason(t, lb),
      run: () => open('configure'),
    },
    disable: {
      id: 'disable',
      label: t('groups:healthCheck.disable'),
      danger: true,
      reason: (pool) => busyReason(t, lb) ?? (pool.healthmonitor_id ? undefined : t('groups:reasons.noHealthCheck')),
      run: () => open('disable'),
    },
  };
}
