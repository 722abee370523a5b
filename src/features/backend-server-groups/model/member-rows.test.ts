import { describe, expect, it } from 'vitest';
import { filterMemberRows, healthyAfterRemoval, memberRows, pageOf, sortMemberRows } from './member-rows';
import { member, server } from './fixtures';

describe('member rows', () => {
  const servers = [server('ecs-web-01', '10.0.1.11'), server('ecs-nic-less', undefined)];
  const members = [
    member('a', '10.0.1.11', 80, { name: 'from-api' }),
    member('b', '10.0.1.99', 80, { name: 'outside', operating_status: 'OFFLINE' }),
  ];

  it('names a member after the ECS with its address, else by its own name', () => {
    const rows = memberRows(members, servers);
    expect(rows.map((row) => [row.name, row.server?.name])).toEqual([
      ['ecs-web-01', 'ecs-web-01'],
      ['outside', undefined],
    ]);
  });

  it('filters by name or IP, ignoring case and blanks', () => {
    const rows = memberRows(members, servers);
    expect(filterMemberRows(rows, ' WEB ').map((row) => row.member.id)).toEqual(['a']);
    expect(filterMemberRows(rows, '10.0.1.9').map((row) => row.member.id)).toEqual(['b']);
    expect(filterMemberRows(rows, 'from-api').map((row) => row.member.id)).toEqual(['a']);
    expect(filterMemberRows(rows, '')).toHaveLength(2);
  });

  it('pages 100 rows at a time and clamps a page past the end', () => {
    const rows = Array.from({ length: 501 }, (_, index) => index);
    expect(pageOf(rows, 0).items).toHaveLength(100);
    expect(pageOf(rows, 0).pageCount).toBe(6);
    expect(pageOf(rows, 5).items).toEqual([500]);
    expect(pageOf(rows, 9).page).toBe(5);
    expect(pageOf([], 3)).toEqual({ items: [], page: 0, pageCount: 1 });
  });

  it('counts servers still taking traffic after a removal', () => {
    expect(healthyAfterRemoval(members, new Set(['a']))).toBe(0);
    expect(healthyAfterRemoval(members, new Set(['b']))).toBe(1);
    const unmonitored = [member('c', '10.0.1.12', 80, { operating_status: 'NO_MONITOR' })];
    expect(healthyAfterRemoval(unmonitored, new Set())).toBe(1);
  });

  it('sorts by name naturally, by IP numerically, and puts unhealthy servers first by health', () => {
    const rows = memberRows(
      [
        member('1', '10.0.1.100', 80, { name: 'web-10', operating_status: 'ONLINE' }),
        member('2', '10.0.1.9', 80, { name: 'web-9', operating_status: 'OFFLINE' }),
        member('3', '10.0.1.20', 80, { name: 'web-2', operating_status: 'NO_MONITOR' }),
      ],
      [],
    );
    const ids = (key: string, dir: 'asc' | 'desc' = 'asc') =>
      sortMemberRows(rows, { key, dir }).map((row) => row.member.id);
    expect(ids('name')).toEqual(['3', '2', '1']);
    expect(ids('name', 'desc')).toEqual(['1', '2', '3']);
    expect(ids('address')).toEqual(['2', '3', '1']);
    expect(ids('health')).toEqual(['2', '3', '1']);
    expect(ids('unknown')).toEqual(['3', '2', '1']);
  });
});
