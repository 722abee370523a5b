import { describe, expect, it } from 'vitest';
import { createHealthMonitorRequest } from '../../../../contract/elb-v2/health-monitors';
import { createL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import { createListenerRequest } from '../../../../contract/elb-v2/listeners';
import { createPoolRequest } from '../../../../contract/elb-v2/pools';
import { createWhitelistRequest } from '../../../../contract/elb-v2/whitelists';
import { updateListenerV3RequestFor } from '../../../../contract/elb-v3/listeners';
import { defaultHealthCheckForm } from '../../../components/elb/health-check-form';
import { defaultPoolForm } from '../../../components/elb/pool-form';
import { defaultAdvanced } from './advanced-settings';
import { defaultListenerStep, listenerStepSchema } from './listener-step';
import { createListenerPlan, LISTENER_ID, POOL_ID, type GroupStepValues } from './wizard-plan';

const group = (patch: Partial<GroupStepValues> = {}): GroupStepValues => ({
  ...defaultPoolForm('HTTP', 'server_group-web'),
  mode: 'new',
  existingPoolId: '',
  ...patch,
});
const ids = { listenerId: LISTENER_ID, poolId: POOL_ID };

describe('add listener plan', () => {
  it("is the guide's entry-level setup: listener, group, health check — bodies the contract accepts", () => {
    const plan = createListenerPlan({
      loadBalancerId: 'lb',
      listener: { ...defaultListenerStep(), name: 'listener-HTTP' },
      advanced: defaultAdvanced('HTTP'),
      group: group(),
      healthCheck: { ...defaultHealthCheckForm('HTTP'), domain_name: 'www.example.com' },
    });
    expect(plan.map((step) => step.id)).toEqual(['listener', 'pool', 'healthMonitor']);
    expect(createListenerRequest.safeParse(plan[0]!.body(ids)).success).toBe(true);
    expect(createPoolRequest.parse(plan[1]!.body(ids)).pool).toMatchObject({
      listener_id: LISTENER_ID,
      protocol: 'HTTP',
      lb_algorithm: 'ROUND_ROBIN',
    });
    expect(createHealthMonitorRequest.parse(plan[2]!.body(ids)).healthmonitor).toMatchObject({
      pool_id: POOL_ID,
      type: 'HTTP',
      domain_name: 'www.example.com',
    });
  });

  it('adds a whitelist and tags when asked, and uses an existing group without a health check step', () => {
    const plan = createListenerPlan({
      loadBalancerId: 'lb',
      listener: {
        ...defaultListenerStep(),
        name: 'l',
        accessControl: true,
        whitelist: '10.0.0.1, 10.1.0.0/16',
        tags: [{ key: 'env', value: 'prod' }],
      },
      advanced: defaultAdvanced('HTTP'),
      group: group({ mode: 'existing', existingPoolId: 'pool-1' }),
      healthCheck: defaultHealthCheckForm('HTTP'),
    });
    expect(plan.map((step) => step.id)).toEqual(['listener', 'whitelist', 'defaultPool', 'tags']);
    expect(createWhitelistRequest.parse(plan[1]!.body(ids)).whitelist.whitelist).toBe('10.0.0.1,10.1.0.0/16');
    expect(plan[2]!.body(ids)).toEqual({ listener: { default_pool_id: 'pool-1' } });
  });

  it('skips the health check when it is disabled', () => {
    const plan = createListenerPlan({
      loadBalancerId: 'lb',
      listener: { ...defaultListenerStep(), name: 'l' },
      advanced: defaultAdvanced('HTTP'),
      group: group(),
      healthCheck: { ...defaultHealthCheckForm('HTTP'), enabled: false },
    });
    expect(plan.map((step) => step.id)).toEqual(['listener', 'pool']);
  });

  it('redirects an HTTP listener to an HTTPS one instead of creating a group, and only HTTP listeners', () => {
    const input = {
      loadBalancerId: 'lb',
      listener: { ...defaultListenerStep(), name: 'listener-redirect', redirect: true, redirectListenerId: 'https-1' },
      advanced: defaultAdvanced('HTTP'),
      group: group(),
      healthCheck: defaultHealthCheckForm('HTTP'),
    };
    const plan = createListenerPlan(input);
    expect(plan.map((step) => step.id)).toEqual(['listener', 'redirect']);
    expect(createL7PolicyRequest.parse(plan[1]!.body(ids)).l7policy).toEqual({
      listener_id: LISTENER_ID,
      action: 'REDIRECT_TO_LISTENER',
      redirect_listener_id: 'https-1',
    });
    const tcp = createListenerPlan({
      ...input,
      listener: { ...input.listener, protocol: 'TCP' },
      advanced: defaultAdvanced('TCP'),
    });
    expect(tcp.map((step) => step.id)).toEqual(['listener', 'pool', 'healthMonitor']);
  });

  it('sends the advanced settings with one v3 call, only the values that differ from the defaults', () => {
    const plan = createListenerPlan({
      loadBalancerId: 'lb',
      listener: { ...defaultListenerStep(), name: 'l' },
      advanced: { ...defaultAdvanced('HTTP'), member_timeout: 120, forwardElbIp: true },
      group: group(),
      healthCheck: { ...defaultHealthCheckForm('HTTP'), enabled: false },
    });
    expect(plan.map((step) => step.id)).toEqual(['listener', 'advanced', 'pool']);
    expect(updateListenerV3RequestFor('HTTP').parse(plan[1]!.body(ids))).toEqual({
      listener: { member_timeout: 120, insert_headers: { 'X-Forwarded-ELB-IP': true } },
    });
  });
});

describe('listener step rules', () => {
  const existing = [
    { protocol: 'HTTP' as const, protocol_port: 80 },
    { protocol: 'UDP' as const, protocol_port: 53 },
  ];
  const message = (patch: object) =>
    listenerStepSchema(existing).safeParse({ ...defaultListenerStep(), name: 'x', ...patch }).error?.issues[0]?.message;

  it.each([
    [{ protocol: 'TCP', protocol_port: 80 }, 'already used by the HTTP/80 listener'],
    [{ protocol: 'UDP', protocol_port: 53 }, 'already used by the UDP/53 listener'],
    [{ protocol: 'UDP', protocol_port: 4789 }, 'cannot use port 4789'],
    [{ protocol_port: 0 }, '1 to 65535'],
    [{ protocol_port: 65536 }, '1 to 65535'],
    [{ protocol_port: null }, 'port'],
    [{ name: '' }, 'Enter a name.'],
    [{ protocol_port: 8080, accessControl: true, whitelist: '10.0.0.1, fe80::1' }, 'IPv6'],
    [{ protocol_port: 8080, redirect: true }, 'Select the HTTPS listener to redirect to.'],
  ])('refuses %j', (patch, text) => {
    expect(message(patch)).toContain(text);
  });

  it.each([
    [{ protocol: 'UDP', protocol_port: 80 }],
    [{ protocol: 'TCP', protocol_port: 53 }],
    [{ protocol: 'HTTP', protocol_port: 8080 }],
    [{ protocol: 'UDP', protocol_port: 4790 }],
    [{ protocol_port: 8080, accessControl: true, whitelist: '' }],
    [{ protocol_port: 8080, redirect: true, redirectListenerId: 'https-listener' }],
    // The switch counts for HTTP only: a TCP listener ignores it.
    [{ protocol: 'TCP', protocol_port: 8080, redirect: true }],
  ])('accepts %j', (patch) => {
    expect(message(patch)).toBeUndefined();
  });
});
