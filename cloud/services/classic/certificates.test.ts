import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type { ClassicCertificate, ClassicCertificateListResponse } from '../../../contract/elb-classic/certificates';
import type { ClassicLoadBalancerListResponse } from '../../../contract/elb-classic/load-balancers';
import { shopCertificate, wwwCertificate } from '../../scenarios/demo-certificates';
import { harness } from '../../testing/harness';

const CERTIFICATES = '/v1.0/:project_id/elbaas/certificate';
const www = { name: 'www', certificate: wwwCertificate.certificate, private_key: wwwCertificate.privateKey };

describe('classic certificates', () => {
  it('uploads a certificate (201 with tenant_id), lists, renames and deletes it', async () => {
    const h = harness();
    const created = await h.send<ClassicCertificate>('POST', CERTIFICATES, { ...www, domain: 'Www.example.com' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'www', domain: 'Www.example.com', description: '' });
    expect(created.body.tenant_id).toMatch(/\w+/);
    expect(created.body.id).toMatch(/^[0-9a-f]{32}$/);
    const list = await h.send<ClassicCertificateListResponse>('GET', CERTIFICATES);
    expect(list.body.instance_num).toBe(String(list.body.certificates.length));
    expect(list.body.certificates.map((c) => c.id)).toContain(created.body.id);
    const item = `${CERTIFICATES}/${created.body.id}`;
    const renamed = await h.send<ClassicCertificate>('PUT', item, { name: 'www-2026', description: 'renewed' });
    expect(renamed.body).toMatchObject({ name: 'www-2026', description: 'renewed', domain: 'Www.example.com' });
    expect((await h.send('DELETE', item)).status).toBe(204);
    const gone = await h.send<WrappedErrorBody>('DELETE', item);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'ELB.5040']);
  });

  it('refuses content that is not PEM or a key of another certificate with ELB.1011', async () => {
    const h = harness();
    const notPem = await h.send<WrappedErrorBody>('POST', CERTIFICATES, { ...www, certificate: 'hello' });
    expect(notPem.body.error.code).toBe('ELB.1011');
    const otherKey = await h.send<WrappedErrorBody>('POST', CERTIFICATES, {
      ...www,
      private_key: shopCertificate.privateKey,
    });
    expect([otherKey.status, otherKey.body.error.code]).toEqual([400, 'ELB.1011']);
    const badName = await h.send<WrappedErrorBody>('POST', CERTIFICATES, { ...www, name: 'a b' });
    expect(badName.body.error.code).toBe('ELB.1001');
  });

  it('refuses to delete a certificate an HTTPS listener uses', async () => {
    const h = harness();
    const created = await h.send<ClassicCertificate>('POST', CERTIFICATES, www);
    const lbs = await h.send<ClassicLoadBalancerListResponse>('GET', '/v1.0/:project_id/elbaas/loadbalancers');
    const lb = lbs.body.loadbalancers.find((item) => item.name === 'classic-portal')!;
    const listener = await h.send('POST', '/v1.0/:project_id/elbaas/listeners', {
      name: 'tls',
      loadbalancer_id: lb.id,
      protocol: 'HTTPS',
      port: 9443,
      backend_protocol: 'HTTP',
      backend_port: 80,
      lb_algorithm: 'roundrobin',
      certificate_id: created.body.id,
    });
    expect(listener.status).toBe(200);
    const refused = await h.send<WrappedErrorBody>('DELETE', `${CERTIFICATES}/${created.body.id}`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'ELB.8907']);
    expect(refused.body.error.message).toContain('listener tls');
  });
});
