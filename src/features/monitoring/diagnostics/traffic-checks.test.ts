import { describe, expect, it } from 'vitest';
import {
  bandwidthUse,
  countOf,
  peakOf,
  stressTestChecks,
  trafficInconsistentChecks,
  type StressFacts,
  type TrafficFacts,
} from './traffic-checks';

const find = <T extends { id: string }>(checks: readonly T[], id: string) => checks.find((check) => check.id === id);

describe('series arithmetic', () => {
  const points = [
    { timestamp: 0, value: 0.5 },
    { timestamp: 3_600_000, value: 0.25 },
  ];
  it('counts events from per-second averages and finds the peak', () => {
    expect(countOf(points, 3600)).toBe(2700);
    expect(peakOf(points)).toBe(0.5);
    expect(peakOf([])).toBe(0);
  });
  it('relates bytes per second to Mbit/s', () => {
    expect(bandwidthUse(125_000, 1)).toBe(100);
  });
});

describe('traffic inconsistent', () => {
  const clean: TrafficFacts = {
    layer7: true,
    requests: 1000,
    clientErrors: 0,
    serverErrors: 0,
    unhealthyPeak: 0,
    accessLogging: true,
  };

  it('passes a load balancer whose requests all reached backends', () => {
    const checks = trafficInconsistentChecks(clean);
    expect(checks.map((check) => check.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
  });

  it('reports the failed client requests that were not forwarded', () => {
    const checks = trafficInconsistentChecks({ ...clean, clientErrors: 42, serverErrors: 3, unhealthyPeak: 1 });
    expect(find(checks, 'clientErrors')).toMatchObject({ status: 'failed', params: { count: 42, requests: 1000 } });
    expect(find(checks, 'serverErrors')).toMatchObject({ status: 'failed', params: { count: 3 } });
    expect(find(checks, 'unhealthy')).toMatchObject({ status: 'failed', params: { count: 1 } });
  });

  it('asks to turn on access logging to see the failed requests one by one', () => {
    expect(find(trafficInconsistentChecks({ ...clean, accessLogging: false }), 'accessLogs')).toMatchObject({
      status: 'verify',
      variant: 'off',
    });
  });

  it('leaves status codes to verify without an HTTP or HTTPS listener', () => {
    const checks = trafficInconsistentChecks({ ...clean, layer7: false, clientErrors: 5 });
    expect(find(checks, 'clientErrors')).toMatchObject({ status: 'verify', variant: 'layer4' });
    expect(find(checks, 'serverErrors')?.status).toBe('verify');
  });
});

describe('stress test', () => {
  const calm: StressFacts = {
    bandwidthMbit: 10,
    peakInBps: 50_000,
    peakOutBps: 250_000,
    peakConnections: 120.4,
    peakNewConnections: 3.14,
    unhealthyPeak: 0,
  };

  it('passes traffic well under the EIP bandwidth and healthy servers', () => {
    const checks = stressTestChecks(calm);
    expect(find(checks, 'bandwidth')).toMatchObject({
      status: 'passed',
      params: { direction: 'outbound', peak: 2, limit: 10, percent: 20 },
    });
    expect(find(checks, 'unhealthy')?.status).toBe('passed');
    expect(find(checks, 'connections')?.params).toEqual({ concurrent: 120, perSecond: 3.1 });
    expect(find(checks, 'clientPorts')?.commands).toContain('netstat -an | grep TIME_WAIT | wc -l');
  });

  it('fails traffic at 95 % of the bandwidth and unhealthy servers', () => {
    const checks = stressTestChecks({ ...calm, peakInBps: 1_200_000, unhealthyPeak: 2 });
    expect(find(checks, 'bandwidth')).toMatchObject({
      status: 'failed',
      variant: 'saturated',
      params: { direction: 'inbound', percent: 96 },
    });
    expect(find(checks, 'unhealthy')).toMatchObject({ status: 'failed', params: { count: 2 } });
  });

  it('needs no bandwidth check for a private load balancer', () => {
    expect(find(stressTestChecks({ ...calm, bandwidthMbit: undefined }), 'bandwidth')).toMatchObject({
      status: 'passed',
      variant: 'private',
    });
  });
});
