/** VPC v1 lists: `marker` (ID of the previous page's last record) and `limit` 0–2000, default 2000. */
import { intParam } from '../../http/request';
import type { RouteContext } from '../../http/router';
import { vpcFaults } from './faults';

export function vpcPage<T extends { id: string }>(items: T[], ctx: RouteContext, resource: string): T[] {
  const limit = intParam(ctx.query, 'limit', { min: 0, max: 2000 }, vpcFaults.invalid) ?? 2000;
  const marker = ctx.query.get('marker');
  let start = 0;
  if (marker) {
    const at = items.findIndex((item) => item.id === marker);
    if (at < 0) throw vpcFaults.notFound(resource, marker);
    start = at + 1;
  }
  return items.slice(start, start + (limit === 0 ? 2000 : limit));
}
