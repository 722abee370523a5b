/**
 * Synchronous classic writes of the Listeners tab: listeners, their health checks and certificates
 * (api/elb/classic-v1.0/listener, health_check, certificate). Each refreshes every classic view.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateClassicCertificateRequest } from '../../../../../contract/elb-classic/certificates';
import type {
  CreateClassicHealthCheckRequest,
  UpdateClassicHealthCheckRequest,
} from '../../../../../contract/elb-classic/health-checks';
import type {
  ClassicListener,
  CreateClassicListenerRequest,
  UpdateClassicListenerRequest,
} from '../../../../../contract/elb-classic/listeners';
import { call } from '../../../../api/api-call';
import {
  classicCertificatesApi,
  classicHealthChecksApi,
  classicListenersApi,
} from '../../../../api/clients/elb-classic';
import { invalidateClassic } from '../../../../api/queries/invalidate';

function useClassicWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => invalidateClassic(queryClient),
  });
}

interface AddListenerResult {
  listener: ClassicListener;
  /** Why the health check could not be configured; the listener stays. */
  healthCheckError?: unknown;
}

/** Adds the listener, then its health check if asked (a second call: the listener exists by then). */
export function useAddListener() {
  return useClassicWrite(
    async ({
      listener,
      healthCheck,
    }: {
      listener: CreateClassicListenerRequest;
      healthCheck?: (listenerId: string) => CreateClassicHealthCheckRequest;
    }): Promise<AddListenerResult> => {
      const created = await call(classicListenersApi.create(listener));
      if (!healthCheck) return { listener: created };
      try {
        await call(classicHealthChecksApi.create(healthCheck(created.id)));
        return { listener: created };
      } catch (error) {
        return { listener: created, healthCheckError: error };
      }
    },
  );
}

export const useModifyListener = (id: string) =>
  useClassicWrite((body: UpdateClassicListenerRequest) => call(classicListenersApi.update(id, body)));

export const useDeleteListener = () => useClassicWrite((id: string) => call(classicListenersApi.remove(id)));

export const useCreateHealthCheck = () =>
  useClassicWrite((body: CreateClassicHealthCheckRequest) => call(classicHealthChecksApi.create(body)));

export const useModifyHealthCheck = (id: string) =>
  useClassicWrite((body: UpdateClassicHealthCheckRequest) => call(classicHealthChecksApi.update(id, body)));

export const useDeleteHealthCheck = () => useClassicWrite((id: string) => call(classicHealthChecksApi.remove(id)));

export const useCreateCertificate = () =>
  useClassicWrite((body: CreateClassicCertificateRequest) => call(classicCertificatesApi.create(body)));
