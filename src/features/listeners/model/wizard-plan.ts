/**
 * The Add Listener wizard's steps merged into API calls (STYLE rule 10): one pure
 * function per step turns its values into the body it contributes; `createListenerPlan`
 * orders them. Later calls use IDs returned by earlier ones, shown as placeholders.
 */
import type { CreateHealthMonitorRequest } from '../../../../contract/elb-v2/health-monitors';
import type { CreateL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import type { CreateListenerRequest, UpdateListenerRequest } from '../../../../contract/elb-v2/listeners';
import type { CreatePoolRequest } from '../../../../contract/elb-v2/pools';
import type { BatchTagRequest, Tag } from '../../../../contract/elb-v2/tags';
import type { UpdateListenerV3Request } from '../../../../contract/elb-v3/listeners';
import { tlsSettingsBody, type TlsSettingsValues } from './tls-settings';
import { normaliseWhitelist, type CreateWhitelistRequest } from '../../../../contract/elb-v2/whitelists';
import { toCreateHealthMonitorRequest, type HealthCheckFormValues } from '../../../components/elb/health-check-form';
import { toCreatePoolRequest, type PoolFormValues } from '../../../components/elb/pool-form';
import { advancedUpdate, type AdvancedValues } from './advanced-settings';
import { redirects, type ListenerStepValues } from './listener-step';

export interface GroupStepValues extends PoolFormValues {
  mode: 'new' | 'existing';
  existingPoolId: string;
}

export const LISTENER_ID = '{listener.id}';
export const POOL_ID = '{pool.id}';

/** Step 1 → the listener body. */
export function listenerRequest(
  values: ListenerStepValues,
  loadBalancerId: string,
  tls?: TlsSettingsValues,
): CreateListenerRequest {
  const https = values.protocol === 'TERMINATED_HTTPS' && tls ? tlsSettingsBody(tls) : undefined;
  return {
    listener: {
      loadbalancer_id: loadBalancerId,
      name: values.name.trim(),
      protocol: values.protocol,
      protocol_port: values.protocol_port ?? 0,
      ...(values.description ? { description: values.description } : {}),
      ...(https
        ? {
            default_tls_container_ref: https.default_tls_container_ref,
            tls_ciphers_policy: https.tls_ciphers_policy,
            http2_enable: https.http2_enable,
            ...(https.sni_container_refs.length > 0 ? { sni_container_refs: https.sni_container_refs } : {}),
            ...(https.client_ca_tls_container_ref
              ? { client_ca_tls_container_ref: https.client_ca_tls_container_ref }
              : {}),
          }
        : {}),
    },
  };
}

/** Step 2 → a new group attached to the listener, or the existing group to make its default. */
export function groupRequest(
  values: GroupStepValues,
  listenerId: string,
): { create: CreatePoolRequest } | { existingPoolId: string } {
  return values.mode === 'existing'
    ? { existingPoolId: values.existingPoolId }
    : { create: toCreatePoolRequest(values, { listener_id: listenerId }) };
}

/** Step 3 → the health check of a new group (an existing group keeps its own). */
export function healthCheckRequest(
  values: HealthCheckFormValues,
  group: GroupStepValues,
  poolId: string,
): CreateHealthMonitorRequest | undefined {
  return group.mode === 'new' && values.enabled ? toCreateHealthMonitorRequest(values, poolId) : undefined;
}

export interface PlanIds {
  listenerId: string;
  poolId: string;
}

/** Each step with its body, given the IDs created so far (placeholders before they exist). */
export type PlanStep =
  | { id: 'listener'; body(ids: PlanIds): CreateListenerRequest }
  | { id: 'advanced'; body(ids: PlanIds): UpdateListenerV3Request }
  | { id: 'whitelist'; body(ids: PlanIds): CreateWhitelistRequest }
  | { id: 'pool'; body(ids: PlanIds): CreatePoolRequest }
  | { id: 'defaultPool'; body(ids: PlanIds): UpdateListenerRequest }
  | { id: 'healthMonitor'; body(ids: PlanIds): CreateHealthMonitorRequest }
  | { id: 'redirect'; body(ids: PlanIds): CreateL7PolicyRequest }
  | { id: 'tags'; body(ids: PlanIds): BatchTagRequest };

export type PlanStepId = PlanStep['id'];

export interface ListenerPlanInput {
  loadBalancerId: string;
  listener: ListenerStepValues;
  advanced: AdvancedValues;
  group: GroupStepValues;
  healthCheck: HealthCheckFormValues;
  /** HTTPS listeners only. */
  tls?: TlsSettingsValues;
}

/** The calls in the order they are made; the executor and the API panel both read it. */
export function createListenerPlan(input: ListenerPlanInput): PlanStep[] {
  const steps: PlanStep[] = [
    { id: 'listener', body: () => listenerRequest(input.listener, input.loadBalancerId, input.tls) },
  ];
  // Only values that differ from the protocol's defaults need the extra v3 call.
  const advanced = advancedUpdate(input.listener.protocol, input.advanced);
  if (advanced) steps.push({ id: 'advanced', body: () => ({ listener: advanced }) });
  if (input.listener.accessControl) {
    steps.push({
      id: 'whitelist',
      body: ({ listenerId }) => ({
        whitelist: {
          listener_id: listenerId,
          enable_whitelist: true,
          whitelist: normaliseWhitelist(input.listener.whitelist),
        },
      }),
    });
  }
  if (redirects(input.listener)) {
    // A redirected listener needs no group: every request goes to the HTTPS listener (http_redirection_to_https.rst).
    steps.push({
      id: 'redirect',
      body: ({ listenerId }) => ({
        l7policy: {
          listener_id: listenerId,
          action: 'REDIRECT_TO_LISTENER',
          redirect_listener_id: input.listener.redirectListenerId,
        },
      }),
    });
  } else if (input.group.mode === 'existing') {
    steps.push({ id: 'defaultPool', body: () => ({ listener: { default_pool_id: input.group.existingPoolId } }) });
  } else {
    steps.push({ id: 'pool', body: ({ listenerId }) => toCreatePoolRequest(input.group, { listener_id: listenerId }) });
    if (input.healthCheck.enabled) {
      steps.push({
        id: 'healthMonitor',
        body: ({ poolId }) => toCreateHealthMonitorRequest(input.healthCheck, poolId),
      });
    }
  }
  const tags: Tag[] = input.listener.tags;
  if (tags.length > 0) steps.push({ id: 'tags', body: () => ({ action: 'create' as const, tags }) });
  return steps;
}
