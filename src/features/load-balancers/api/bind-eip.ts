/** Bind an unbound EIP to a load balancer's VIP port, or unbind it (guide: binding_an_ip_address…rst). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { publicIpsApi } from '../../../api/clients/vpc';
import { publicIpKeys } from '../../../api/queries/networks';
import { lbKeys } from './lb-keys';

export function useEipBinding() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: publicIpKeys.all }),
      queryClient.invalidateQueries({ queryKey: lbKeys.all }),
    ]);
  const bind = useMutation({
    mutationFn: ({ eipId, portId }: { eipId: string; portId: string }) =>
      call(publicIpsApi.update(eipId, { publicip: { port_id: portId } })),
    onSuccess: refresh,
  });
  // An empty port_id unbinds (updating_an_eip.rst).
  const unbind = useMutation({
    mutationFn: (eipId: string) => call(publicIpsApi.update(eipId, { publicip: { port_id: '' } })),
    onSuccess: refresh,
  });
  return { bind, unbind };
}
