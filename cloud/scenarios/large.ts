/**
 * `large`: 2,000 load balancers and 500 ECS instances, for paging and speed; the first
 * load balancer has a group with all 500 servers.
 * Names, addresses and tags vary by index so search and filters have work to do.
 */
import { intToIpv4, ipv4ToInt } from '../../contract/common';
import type { Subnet } from '../../contract/vpc/vpcs';
import type { Snapshot } from '../store/store';
import type { LoadBalancerRow, ServerRow } from '../store/tables';
import { DEFAULT_QUOTAS, ScenarioBuilder } from './builder';

const LOAD_BALANCERS = 2000;
const SERVERS = 500;
const TEAMS = ['web', 'orders', 'search', 'payments', 'media', 'identity', 'analytics', 'mail'];
const ENVS = ['prod', 'staging', 'dev', 'test'];

/**
 * The first load balancer carries the whole fleet in one group (a 500-row members table)
 * and has an empty group to paste into.
 */
function fleetGroups(
  builder: ScenarioBuilder,
  lb: LoadBalancerRow,
  servers: readonly { server: ServerRow; subnet: Subnet }[],
): void {
  const listener = builder.listener(lb, 'listener-http-80', 'HTTP', 80);
  const fleet = builder.pool(lb, 'server_group-fleet', 'HTTP', { listener });
  servers.forEach(({ server, subnet }) => builder.member(fleet, server, subnet, 80));
  builder.monitor(fleet, 'HTTP');
  builder.pool(lb, 'server_group-empty', 'HTTP');
}

export function large(): Snapshot {
  const builder = new ScenarioBuilder('large', 200, {
    ...DEFAULT_QUOTAS,
    loadbalancer: 5000,
    listener: 10000,
    publicip: 1000,
  });
  const vpc = builder.vpc('vpc-fleet', '10.0.0.0/8');
  const subnets = [0, 1, 2, 3].map((i) =>
    builder.subnet(vpc, `subnet-fleet-${i}`, `10.${i + 10}.0.0/16`, `eu-de-0${(i % 3) + 1}`),
  );

  const servers = Array.from({ length: SERVERS }, (_, i) => {
    const subnet = subnets[i % subnets.length]!;
    const base = ipv4ToInt(subnet.cidr.split('/')[0]!);
    const server = builder.server(subnet, `ecs-fleet-${String(i + 1).padStart(3, '0')}`, intToIpv4(base + 1000 + i), {
      status: i % 50 === 49 ? 'SHUTOFF' : 'ACTIVE',
      listening: [22, 80, 8080],
    });
    return { server, subnet };
  });

  for (let i = 0; i < LOAD_BALANCERS; i += 1) {
    const subnet = subnets[i % subnets.length]!;
    const base = ipv4ToInt(subnet.cidr.split('/')[0]!);
    const team = TEAMS[i % TEAMS.length]!;
    const env = ENVS[Math.floor(i / TEAMS.length) % ENVS.length]!;
    const number = String(i + 1).padStart(4, '0');
    const publicLb = i % 4 === 0;
    const lb = builder.loadBalancer(subnet, `elb-${team}-${env}-${number}`, intToIpv4(base + 10 + i), {
      tags: [
        { key: 'team', value: team },
        { key: 'env', value: env },
      ],
      enabled: i % 97 !== 0,
      ...(publicLb ? { eip: { address: intToIpv4(0x50a00000 + i + 10), bandwidth: [5, 10, 50, 100][i % 4]! } } : {}),
    });
    if (i === 0) fleetGroups(builder, lb, servers);
  }
  return builder.build();
}
