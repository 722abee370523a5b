/**
 * ELB v3 logtanks: access logging of a load balancer into an LTS log stream (FEATURES §9;
 * api/elb/v3/log/*.rst, contract/elb-v3/logtanks.ts). Rules the service enforces: one logtank per
 * load balancer, the load balancer exists, the log group and stream exist (Gap 8: LTS is modelled in
 * services/lts) and the stream belongs to the group. A load balancer with only TCP/UDP listeners may
 * be bound — the API does not refuse it — but only HTTP/HTTPS requests are ever logged, which the
 * console explains. CTS records createLogtank / deleteLogtank (key_operations_recorded_by_cts.rst)
 * and updateLogtank for a change of group or stream.
 */
import {
  createLogtankRequest,
  listLogtanksQuery,
  logtankFilterKeys,
  logtankMatches,
  logtankPaths,
  updateLogtankRequest,
  type Logtank,
} from '../../../contract/elb-v3/logtanks';
import { elbFaults } from '../../http/fault';
import { paginate } from '../../http/paging';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, Row, WriteTx } from '../../store/store';
import { mustGet, newId } from '../context';
import { elbTrace } from './children';

type LogtankRow = Row<'logtanks'>;

const toLogtank = ({ created_ms: _created, ...logtank }: LogtankRow): Logtank => logtank;

const reply = (ctx: RouteContext, status: number, row: LogtankRow): WriteResult => ({
  status,
  body: { logtank: toLogtank(row), request_id: ctx.requestId },
  audit: { resourceId: row.id, resourceName: '' },
});

/** A bad or missing body is ELB.0002 (empty) or ELB.8902 (invalid input), as for the other v3 writes. */
function body<T>(ctx: RouteContext, parse: (input: unknown) => T): T {
  if (ctx.body === undefined || ctx.body === null) throw elbFaults.emptyBody('RequestBody');
  return parse(ctx.body);
}

/**
 * The log group and stream exist and the stream is one of the group's (LTS, Gap 8). Gap-8
 * assumption: a stream takes the access logs of one load balancer, so its lines have one source.
 */
function assertStreamFor(tx: ReadTx, lbId: string, groupId: string, streamId: string): void {
  mustGet(tx, 'logGroups', groupId, 'log group');
  const stream = mustGet(tx, 'logStreams', streamId, 'log stream');
  if (stream.log_group_id !== groupId) {
    throw elbFaults.invalidInput(`Log stream ${streamId} does not belong to log group ${groupId}.`);
  }
  const user = tx.all('logtanks').find((row) => row.log_topic_id === streamId && row.loadbalancer_id !== lbId);
  if (user) {
    throw elbFaults.conflict(
      `Log stream ${streamId} already takes the access logs of load balancer ${user.loadbalancer_id}.`,
    );
  }
}

function ownLogtank(ctx: RouteContext, tx: ReadTx): LogtankRow {
  const id = ctx.params.logtank_id!;
  const row = mustGet(tx, 'logtanks', id, 'logtank');
  if (row.project_id !== ctx.projectId) throw elbFaults.notFound('logtank', id);
  return row;
}

function create(ctx: RouteContext, tx: WriteTx): WriteResult {
  const { logtank } = body(ctx, (input) => parseBody(createLogtankRequest, input, elbFaults.invalidInput));
  const lb = mustGet(tx, 'loadbalancers', logtank.loadbalancer_id, 'loadbalancer');
  if (lb.tenant_id !== ctx.projectId) throw elbFaults.notFound('loadbalancer', lb.id);
  const existing = tx.all('logtanks').find((row) => row.loadbalancer_id === lb.id);
  if (existing) {
    throw elbFaults.conflict(`Load balancer ${lb.id} already has access logging (logtank ${existing.id}).`);
  }
  assertStreamFor(tx, lb.id, logtank.log_group_id, logtank.log_topic_id);
  const row: LogtankRow = { id: newId(tx), project_id: ctx.projectId, ...logtank, created_ms: ctx.clock.now() };
  tx.put('logtanks', row);
  return reply(ctx, 201, row);
}

/** A new stream starts logging now: its lines begin at the update. */
function update(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = ownLogtank(ctx, tx);
  const { logtank } = body(ctx, (input) => parseBody(updateLogtankRequest, input, elbFaults.invalidInput));
  const groupId = logtank.log_group_id ?? row.log_group_id;
  const streamId = logtank.log_topic_id ?? row.log_topic_id;
  assertStreamFor(tx, row.loadbalancer_id, groupId, streamId);
  const next: LogtankRow = {
    ...row,
    log_group_id: groupId,
    log_topic_id: streamId,
    created_ms: streamId === row.log_topic_id ? row.created_ms : ctx.clock.now(),
  };
  tx.put('logtanks', next);
  return reply(ctx, 200, next);
}

function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = ownLogtank(ctx, tx);
  tx.delete('logtanks', row.id);
  return { status: 204, audit: { resourceId: row.id, resourceName: '' } };
}

const listKeys = [...logtankFilterKeys, 'limit', 'marker', 'page_reverse'] as const;

/** Filters repeat (`id=a&id=b`); paging answers `page_info` (querying_logs.rst). */
function list(ctx: RouteContext, tx: ReadTx) {
  const raw = Object.fromEntries(
    listKeys.flatMap((key) => {
      const values = ctx.query.getAll(key);
      return values.length === 0 ? [] : [[key, values.length === 1 ? values[0] : values]];
    }),
  );
  const query = parseBody(listLogtanksQuery, raw, elbFaults.invalidInput);
  const matching = tx.all('logtanks').filter((row) => row.project_id === ctx.projectId && logtankMatches(row, query));
  const page = paginate(matching, ctx.url, 'logtank');
  const first = page.items[0];
  const last = page.items[page.items.length - 1];
  return {
    status: 200,
    body: {
      logtanks: page.items.map(toLogtank),
      page_info: {
        ...(first ? { previous_marker: first.id } : {}),
        ...(last ? { next_marker: last.id } : {}),
        current_count: page.items.length,
      },
      request_id: ctx.requestId,
    },
  };
}

export const logtankRoutes: Route[] = [
  { method: 'GET', path: logtankPaths.list, family: 'elb', handle: list },
  {
    method: 'POST',
    path: logtankPaths.list,
    family: 'elb',
    trace: elbTrace('createLogtank', 'logtank'),
    handle: create,
  },
  {
    method: 'GET',
    path: logtankPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { logtank: toLogtank(ownLogtank(ctx, tx)), request_id: ctx.requestId },
    }),
  },
  {
    method: 'PUT',
    path: logtankPaths.item,
    family: 'elb',
    trace: elbTrace('updateLogtank', 'logtank'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: logtankPaths.item,
    family: 'elb',
    trace: elbTrace('deleteLogtank', 'logtank'),
    handle: remove,
  },
];
