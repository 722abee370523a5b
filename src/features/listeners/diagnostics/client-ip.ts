/**
 * "How can I obtain the IP address of a client?" (FEATURES §12.2, §13;
 * guide/faq/obtaining_source_ip_addresses/how_can_i_obtain_the_ip_address_of_a_client.rst):
 * which mechanism carries the client's address to the backend servers of a listener.
 * HTTP/HTTPS: the X-Forwarded-For header, always on. TCP and UDP: "Obtain Client IP Address"
 * (v3 `transparent_client_ip_enable`, §13), read from the v3 listener; TCP also has the TOA kernel
 * module on the servers (TOA rides in a TCP option, so not for UDP).
 */
import type { ListenerProtocol } from '../../../../contract/elb-v2/listener-protocols';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';
import { ELB_SOURCE_CIDR } from '../../../lib/elb-network';

export type ClientIpMechanism = 'xForwardedFor' | 'toa' | 'none';

export function clientIpMechanism(protocol: ListenerProtocol): ClientIpMechanism {
  if (protocol === 'HTTP' || protocol === 'TERMINATED_HTTPS') return 'xForwardedFor';
  return protocol === 'TCP' ? 'toa' : 'none';
}

export type ClientIpCheckId =
  'mechanism' | 'apache' | 'nginx' | 'tomcat' | 'iis' | 'obtainSetting' | 'toaModule' | 'limits';

/** The configuration lines of the FAQ, per web server, with ELB's range as the trusted proxy. */
export const serverSnippets = {
  apache: [
    'LoadModule remoteip_module modules/mod_remoteip.so',
    'RemoteIPHeader X-Forwarded-For',
    `RemoteIPInternalProxy ${ELB_SOURCE_CIDR}`,
    'LogFormat "%a %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined',
  ],
  nginx: [`set_real_ip_from ${ELB_SOURCE_CIDR};`, 'real_ip_header X-Forwarded-For;'],
  tomcat: ['pattern="%{X-FORWARDED-FOR}i %l %u %t %r %s %b %D %q %{User-Agent}i %T"'],
  iis: [],
} as const satisfies Record<'apache' | 'nginx' | 'tomcat' | 'iis', readonly string[]>;

const limits: DiagnosticCheck<ClientIpCheckId> = { id: 'limits', status: 'verify', variant: 'default', params: {} };

/** The v3 update that turns "Obtain Client IP Address" on (updating_a_listener.rst). */
function obtainSettingCheck(listenerId: string): DiagnosticCheck<ClientIpCheckId> {
  return {
    id: 'obtainSetting',
    status: 'verify',
    variant: 'default',
    params: {},
    commands: [
      `PUT /v3/{project_id}/elb/listeners/${listenerId}`,
      '{"listener": {"transparent_client_ip_enable": true}}',
    ],
  };
}

/**
 * `transparentClientIp`: the listener's "Obtain Client IP Address" from the v3 API, undefined while
 * it is unknown (then TCP and UDP are to verify).
 */
export function clientIpChecks(
  listener: { id: string; protocol: ListenerProtocol; protocol_port: number },
  transparentClientIp?: boolean,
): DiagnosticCheck<ClientIpCheckId>[] {
  const mechanism = clientIpMechanism(listener.protocol);
  const params = { port: listener.protocol_port };
  if (mechanism !== 'xForwardedFor' && transparentClientIp === true) {
    return [{ id: 'mechanism', status: 'passed', variant: 'obtainOn', params }, limits];
  }
  const known = transparentClientIp === false;
  if (mechanism === 'xForwardedFor') {
    return [
      { id: 'mechanism', status: 'passed', variant: 'xForwardedFor', params },
      ...(['apache', 'nginx', 'tomcat', 'iis'] as const).map((server): DiagnosticCheck<ClientIpCheckId> => ({
        id: server,
        status: 'verify',
        variant: 'default',
        params: { cidr: ELB_SOURCE_CIDR },
        commands: serverSnippets[server],
      })),
      limits,
    ];
  }
  if (mechanism === 'toa') {
    return [
      { id: 'mechanism', status: 'verify', variant: known ? 'toaOff' : 'toa', params },
      ...(known ? [obtainSettingCheck(listener.id)] : []),
      { id: 'toaModule', status: 'verify', variant: 'default', params, commands: ['lsmod | grep toa'] },
      limits,
    ];
  }
  // UDP has no other way: with the setting known to be off, servers cannot see the client.
  return known
    ? [{ id: 'mechanism', status: 'failed', variant: 'udpOff', params }, obtainSettingCheck(listener.id), limits]
    : [{ id: 'mechanism', status: 'verify', variant: 'udp', params }, limits];
}
