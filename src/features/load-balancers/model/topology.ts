/** Counts from a status tree, for the detail page's summary. */
import type { MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import type { StatusTreeLoadBalancer } from '../../../../contract/elb-v2/status-tree';

export function memberHealthCounts(tree: StatusTreeLoadBalancer): Record<MemberOperatingStatus, number> {
  const counts: Record<MemberOperatingStatus, number> = { ONLINE: 0, OFFLINE: 0, NO_MONITOR: 0, DISABLED: 0 };
  for (const pool of tree.pools) for (const member of pool.members) counts[member.operating_status] += 1;
  return counts;
}
