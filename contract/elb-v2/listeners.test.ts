import { describe, expect, it } from 'vitest';
import {
  checkListenerUpdate,
  createListenerRequest,
  listenerFields,
  listenerFilterKeys,
  listenerProtocolIssues,
  updateListenerRequest,
} from './listeners';

const LB = '0416b6f1-877f-4a51-987e-978b3f084253';
const CERT = '02dcd56799e045bf8b131533cc911dd6';

function create(listener: Record<string, unknown>) {
  return createListenerRequest.safeParse({
    listener: { protocol: 'TCP', protocol_port: 80, loadbalancer_id: LB, ...listener },
  });
}
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('createListenerRequest', () => {
  it('accepts the documented examples', () => {
    expect(create({ name: 'listener-test', admin_state_up: true }).success).toBe(true);
    expect(
      create({
        protocol: 'TERMINATED_HTTPS',
        protocol_port: 27,
        default_tls_container_ref: CERT,
        sni_container_refs: ['e15d1b5000474adca383c3cd9ddc06d4', '5882325fd6dd4b95a88d33238d293a0f'],
      }).success,
    ).toBe(true);
  });

  it.each([1, 65535])('accepts port %i', (value) => expect(create({ protocol_port: value }).success).toBe(true));
  it.each([0, 65536])('refuses port %i (C15: no DR mode port 0)', (value) =>
    expect(messages(create({ protocol_port: value }))).toContain('The port must be a whole number from 1 to 65535.'),
  );

  it('refuses an unknown protocol and HTTPS spelled HTTPS', () => {
    expect(create({ protocol: 'HTTPS' }).success).toBe(false);
    expect(create({ protocol: 'SSL' }).success).toBe(false);
  });

  it('refuses UDP port 4789 but accepts 4788, 4790 and TCP 4789', () => {
    expect(messages(create({ protocol: 'UDP', protocol_port: 4789 }))).toEqual([
      'A UDP listener cannot use port 4789.',
    ]);
    expect(create({ protocol: 'UDP', protocol_port: 4788 }).success).toBe(true);
    expect(create({ protocol: 'UDP', protocol_port: 4790 }).success).toBe(true);
    expect(create({ protocol: 'TCP', protocol_port: 4789 }).success).toBe(true);
  });

  it('needs a server certificate for HTTPS', () => {
    const result = create({ protocol: 'TERMINATED_HTTPS', protocol_port: 443 });
    expect(messages(result)).toEqual(['An HTTPS listener needs a server certificate.']);
    expect(result.error?.issues[0]?.path).toEqual(['listener', 'default_tls_container_ref']);
    expect(messages(create({ protocol: 'TERMINATED_HTTPS', default_tls_container_ref: null }))).toContain(
      'An HTTPS listener needs a server certificate.',
    );
  });

  it('limits certificate IDs to 128 characters', () => {
    const https = { protocol: 'TERMINATED_HTTPS' };
    expect(create({ ...https, default_tls_container_ref: 'a'.repeat(128) }).success).toBe(true);
    expect(messages(create({ ...https, default_tls_container_ref: 'a'.repeat(129) }))).toContain(
      'The certificate ID can contain at most 128 characters.',
    );
  });

  it('allows 30 SNI certificates but not 31, and no duplicates', () => {
    const refs = (n: number) => Array.from({ length: n }, (_, i) => `cert-${i}`);
    const https = { protocol: 'TERMINATED_HTTPS', default_tls_container_ref: CERT };
    expect(create({ ...https, sni_container_refs: refs(30) }).success).toBe(true);
    expect(messages(create({ ...https, sni_container_refs: refs(31) }))).toContain(
      'An HTTPS listener can have at most 30 SNI certificates.',
    );
    expect(messages(create({ ...https, sni_container_refs: ['a', 'a'] }))).toEqual([
      'Each SNI certificate can be selected only once.',
    ]);
  });

  it('keeps HTTPS-only settings off other protocols', () => {
    expect(messages(create({ protocol: 'HTTP', sni_container_refs: ['x'] }))).toEqual([
      'Only HTTPS listeners can use SNI certificates.',
    ]);
    expect(create({ protocol: 'HTTP', sni_container_refs: [] }).success).toBe(true);
    expect(messages(create({ protocol: 'HTTP', client_ca_tls_container_ref: 'ca' }))).toEqual([
      'Only HTTPS listeners can use mutual authentication with a CA certificate.',
    ]);
    expect(messages(create({ protocol: 'TCP', http2_enable: true }))).toEqual([
      'HTTP/2 can be enabled only for HTTPS listeners.',
    ]);
    expect(create({ protocol: 'TCP', http2_enable: false }).success).toBe(true);
    expect(messages(create({ protocol: 'HTTP', tls_ciphers_policy: 'tls-1-2' }))).toEqual([
      'A security policy can be set only for HTTPS listeners.',
    ]);
    expect(create({ protocol: 'TCP', tls_ciphers_policy: null }).success).toBe(true);
    expect(messages(create({ protocol: 'TCP', default_tls_container_ref: CERT }))).toEqual([
      'Only HTTPS listeners use a server certificate.',
    ]);
  });

  it('accepts every security policy on HTTPS and refuses unknown ones', () => {
    const https = { protocol: 'TERMINATED_HTTPS', default_tls_container_ref: CERT };
    for (const policy of ['tls-1-0', 'tls-1-1', 'tls-1-2', 'tls-1-2-strict', 'tls-1-0-inherit']) {
      expect(create({ ...https, tls_ciphers_policy: policy }).success).toBe(true);
    }
    expect(create({ ...https, tls_ciphers_policy: 'tls-1-3' }).success).toBe(false);
    expect(create({ ...https, http2_enable: true, client_ca_tls_container_ref: 'ca' }).success).toBe(true);
  });

  it('checks the connection limit range', () => {
    expect(listenerFields.connection_limit.safeParse(-1).success).toBe(true);
    expect(listenerFields.connection_limit.safeParse(2147483647).success).toBe(true);
    expect(listenerFields.connection_limit.safeParse(-2).success).toBe(false);
    expect(listenerFields.connection_limit.safeParse(2147483648).success).toBe(false);
  });

  it('limits name and description to 255 characters', () => {
    expect(create({ name: 'n'.repeat(255), description: 'd'.repeat(255) }).success).toBe(true);
    expect(create({ name: 'n'.repeat(256) }).success).toBe(false);
    expect(create({ description: 'd'.repeat(256) }).success).toBe(false);
  });
});

describe('updateListenerRequest', () => {
  it('accepts the documented example', () => {
    const body = {
      listener: {
        description: 'my listener',
        name: 'listener-jy-test2',
        default_pool_id: 'c61310de-9a06-4f0c-850c-6f4797b9984c',
        default_tls_container_ref: '23b58a961a4d4c95be585e98046e657a',
        client_ca_tls_container_ref: '417a0976969f497db8cbb083bff343ba',
      },
    };
    expect(updateListenerRequest.safeParse(body).success).toBe(true);
  });

  it('refuses protocol and port changes with a sentence', () => {
    expect(messages(updateListenerRequest.safeParse({ listener: { protocol: 'UDP' } }))).toContain(
      'The frontend protocol of a listener cannot be changed; add a new listener instead.',
    );
    expect(messages(updateListenerRequest.safeParse({ listener: { protocol_port: 81 } }))).toContain(
      'The frontend port of a listener cannot be changed; add a new listener instead.',
    );
  });

  it('needs at least one field', () => {
    expect(messages(updateListenerRequest.safeParse({ listener: {} }))).toEqual([
      'The request must change at least one field.',
    ]);
  });
});

describe('checkListenerUpdate', () => {
  const https = { protocol: 'TERMINATED_HTTPS' as const, protocol_port: 443, default_tls_container_ref: CERT };
  it('refuses clearing the server certificate of an HTTPS listener (ELB.9899)', () => {
    expect(checkListenerUpdate(https, { default_tls_container_ref: null })).toEqual([
      { path: ['default_tls_container_ref'], message: 'An HTTPS listener needs a server certificate.' },
    ]);
    expect(checkListenerUpdate(https, { name: 'x' })).toEqual([]);
  });
  it('refuses HTTPS-only settings on a TCP listener', () => {
    expect(checkListenerUpdate({ protocol: 'TCP', protocol_port: 80 }, { http2_enable: true })).toHaveLength(1);
    expect(checkListenerUpdate({ protocol: 'TCP', protocol_port: 80 }, { name: 'ok' })).toEqual([]);
  });
});

describe('listenerProtocolIssues', () => {
  it('returns no issues for a plain HTTP listener', () => {
    expect(listenerProtocolIssues({ protocol: 'HTTP', protocol_port: 80 })).toEqual([]);
  });
});

it('lists the documented listener filters', () => {
  expect(listenerFilterKeys).toContain('tls_container_id');
  expect(listenerFilterKeys).toContain('sni_container_refs');
  expect(listenerFilterKeys).toContain('loadbalancer_id');
});
