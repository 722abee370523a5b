/**
 * LTS log groups and log streams (Gap 8; contract/lts/log-groups.ts): list and create, enough for
 * the console to configure access logging in an empty account without leaving it. Names are unique
 * per account (groups) and per group (streams), as on the LTS console.
 */
import {
  createLogGroupRequest,
  createLogStreamRequest,
  ltsPaths,
  type LogGroup,
  type LogStream,
} from '../../../contract/lts/log-groups';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { LogGroupRow, LogStreamRow } from '../../store/tables';
import { newId } from '../context';
import { ltsFaults } from './faults';

const byCreation = <T extends { creation_time: number; id: string }>(a: T, b: T) =>
  a.creation_time - b.creation_time || a.id.localeCompare(b.id);

export const toLogGroup = (row: LogGroupRow): LogGroup => ({
  log_group_id: row.id,
  log_group_name: row.name,
  creation_time: row.creation_time,
  ttl_in_days: row.ttl_in_days,
});

export const toLogStream = (row: LogStreamRow): LogStream => ({
  log_stream_id: row.id,
  log_stream_name: row.name,
  creation_time: row.creation_time,
  filter_count: 0,
});

export function mustGetLogGroup(tx: ReadTx, id: string): LogGroupRow {
  const row = tx.get('logGroups', id);
  if (!row) throw ltsFaults.groupNotFound(id);
  return row;
}

function createGroup(ctx: RouteContext, tx: WriteTx): WriteResult {
  const body = parseBody(createLogGroupRequest, ctx.body, ltsFaults.invalid);
  if (tx.all('logGroups').some((row) => row.name === body.log_group_name)) {
    throw ltsFaults.nameTaken('log group', body.log_group_name);
  }
  const row: LogGroupRow = {
    id: newId(tx),
    name: body.log_group_name,
    creation_time: ctx.clock.now(),
    ttl_in_days: body.ttl_in_days,
  };
  tx.put('logGroups', row);
  return { status: 201, body: { log_group_id: row.id } };
}

function createStream(ctx: RouteContext, tx: WriteTx): WriteResult {
  const group = mustGetLogGroup(tx, ctx.params.log_group_id!);
  const body = parseBody(createLogStreamRequest, ctx.body, ltsFaults.invalid);
  const streams = tx.all('logStreams').filter((row) => row.log_group_id === group.id);
  if (streams.some((row) => row.name === body.log_stream_name)) {
    throw ltsFaults.nameTaken('log stream', body.log_stream_name);
  }
  const row: LogStreamRow = {
    id: newId(tx),
    log_group_id: group.id,
    name: body.log_stream_name,
    creation_time: ctx.clock.now(),
  };
  tx.put('logStreams', row);
  return { status: 201, body: { log_stream_id: row.id } };
}

export const logGroupRoutes: Route[] = [
  {
    method: 'GET',
    path: ltsPaths.groups,
    family: 'lts',
    handle: (_ctx, tx) => ({ status: 200, body: { log_groups: tx.all('logGroups').sort(byCreation).map(toLogGroup) } }),
  },
  { method: 'POST', path: ltsPaths.groups, family: 'lts', handle: createGroup },
  {
    method: 'GET',
    path: ltsPaths.streams,
    family: 'lts',
    handle(ctx, tx) {
      const group = mustGetLogGroup(tx, ctx.params.log_group_id!);
      const streams = tx.all('logStreams').filter((row) => row.log_group_id === group.id);
      return { status: 200, body: { log_streams: streams.sort(byCreation).map(toLogStream) } };
    },
  },
  { method: 'POST', path: ltsPaths.streams, family: 'lts', handle: createStream },
];
