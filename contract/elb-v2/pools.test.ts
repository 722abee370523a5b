import { describe, expect, it } from 'vitest';
import { checkPoolUpdate, createPoolRequest, poolFilterKeys, updatePoolRequest } from './pools';

const LB = '63ad9dfe-4750-479f-9630-ada43ccc8117';
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const create = (pool: Record<string, unknown>) =>
  createPoolRequest.safeParse({
    pool: { lb_algorithm: 'ROUND_ROBIN', protocol: 'HTTP', loadbalancer_id: LB, ...pool },
  });

describe('createPoolRequest', () => {
  it('accepts the documented examples', () => {
    expect(create({}).success).toBe(true);
    expect(
      create({
        loadbalancer_id: undefined,
        listener_id: '370fb112-e920-486a-b051-1d0d30704dd3',
        session_persistence: { cookie_name: 'my_cookie', type: 'APP_COOKIE', persistence_timeout: 1 },
        admin_state_up: true,
      }).success,
    ).toBe(true);
    expect(create({ session_persistence: { type: 'HTTP_COOKIE' } }).success).toBe(true);
  });

  it('needs a load balancer, a listener, or both', () => {
    expect(messages(create({ loadbalancer_id: undefined }))).toEqual([
      'A backend server group needs a load balancer, a listener, or both.',
    ]);
    expect(create({ listener_id: 'l1' }).success).toBe(true);
  });

  it('refuses unknown protocols and algorithms', () => {
    expect(create({ protocol: 'TERMINATED_HTTPS' }).success).toBe(false);
    expect(messages(create({ lb_algorithm: 'RANDOM' }))).toEqual([
      'The load balancing algorithm can only be ROUND_ROBIN, LEAST_CONNECTIONS or SOURCE_IP.',
    ]);
  });

  it('runs the sticky-session rule', () => {
    expect(messages(create({ protocol: 'TCP', session_persistence: { type: 'HTTP_COOKIE' } }))).toEqual([
      'TCP and UDP backend server groups support only source IP address stickiness.',
    ]);
    const result = create({ lb_algorithm: 'SOURCE_IP', session_persistence: { type: 'HTTP_COOKIE' } });
    expect(result.error?.issues[0]?.path).toEqual(['pool', 'session_persistence']);
    expect(create({ lb_algorithm: 'SOURCE_IP', session_persistence: null }).success).toBe(true);
  });

  it('limits name and description to 255 characters', () => {
    expect(create({ name: 'a'.repeat(255), description: 'b'.repeat(255) }).success).toBe(true);
    expect(create({ name: 'a'.repeat(256) }).success).toBe(false);
  });
});

describe('updatePoolRequest and checkPoolUpdate', () => {
  it('refuses protocol changes and empty bodies', () => {
    expect(messages(updatePoolRequest.safeParse({ pool: { protocol: 'TCP' } }))).toContain(
      'The backend protocol cannot be changed; create a new backend server group instead.',
    );
    expect(messages(updatePoolRequest.safeParse({ pool: {} }))).toEqual([
      'The request must change at least one field.',
    ]);
    expect(updatePoolRequest.safeParse({ pool: { lb_algorithm: 'SOURCE_IP' } }).success).toBe(true);
  });

  it('checks stickiness against the stored pool', () => {
    const current = {
      protocol: 'HTTP' as const,
      lb_algorithm: 'ROUND_ROBIN' as const,
      session_persistence: { type: 'HTTP_COOKIE' as const, persistence_timeout: 20 },
    };
    expect(checkPoolUpdate(current, { lb_algorithm: 'SOURCE_IP' })).toHaveLength(1);
    expect(checkPoolUpdate(current, { lb_algorithm: 'SOURCE_IP', session_persistence: null })).toEqual([]);
    expect(checkPoolUpdate(current, { session_persistence: { type: 'SOURCE_IP' } })).toHaveLength(1);
    expect(checkPoolUpdate(current, { name: 'x' })).toEqual([]);
  });
});

it('lists the documented pool filters', () => {
  expect(poolFilterKeys).toEqual(expect.arrayContaining(['member_address', 'member_device_id', 'healthmonitor_id']));
});
