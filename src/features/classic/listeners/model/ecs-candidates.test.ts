import { describe, expect, it } from 'vitest';
import type { Server } from '../../../../../contract/ecs/servers';
import { ecsCandidates, isRunning, searchCandidates, toAddMembersRequest } from './ecs-candidates';

const server = (id: string, name: string, vpc: string, ip: string, status: Server['status'] = 'ACTIVE'): Server => ({
  id,
  name,
  status,
  addresses: { [vpc]: [{ addr: ip, version: 4, 'OS-EXT-IPS:port_id': `port-${id}`, 'OS-EXT-IPS:type': 'fixed' }] },
  'OS-EXT-AZ:availability_zone': 'eu-de-01',
  metadata: { os_type: 'Linux', vpc_id: vpc },
  flavor: { id: 's3.medium.2', vcpus: '1', ram: '2048' },
  created: '2026-10-01T10:00:00Z',
});

const servers = [
  server('s10', 'ecs-10', 'vpc-a', '10.0.1.10'),
  server('s2', 'ecs-2', 'vpc-a', '10.0.1.2', 'SHUTOFF'),
  server('s3', 'ecs-other', 'vpc-b', '172.16.0.3'),
];

describe('ECS candidates of a classic listener', () => {
  it('lists the ECSs of the load balancer VPC by name, with their private IP, marking those already added', () => {
    const candidates = ecsCandidates(servers, 'vpc-a', [{ server_id: 's10' }]);
    expect(candidates.map((c) => [c.server.name, c.ip, c.added])).toEqual([
      ['ecs-2', '10.0.1.2', false],
      ['ecs-10', '10.0.1.10', true],
    ]);
    expect(isRunning(candidates[0]!.server)).toBe(false);
    expect(searchCandidates(candidates, '1.10').map((c) => c.server.name)).toEqual(['ecs-10']);
    expect(toAddMembersRequest(candidates)).toEqual([
      { server_id: 's2', address: '10.0.1.2' },
      { server_id: 's10', address: '10.0.1.10' },
    ]);
  });
});
