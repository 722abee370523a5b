/**
 * The listener diagnostics inside their FAQ articles: each picks its load balancer (and listener)
 * itself, kept in the URL, so it works on the article page alone.
 */
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { DiagnosticTargetPicker } from '../../../components/diagnostics/target-picker';
import { CertificatesPanel, ClientIpPanel, WebSocketPanel } from './listener-panels';

const anyListener = () => true;
const isHttps = (listener: Listener) => listener.protocol === 'TERMINATED_HTTPS';

export function ClientIpDiagnostic() {
  return (
    <DiagnosticTargetPicker listenerFilter={anyListener}>
      {({ listener }) => (listener ? <ClientIpPanel listener={listener} /> : null)}
    </DiagnosticTargetPicker>
  );
}

export function WebSocketDiagnostic() {
  return <DiagnosticTargetPicker>{({ listeners }) => <WebSocketPanel listeners={listeners} />}</DiagnosticTargetPicker>;
}

export function CertificatesDiagnostic() {
  return (
    <DiagnosticTargetPicker listenerFilter={isHttps}>
      {({ listener }) => (listener ? <CertificatesPanel listener={listener} /> : null)}
    </DiagnosticTargetPicker>
  );
}
