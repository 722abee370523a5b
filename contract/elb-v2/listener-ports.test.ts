import { describe, expect, it } from 'vitest';
import { listenerPortConflict, listenerPortConflictMessage, portSpace } from './listener-ports';

describe('portSpace', () => {
  it('puts TCP, HTTP and HTTPS in one space and UDP in another', () => {
    expect(portSpace('TCP')).toBe('tcp');
    expect(portSpace('HTTP')).toBe('tcp');
    expect(portSpace('TERMINATED_HTTPS')).toBe('tcp');
    expect(portSpace('UDP')).toBe('udp');
  });
});

describe('listenerPortConflict', () => {
  const existing = [
    { id: 'l1', protocol: 'HTTP' as const, protocol_port: 443 },
    { id: 'l2', protocol: 'TCP' as const, protocol_port: 88 },
    { id: 'l3', protocol: 'UDP' as const, protocol_port: 53 },
  ];

  it('rejects the same protocol and port', () => {
    expect(listenerPortConflict(existing, { protocol: 'HTTP', protocol_port: 443 })?.id).toBe('l1');
  });
  it('rejects HTTPS/443 and TCP/443 when HTTP/443 exists (shared space)', () => {
    expect(listenerPortConflict(existing, { protocol: 'TERMINATED_HTTPS', protocol_port: 443 })?.id).toBe('l1');
    expect(listenerPortConflict(existing, { protocol: 'TCP', protocol_port: 443 })?.id).toBe('l1');
  });
  it('lets UDP reuse a TCP port and TCP reuse a UDP port', () => {
    expect(listenerPortConflict(existing, { protocol: 'UDP', protocol_port: 88 })).toBeUndefined();
    expect(listenerPortConflict(existing, { protocol: 'TCP', protocol_port: 53 })).toBeUndefined();
  });
  it('rejects UDP on a UDP port', () => {
    expect(listenerPortConflict(existing, { protocol: 'UDP', protocol_port: 53 })?.id).toBe('l3');
  });
  it('allows free ports and ignores the candidate itself', () => {
    expect(listenerPortConflict(existing, { protocol: 'HTTP', protocol_port: 8080 })).toBeUndefined();
    expect(listenerPortConflict(existing, { id: 'l1', protocol: 'HTTP', protocol_port: 443 })).toBeUndefined();
    expect(listenerPortConflict([], { protocol: 'HTTP', protocol_port: 80 })).toBeUndefined();
  });
  it('names the conflicting listener', () => {
    expect(listenerPortConflictMessage({ protocol: 'TERMINATED_HTTPS', protocol_port: 443 })).toBe(
      'Port 443 is already used by the HTTPS/443 listener of this load balancer.',
    );
  });
});
