import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import { addClassicMembersRequest, classicMemberPaths, removeClassicMembersRequest } from './members';

describe('classic backend ECS paths', () => {
  it('spell the documented URIs', () => {
    const params = { project_id: 'p', listener_id: 'l' };
    expect(buildPath(classicMemberPaths.list, params)).toBe('/v1.0/p/elbaas/listeners/l/members');
    expect(buildPath(classicMemberPaths.action, params)).toBe('/v1.0/p/elbaas/listeners/l/members/action');
  });
});

describe('addClassicMembersRequest', () => {
  const example = [{ server_id: 'dbecb618-2259-405f-ab17-9b68c4f541b0', address: '172.16.0.31' }];
  it('accepts the documented top-level array', () => {
    expect(addClassicMembersRequest.parse(example)).toEqual(example);
  });
  it('refuses an empty list, a wrapped body, a missing server and a non-IPv4 address', () => {
    expect(addClassicMembersRequest.safeParse([]).error?.issues[0]?.message).toBe('Select at least one ECS.');
    expect(addClassicMembersRequest.safeParse({ members: example }).success).toBe(false);
    expect(
      addClassicMembersRequest.safeParse([{ server_id: '', address: '172.16.0.31' }]).error?.issues[0]?.message,
    ).toBe('Select an ECS.');
    expect(addClassicMembersRequest.safeParse([{ server_id: 's', address: '172.16.0' }]).success).toBe(false);
    expect(addClassicMembersRequest.safeParse([{ server_id: 's' }]).success).toBe(false);
  });
  it('refuses the same ECS twice in one request', () => {
    const result = addClassicMembersRequest.safeParse([...example, { ...example[0], address: '172.16.0.32' }]);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['1.server_id', 'Each ECS can be added only once.'],
    ]);
  });
});

describe('removeClassicMembersRequest', () => {
  it('accepts the documented body', () => {
    expect(
      removeClassicMembersRequest.safeParse({ removeMember: [{ id: '34695d664b182fa69b98228032b0e239' }] }).success,
    ).toBe(true);
  });
  it('refuses an empty list and blank IDs', () => {
    expect(removeClassicMembersRequest.safeParse({ removeMember: [] }).error?.issues[0]?.message).toBe(
      'Select at least one backend ECS to remove.',
    );
    expect(removeClassicMembersRequest.safeParse({ removeMember: [{ id: '' }] }).success).toBe(false);
    expect(removeClassicMembersRequest.safeParse([{ id: 'x' }]).success).toBe(false);
  });
});
