/**
 * "Traffic is unbalanced" (guide/faq/elb_use/service_performance_and_load/how_do_i_check_if_traffic_
 * is_being_evenly_distributed.rst; FEATURES §12.4): weights, stickiness, algorithm, long-lived
 * connections, member health, and — where access logs exist — the requests each server really got.
 */
import type { Member } from '../../../../../contract/elb-v2/members';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { isServing, memberHealthCheck, memberLabel, type DiagnosticCheck } from './check';
import type { TrafficSample } from './traffic-sample';

export type BalanceCheckId = 'weights' | 'sticky' | 'algorithm' | 'longLived' | 'health' | 'traffic';
export type BalanceCheck = DiagnosticCheck<BalanceCheckId>;

/** A measured share this far (in share points, 0.1 = 10 %) from the expected one counts as unbalanced. */
export const SKEW_TOLERANCE = 0.1;
/** Below this many sampled requests the shares say too little to judge. */
export const MIN_SAMPLE = 50;

export interface MemberShare {
  member: Member;
  /** weight / sum of the weights of the servers that get traffic; 0 for unhealthy or weight 0. */
  expected: number;
  /** Requests it answered in the sample; undefined without a sample. */
  requests?: number;
  /** requests / sampled; undefined without a sample. */
  observed?: number;
}

export interface BalanceFacts {
  pool: Pool;
  members: readonly Member[];
  /** null: access logging is off; undefined: not known yet (the traffic check is left out). */
  traffic?: TrafficSample | null;
}

const getsTraffic = (member: Member) => isServing(member.operating_status) && member.weight > 0;
/** A share as a percentage with one decimal. */
export const sharePercent = (share: number): number => Math.round(share * 1000) / 10;

export function memberShares(members: readonly Member[], traffic?: TrafficSample | null): MemberShare[] {
  const total = members.filter(getsTraffic).reduce((sum, member) => sum + member.weight, 0);
  return members.map((member) => {
    const expected = getsTraffic(member) && total > 0 ? member.weight / total : 0;
    if (!traffic) return { member, expected };
    const requests = traffic.byAddress.get(`${member.address}:${member.protocol_port}`) ?? 0;
    return { member, expected, requests, observed: traffic.sampled > 0 ? requests / traffic.sampled : 0 };
  });
}

function weightsCheck({ members }: BalanceFacts): BalanceCheck {
  if (members.length === 0) return { id: 'weights', status: 'failed', variant: 'empty', params: {} };
  const zero = members.filter((member) => member.weight === 0);
  if (zero.length > 0) {
    return { id: 'weights', status: 'failed', variant: 'zero', params: { names: zero.map(memberLabel).join(', ') } };
  }
  const weights = new Set(members.map((member) => member.weight));
  if (weights.size > 1) {
    const list = members.map((member) => `${memberLabel(member)} ${member.weight}`).join(', ');
    return { id: 'weights', status: 'failed', variant: 'unequal', params: { weights: list } };
  }
  return { id: 'weights', status: 'passed', variant: 'equal', params: { weight: members[0]?.weight ?? 0 } };
}

/** With stickiness, each client stays on one server: few clients, few servers busy. */
function stickyCheck({ pool }: BalanceFacts): BalanceCheck {
  const sticky = pool.session_persistence;
  return sticky
    ? { id: 'sticky', status: 'verify', variant: 'on', params: { type: sticky.type } }
    : { id: 'sticky', status: 'passed', variant: 'off', params: {} };
}

/** Source IP hash sends each client address to the same server whatever the weights. */
function algorithmCheck({ pool }: BalanceFacts): BalanceCheck {
  return pool.lb_algorithm === 'SOURCE_IP'
    ? { id: 'algorithm', status: 'failed', variant: 'sourceIpHash', params: {} }
    : {
        id: 'algorithm',
        status: 'passed',
        variant: pool.lb_algorithm === 'ROUND_ROBIN' ? 'roundRobin' : 'leastConnections',
        params: {},
      };
}

/** Persistent (keepalive) connections carry many requests to the server they were opened to. */
function longLivedCheck({ pool }: BalanceFacts): BalanceCheck {
  return {
    id: 'longLived',
    status: 'verify',
    variant: pool.lb_algorithm === 'LEAST_CONNECTIONS' ? 'leastConnections' : 'default',
    params: {},
    commands: ['netstat -ant | grep ESTABLISHED | wc -l'],
  };
}

function trafficCheck(facts: BalanceFacts, traffic: TrafficSample | null): BalanceCheck {
  if (traffic === null) return { id: 'traffic', status: 'verify', variant: 'noLogs', params: {} };
  const { sampled } = traffic;
  if (sampled < MIN_SAMPLE) return { id: 'traffic', status: 'verify', variant: 'fewRequests', params: { sampled } };
  const worst = memberShares(facts.members, traffic)
    .map((share) => ({ share, off: Math.abs((share.observed ?? 0) - share.expected) }))
    .sort((a, b) => b.off - a.off)[0];
  if (!worst || worst.off <= SKEW_TOLERANCE) {
    return { id: 'traffic', status: 'passed', variant: 'even', params: { sampled } };
  }
  return {
    id: 'traffic',
    status: 'failed',
    variant: 'skewed',
    params: {
      sampled,
      name: memberLabel(worst.share.member),
      observed: sharePercent(worst.share.observed ?? 0),
      expected: sharePercent(worst.share.expected),
    },
  };
}

export function balanceChecks(facts: BalanceFacts): BalanceCheck[] {
  return [
    weightsCheck(facts),
    stickyCheck(facts),
    algorithmCheck(facts),
    longLivedCheck(facts),
    memberHealthCheck('health', facts.members),
    ...(facts.traffic === undefined ? [] : [trafficCheck(facts, facts.traffic)]),
  ];
}
