import { describe, expect, it } from 'vitest';
import { primaryIpv4, serverMatches, serversInVpc, type Server } from './servers';

const server = (name: string, vpcId: string, ip: string): Server => ({
  id: name,
  name,
  status: 'ACTIVE',
  addresses: {
    [vpcId]: [
      { addr: '2001:db8::1', version: 6, 'OS-EXT-IPS:port_id': 'p', 'OS-EXT-IPS:type': 'fixed' },
      { addr: ip, version: 4, 'OS-EXT-IPS:port_id': 'p', 'OS-EXT-IPS:type': 'fixed' },
    ],
  },
  'OS-EXT-AZ:availability_zone': 'eu-de-01',
  metadata: { os_type: 'Linux', vpc_id: vpcId },
  flavor: { id: 's3.medium.2', vcpus: '1', ram: '2048' },
  created: '2026-01-01T00:00:00Z',
});

describe('ECS servers', () => {
  it('use the fixed IPv4 address of the primary NIC', () => {
    expect(primaryIpv4(server('web-1', 'v1', '10.0.1.10'))).toBe('10.0.1.10');
  });

  it('list the servers of one VPC in the order people sort names', () => {
    const servers = [
      server('web-10', 'v1', '10.0.1.10'),
      server('web-2', 'v1', '10.0.1.2'),
      server('db', 'v2', '10.1.0.1'),
    ];
    expect(serversInVpc(servers, 'v1').map((item) => item.name)).toEqual(['web-2', 'web-10']);
  });

  it('match a search by part of the name in any case, or of the address', () => {
    const web = server('Web-Frontend', 'v1', '10.0.1.10');
    expect(serverMatches(web, '10.0.1.10', '')).toBe(true);
    expect(serverMatches(web, '10.0.1.10', ' front ')).toBe(true);
    expect(serverMatches(web, '10.0.1.10', '0.1.1')).toBe(true);
    expect(serverMatches(web, undefined, '10.0')).toBe(false);
  });
});
