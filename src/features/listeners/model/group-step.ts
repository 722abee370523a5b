/** Step 2 of Add Listener: a new backend server group, or an existing compatible one. */
import { z } from 'zod';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { poolProtocolFor, stickyTypesFor, type PoolProtocol } from '../../../../contract/elb-v2/pool-protocols';
import type { ListenerProtocol } from '../../../../contract/elb-v2/listeners';
import { defaultPoolForm, poolFormIssues, poolFormShape } from '../../../components/elb/pool-form';
import type { GroupStepValues } from './wizard-plan';

export const defaultGroupStep = (listenerProtocol: ListenerProtocol): GroupStepValues => ({
  ...defaultPoolForm(poolProtocolFor(listenerProtocol)),
  mode: 'new',
  existingPoolId: '',
});

/** Keeps what the user chose that still fits after the listener's protocol changed. */
export function alignGroupStep(values: GroupStepValues, listenerProtocol: ListenerProtocol): GroupStepValues {
  const protocol: PoolProtocol = poolProtocolFor(listenerProtocol);
  if (values.protocol === protocol) return values;
  return { ...values, protocol, sticky_type: stickyTypesFor(protocol)[0]!, existingPoolId: '' };
}

/**
 * Groups a new listener may use as its default: same load balancer and protocol, and not
 * already serving a listener or a forwarding policy (adding_a_listener.rst, default_pool_id).
 */
export function compatibleGroups(pools: readonly Pool[], listenerProtocol: ListenerProtocol): Pool[] {
  const protocol = poolProtocolFor(listenerProtocol);
  return pools.filter((pool) => pool.protocol === protocol && pool.listeners.length === 0);
}

export const groupStepSchema = z
  .object({ ...poolFormShape, mode: z.enum(['new', 'existing']), existingPoolId: z.string() })
  .superRefine((values, ctx) => {
    if (values.mode === 'new') poolFormIssues(values, ctx);
    else if (!values.existingPoolId) {
      ctx.addIssue({ code: 'custom', path: ['existingPoolId'], message: 'Select a backend server group.' });
    }
  });
