/** Modify and delete a classic certificate (synchronous: 200 and 204); each refreshes every classic view. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateClassicCertificateRequest } from '../../../../contract/elb-classic/certificates';
import { call } from '../../../api/api-call';
import { classicCertificatesApi } from '../../../api/clients/elb-classic';
import { invalidateClassic } from '../../../api/queries/invalidate';

export function useModifyClassicCertificate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateClassicCertificateRequest) => call(classicCertificatesApi.update(id, body)),
    onSettled: () => invalidateClassic(queryClient),
  });
}

export function useDeleteClassicCertificate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(classicCertificatesApi.remove(id)),
    onSettled: () => invalidateClassic(queryClient),
  });
}
