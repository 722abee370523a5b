/**
 * The Add / Modify Listener form of classic load balancers (FEATURES §4.2–4.7): its values, which
 * settings the form shows for the listener protocol, and the create and modify bodies the values
 * stand for (listener-form-schema.ts lets the contract judge them).
 */
import {
  DEFAULT_CLASSIC_SSL_CIPHERS,
  DEFAULT_CLASSIC_SSL_PROTOCOLS,
  type ClassicSslCiphers,
  type ClassicSslProtocols,
} from '../../../../../contract/elb-classic/listener-ciphers';
import {
  classicDefaultBackendProtocol,
  classicSupportsSni,
  classicUsesStickyCookie,
  classicUsesTls,
  type ClassicBackendProtocol,
  type ClassicLbAlgorithm,
  type ClassicListenerProtocol,
} from '../../../../../contract/elb-classic/listener-rules';
import type { ClassicListener, UpdateClassicListenerRequest } from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancerType } from '../../../../../contract/elb-classic/load-balancers';

export interface ClassicListenerFormValues {
  name: string;
  description: string;
  protocol: ClassicListenerProtocol;
  port: number | null;
  backend_protocol: ClassicBackendProtocol;
  backend_port: number | null;
  lb_algorithm: ClassicLbAlgorithm;
  session_sticky: boolean;
  cookie_timeout: number | null;
  tcp_timeout: number | null;
  tcp_draining: boolean;
  tcp_draining_timeout: number | null;
  udp_timeout: number | null;
  certificate_id: string;
  certificates: string[];
  ssl_protocols: ClassicSslProtocols;
  ssl_ciphers: ClassicSslCiphers;
}

export function defaultListenerForm(): ClassicListenerFormValues {
  return {
    name: '',
    description: '',
    protocol: 'HTTP',
    port: null,
    backend_protocol: classicDefaultBackendProtocol('HTTP'),
    backend_port: null,
    lb_algorithm: 'roundrobin',
    session_sticky: false,
    cookie_timeout: null,
    tcp_timeout: null,
    tcp_draining: false,
    tcp_draining_timeout: null,
    udp_timeout: null,
    certificate_id: '',
    certificates: [],
    ssl_protocols: DEFAULT_CLASSIC_SSL_PROTOCOLS,
    ssl_ciphers: DEFAULT_CLASSIC_SSL_CIPHERS,
  };
}

export function listenerToForm(listener: ClassicListener): ClassicListenerFormValues {
  return {
    name: listener.name,
    description: listener.description ?? '',
    protocol: listener.protocol,
    port: listener.port,
    backend_protocol: listener.backend_protocol,
    backend_port: listener.backend_port,
    lb_algorithm: listener.lb_algorithm,
    session_sticky: listener.session_sticky,
    cookie_timeout: listener.cookie_timeout,
    tcp_timeout: listener.tcp_timeout ?? null,
    tcp_draining: listener.tcp_draining ?? false,
    tcp_draining_timeout: listener.tcp_draining_timeout ?? null,
    udp_timeout: listener.udp_timeout ?? null,
    certificate_id: listener.certificate_id ?? '',
    certificates: listener.certificates ?? [],
    ssl_protocols: listener.ssl_protocols ?? DEFAULT_CLASSIC_SSL_PROTOCOLS,
    ssl_ciphers: listener.ssl_ciphers ?? DEFAULT_CLASSIC_SSL_CIPHERS,
  };
}

/** The settings the form shows, and sends, for the values typed so far. */
interface ListenerFieldsShown {
  /** The sticky-session switch: not for SSL (the API ignores it) nor UDP. */
  sticky: boolean;
  /** Cookie type and timeout: HTTP listeners with sticky sessions. */
  cookie: boolean;
  tcp: boolean;
  drainingTimeout: boolean;
  udp: boolean;
  tls: boolean;
  sni: boolean;
}

export function listenerFieldsShown(
  values: Pick<ClassicListenerFormValues, 'protocol' | 'session_sticky' | 'tcp_draining'>,
  lbType: ClassicLoadBalancerType,
): ListenerFieldsShown {
  const { protocol } = values;
  const sticky = protocol !== 'SSL' && protocol !== 'UDP';
  return {
    sticky,
    cookie: sticky && values.session_sticky && classicUsesStickyCookie(protocol),
    tcp: protocol === 'TCP',
    drainingTimeout: protocol === 'TCP' && values.tcp_draining,
    udp: protocol === 'UDP',
    tls: classicUsesTls(protocol),
    sni: classicSupportsSni(protocol, lbType),
  };
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

/** The create body the values stand for (not yet checked): settings the protocol does not use are left out. */
export function createListenerDraft(
  values: ClassicListenerFormValues,
  loadBalancerId: string,
  lbType: ClassicLoadBalancerType,
) {
  const shown = listenerFieldsShown(values, lbType);
  return {
    name: values.name,
    ...(values.description ? { description: values.description } : {}),
    loadbalancer_id: loadBalancerId,
    protocol: values.protocol,
    port: orUndefined(values.port),
    backend_protocol: values.backend_protocol,
    backend_port: orUndefined(values.backend_port),
    lb_algorithm: values.lb_algorithm,
    ...(shown.sticky ? { session_sticky: values.session_sticky } : {}),
    ...(shown.cookie
      ? { sticky_session_type: 'insert' as const, cookie_timeout: orUndefined(values.cookie_timeout) }
      : {}),
    ...(shown.tcp ? { tcp_timeout: orUndefined(values.tcp_timeout), tcp_draining: values.tcp_draining } : {}),
    ...(shown.drainingTimeout ? { tcp_draining_timeout: orUndefined(values.tcp_draining_timeout) } : {}),
    ...(shown.udp ? { udp_timeout: orUndefined(values.udp_timeout) } : {}),
    ...(shown.tls
      ? {
          certificate_id: values.certificate_id || undefined,
          ssl_protocols: values.ssl_protocols,
          ssl_ciphers: values.ssl_ciphers,
        }
      : {}),
    ...(shown.sni && values.certificates.length > 0 ? { certificates: values.certificates } : {}),
  };
}

/** Settings the modify API takes (modifying_a_listener.rst); protocol, backend protocol and stickiness are fixed. */
const MODIFIABLE = [
  'name',
  'description',
  'port',
  'backend_port',
  'lb_algorithm',
  'tcp_timeout',
  'tcp_draining',
  'tcp_draining_timeout',
  'udp_timeout',
  'ssl_protocols',
  'ssl_ciphers',
  'certificate_id',
  'certificates',
] as const satisfies readonly (keyof ClassicListenerFormValues & keyof UpdateClassicListenerRequest)[];

/** The modify body: only the modifiable settings that changed, and that the protocol uses. */
export function updateListenerDraft(
  values: ClassicListenerFormValues,
  current: ClassicListener,
  lbType: ClassicLoadBalancerType,
): Partial<Record<(typeof MODIFIABLE)[number], unknown>> {
  const shown = listenerFieldsShown({ ...values, protocol: current.protocol }, lbType);
  const before = listenerToForm(current);
  const applies: Record<(typeof MODIFIABLE)[number], boolean> = {
    name: true,
    description: true,
    port: true,
    backend_port: true,
    lb_algorithm: true,
    tcp_timeout: shown.tcp,
    tcp_draining: shown.tcp,
    tcp_draining_timeout: shown.drainingTimeout,
    udp_timeout: shown.udp,
    ssl_protocols: shown.tls,
    ssl_ciphers: shown.tls,
    certificate_id: shown.tls,
    certificates: shown.sni,
  };
  const changed = MODIFIABLE.filter(
    (key) => applies[key] && JSON.stringify(values[key]) !== JSON.stringify(before[key]),
  );
  return Object.fromEntries(
    changed.map((key) => [key, key === 'certificate_id' ? values[key] || undefined : (values[key] ?? undefined)]),
  );
}
