/**
 * Rotation (guide/certificate/replacing_a_certificate.rst; ANCHORS "certificate lifecycle"): the new
 * certificate takes the old one's place on every listener that uses it, in the same role; an SNI
 * list keeps its order. One PUT per listener; the old certificate is then unused and can go.
 */
import type { CertificateUse } from '../../../../contract/elb-v2/certificate-usage';
import type { Listener, UpdateListenerRequest } from '../../../../contract/elb-v2/listeners';

export interface RotationStep {
  listener: Listener;
  body: UpdateListenerRequest;
}

export function rotationPlan(uses: readonly CertificateUse<Listener>[], oldId: string, newId: string): RotationStep[] {
  const byListener = new Map<string, Listener>();
  for (const { listener } of uses) byListener.set(listener.id, listener);
  return [...byListener.values()].map((listener) => {
    const body: UpdateListenerRequest['listener'] = {};
    if (listener.default_tls_container_ref === oldId) body.default_tls_container_ref = newId;
    if (listener.client_ca_tls_container_ref === oldId) body.client_ca_tls_container_ref = newId;
    if (listener.sni_container_refs.includes(oldId)) {
      // The new certificate may already be an SNI certificate of this listener: keep it once.
      body.sni_container_refs = [...new Set(listener.sni_container_refs.map((id) => (id === oldId ? newId : id)))];
    }
    return { listener, body: { listener: body } };
  });
}
