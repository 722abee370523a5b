/**
 * The checks of a group's diagnostics from its live data (the group context of its panel): sticky
 * sessions, traffic balance and the health check. undefined while the group is still loading.
 */
import { useMemo } from 'react';
import type { Listener } from '../../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import type { GroupContext } from '../../api/use-group-context';
import { balanceChecks, memberShares } from '../model/balance-checks';
import { healthCheckChecks } from '../model/health-check-checks';
import { stickyChecks } from '../model/sticky-checks';
import type { TrafficSample } from '../model/traffic-sample';

/** Where clients reach the group's first listener, for the cookie round trip. */
function frontendUrl(
  lb: LoadBalancer,
  pool: Pool,
  listeners: readonly Listener[],
  eipAddress: string | undefined,
): string | undefined {
  const ids = new Set(pool.listeners.map((ref) => ref.id));
  const listener = listeners.find((item) => ids.has(item.id));
  if (!listener) return undefined;
  const scheme = listener.protocol === 'TERMINATED_HTTPS' ? 'https' : 'http';
  return `${scheme}://${eipAddress ?? lb.vip_address}:${listener.protocol_port}`;
}

export function useGroupDiagnostics(
  lb: LoadBalancer,
  context: GroupContext,
  traffic: TrafficSample | null | undefined,
) {
  const { pool, members, monitor, listeners, eipAddress } = context;
  return useMemo(() => {
    if (!pool || !members || monitor === undefined) return undefined;
    return {
      sticky: stickyChecks({ pool, members, frontendUrl: frontendUrl(lb, pool, listeners, eipAddress) }),
      balance: balanceChecks({ pool, members, traffic }),
      shares: memberShares(members, traffic),
      healthCheck: healthCheckChecks({ pool, monitor }),
      monitor,
    };
  }, [lb, pool, members, monitor, listeners, eipAddress, traffic]);
}

export type GroupDiagnostics = NonNullable<ReturnType<typeof useGroupDiagnostics>>;
