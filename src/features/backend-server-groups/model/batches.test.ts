import { describe, expect, it } from 'vitest';
import { batchUpdateMembersRequest, MAX_MEMBERS_PER_BATCH } from '../../../../contract/elb-v2/members';
import { addMemberBatches, chunk, deleteMemberBatches, type BatchMember } from './batches';

const members = (count: number): BatchMember[] =>
  Array.from({ length: count }, (_, index) => ({
    address: `10.0.${Math.floor(index / 250)}.${(index % 250) + 1}`,
    protocol_port: 80,
    subnet_id: 'neutron-web',
    weight: 1,
  }));

describe('batches of backend servers', () => {
  it('splits into chunks of at most 200, in order', () => {
    expect(chunk([], 200)).toEqual([]);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    const sizes = chunk(members(401)).map((part) => part.length);
    expect(sizes).toEqual([200, 200, 1]);
    expect(() => chunk([1], 0)).toThrow();
  });

  it('always sends an explicit action the contract accepts', () => {
    const adds = addMemberBatches(members(450));
    expect(adds.map((body) => [body.action, body.members.length])).toEqual([
      ['add', 200],
      ['add', 200],
      ['add', 50],
    ]);
    for (const body of adds) expect(batchUpdateMembersRequest.safeParse(body).success).toBe(true);
    expect(addMemberBatches([])).toEqual([]);
  });

  it('deletes each server once, by ID, ≤200 per call', () => {
    const ids = Array.from({ length: 201 }, (_, index) => `m-${index}`);
    const bodies = deleteMemberBatches([...ids, 'm-0']);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toMatchObject({ action: 'delete' });
    expect(bodies[0]!.members).toHaveLength(MAX_MEMBERS_PER_BATCH);
    expect(bodies[1]!.members).toEqual([{ id: 'm-200' }]);
    for (const body of bodies) expect(batchUpdateMembersRequest.safeParse(body).success).toBe(true);
  });
});
