/**
 * "How is WebSocket used?" (FEATURES §12.5; guide/faq/listeners/how_is_websocket_used.rst):
 * HTTP listeners carry ws:// and HTTPS listeners wss:// with nothing to configure. A TCP listener
 * passes any byte stream, WebSocket included, without HTTP features; UDP cannot carry it.
 * An idle WebSocket is closed after the listener's idle timeout, so it is shown too.
 */
import { effectiveListenerTimeouts } from '../../../../contract/elb-v2/listener-timeouts';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';

export type WebSocketSupport = 'ws' | 'wss' | 'tcp' | 'none';

export function webSocketSupport(protocol: Listener['protocol']): WebSocketSupport {
  if (protocol === 'HTTP') return 'ws';
  if (protocol === 'TERMINATED_HTTPS') return 'wss';
  return protocol === 'TCP' ? 'tcp' : 'none';
}

const statusOf: Record<WebSocketSupport, DiagnosticCheck['status']> = {
  ws: 'passed',
  wss: 'passed',
  tcp: 'verify',
  none: 'failed',
};

/** One check per listener; with no listener at all the load balancer carries nothing. */
export function webSocketChecks(listeners: readonly Listener[]): DiagnosticCheck<'listener' | 'noListener'>[] {
  if (listeners.length === 0) return [{ id: 'noListener', status: 'failed', variant: 'default', params: {} }];
  return listeners.map((listener) => {
    const support = webSocketSupport(listener.protocol);
    const idle = effectiveListenerTimeouts(listener).keepalive_timeout;
    return {
      id: 'listener',
      key: listener.id,
      status: statusOf[support],
      variant: support,
      params: { name: listener.name || listener.id, port: listener.protocol_port, idle: idle ?? '' },
    };
  });
}
