/** Load balancer rows → v2.0 wire objects. */
import type { LoadBalancer } from '../../../contract/elb-v2/load-balancers';
import { formatTagString } from '../../../contract/elb-v2/tags';
import type { Clock } from '../../clock';
import type { LoadBalancerRow } from '../../store/tables';
import { provisioningStatus } from './provisioning';
import type { Relations } from './relations';

export function toLoadBalancer(row: LoadBalancerRow, rel: Relations, clock: Clock): LoadBalancer {
  return {
    id: row.id,
    tenant_id: row.tenant_id,
    name: row.name,
    description: row.description,
    vip_subnet_id: row.vip_subnet_id,
    vip_port_id: row.vip_port_id,
    vip_address: row.vip_address,
    provider: 'vlb',
    provisioning_status: provisioningStatus(row.pending, clock),
    // Reserved by the API: always ONLINE here; the status tree reports DISABLED and DEGRADED.
    operating_status: 'ONLINE',
    admin_state_up: row.admin_state_up,
    listeners: (rel.listenersByLb.get(row.id) ?? []).map(({ id }) => ({ id })),
    pools: (rel.poolsByLb.get(row.id) ?? []).map(({ id }) => ({ id })),
    tags: row.tags.map(formatTagString),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
