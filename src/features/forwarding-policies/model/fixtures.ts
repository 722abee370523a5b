/** Small, fixed policies, listeners and groups for the model's unit tests (STYLE rule 12: deterministic). */
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { L7CompareType } from '../../../../contract/elb-v2/l7-rules';
import type { Listener, ListenerProtocol } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';

interface RuleSpec {
  host?: string;
  path?: [L7CompareType, string];
}

export function policy(id: string, rules: RuleSpec, extra: Partial<L7Policy> = {}): L7Policy {
  const rule = (type: 'HOST_NAME' | 'PATH', compare_type: L7CompareType, value: string) => ({
    id: `${id}-${type}`,
    tenant_id: 'p',
    admin_state_up: true,
    type,
    compare_type,
    invert: false,
    key: null,
    value,
    provisioning_status: extra.provisioning_status ?? 'ACTIVE',
  });
  return {
    id,
    tenant_id: 'p',
    name: id,
    description: '',
    admin_state_up: true,
    listener_id: 'listener-http',
    action: 'REDIRECT_TO_POOL',
    redirect_pool_id: `pool-${id}`,
    redirect_listener_id: null,
    redirect_url: null,
    position: 100,
    provisioning_status: 'ACTIVE',
    rules: [
      ...(rules.host === undefined ? [] : [rule('HOST_NAME', 'EQUAL_TO', rules.host)]),
      ...(rules.path === undefined ? [] : [rule('PATH', rules.path[0], rules.path[1])]),
    ],
    ...extra,
  };
}

export const listener = (id: string, protocol: ListenerProtocol, extra: Partial<Listener> = {}): Listener => ({
  id,
  tenant_id: 'p',
  name: id,
  description: '',
  protocol,
  protocol_port: protocol === 'TERMINATED_HTTPS' ? 443 : 80,
  loadbalancers: [{ id: 'lb-1' }],
  connection_limit: -1,
  admin_state_up: true,
  http2_enable: false,
  default_pool_id: null,
  default_tls_container_ref: null,
  client_ca_tls_container_ref: null,
  sni_container_refs: [],
  tls_ciphers_policy: null,
  tags: [],
  created_at: '2026-10-01T08:00:00',
  updated_at: '2026-10-01T08:00:00',
  ...extra,
});

export const pool = (id: string, extra: Partial<Pool> = {}): Pool => ({
  id,
  tenant_id: 'p',
  name: id,
  description: '',
  protocol: 'HTTP',
  lb_algorithm: 'ROUND_ROBIN',
  members: [],
  healthmonitor_id: null,
  admin_state_up: true,
  listeners: [],
  loadbalancers: [{ id: 'lb-1' }],
  session_persistence: null,
  ...extra,
});
