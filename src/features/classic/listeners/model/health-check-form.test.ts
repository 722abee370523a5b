import { describe, expect, it } from 'vitest';
import {
  classicHealthCheckWindow,
  defaultHealthCheckForm,
  healthCheckFormSchema,
  toCreateHealthCheckRequest,
  toUpdateHealthCheckRequest,
  type ClassicHealthCheckFormValues,
} from './health-check-form';

const values = (overrides: Partial<ClassicHealthCheckFormValues> = {}): ClassicHealthCheckFormValues => ({
  ...defaultHealthCheckForm('External', 'HTTP'),
  ...overrides,
});

const messageFor = (form: ClassicHealthCheckFormValues, field: keyof ClassicHealthCheckFormValues) =>
  healthCheckFormSchema('External')
    .safeParse(form)
    .error?.issues.find((issue) => issue.path[0] === field)?.message;

describe('classic health check form', () => {
  it('defaults to HTTP for HTTP listeners, TCP for TCP listeners and UDP for UDP listeners', () => {
    expect(defaultHealthCheckForm('External', 'HTTPS').healthcheck_protocol).toBe('HTTP');
    expect(defaultHealthCheckForm('External', 'TCP').healthcheck_protocol).toBe('TCP');
    expect(defaultHealthCheckForm('External', 'UDP').healthcheck_protocol).toBe('UDP');
  });

  it.each([
    ['healthy_threshold', 0, 'The healthy threshold must be a whole number from 1 to 10.'],
    ['healthy_threshold', 1, undefined],
    ['healthy_threshold', 10, undefined],
    ['unhealthy_threshold', 11, 'The unhealthy threshold must be a whole number from 1 to 10.'],
    ['healthcheck_interval', 0, 'The interval must be a whole number from 1 to 50 seconds.'],
    ['healthcheck_interval', 50, undefined],
    ['healthcheck_timeout', 51, 'The timeout must be a whole number from 1 to 50 seconds.'],
    ['healthcheck_timeout', 1, undefined],
    ['healthcheck_connect_port', 65536, 'The port must be a whole number from 1 to 65535.'],
    ['healthcheck_connect_port', null, undefined],
  ] as const)('%s %s', (field, value, message) => {
    expect(messageFor(values({ [field]: value }), field)).toBe(message);
  });

  it('needs a path for HTTP checks only', () => {
    expect(messageFor(values({ healthcheck_uri: 'health' }), 'healthcheck_uri')).toMatch(/start with a slash/);
    expect(
      messageFor(values({ healthcheck_protocol: 'TCP', healthcheck_uri: 'health' }), 'healthcheck_uri'),
    ).toBeUndefined();
    expect(toCreateHealthCheckRequest(values({ healthcheck_protocol: 'TCP' }), 'l1', 'External')).not.toHaveProperty(
      'healthcheck_uri',
    );
  });

  it('refuses UDP checks on Internal load balancers', () => {
    const result = healthCheckFormSchema('Internal').safeParse(values({ healthcheck_protocol: 'UDP' }));
    expect(result.error?.issues[0]?.message).toBe(
      'A UDP health check cannot be used on a private (Internal) load balancer.',
    );
  });

  it('modifies a UDP check without its protocol, and blanks the path of a TCP one', () => {
    expect(toUpdateHealthCheckRequest(values({ healthcheck_protocol: 'UDP' }))).not.toHaveProperty(
      'healthcheck_protocol',
    );
    expect(toUpdateHealthCheckRequest(values({ healthcheck_protocol: 'TCP' }))).toMatchObject({
      healthcheck_protocol: 'TCP',
      healthcheck_uri: '',
    });
  });

  it('gives the time window of each direction', () => {
    expect(
      classicHealthCheckWindow(
        values({ healthcheck_interval: 4, healthcheck_timeout: 2, healthy_threshold: 3, unhealthy_threshold: 2 }),
      ),
    ).toEqual({ healthyAfterSeconds: 14, unhealthyAfterSeconds: 8 });
    expect(classicHealthCheckWindow(values({ healthy_threshold: 11 }))).toBeUndefined();
  });
});
