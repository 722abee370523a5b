/**
 * The ECSs that can become backend ECSs of a classic listener (FEATURES §5.4): the servers of the
 * load balancer's VPC, addressed by their private IPv4 address there, by name; those already on the
 * listener are marked. A stopped ECS can be picked, but the add job then fails (the operator is warned).
 */
import { serverMatches, serversInVpc, type Server } from '../../../../../contract/ecs/servers';
import type { AddClassicMembersRequest, ClassicMember } from '../../../../../contract/elb-classic/members';

export interface EcsCandidate {
  server: Server;
  /** The ECS's private IPv4 address in the load balancer's VPC. */
  ip: string;
  /** Already a backend ECS of this listener. */
  added: boolean;
}

function privateIpv4In(server: Server, vpcId: string): string | undefined {
  return server.addresses[vpcId]?.find((address) => address.version === 4 && address['OS-EXT-IPS:type'] === 'fixed')
    ?.addr;
}

export function ecsCandidates(
  servers: readonly Server[],
  vpcId: string,
  members: readonly Pick<ClassicMember, 'server_id'>[],
): EcsCandidate[] {
  const present = new Set(members.map((member) => member.server_id));
  return serversInVpc(servers, vpcId).flatMap((server) => {
    const ip = privateIpv4In(server, vpcId);
    return ip === undefined ? [] : [{ server, ip, added: present.has(server.id) }];
  });
}

export function searchCandidates(candidates: readonly EcsCandidate[], text: string): EcsCandidate[] {
  return candidates.filter((candidate) => serverMatches(candidate.server, candidate.ip, text));
}

/** A running ECS is ACTIVE; any other state fails the add job. */
export const isRunning = (server: Pick<Server, 'status'>): boolean => server.status === 'ACTIVE';

export function toAddMembersRequest(picked: readonly EcsCandidate[]): AddClassicMembersRequest {
  return picked.map((candidate) => ({ server_id: candidate.server.id, address: candidate.ip }));
}

/** The job's subject: the ECS names, as the operator knows them. */
export const memberSubject = (names: readonly string[]): string => names.join(', ');
