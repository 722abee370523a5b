import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import { classicJobPaths, classicJobStatuses, classicJobUri, isClassicJobFinished, type ClassicJob } from './jobs';

describe('classic jobs', () => {
  it('finishes only on SUCCESS or FAIL', () => {
    expect(classicJobStatuses.filter(isClassicJobFinished)).toEqual(['SUCCESS', 'FAIL']);
    expect(isClassicJobFinished('INIT')).toBe(false);
    expect(isClassicJobFinished('RUNNING')).toBe(false);
  });

  it('builds the polling path and the documented /v1/ uri', () => {
    expect(buildPath(classicJobPaths.item, { project_id: 'p1', job_id: 'j1' })).toBe('/v1.0/p1/jobs/j1');
    expect(classicJobUri('73cd9140bec7427ab9952b4ed75924e0', '4010b39b4fbb4645014fcfc8f2d178d1')).toBe(
      '/v1/73cd9140bec7427ab9952b4ed75924e0/jobs/4010b39b4fbb4645014fcfc8f2d178d1',
    );
  });

  it('types the documented example response', () => {
    const job: ClassicJob = {
      status: 'SUCCESS',
      entities: {
        elb: {
          id: 'ef265755daf84333baf4ddc1d91cbc2f',
          name: '1',
          type: 'External',
          status: 'ACTIVE',
          bandwidth: 1,
          vip_address: '10.154.53.4',
          tenant_id: 'cbc08e2f8c354c7aa7abb88d0a7d11dc',
          admin_state_up: false,
          vpc_id: '21838be1-c1ce-4c09-9184-228cdb43038d',
        },
      },
      job_id: 'ff8080825ecc523f015ecd0a98f82f77',
      job_type: 'createELB',
      begin_time: '2017-09-29T09:49:37.399Z',
      end_time: '2017-09-29T09:50:03.272Z',
      error_code: null,
      fail_reason: null,
    };
    expect(isClassicJobFinished(job.status)).toBe(true);
  });
});
