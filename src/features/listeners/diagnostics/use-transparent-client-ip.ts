/**
 * A TCP or UDP listener's "Obtain Client IP Address" (FEATURES §13), which only the v3 API shows;
 * undefined for HTTP/HTTPS listeners (X-Forwarded-For, always on), while loading, or if unreadable.
 */
import { useQuery } from '@tanstack/react-query';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { listenerQueries } from '../../../api/queries/listeners';
import { clientIpMechanism } from './client-ip';

export function useTransparentClientIp(listener: Pick<Listener, 'id' | 'protocol'>): boolean | undefined {
  const layer4 = clientIpMechanism(listener.protocol) !== 'xForwardedFor';
  const { data } = useQuery({ ...listenerQueries.v3(listener.id), enabled: layer4 });
  return layer4 ? data?.transparent_client_ip_enable : undefined;
}
