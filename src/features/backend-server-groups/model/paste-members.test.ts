import { describe, expect, it } from 'vitest';
import { batchUpdateMembersRequest, memberEndpointConflictMessage } from '../../../../contract/elb-v2/members';
import { member, server, subnet } from './fixtures';
import { parseMemberPaste } from './paste-members';

const context = {
  subnets: [subnet('web', '10.0.1.0/24'), subnet('app', '10.0.2.0/24')],
  existing: [member('m1', '10.0.1.11', 80)],
  servers: [server('ecs-app-01', '10.0.2.21')],
};

describe('pasted backend servers', () => {
  it('accepts ip,port[,weight] with commas, semicolons or tabs, a header and comments', () => {
    const result = parseMemberPaste(
      'ip,port,weight\n10.0.2.21,8080,5\n\n# a comment\n10.0.1.12;80\n10.0.1.13\t443\t0\r\n',
      context,
    );
    expect(result.errors).toEqual([]);
    expect(
      result.valid.map(({ line, member: m }) => [line, m.name, m.address, m.protocol_port, m.weight, m.subnet_id]),
    ).toEqual([
      [2, 'ecs-app-01', '10.0.2.21', 8080, 5, 'neutron-app'],
      [5, undefined, '10.0.1.12', 80, 1, 'neutron-web'],
      [6, undefined, '10.0.1.13', 443, 0, 'neutron-web'],
    ]);
    const body = { action: 'add', members: result.valid.map((line) => line.member) };
    expect(batchUpdateMembersRequest.safeParse(body).success).toBe(true);
  });

  it('reports every bad line by number with the rule it broke', () => {
    const text = [
      '10.0.1.20,80',
      '10.0.1.300,80',
      '10.0.1.21,0',
      '10.0.1.22,80,101',
      '10.0.1.23',
      '192.168.5.5,80',
      '10.0.1.20,80',
      '10.0.1.11,80',
      '10.0.1.24,http',
    ].join('\n');
    const result = parseMemberPaste(text, context);
    expect(result.valid.map((line) => line.line)).toEqual([1]);
    expect(result.errors.map((error) => [error.line, error.issues])).toEqual([
      [2, [{ kind: 'rule', message: 'Enter an IPv4 address such as 192.168.0.10.' }]],
      [3, [{ kind: 'rule', message: 'The port must be a whole number from 1 to 65535.' }]],
      [4, [{ kind: 'rule', message: 'The weight must be a whole number from 0 to 100.' }]],
      [5, [{ kind: 'fields', count: 1 }]],
      [6, [{ kind: 'outsideVpc', address: '192.168.5.5' }]],
      [
        7,
        [
          {
            kind: 'rule',
            message:
              '10.0.1.20:80 is listed more than once; a backend server group cannot have two servers with the same address and port.',
          },
        ],
      ],
      [8, [{ kind: 'rule', message: memberEndpointConflictMessage({ address: '10.0.1.11', protocol_port: 80 }) }]],
      [9, [{ kind: 'rule', message: 'Enter a port number.' }]],
    ]);
    expect(result.errors[1]!.text).toBe('10.0.1.21,0');
    expect(result.errors[5]!.text).toBe('10.0.1.20,80');
  });

  it('reports several broken rules of one line together', () => {
    const [error] = parseMemberPaste('10.0.1,70000,-1', context).errors;
    expect(error!.issues).toHaveLength(3);
  });
});
