/**
 * The backend server groups a forwarding policy of a listener may forward to (FEATURES §4.8.1;
 * adding_a_forwarding_policy.rst): a group of the same load balancer with the backend protocol the
 * listener needs (HTTP), that is not the listener's default group and that no other listener uses,
 * as its default group or through its policies. Groups this listener's policies use already are fine.
 */
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { poolProtocolFor } from '../../../../contract/elb-v2/pool-protocols';
import type { Pool } from '../../../../contract/elb-v2/pools';

export function policyGroupChoices(
  pools: readonly Pool[],
  listener: Pick<Listener, 'id' | 'protocol' | 'default_pool_id'>,
): Pool[] {
  const protocol = poolProtocolFor(listener.protocol);
  return pools.filter(
    (pool) =>
      pool.protocol === protocol &&
      pool.id !== listener.default_pool_id &&
      pool.listeners.every((user) => user.id === listener.id),
  );
}
