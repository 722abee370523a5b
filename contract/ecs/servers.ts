/**
 * ECS cloud servers, the candidates for backend servers
 * (`GET /v1/{project_id}/cloudservers/detail`, described in shared/reference/README.md).
 */

export const serverPaths = {
  detail: '/v1/:project_id/cloudservers/detail',
} as const;

export type ServerStatus = 'ACTIVE' | 'SHUTOFF' | 'BUILD' | 'REBOOT' | 'ERROR' | 'DELETED';

export interface ServerAddress {
  addr: string;
  version: 4 | 6;
  'OS-EXT-IPS:port_id': string;
  'OS-EXT-IPS:type': 'fixed' | 'floating';
}

export interface Server {
  id: string;
  name: string;
  status: ServerStatus;
  /** Keyed by VPC ID; the first fixed IPv4 address is the primary NIC's. */
  addresses: Record<string, ServerAddress[]>;
  'OS-EXT-AZ:availability_zone': string;
  metadata: { os_type: 'Linux' | 'Windows'; vpc_id: string };
  flavor: { id: string; vcpus: string; ram: string };
  created: string;
}

export interface ServerListResponse {
  count: number;
  servers: Server[];
}

export interface ServerListQuery {
  offset?: number;
  limit?: number;
  name?: string;
  status?: ServerStatus;
  ip?: string;
}

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The servers of one VPC (`metadata.vpc_id`), by name as people sort them (web-2 before web-10). */
export function serversInVpc(servers: readonly Server[], vpcId: string): Server[] {
  return servers.filter((server) => server.metadata.vpc_id === vpcId).sort((a, b) => byName.compare(a.name, b.name));
}

/** The search of the server pickers: part of the name (any case) or of the address. */
export function serverMatches(server: Pick<Server, 'name'>, ip: string | undefined, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return needle === '' || server.name.toLowerCase().includes(needle) || (ip ?? '').includes(needle);
}

/** The primary NIC's fixed IPv4 address: the only address a backend server may use (FEATURES §5.1). */
export function primaryIpv4(server: Server): string | undefined {
  for (const addresses of Object.values(server.addresses)) {
    const fixed = addresses.find((address) => address.version === 4 && address['OS-EXT-IPS:type'] === 'fixed');
    if (fixed) return fixed.addr;
  }
  return undefined;
}
