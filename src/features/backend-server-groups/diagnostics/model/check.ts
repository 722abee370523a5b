/**
 * Helpers of the group diagnostics (FEATURES §12). A check is the shared `DiagnosticCheck`: passed
 * or failed from live data, or "verify" when the console cannot know and the user checks by hand.
 */
import type { DiagnosticCheck } from '../../../../lib/diagnostic-check';

export type { DiagnosticCheck, DiagnosticStatus as CheckStatus } from '../../../../lib/diagnostic-check';
export { failedChecks as failedCount } from '../../../../lib/diagnostic-check';

/** A server that gets new connections: healthy, or any server of a group without health check (guide §6.2). */
export const isServing = (status: string): boolean => status === 'ONLINE' || status === 'NO_MONITOR';

interface NamedMember {
  name: string;
  address: string;
  operating_status: string;
}

export const memberLabel = (member: NamedMember): string => member.name || member.address;

/** Unhealthy servers get no new connections, whatever the diagnostic: named when there are any. */
export function memberHealthCheck<Id extends string>(id: Id, members: readonly NamedMember[]): DiagnosticCheck<Id> {
  const unhealthy = members.filter((member) => !isServing(member.operating_status));
  return unhealthy.length === 0
    ? { id, status: 'passed', variant: 'allHealthy', params: {} }
    : {
        id,
        status: 'failed',
        variant: 'unhealthy',
        params: { count: unhealthy.length, names: unhealthy.map(memberLabel).join(', ') },
      };
}
