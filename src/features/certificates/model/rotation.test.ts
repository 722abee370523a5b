import { describe, expect, it } from 'vitest';
import { certificateUses } from '../../../../contract/elb-v2/certificate-usage';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { rotationPlan } from './rotation';

const listener = (id: string, refs: Partial<Listener>): Listener =>
  ({
    id,
    default_tls_container_ref: null,
    client_ca_tls_container_ref: null,
    sni_container_refs: [],
    ...refs,
  }) as Listener;

describe('rotationPlan', () => {
  const listeners = [
    listener('default', { default_tls_container_ref: 'old', sni_container_refs: ['a'] }),
    listener('sni', { default_tls_container_ref: 'x', sni_container_refs: ['a', 'old', 'b'] }),
    listener('both', { default_tls_container_ref: 'old', sni_container_refs: ['old'] }),
    listener('ca', { default_tls_container_ref: 'x', client_ca_tls_container_ref: 'old' }),
    listener('unrelated', { default_tls_container_ref: 'x' }),
  ];

  it('replaces the certificate in every role, once per listener, keeping the SNI order', () => {
    const plan = rotationPlan(certificateUses(listeners).get('old') ?? [], 'old', 'new');
    expect(plan.map((step) => [step.listener.id, step.body.listener])).toEqual([
      ['default', { default_tls_container_ref: 'new' }],
      ['sni', { sni_container_refs: ['a', 'new', 'b'] }],
      ['both', { default_tls_container_ref: 'new', sni_container_refs: ['new'] }],
      ['ca', { client_ca_tls_container_ref: 'new' }],
    ]);
  });

  it('does not list the new certificate twice when it already is an SNI certificate', () => {
    const both = [listener('l', { default_tls_container_ref: 'x', sni_container_refs: ['new', 'old'] })];
    const [step] = rotationPlan(certificateUses(both).get('old') ?? [], 'old', 'new');
    expect(step?.body.listener.sni_container_refs).toEqual(['new']);
  });
});
