/**
 * Creating a classic load balancer starts a `createELB` job (creating_a_load_balancer.rst). The job's
 * answer is only `{ uri, job_id }`, but the console must open the new load balancer's page and file the
 * job under its ID. Where that ID comes from, most reliable first:
 * 1. `GET /jobs/{job_id}` → `entities.elb.id`: documented for the finished job (querying_the_job_status.rst);
 *    the mock cloud fills it in at once, and a real region may do so while the job still runs.
 * 2. The load balancer list: the row exists as PENDING_CREATE while the job runs (querying_load_balancers.rst
 *    lists that status). Names need not be unique, so only a row with this name and VPC that did not
 *    exist before the submit counts, the newest if there are several.
 * Neither is guaranteed, so failing both is an answer too (undefined): the job is still tracked and the
 * operator lands on the list, where the load balancer appears.
 */
import type { CreateClassicLoadBalancerRequest } from '../../../../contract/elb-classic/load-balancers';
import { call } from '../../../api/api-call';
import { classicJobsApi, classicLoadBalancersApi } from '../../../api/clients/elb-classic';
import { useClassicJobMutation } from '../jobs/use-classic-jobs';

/** Lookups only help — a failed lookup means "not found", never a failed create (the job runs regardless). */
async function quietly<T>(lookup: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lookup();
  } catch {
    return undefined;
  }
}

async function listedIds(): Promise<Set<string>> {
  const list = await quietly(() => call(classicLoadBalancersApi.list()));
  return new Set(list?.loadbalancers.map((lb) => lb.id));
}

async function findCreatedLoadBalancerId(
  jobId: string,
  body: Pick<CreateClassicLoadBalancerRequest, 'name' | 'vpc_id'>,
  existedBefore: ReadonlySet<string>,
): Promise<string | undefined> {
  const job = await quietly(() => call(classicJobsApi.get(jobId)));
  if (job?.entities.elb?.id) return job.entities.elb.id;
  const list = await quietly(() => call(classicLoadBalancersApi.list()));
  return list?.loadbalancers
    .filter((lb) => lb.name === body.name && lb.vpc_id === body.vpc_id && !existedBefore.has(lb.id))
    .sort((a, b) => b.create_time.localeCompare(a.create_time))[0]?.id;
}

interface CreateVars {
  body: CreateClassicLoadBalancerRequest;
  existedBefore: ReadonlySet<string>;
}

/** Submits the create call; the answer is the tracked job, whose `loadBalancerId` is '' when it could not be found. */
export function useCreateClassicLoadBalancer() {
  const mutation = useClassicJobMutation(
    ({ body }: CreateVars) => classicLoadBalancersApi.create(body),
    async ({ body, existedBefore }, response) => ({
      kind: 'createLb',
      loadBalancerId: (await findCreatedLoadBalancerId(response.job_id, body, existedBefore)) ?? '',
      subject: body.name,
    }),
  );
  return {
    ...mutation,
    /** Notes which load balancers exist, then creates one. */
    create: async (body: CreateClassicLoadBalancerRequest) =>
      mutation.mutateAsync({ body, existedBefore: await listedIds() }),
  };
}
