import { describe, expect, it } from 'vitest';
import {
  addMemberRequest,
  batchUpdateMembersApiRequest,
  batchUpdateMembersRequest,
  duplicateMemberIssues,
  memberEndpointConflict,
  memberEndpointConflictMessage,
  memberFields,
  memberPaths,
  updateMemberRequest,
} from './members';

const SUBNET = '33d8b01a-bbe6-41f4-bc45-78a1d284d503';
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const member = (i: number) => ({
  subnet_id: SUBNET,
  protocol_port: 88,
  name: `member-${i}`,
  address: `192.168.44.${i % 250}`,
});

describe('memberPaths', () => {
  it('spells the documented paths', () => {
    expect(memberPaths.list).toBe('/v2.0/lbaas/pools/:pool_id/members');
    expect(memberPaths.item).toBe('/v2.0/lbaas/pools/:pool_id/members/:member_id');
    expect(memberPaths.all).toBe('/v2.0/lbaas/members');
  });
});

describe('addMemberRequest', () => {
  const add = (fields: Record<string, unknown>) =>
    addMemberRequest.safeParse({
      member: { address: '192.168.3.11', protocol_port: 80, subnet_id: SUBNET, ...fields },
    });

  it('accepts a member with and without weight', () => {
    expect(add({}).success).toBe(true);
    expect(add({ weight: 0, name: 'web-1', admin_state_up: true }).success).toBe(true);
  });
  it.each([0, 1, 100])('accepts weight %i', (weight) => expect(add({ weight }).success).toBe(true));
  it.each([-1, 101, 1.5])('refuses weight %d', (weight) =>
    expect(messages(add({ weight }))).toEqual(['The weight must be a whole number from 0 to 100.']),
  );
  it('needs an IPv4 address, a port and a subnet', () => {
    expect(add({ address: 'fe80::1' }).success).toBe(false);
    expect(add({ address: '192.168.3.256' }).success).toBe(false);
    expect(add({ protocol_port: 0 }).success).toBe(false);
    expect(add({ protocol_port: 65535 }).success).toBe(true);
    expect(messages(add({ subnet_id: '' }))).toEqual(['Select a subnet.']);
  });
  it('limits the address to 64 characters', () => {
    expect(memberFields.address.safeParse('255.255.255.255').success).toBe(true);
    expect(memberFields.address.safeParse('1'.repeat(65)).success).toBe(false);
  });
});

describe('updateMemberRequest', () => {
  it('accepts weight, name and admin_state_up only', () => {
    expect(updateMemberRequest.safeParse({ member: { weight: 100, name: 'x' } }).success).toBe(true);
    expect(updateMemberRequest.safeParse({ member: { weight: 101 } }).success).toBe(false);
    expect(messages(updateMemberRequest.safeParse({ member: {} }))).toEqual([
      'The request must change at least one field.',
    ]);
  });
});

describe('duplicate address and port', () => {
  const existing = [
    { id: 'm1', address: '10.0.0.1', protocol_port: 80 },
    { id: 'm2', address: '10.0.0.2', protocol_port: 80 },
  ];
  it('finds a member with the same address and port', () => {
    expect(memberEndpointConflict(existing, { address: '10.0.0.1', protocol_port: 80 })?.id).toBe('m1');
  });
  it('allows the same address on another port and the same port on another address', () => {
    expect(memberEndpointConflict(existing, { address: '10.0.0.1', protocol_port: 81 })).toBeUndefined();
    expect(memberEndpointConflict(existing, { address: '10.0.0.3', protocol_port: 80 })).toBeUndefined();
    expect(memberEndpointConflict(existing, { id: 'm1', address: '10.0.0.1', protocol_port: 80 })).toBeUndefined();
  });
  it('describes the conflict', () => {
    expect(memberEndpointConflictMessage({ address: '10.0.0.1', protocol_port: 80 })).toBe(
      'A backend server with address 10.0.0.1 and port 80 is already in this backend server group.',
    );
  });
  it('finds duplicates inside one list, on the later entry', () => {
    const issues = duplicateMemberIssues([...existing, { address: '10.0.0.1', protocol_port: 80 }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([2, 'address']);
    expect(issues[0]?.message).toContain('10.0.0.1:80');
  });
});

describe('batchUpdateMembersRequest', () => {
  it('accepts the documented add and delete examples', () => {
    expect(
      batchUpdateMembersRequest.safeParse({ action: 'add', members: [member(11), member(12), member(13)] }).success,
    ).toBe(true);
    // The API's own delete example repeats an ID; that is not refused.
    expect(
      batchUpdateMembersRequest.safeParse({ action: 'delete', members: [{ id: SUBNET }, { id: SUBNET }] }).success,
    ).toBe(true);
  });

  it('requires an explicit action in the console request', () => {
    expect(batchUpdateMembersRequest.safeParse({ members: [member(1)] }).success).toBe(false);
    expect(messages(batchUpdateMembersRequest.safeParse({ action: 'merge', members: [] }))).toEqual([
      'The batch action must be add, delete or replace.',
    ]);
  });

  it('allows 200 members per call but not 201', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ ...member(i), protocol_port: 1000 + i }));
    expect(batchUpdateMembersRequest.safeParse({ action: 'add', members: list(200) }).success).toBe(true);
    expect(messages(batchUpdateMembersRequest.safeParse({ action: 'replace', members: list(201) }))).toContain(
      'At most 200 backend servers can be changed in one request.',
    );
    const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}` }));
    expect(batchUpdateMembersRequest.safeParse({ action: 'delete', members: ids(201) }).success).toBe(false);
  });

  it('refuses duplicate address and port inside the batch', () => {
    const result = batchUpdateMembersRequest.safeParse({ action: 'add', members: [member(1), member(1)] });
    expect(result.error?.issues[0]?.path).toEqual(['members', 1, 'address']);
  });

  it('accepts empty lists (add/delete = no-op, replace = remove all)', () => {
    expect(batchUpdateMembersRequest.safeParse({ action: 'replace', members: [] }).success).toBe(true);
  });
});

describe('batchUpdateMembersApiRequest', () => {
  it('reads a missing action as replace, as the API does', () => {
    const parsed = batchUpdateMembersApiRequest.parse({ members: [member(11)] });
    expect(parsed.action).toBe('replace');
    expect(batchUpdateMembersApiRequest.parse({ action: 'delete', members: [{ id: 'x' }] }).action).toBe('delete');
  });
});
