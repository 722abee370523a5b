/**
 * Creating a load balancer is up to four calls (FEATURES §3.3): create the load balancer,
 * assign an EIP, bind it to the VIP port, add tags. The same list of steps feeds the
 * "show API request" panel before submit and the progress report while it runs.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { call, describeCall, type ApiCall } from '../../../api/api-call';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { tagsApi } from '../../../api/clients/elb-tags';
import { publicIpsApi } from '../../../api/clients/vpc';
import { publicIpKeys } from '../../../api/queries/networks';
import { quotaKeys } from '../../../api/queries/quotas';
import type { PlannedRequest } from '../../../components/api-request-panel';
import type { CreateRequests } from '../model/create-form';
import { lbKeys } from './lb-keys';
import type { StepRunState } from '../../../components/step-state-icon';

export type CreateStepId = 'loadBalancer' | 'assignEip' | 'bindEip' | 'tags';

interface Results {
  loadBalancer?: LoadBalancer;
  eipId?: string;
}

interface CreateStep {
  id: CreateStepId;
  /** The call, given what earlier steps returned; placeholders stand in before they ran. */
  apiCall(results: Results): ApiCall<unknown>;
  note?: string;
}

const LB_ID = '{loadbalancer.id}';
const PORT_ID = '{loadbalancer.vip_port_id}';
const EIP_ID = '{publicip.id}';

export function createSteps(requests: CreateRequests): CreateStep[] {
  const steps: CreateStep[] = [{ id: 'loadBalancer', apiCall: () => loadBalancersApi.create(requests.loadBalancer) }];
  if (requests.newEip) {
    const newEip = requests.newEip;
    steps.push({ id: 'assignEip', apiCall: () => publicIpsApi.assign(newEip) });
  }
  if (requests.newEip || requests.existingEipId) {
    steps.push({
      id: 'bindEip',
      apiCall: (results) =>
        publicIpsApi.update(results.eipId ?? requests.existingEipId ?? EIP_ID, {
          publicip: { port_id: results.loadBalancer?.vip_port_id ?? PORT_ID },
        }),
    });
  }
  if (requests.tags.length > 0) {
    steps.push({
      id: 'tags',
      apiCall: (results) => tagsApi.batchCreate('loadbalancers', results.loadBalancer?.id ?? LB_ID, requests.tags),
    });
  }
  return steps;
}

export function plannedRequests(
  requests: CreateRequests,
  title: (id: CreateStepId) => string,
  note: (id: CreateStepId) => string | undefined,
): PlannedRequest[] {
  return createSteps(requests).map((step) => ({
    title: title(step.id),
    note: note(step.id),
    ...describeCall(step.apiCall({})),
  }));
}

export type StepState = Exclude<StepRunState, 'rolledBack'>;

export function useCreateLoadBalancer() {
  const queryClient = useQueryClient();
  const [states, setStates] = useState<Partial<Record<CreateStepId, StepState>>>({});
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<LoadBalancer>();

  async function run(requests: CreateRequests): Promise<LoadBalancer | undefined> {
    const steps = createSteps(requests);
    const results: Results = {};
    setError(undefined);
    setStates(Object.fromEntries(steps.map((step) => [step.id, 'waiting'])));
    try {
      for (const step of steps) {
        setStates((current) => ({ ...current, [step.id]: 'running' }));
        try {
          const answer = await call(step.apiCall(results));
          if (step.id === 'loadBalancer') {
            results.loadBalancer = (answer as { loadbalancer: LoadBalancer }).loadbalancer;
            setCreated(results.loadBalancer);
          }
          if (step.id === 'assignEip') results.eipId = (answer as { publicip: { id: string } }).publicip.id;
        } catch (failure) {
          setStates((current) => ({ ...current, [step.id]: 'failed' }));
          setError(failure);
          return undefined;
        }
        setStates((current) => ({ ...current, [step.id]: 'done' }));
      }
      return results.loadBalancer;
    } finally {
      await Promise.all(
        [lbKeys.all, quotaKeys.all, publicIpKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    }
  }

  /** Forget the last attempt (the user went back to change the form). */
  function reset() {
    setStates({});
    setError(undefined);
  }

  return { run, reset, states, error, created };
}
