import { describe, expect, it } from 'vitest';
import type { CreateClassicListenerRequest } from '../../../contract/elb-classic/listeners';
import { drainingTimeoutAfterUpdate, newClassicListenerSettings } from './listener-settings';

const body = (patch: Partial<CreateClassicListenerRequest>): CreateClassicListenerRequest => ({
  name: 'l',
  loadbalancer_id: 'lb',
  protocol: 'TCP',
  port: 1,
  backend_protocol: 'TCP',
  backend_port: 1,
  lb_algorithm: 'roundrobin',
  ...patch,
});

describe('newClassicListenerSettings', () => {
  it('gives UDP listeners a UDP timeout and nothing of the other protocols', () => {
    expect(newClassicListenerSettings(body({ protocol: 'UDP', backend_protocol: 'UDP' }))).toMatchObject({
      udp_timeout: 5,
      tcp_timeout: null,
      tcp_draining: null,
      sticky_session_type: null,
      certificate_id: null,
      certificates: null,
      ssl_protocols: null,
    });
  });

  it('gives SSL listeners the TLS defaults but no SNI list, and keeps what the body sends', () => {
    const ssl = newClassicListenerSettings(body({ protocol: 'SSL', certificate_id: 'c', ssl_ciphers: 'Strict' }));
    expect(ssl).toMatchObject({
      ssl_protocols: 'TLS 1.2',
      ssl_ciphers: 'Strict',
      certificate_id: 'c',
      certificates: null,
    });
  });

  it('sets the cookie only for sticky HTTP listeners; sticky TCP listeners have none', () => {
    const sticky = { session_sticky: true, lb_algorithm: 'roundrobin' as const };
    expect(newClassicListenerSettings(body({ ...sticky, protocol: 'HTTP' }))).toMatchObject({
      sticky_session_type: 'insert',
      cookie_timeout: 1440,
    });
    expect(newClassicListenerSettings(body(sticky))).toMatchObject({ session_sticky: true, cookie_timeout: null });
  });
});

describe('drainingTimeoutAfterUpdate', () => {
  it('drops the timeout when draining is off and defaults it when turned on without one', () => {
    expect(drainingTimeoutAfterUpdate({ tcp_draining: false, tcp_draining_timeout: 7 })).toBeNull();
    expect(drainingTimeoutAfterUpdate({ tcp_draining: true, tcp_draining_timeout: null })).toBe(5);
    expect(drainingTimeoutAfterUpdate({ tcp_draining: true, tcp_draining_timeout: 0 })).toBe(0);
  });
});
