/** Classic jobs (querying_the_job_status.rst): RUNNING for classicJobMs, then settled on the next request. */
import { describe, expect, it } from 'vitest';
import type { ClassicJob, ClassicJobResponse } from '../../../contract/elb-classic/jobs';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import { recordedTraces } from '../../testing/elb';
import { CLASSIC_LBS, classicOk, classicRefused, publicLbBody, readJob } from '../../testing/classic';
import { harness, PROJECT, type Harness } from '../../testing/harness';

const startCreate = async (h: Harness) =>
  classicOk<ClassicJobResponse>(h, 'POST', CLASSIC_LBS, await publicLbBody(h, 'lb-jobs'));

describe('classic jobs', () => {
  it('answers the documented start body, stays RUNNING until classicJobMs has passed, then SUCCEEDS', async () => {
    const h = harness();
    const begin = h.clock.now();
    const started = await startCreate(h);
    expect(started.job_id).toMatch(/^[0-9a-f]{32}$/);
    expect(started.uri).toBe(`/v1/${PROJECT}/jobs/${started.job_id}`);

    h.clock.advance(2999);
    const running = await readJob(h, started.job_id);
    expect(running).toMatchObject({ status: 'RUNNING', job_type: 'createELB', end_time: null, error_code: null });
    expect(running.begin_time).toBe(new Date(begin).toISOString());
    expect(running.entities.elb).toMatchObject({ name: 'lb-jobs', status: 'PENDING_CREATE', tenant_id: PROJECT });

    h.clock.advance(1);
    const done = await readJob(h, started.job_id);
    expect(done).toEqual<ClassicJob>({
      ...running,
      status: 'SUCCESS',
      end_time: new Date(begin + 3000).toISOString(),
      entities: { elb: { ...running.entities.elb!, status: 'ACTIVE' } },
    });
    const lb = await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${done.entities.elb!.id}`);
    expect(lb.status).toBe('ACTIVE');
  });

  it('settles on any request, traces only the starting write, and settles with a zero duration too', async () => {
    const h = harness('demo', { classicJobMs: 0 });
    const started = await startCreate(h);
    await classicOk(h, 'GET', CLASSIC_LBS);
    const job = h.cloud.store.read((tx) => tx.get('classicJobs', started.job_id));
    expect(job?.status).toBe('SUCCESS');
    const traces = await recordedTraces(h, `resource_id=${job!.entities.elb!.id}`);
    expect(traces.map((trace) => [trace.trace_name, trace.resource_type, trace.resource_name])).toEqual([
      ['createLoadbalancer', 'loadbalancer', 'lb-jobs'],
    ]);
  });

  it('answers an unknown job with 404 in the classic error body', async () => {
    const h = harness();
    await classicRefused(h, 'GET', '/v1.0/:project_id/jobs/0123456789abcdef0123456789abcdef', undefined, {
      status: 404,
      code: 'ELB.8904',
      message: 'Job 0123456789abcdef0123456789abcdef could not be found.',
    });
  });
});
