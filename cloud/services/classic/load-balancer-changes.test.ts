/** Modifying and deleting classic load balancers: frozen and busy ones refuse, changes apply when the job ends. */
import { describe, expect, it } from 'vitest';
import type { ClassicJobResponse } from '../../../contract/elb-classic/jobs';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import type { PublicIpListResponse } from '../../../contract/vpc/publicips';
import {
  addTcpListener,
  CLASSIC,
  CLASSIC_LBS,
  classicLbByName,
  classicOk,
  classicRefused,
  publicLbBody,
  runJob,
} from '../../testing/classic';
import { harness, type Harness } from '../../testing/harness';

const locked = (message: string) => ({ status: 400, code: 'ELB.1015', message: `Lb can not be updated. ${message}` });

/** A public load balancer with a new EIP, created through the API. */
async function publicLb(h: Harness): Promise<ClassicLoadBalancer> {
  const job = await runJob(h, 'POST', CLASSIC_LBS, await publicLbBody(h, 'lb-edit'));
  return classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${job.entities.elb!.id}`);
}

const eipAt = async (h: Harness, address: string) =>
  (await classicOk<PublicIpListResponse>(h, 'GET', '/v1/:project_id/publicips')).publicips.find(
    (eip) => eip.public_ip_address === address,
  );

describe('modifying classic load balancers', () => {
  it('applies name, description, state and bandwidth when the job succeeds, and the EIP bandwidth with it', async () => {
    const h = harness();
    const lb = await publicLb(h);
    const started = await classicOk<ClassicJobResponse>(h, 'PUT', `${CLASSIC_LBS}/${lb.id}`, {
      name: 'lb-renamed',
      description: 'new',
      bandwidth: 50,
      admin_state_up: false,
    });
    expect((await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${lb.id}`)).name).toBe('lb-edit');
    h.clock.advance(3000);
    const after = await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${lb.id}`);
    expect(after).toMatchObject({ name: 'lb-renamed', description: 'new', bandwidth: 50, admin_state_up: 0 });
    expect((await eipAt(h, lb.vip_address))?.bandwidth_size).toBe(50);
    expect(started.job_id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a second change while the job of the first one runs, so a later request is never undone', async () => {
    const h = harness();
    const lb = await publicLb(h);
    const first = await classicOk<ClassicJobResponse>(h, 'PUT', `${CLASSIC_LBS}/${lb.id}`, { admin_state_up: 0 });
    const busy = locked(`Load balancer lb-edit is being modified by job ${first.job_id}; try again when it has ended.`);
    await classicRefused(h, 'PUT', `${CLASSIC_LBS}/${lb.id}`, { admin_state_up: 1 }, busy);
    const listener = { loadbalancer_id: lb.id, protocol: 'TCP', backend_protocol: 'TCP', lb_algorithm: 'roundrobin' };
    await classicRefused(
      h,
      'POST',
      `${CLASSIC}/listeners`,
      { ...listener, name: 'l', port: 81, backend_port: 81 },
      busy,
    );
    h.clock.advance(3000);
    await classicOk(h, 'PUT', `${CLASSIC_LBS}/${lb.id}`, { admin_state_up: 1 });
    h.clock.advance(3000);
    expect((await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${lb.id}`)).admin_state_up).toBe(1);
  });

  it('refuses frozen, private-bandwidth, still-creating and empty changes', async () => {
    const h = harness();
    const frozen = (await classicLbByName(h, 'classic-billing-frozen'))!;
    const intranet = (await classicLbByName(h, 'classic-intranet'))!;
    const isFrozen = locked('Load balancer classic-billing-frozen is frozen; only an administrator can unfreeze it.');
    await classicRefused(h, 'PUT', `${CLASSIC_LBS}/${frozen.id}`, { admin_state_up: 1 }, isFrozen);
    await classicRefused(h, 'DELETE', `${CLASSIC_LBS}/${frozen.id}`, undefined, isFrozen);
    await classicRefused(
      h,
      'PUT',
      `${CLASSIC_LBS}/${intranet.id}`,
      { bandwidth: 5 },
      {
        status: 400,
        code: 'ELB.1051',
        message:
          'Request parameters error, lb bandwidth is not valid. A private (Internal) load balancer has no bandwidth.',
      },
    );
    await classicRefused(
      h,
      'PUT',
      `${CLASSIC_LBS}/${intranet.id}`,
      {},
      {
        status: 400,
        code: 'ELB.1005',
        message: /^Update request paramters error\. .*at least one field/,
      },
    );
    await classicOk(h, 'POST', CLASSIC_LBS, await publicLbBody(h, 'lb-young'));
    const young = (await classicLbByName(h, 'lb-young'))!;
    await classicRefused(
      h,
      'PUT',
      `${CLASSIC_LBS}/${young.id}`,
      { name: 'x' },
      locked('Load balancer lb-young is still being created.'),
    );
  });
});

describe('deleting classic load balancers', () => {
  it('releases the EIP, removes listeners and health checks, and refuses writes while the job runs', async () => {
    const h = harness();
    const lb = await publicLb(h);
    const listener = await addTcpListener(h, lb.id);
    await classicOk(h, 'DELETE', `${CLASSIC_LBS}/${lb.id}`);
    await classicRefused(
      h,
      'PUT',
      `${CLASSIC_LBS}/${lb.id}`,
      { name: 'x' },
      locked('Load balancer lb-edit is being deleted.'),
    );
    h.clock.advance(3000);
    await classicRefused(h, 'GET', `${CLASSIC_LBS}/${lb.id}`, undefined, {
      status: 404,
      code: 'ELB.1002',
      message: /does not exist/,
    });
    expect(h.cloud.store.read((tx) => tx.get('classicListeners', listener.id))).toBeUndefined();
    expect(await eipAt(h, lb.vip_address)).toBeUndefined();
  });

  it('keeps the EIP unbound with keep-eip, which private load balancers refuse', async () => {
    const h = harness();
    const lb = await publicLb(h);
    expect((await runJob(h, 'DELETE', `${CLASSIC_LBS}/${lb.id}/keep-eip`)).status).toBe('SUCCESS');
    const eip = await eipAt(h, lb.vip_address);
    expect(eip).toMatchObject({ status: 'DOWN' });
    expect(eip?.port_id).toBeUndefined();
    const intranet = (await classicLbByName(h, 'classic-intranet'))!;
    await classicRefused(h, 'DELETE', `${CLASSIC_LBS}/${intranet.id}/keep-eip`, undefined, {
      status: 400,
      code: 'ELB.1041',
      message:
        'Request parameters error, lb type is not valid. Only a public (External) load balancer with an EIP can be deleted while keeping it.',
    });
  });

  it('refuses to delete a load balancer that still has backend ECSs (ELB.1018)', async () => {
    const h = harness();
    const lb = await publicLb(h);
    const listener = await addTcpListener(h, lb.id);
    const server = h.cloud.store.read((tx) => tx.all('servers').find((item) => item.name === 'ecs-web-01')!);
    await runJob(h, 'POST', `${CLASSIC}/listeners/${listener.id}/members`, [
      { server_id: server.id, address: '10.0.1.11' },
    ]);
    await classicRefused(h, 'DELETE', `${CLASSIC_LBS}/${lb.id}`, undefined, {
      status: 400,
      code: 'ELB.1018',
      message:
        'There is at least one member under the lb. Remove the 1 backend ECS(s) from the listeners of lb-edit first.',
    });
  });
});
