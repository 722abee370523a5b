import { describe, expect, it } from 'vitest';
import { batchUpdateMembersRequest, memberEndpointConflictMessage } from '../../../../contract/elb-v2/members';
import { member, server, subnet } from './fixtures';
import {
  defaultPickerValues,
  loadBalancerVpcId,
  pickedMembers,
  pickerConflict,
  pickerSchema,
  pickerServers,
  searchPicker,
  toBatchMember,
} from './server-picker';

const subnets = [
  subnet('web', '10.0.1.0/24'),
  subnet('app', '10.0.2.0/24'),
  subnet('staging', '172.16.10.0/24', 'vpc-2'),
];
const servers = [
  server('ecs-web-01', '10.0.1.11'),
  server('ecs-app-01', '10.0.2.21', { status: 'SHUTOFF' }),
  server('ecs-odd', '10.9.0.5'),
  server('ecs-no-nic', undefined),
  server('ecs-staging', '172.16.10.11', { metadata: { os_type: 'Linux', vpc_id: 'vpc-2' } }),
];

describe('ECS picker', () => {
  it("finds the load balancer's VPC from its Neutron subnet ID", () => {
    expect(loadBalancerVpcId({ vip_subnet_id: 'neutron-staging' }, subnets)).toBe('vpc-2');
    expect(loadBalancerVpcId({ vip_subnet_id: 'unknown' }, subnets)).toBeUndefined();
  });

  it('lists only servers of that VPC, with the subnet containing the primary IP', () => {
    const rows = pickerServers(servers, 'vpc-1', subnets);
    expect(rows.map((row) => [row.server.name, row.ip, row.subnet?.id, row.block])).toEqual([
      ['ecs-app-01', '10.0.2.21', 'app', undefined],
      ['ecs-no-nic', undefined, undefined, 'noIp'],
      ['ecs-odd', '10.9.0.5', undefined, 'noSubnet'],
      ['ecs-web-01', '10.0.1.11', 'web', undefined],
    ]);
    expect(searchPicker(rows, '10.0.2').map((row) => row.server.name)).toEqual(['ecs-app-01']);
    expect(searchPicker(rows, 'WEB').map((row) => row.server.name)).toEqual(['ecs-web-01']);
  });

  it('turns a picked row into the batch entry the API expects', () => {
    const web = pickerServers(servers, 'vpc-1', subnets).find((row) => row.server.name === 'ecs-web-01');
    const body = toBatchMember(web!, 8080, 5);
    expect(body).toEqual({
      name: 'ecs-web-01',
      address: '10.0.1.11',
      protocol_port: 8080,
      subnet_id: 'neutron-web',
      weight: 5,
    });
    expect(batchUpdateMembersRequest.safeParse({ action: 'add', members: [body] }).success).toBe(true);
    const odd = pickerServers(servers, 'vpc-1', subnets).find((row) => row.block === 'noSubnet');
    expect(() => toBatchMember(odd!, 80, 1)).toThrow();
  });

  it('knows a server already in the group on the same port only', () => {
    const web = pickerServers(servers, 'vpc-1', subnets).find((row) => row.server.name === 'ecs-web-01');
    const existing = [member('m1', '10.0.1.11', 80)];
    expect(pickerConflict(web!, 80, existing)?.id).toBe('m1');
    expect(pickerConflict(web!, 8080, existing)).toBeUndefined();
    expect(pickerConflict(web!, null, existing)).toBeUndefined();
  });

  it("checks picked rows with the contract's rules and keeps the picker's order", () => {
    const rows = pickerServers(servers, 'vpc-1', subnets);
    const existing = [member('m1', '10.0.1.11', 80)];
    const schema = pickerSchema(rows, existing);
    const values = defaultPickerValues(rows, null, 1);
    values.rows['id-ecs-web-01'] = { selected: true, port: 80, weight: 101 };
    values.rows['id-ecs-app-01'] = { selected: true, port: null, weight: 1 };
    const issues = schema.safeParse(values).error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['rows.id-ecs-app-01.port', 'Enter a port number.'],
      ['rows.id-ecs-web-01.port', memberEndpointConflictMessage({ address: '10.0.1.11', protocol_port: 80 })],
      ['rows.id-ecs-web-01.weight', 'The weight must be a whole number from 0 to 100.'],
    ]);

    values.rows['id-ecs-web-01'] = { selected: true, port: 8080, weight: 0 };
    values.rows['id-ecs-app-01'] = { selected: true, port: 8080, weight: 100 };
    expect(schema.safeParse(values).success).toBe(true);
    expect(pickedMembers(rows, values).map((entry) => [entry.name, entry.protocol_port, entry.weight])).toEqual([
      ['ecs-app-01', 8080, 100],
      ['ecs-web-01', 8080, 0],
    ]);
  });
});
