import { describe, expect, it } from 'vitest';
import { fromCertificateTimestamp } from '../../../../contract/elb-v2/certificates';
import { testCertificate, testListener } from '../../../testing/elb-fixtures';
import { certificateChecks } from './certificates-check';
import { clientIpChecks, clientIpMechanism } from './client-ip';
import { webSocketChecks } from './websocket';

const statusOf = (checks: readonly { id: string; status: string; variant: string }[], id: string) =>
  checks.find((check) => check.id === id);

describe('client IP', () => {
  it('passes HTTP and HTTPS listeners: X-Forwarded-For, with the server snippets to verify', () => {
    for (const protocol of ['HTTP', 'TERMINATED_HTTPS'] as const) {
      const checks = clientIpChecks(testListener(protocol));
      expect(statusOf(checks, 'mechanism')).toMatchObject({ status: 'passed', variant: 'xForwardedFor' });
      expect(checks.find((check) => check.id === 'nginx')?.commands).toContain('set_real_ip_from 100.125.0.0/16;');
    }
  });

  it('asks TCP listeners to verify the TOA module', () => {
    const checks = clientIpChecks(testListener('TCP'));
    expect(clientIpMechanism('TCP')).toBe('toa');
    expect(statusOf(checks, 'mechanism')).toMatchObject({ status: 'verify', variant: 'toa' });
    expect(statusOf(checks, 'toaModule')?.status).toBe('verify');
  });

  it('asks to verify Obtain Client IP Address on UDP listeners: TOA cannot carry a UDP client address', () => {
    const checks = clientIpChecks(testListener('UDP'));
    expect(statusOf(checks, 'mechanism')).toMatchObject({ status: 'verify', variant: 'udp' });
    expect(statusOf(checks, 'toaModule')).toBeUndefined();
  });

  it('passes TCP and UDP listeners with Obtain Client IP Address on: nothing else is needed', () => {
    for (const protocol of ['TCP', 'UDP'] as const) {
      const checks = clientIpChecks(testListener(protocol), true);
      expect(checks.map((check) => [check.id, check.status, check.variant])).toEqual([
        ['mechanism', 'passed', 'obtainOn'],
        ['limits', 'verify', 'default'],
      ]);
    }
  });

  it('with the setting off: TCP may turn it on or use TOA, UDP fails until it is turned on', () => {
    const tcp = clientIpChecks(testListener('TCP'), false);
    expect(tcp.map((check) => [check.id, check.status])).toEqual([
      ['mechanism', 'verify'],
      ['obtainSetting', 'verify'],
      ['toaModule', 'verify'],
      ['limits', 'verify'],
    ]);
    const udp = clientIpChecks(testListener('UDP'), false);
    expect(statusOf(udp, 'mechanism')).toMatchObject({ status: 'failed', variant: 'udpOff' });
    expect(udp.find((check) => check.id === 'obtainSetting')?.commands).toContain(
      '{"listener": {"transparent_client_ip_enable": true}}',
    );
  });
});

describe('WebSocket', () => {
  it('passes HTTP (ws) and HTTPS (wss) listeners with their idle timeout', () => {
    const checks = webSocketChecks([
      testListener('HTTP'),
      testListener('TERMINATED_HTTPS', { keepalive_timeout: 120 }),
    ]);
    expect(checks.map((check) => [check.status, check.variant, check.params.idle])).toEqual([
      ['passed', 'ws', 60],
      ['passed', 'wss', 120],
    ]);
  });

  it('asks to verify TCP and fails UDP listeners', () => {
    const checks = webSocketChecks([testListener('TCP'), testListener('UDP')]);
    expect(checks.map((check) => [check.status, check.variant])).toEqual([
      ['verify', 'tcp'],
      ['failed', 'none'],
    ]);
  });

  it('fails a load balancer without listeners', () => {
    expect(webSocketChecks([])).toEqual([{ id: 'noListener', status: 'failed', variant: 'default', params: {} }]);
  });
});

describe('multiple certificates', () => {
  const now = fromCertificateTimestamp('2026-11-26 12:00:00');
  const www = testCertificate('www', 'www.example.com', '2027-09-30 23:59:59');
  const shop = testCertificate('shop', 'shop.example.com', '2027-06-30 23:59:59');
  const api = testCertificate('api', 'api.example.com', '2026-10-15 23:59:59');
  const soon = testCertificate('soon', 'soon.example.com', '2026-12-10 23:59:59');
  const https = (sni: string[]) =>
    testListener('TERMINATED_HTTPS', { default_tls_container_ref: 'www', sni_container_refs: sni });
  const all = [www, shop, api, soon];

  it('passes SNI with distinct domains and valid certificates', () => {
    const checks = certificateChecks(https(['shop']), all, now);
    expect(statusOf(checks, 'sni')).toMatchObject({ status: 'passed', variant: 'on' });
    expect(statusOf(checks, 'domains')).toMatchObject({ status: 'passed', variant: 'ok' });
    expect(statusOf(checks, 'expiry')).toMatchObject({ status: 'passed', variant: 'ok' });
    expect(checks.at(-1)?.commands).toEqual(['curl -v https://www.example.com', 'curl -v https://shop.example.com']);
  });

  it('asks to enable SNI when the listener has one certificate', () => {
    const checks = certificateChecks(https([]), all, now);
    expect(statusOf(checks, 'sni')).toMatchObject({ status: 'verify', variant: 'off' });
    expect(statusOf(checks, 'domains')?.variant).toBe('notUsed');
  });

  it('fails SNI certificates without a domain or with the same domain', () => {
    const bare = testCertificate('bare', null, '2027-06-30 23:59:59');
    const twin = testCertificate('twin', 'shop.example.com', '2027-06-30 23:59:59');
    expect(statusOf(certificateChecks(https(['bare']), [...all, bare], now), 'domains')).toMatchObject({
      status: 'failed',
      variant: 'missing',
    });
    expect(statusOf(certificateChecks(https(['shop', 'twin']), [...all, twin], now), 'domains')).toMatchObject({
      status: 'failed',
      variant: 'repeated',
      params: { domains: 'shop.example.com' },
    });
  });

  it('fails an expired certificate and flags one expiring soon', () => {
    expect(statusOf(certificateChecks(https(['api', 'soon']), all, now), 'expiry')).toMatchObject({
      status: 'failed',
      variant: 'expired',
      params: { names: 'api' },
    });
    expect(statusOf(certificateChecks(https(['soon']), all, now), 'expiry')).toMatchObject({
      status: 'verify',
      variant: 'expiring',
    });
  });
});
