import { describe, expect, it } from 'vitest';
import {
  classicBackendProtocolsFor,
  classicDefaultBackendProtocol,
  classicListenerIssues,
  classicListenerProtocols,
  classicListenerProtocolsFor,
  classicSupportsSni,
  classicSupportsStickySession,
  classicUsesStickyCookie,
  classicUsesTls,
} from './listener-rules';

describe('classic listener protocol helpers', () => {
  it('pair backend protocols as the API allows', () => {
    expect(classicBackendProtocolsFor('UDP')).toEqual(['UDP']);
    expect(classicBackendProtocolsFor('SSL')).toEqual(['TCP']);
    for (const protocol of ['HTTP', 'HTTPS', 'TCP'] as const) {
      expect(classicBackendProtocolsFor(protocol)).toEqual(['HTTP', 'TCP', 'UDP']);
    }
  });
  it('preselect a backend protocol of the same layer, always one the API allows', () => {
    expect(classicListenerProtocols.map(classicDefaultBackendProtocol)).toEqual(['HTTP', 'TCP', 'HTTP', 'TCP', 'UDP']);
    for (const protocol of classicListenerProtocols) {
      expect(classicBackendProtocolsFor(protocol)).toContain(classicDefaultBackendProtocol(protocol));
    }
  });
  it('offer no UDP listener on a private load balancer', () => {
    expect(classicListenerProtocolsFor('Internal')).toEqual(['HTTP', 'TCP', 'HTTPS', 'SSL']);
    expect(classicListenerProtocolsFor('External')).toEqual(['HTTP', 'TCP', 'HTTPS', 'SSL', 'UDP']);
  });
  it('know which protocols use TLS, cookies, stickiness and SNI', () => {
    expect(classicListenerProtocols.filter(classicUsesTls)).toEqual(['HTTPS', 'SSL']);
    expect(classicListenerProtocols.filter(classicUsesStickyCookie)).toEqual(['HTTP']);
    expect(classicListenerProtocols.filter((p) => classicSupportsStickySession(p, 'roundrobin'))).toEqual([
      'HTTP',
      'TCP',
      'HTTPS',
    ]);
    expect(classicSupportsStickySession('HTTP', 'leastconn')).toBe(false);
    expect(classicSupportsStickySession('TCP', 'source')).toBe(false);
    expect(classicSupportsSni('HTTPS', 'External')).toBe(true);
    expect(classicSupportsSni('HTTPS', 'Internal')).toBe(false);
    expect(classicSupportsSni('SSL', 'External')).toBe(false);
  });
});

describe('classicListenerIssues', () => {
  it('names every field an issue reads', () => {
    const [issue] = classicListenerIssues({ protocol: 'SSL', backend_protocol: 'HTTP', certificate_id: 'c' });
    expect(issue).toEqual({
      path: 'backend_protocol',
      fields: ['backend_protocol', 'protocol'],
      message: 'An SSL listener needs the TCP backend protocol.',
    });
  });
  it('treats null response values as unset', () => {
    const config = {
      protocol: 'TCP' as const,
      sticky_session_type: null,
      cookie_timeout: null,
      certificate_id: null,
      ssl_protocols: null,
      ssl_ciphers: null,
      udp_timeout: null,
    };
    expect(classicListenerIssues(config)).toEqual([]);
  });
  it('in partial mode skips rules whose inputs are absent', () => {
    expect(classicListenerIssues({ tcp_draining_timeout: 5 }, { partial: true })).toEqual([]);
    expect(classicListenerIssues({ ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0' }, { partial: true })).toEqual([]);
    expect(classicListenerIssues({ tcp_draining_timeout: 5, tcp_draining: false }, { partial: true })).toHaveLength(1);
    expect(
      classicListenerIssues({ ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0', ssl_ciphers: 'Strict' }, { partial: true }),
    ).toHaveLength(1);
  });
  it('outside partial mode an absent ssl_ciphers means Default', () => {
    const issues = classicListenerIssues({
      protocol: 'SSL',
      certificate_id: 'c',
      ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0',
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      'With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.',
    ]);
  });
  it('adds the load balancer rules only when the type is given', () => {
    const udp = { protocol: 'UDP' as const, backend_protocol: 'UDP' as const };
    expect(classicListenerIssues(udp)).toEqual([]);
    expect(classicListenerIssues(udp, { lbType: 'External' })).toEqual([]);
    expect(classicListenerIssues(udp, { lbType: 'Internal' }).map((issue) => issue.message)).toEqual([
      'A UDP listener cannot be added to a private (Internal) load balancer.',
    ]);
  });
  it('ignores an empty SNI list', () => {
    expect(classicListenerIssues({ protocol: 'TCP', certificates: [] }, { lbType: 'Internal' })).toEqual([]);
  });
});
