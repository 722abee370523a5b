import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  classicHealthCheckFields,
  classicHealthCheckPaths,
  classicHealthCheckProtocolsFor,
  createClassicHealthCheckRequest,
  createClassicHealthCheckRequestFor,
  updateClassicHealthCheckRequest,
} from './health-checks';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messagesOf = (result: Result) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const httpExample = {
  healthcheck_connect_port: 80,
  healthcheck_interval: 5,
  healthcheck_protocol: 'HTTP',
  healthcheck_timeout: 10,
  healthcheck_uri: '/',
  healthy_threshold: 3,
  listener_id: '3ce8c4429478a5eb6ef4930de2d75b28',
  unhealthy_threshold: 3,
};
const tcpExample = { ...httpExample, healthcheck_protocol: 'TCP', healthcheck_uri: '' };
const URI_MESSAGE =
  'The health check path must be 1 to 80 characters, start with a slash (/) and contain only letters, digits and -/.%?#&_=';

describe('classic health check paths', () => {
  it('spell the documented URIs', () => {
    expect(buildPath(classicHealthCheckPaths.list, { project_id: 'p' })).toBe('/v1.0/p/elbaas/healthcheck');
    expect(buildPath(classicHealthCheckPaths.item, { project_id: 'p', healthcheck_id: 'h' })).toBe(
      '/v1.0/p/elbaas/healthcheck/h',
    );
  });
});

describe('classic health check fields', () => {
  it.each(['/', '/health', '/a-b/c.d%20?x=1&y=2#top_', `/${'a'.repeat(79)}`])('path %s is accepted', (uri) => {
    expect(classicHealthCheckFields.healthcheck_uri.safeParse(uri).success).toBe(true);
  });
  it.each(['', 'health', `/${'a'.repeat(80)}`, '/with space', '/tilde~', '/semi;colon'])(
    'path "%s" is refused',
    (uri) => {
      expect(classicHealthCheckFields.healthcheck_uri.safeParse(uri).error?.issues[0]?.message).toBe(URI_MESSAGE);
    },
  );
  it('thresholds are 1 to 10', () => {
    for (const key of ['healthy_threshold', 'unhealthy_threshold'] as const) {
      expect(classicHealthCheckFields[key].safeParse(1).success).toBe(true);
      expect(classicHealthCheckFields[key].safeParse(10).success).toBe(true);
      expect(classicHealthCheckFields[key].safeParse(0).success).toBe(false);
      expect(classicHealthCheckFields[key].safeParse(11).success).toBe(false);
    }
    expect(classicHealthCheckFields.healthy_threshold.safeParse(11).error?.issues[0]?.message).toBe(
      'The healthy threshold must be a whole number from 1 to 10.',
    );
  });
  it('timeout and interval are 1 to 50 seconds', () => {
    for (const key of ['healthcheck_timeout', 'healthcheck_interval'] as const) {
      expect(classicHealthCheckFields[key].safeParse(1).success).toBe(true);
      expect(classicHealthCheckFields[key].safeParse(50).success).toBe(true);
      expect(classicHealthCheckFields[key].safeParse(0).success).toBe(false);
      expect(classicHealthCheckFields[key].safeParse(51).success).toBe(false);
      expect(classicHealthCheckFields[key].safeParse(2.5).success).toBe(false);
    }
  });
  it('the port is 1 to 65535', () => {
    expect(classicHealthCheckFields.healthcheck_connect_port.safeParse(1).success).toBe(true);
    expect(classicHealthCheckFields.healthcheck_connect_port.safeParse(65535).success).toBe(true);
    expect(classicHealthCheckFields.healthcheck_connect_port.safeParse(0).success).toBe(false);
    expect(classicHealthCheckFields.healthcheck_connect_port.safeParse(65536).success).toBe(false);
  });
});

describe('createClassicHealthCheckRequest', () => {
  it('accepts both documented examples and a bare listener_id', () => {
    expect(createClassicHealthCheckRequest.safeParse(httpExample).success).toBe(true);
    expect(createClassicHealthCheckRequest.safeParse(tcpExample).success).toBe(true);
    expect(createClassicHealthCheckRequest.safeParse({ listener_id: 'l' }).success).toBe(true);
    expect(createClassicHealthCheckRequest.safeParse({ ...tcpExample, healthcheck_protocol: 'UDP' }).success).toBe(
      true,
    );
  });
  it('requires listener_id and refuses unknown or lower-case protocols', () => {
    expect(messagesOf(createClassicHealthCheckRequest.safeParse({}))).toEqual(['listener_id: Select a listener.']);
    expect(createClassicHealthCheckRequest.safeParse({ ...httpExample, healthcheck_protocol: 'http' }).success).toBe(
      false,
    );
    expect(
      createClassicHealthCheckRequest.safeParse({ ...httpExample, healthcheck_protocol: 'UDP_CONNECT' }).success,
    ).toBe(false);
  });
  it('HTTP needs a path; TCP and UDP take none', () => {
    expect(messagesOf(createClassicHealthCheckRequest.safeParse({ ...httpExample, healthcheck_uri: '' }))).toEqual([
      `healthcheck_uri: ${URI_MESSAGE}`,
    ]);
    expect(messagesOf(createClassicHealthCheckRequest.safeParse({ ...tcpExample, healthcheck_uri: '/' }))).toEqual([
      'healthcheck_uri: The health check path applies only to HTTP health checks; leave it blank.',
    ]);
    expect(createClassicHealthCheckRequest.safeParse({ ...httpExample, healthcheck_uri: 'nope' }).success).toBe(false);
  });
  it('checks every range', () => {
    const out = {
      healthy_threshold: 11,
      unhealthy_threshold: 0,
      healthcheck_timeout: 51,
      healthcheck_interval: 0,
      healthcheck_connect_port: 0,
    };
    const paths = createClassicHealthCheckRequest
      .safeParse({ ...httpExample, ...out })
      .error?.issues.map((i) => i.path.join('.'));
    expect(paths?.sort()).toEqual(Object.keys(out).sort());
  });
});

describe('createClassicHealthCheckRequestFor', () => {
  it('refuses UDP on a private load balancer only', () => {
    const udp = { ...tcpExample, healthcheck_protocol: 'UDP' };
    expect(messagesOf(createClassicHealthCheckRequestFor('Internal').safeParse(udp))).toEqual([
      'healthcheck_protocol: A UDP health check cannot be used on a private (Internal) load balancer.',
    ]);
    expect(createClassicHealthCheckRequestFor('Internal').safeParse(tcpExample).success).toBe(true);
    expect(createClassicHealthCheckRequestFor('External').safeParse(udp).success).toBe(true);
    expect(
      createClassicHealthCheckRequestFor('External').safeParse({ ...httpExample, healthcheck_uri: '' }).success,
    ).toBe(false);
  });
});

describe('updateClassicHealthCheckRequest', () => {
  it('accepts the documented example', () => {
    const { listener_id: _omit, ...example } = httpExample;
    expect(
      updateClassicHealthCheckRequest.safeParse({ ...example, healthcheck_connect_port: 88, unhealthy_threshold: 2 })
        .success,
    ).toBe(true);
  });
  it('takes HTTP or TCP in any case and outputs upper case', () => {
    expect(updateClassicHealthCheckRequest.parse({ healthcheck_protocol: 'tcp' })).toEqual({
      healthcheck_protocol: 'TCP',
    });
    expect(updateClassicHealthCheckRequest.parse({ healthcheck_protocol: 'Http', healthcheck_uri: '/' })).toEqual({
      healthcheck_protocol: 'HTTP',
      healthcheck_uri: '/',
    });
    expect(messagesOf(updateClassicHealthCheckRequest.safeParse({ healthcheck_protocol: 'udp' }))).toEqual([
      'healthcheck_protocol: The health check protocol must be HTTP or TCP.',
    ]);
  });
  it('applies the path rule after normalising the protocol', () => {
    expect(
      updateClassicHealthCheckRequest.safeParse({ healthcheck_protocol: 'tcp', healthcheck_uri: '/x' }).success,
    ).toBe(false);
    expect(
      updateClassicHealthCheckRequest.safeParse({ healthcheck_protocol: 'http', healthcheck_uri: '' }).success,
    ).toBe(false);
    expect(updateClassicHealthCheckRequest.safeParse({ healthcheck_uri: '/x' }).success).toBe(true);
  });
  it('refuses an empty body and out-of-range values', () => {
    expect(messagesOf(updateClassicHealthCheckRequest.safeParse({}))).toEqual([
      ': The request must change at least one field.',
    ]);
    expect(updateClassicHealthCheckRequest.safeParse({ healthcheck_interval: 51 }).success).toBe(false);
    expect(updateClassicHealthCheckRequest.safeParse({ healthy_threshold: 0 }).success).toBe(false);
  });
});

describe('classicHealthCheckProtocolsFor', () => {
  it('drops UDP on private load balancers', () => {
    expect(classicHealthCheckProtocolsFor('Internal')).toEqual(['HTTP', 'TCP']);
    expect(classicHealthCheckProtocolsFor('External')).toEqual(['HTTP', 'TCP', 'UDP']);
  });
  it('pairs UDP with UDP listeners and HTTP/TCP with the others', () => {
    expect(classicHealthCheckProtocolsFor('External', 'UDP')).toEqual(['UDP']);
    expect(classicHealthCheckProtocolsFor('External', 'HTTPS')).toEqual(['HTTP', 'TCP']);
    expect(classicHealthCheckProtocolsFor('Internal', 'TCP')).toEqual(['HTTP', 'TCP']);
  });
});
