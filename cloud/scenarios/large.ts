/**
 * `large`: 2,000 load balancers and 500 ECS instances, for paging and speed.
 * Names, addresses and tags vary by index so search and filters have work to do.
 */
import { intToIpv4, ipv4ToInt } from '../../contract/common';
import type { Snapshot } from '../store/store';
import { DEFAULT_QUOTAS, ScenarioBuilder } from './builder';

const LOAD_BALANCERS = 2000;
const SERVERS = 500;
const TEAMS = ['web', 'orders', 'search', 'payments', 'media', 'identity', 'analytics', 'mail'];
const ENVS = ['prod', 'staging', 'dev', 'test'];

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

  for (let i = 0; i < SERVERS; i += 1) {
    const subnet = subnets[i % subnets.length]!;
    const base = ipv4ToInt(subnet.cidr.split('/')[0]!);
    builder.server(subnet, `ecs-fleet-${String(i + 1).padStart(3, '0')}`, intToIpv4(base + 1000 + i), {
      status: i % 50 === 49 ? 'SHUTOFF' : 'ACTIVE',
      listening: [22, 80, 8080],
    });
  }

  for (let i = 0; i < LOAD_BALANCERS; i += 1) {
    const subnet = subnets[i % subnets.length]!;
    const base = ipv4ToInt(subnet.cidr.split('/')[0]!);
    const team = TEAMS[i % TEAMS.length]!;
    const env = ENVS[Math.floor(i / TEAMS.length) % ENVS.length]!;
    const number = String(i + 1).padStart(4, '0');
    const publicLb = i % 4 === 0;
    builder.loadBalancer(subnet, `elb-${team}-${env}-${number}`, intToIpv4(base + 10 + i), {
      tags: [
        { key: 'team', value: team },
        { key: 'env', value: env },
      ],
      enabled: i % 97 !== 0,
      ...(publicLb ? { eip: { address: intToIpv4(0x50a00000 + i + 10), bandwidth: [5, 10, 50, 100][i % 4]! } } : {}),
    });
  }
  return builder.build();
}
