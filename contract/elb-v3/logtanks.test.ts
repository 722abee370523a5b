import { describe, expect, it } from 'vitest';
import { buildPath, buildQuery } from '../path';
import {
  createLogtankRequest,
  listLogtanksQuery,
  type Logtank,
  logtankMatches,
  logtankPaths,
  updateLogtankRequest,
} from './logtanks';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

const ID = '47ecc304-3f1a-4cc6-9c1c-72add483b9ce';

describe('createLogtankRequest', () => {
  const body = { logtank: { loadbalancer_id: ID, log_group_id: ID, log_topic_id: ID } };
  it('accepts the documented example', () => expect(createLogtankRequest.safeParse(body).success).toBe(true));
  it('accepts IDs of 1 and 36 characters, refuses 0 and 37', () => {
    for (const key of ['loadbalancer_id', 'log_group_id', 'log_topic_id'] as const) {
      expect(createLogtankRequest.safeParse({ logtank: { ...body.logtank, [key]: 'x' } }).success).toBe(true);
      expect(createLogtankRequest.safeParse({ logtank: { ...body.logtank, [key]: 'x'.repeat(36) } }).success).toBe(
        true,
      );
      expect(createLogtankRequest.safeParse({ logtank: { ...body.logtank, [key]: '' } }).success).toBe(false);
      expect(createLogtankRequest.safeParse({ logtank: { ...body.logtank, [key]: 'x'.repeat(37) } }).success).toBe(
        false,
      );
    }
    expect(messages(createLogtankRequest.safeParse({ logtank: { ...body.logtank, log_topic_id: '' } }))).toEqual([
      'Select a log stream.',
    ]);
  });
  it('requires the logtank wrapper and every ID', () => {
    expect(createLogtankRequest.safeParse(body.logtank).success).toBe(false);
    expect(createLogtankRequest.safeParse({ logtank: { loadbalancer_id: ID, log_group_id: ID } }).success).toBe(false);
  });
});

describe('updateLogtankRequest', () => {
  it('changes the group, the stream or both', () => {
    expect(updateLogtankRequest.safeParse({ logtank: { log_group_id: ID } }).success).toBe(true);
    expect(updateLogtankRequest.safeParse({ logtank: { log_topic_id: ID, log_group_id: ID } }).success).toBe(true);
    expect(messages(updateLogtankRequest.safeParse({ logtank: {} }))).toEqual([
      'The request must change the log group or the log stream.',
    ]);
    expect(updateLogtankRequest.safeParse({ logtank: { log_group_id: 'x'.repeat(37) } }).success).toBe(false);
  });
});

describe('listLogtanksQuery', () => {
  it('fills the defaults and turns filters into lists', () => {
    expect(listLogtanksQuery.parse({ loadbalancer_id: ID })).toEqual({
      loadbalancer_id: [ID],
      limit: 2000,
      page_reverse: false,
    });
    expect(listLogtanksQuery.parse({ loadbalancer_id: [ID, 'b'], id: 'c' })).toMatchObject({
      loadbalancer_id: [ID, 'b'],
      id: ['c'],
    });
  });
  it('accepts limit 0 to 2000', () => {
    expect(listLogtanksQuery.parse({ limit: '0' }).limit).toBe(0);
    expect(listLogtanksQuery.parse({ limit: 2000 }).limit).toBe(2000);
    expect(messages(listLogtanksQuery.safeParse({ limit: 2001 }))).toEqual([
      'limit must be a whole number from 0 to 2000.',
    ]);
    expect(listLogtanksQuery.safeParse({ limit: -1 }).success).toBe(false);
  });
  it('reads marker and page_reverse', () => {
    expect(listLogtanksQuery.parse({ limit: 1, marker: ID, page_reverse: 'true' })).toMatchObject({
      marker: ID,
      page_reverse: true,
    });
    expect(listLogtanksQuery.safeParse({ marker: '' }).success).toBe(false);
  });
  it('matches logtanks against the filters', () => {
    const item: Logtank = { id: 'l1', project_id: 'p', loadbalancer_id: ID, log_group_id: 'g', log_topic_id: 't' };
    expect(logtankMatches(item, {})).toBe(true);
    expect(logtankMatches(item, { loadbalancer_id: ['other', ID] })).toBe(true);
    expect(logtankMatches(item, { loadbalancer_id: [ID], log_topic_id: ['x'] })).toBe(false);
  });
  it('builds the documented URL', () => {
    const path = buildPath(logtankPaths.list, { project_id: '060576798a80d5762fafc01a9b5eedc7' });
    expect(`${path}${buildQuery({ loadbalancer_id: ['a', 'b'] })}`).toBe(
      '/v3/060576798a80d5762fafc01a9b5eedc7/elb/logtanks?loadbalancer_id=a&loadbalancer_id=b',
    );
  });
});
