/**
 * Tags of load balancers and listeners (api/elb/v2.0/tag/*.rst): one implementation
 * for both resource types, selected by the `:resource_type` path segment.
 */
import {
  MAX_TAGS_PER_RESOURCE,
  addTagRequest,
  batchTagRequest,
  resourceInstancesRequest,
  tagKey,
  tagPaths,
  type ResourceInstance,
  type Tag,
} from '../../../contract/elb-v2/tags';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ListenerRow, LoadBalancerRow } from '../../store/tables';
import { timestamp } from '../context';

type Target = { type: 'loadbalancers'; row: LoadBalancerRow } | { type: 'listeners'; row: ListenerRow };
type ResourceType = Target['type'];
const SINGULAR: Record<ResourceType, string> = { loadbalancers: 'loadbalancer', listeners: 'listener' };

function resourceType(ctx: RouteContext): ResourceType {
  const type = ctx.params.resource_type;
  if (type !== 'loadbalancers' && type !== 'listeners') throw elbFaults.notFound('resource type', String(type));
  return type;
}

function load(ctx: RouteContext, tx: ReadTx): Target {
  const type = resourceType(ctx);
  const id = ctx.params.resource_id!;
  const target: Target | undefined =
    type === 'loadbalancers'
      ? ((row) => row && { type, row })(tx.get('loadbalancers', id))
      : ((row) => row && { type, row })(tx.get('listeners', id));
  if (!target) throw elbFaults.notFound(SINGULAR[type], id);
  return target;
}

function save(ctx: RouteContext, tx: WriteTx, target: Target, tags: Tag[]): WriteResult {
  if (tags.length > MAX_TAGS_PER_RESOURCE) {
    throw elbFaults.invalid(`A ${SINGULAR[target.type]} can have at most ${MAX_TAGS_PER_RESOURCE} tags.`);
  }
  const updated_at = timestamp(ctx.clock);
  if (target.type === 'loadbalancers') tx.put('loadbalancers', { ...target.row, tags, updated_at });
  else tx.put('listeners', { ...target.row, tags, updated_at });
  return { status: 204, audit: { resourceId: target.row.id, resourceName: target.row.name } };
}

/** Adding an existing key overwrites its value (tag.rst). */
function merge(current: Tag[], incoming: Tag[]): Tag[] {
  const merged = new Map(current.map((tag) => [tag.key, tag.value]));
  incoming.forEach((tag) => merged.set(tag.key, tag.value));
  return [...merged].map(([key, value]) => ({ key, value }));
}

function allOfType(tx: ReadTx, type: ResourceType): (LoadBalancerRow | ListenerRow)[] {
  return type === 'loadbalancers' ? tx.all('loadbalancers') : tx.all('listeners');
}

/** Tag values OR-ed per key, `*value` = contains, no values = key present; name match is a contains match. */
function matchesQuery(
  row: LoadBalancerRow | ListenerRow,
  query: ReturnType<typeof resourceInstancesRequest.parse>,
): boolean {
  const byKey = new Map(row.tags.map((tag) => [tag.key, tag.value]));
  const tagsMatch = (query.tags ?? []).every(({ key, values }) => {
    const value = byKey.get(key);
    if (value === undefined) return false;
    if (values.length === 0) return true;
    return values.some((wanted) => (wanted.startsWith('*') ? value.includes(wanted.slice(1)) : value === wanted));
  });
  const namesMatch = (query.matches ?? []).every(({ value }) => row.name.toLowerCase().includes(value.toLowerCase()));
  return tagsMatch && namesMatch;
}

function toInstance(row: LoadBalancerRow | ListenerRow): ResourceInstance {
  return {
    resource_id: row.id,
    resource_name: row.name,
    resource_detail: '',
    super_resource_id: 'loadbalancer_id' in row ? row.loadbalancer_id : '',
    tags: row.tags,
  };
}

const trace = (name: string) => ({ service: 'ELB' as const, name, resourceType: 'tag' });

export const tagRoutes: Route[] = [
  {
    method: 'GET',
    path: tagPaths.resourceTags,
    family: 'elb',
    handle: (ctx, tx) => ({ status: 200, body: { tags: load(ctx, tx).row.tags } }),
  },
  {
    method: 'POST',
    path: tagPaths.resourceTags,
    family: 'elb',
    trace: trace('createTag'),
    handle(ctx, tx) {
      const target = load(ctx, tx);
      const { tag } = parseBody(addTagRequest, ctx.body);
      return save(ctx, tx, target, merge(target.row.tags, [tag]));
    },
  },
  {
    method: 'POST',
    path: tagPaths.resourceTagsAction,
    family: 'elb',
    trace: trace('batchCreateTag'),
    handle(ctx, tx) {
      const target = load(ctx, tx);
      const { tags } = parseBody(batchTagRequest, ctx.body);
      return save(ctx, tx, target, merge(target.row.tags, tags));
    },
  },
  {
    method: 'DELETE',
    path: tagPaths.resourceTag,
    family: 'elb',
    trace: trace('deleteTag'),
    handle(ctx, tx) {
      const target = load(ctx, tx);
      const key = ctx.params.key!;
      if (!tagKey.safeParse(key).success || !target.row.tags.some((tag) => tag.key === key)) {
        throw elbFaults.notFound('tag', key);
      }
      return save(
        ctx,
        tx,
        target,
        target.row.tags.filter((tag) => tag.key !== key),
      );
    },
  },
  {
    method: 'GET',
    path: tagPaths.projectTags,
    family: 'elb',
    handle(ctx, tx) {
      const values = new Map<string, Set<string>>();
      for (const row of allOfType(tx, resourceType(ctx))) {
        for (const { key, value } of row.tags) values.set(key, (values.get(key) ?? new Set()).add(value));
      }
      const tags = [...values]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, set]) => ({ key, values: [...set].sort() }));
      return { status: 200, body: { tags } };
    },
  },
  {
    method: 'POST',
    path: tagPaths.resourceInstances,
    family: 'elb',
    // A query sent as POST: it changes nothing and records no trace.
    handle(ctx, tx) {
      const query = parseBody(resourceInstancesRequest, ctx.body);
      const found = allOfType(tx, resourceType(ctx)).filter((row) => matchesQuery(row, query));
      if (query.action === 'count') return { status: 200, body: { total_count: found.length } };
      const offset = query.offset ?? 0;
      const limit = query.limit ?? 1000;
      return {
        status: 200,
        body: { resources: found.slice(offset, offset + limit).map(toInstance), total_count: found.length },
      };
    },
  },
];
