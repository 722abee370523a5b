/** Backend ECSs of classic listeners (backend_ecs/*.rst): jobs, health, paging, refusals and the failing add. */
import { describe, expect, it } from 'vitest';
import type { ClassicMember } from '../../../contract/elb-classic/members';
import { addTcpListener, CLASSIC, classicLbByName, classicOk, classicRefused, runJob } from '../../testing/classic';
import { demoWithQuotas } from '../../testing/elb';
import { harness, type Harness } from '../../testing/harness';

/** A new listener on a demo load balancer; 7080 and 7081 are free on both (the demo seeds 80, 443, 3306, 8080). */
async function listenerOn(h: Harness, lbName: string, port: number, backendPort: number) {
  return addTcpListener(h, (await classicLbByName(h, lbName))!.id, port, backendPort);
}

async function addHealthCheck(h: Harness, listenerId: string, connectPort?: number) {
  await classicOk(h, 'POST', `${CLASSIC}/healthcheck`, {
    listener_id: listenerId,
    healthcheck_protocol: 'TCP',
    ...(connectPort ? { healthcheck_connect_port: connectPort } : {}),
  });
}

const server = (h: Harness, name: string) =>
  h.cloud.store.read((tx) => tx.all('servers').find((item) => item.name === name)!);

const entry = (h: Harness, name: string) => {
  const found = server(h, name);
  return { server_id: found.id, address: Object.values(found.addresses)[0]![0]!.addr };
};

const members = (h: Harness, listenerId: string, query = '') =>
  classicOk<ClassicMember[]>(h, 'GET', `${CLASSIC}/listeners/${listenerId}/members${query}`);

const bad = (code: string, message: string | RegExp) => ({ status: 400, code, message });

describe('classic backend ECSs', () => {
  it('adds ECSs as PENDING, ACTIVE once the job succeeds; health follows the ECS and the health check', async () => {
    const h = harness();
    const listener = await listenerOn(h, 'classic-portal', 7080, 80);
    const path = `${CLASSIC}/listeners/${listener.id}/members`;
    await classicOk(h, 'POST', path, [entry(h, 'ecs-web-01'), entry(h, 'ecs-app-01')]);
    const pending = await members(h, listener.id);
    expect(pending.map((member) => [member.server_name, member.status, member.health_status])).toEqual(
      expect.arrayContaining([
        ['ecs-web-01', 'PENDING', 'UNAVAILABLE'],
        ['ecs-app-01', 'PENDING', 'UNAVAILABLE'],
      ]),
    );
    h.clock.advance(3000);
    // No health check yet: nothing is checked.
    expect((await members(h, listener.id)).map((member) => [member.status, member.health_status])).toEqual([
      ['ACTIVE', 'UNAVAILABLE'],
      ['ACTIVE', 'UNAVAILABLE'],
    ]);
    await addHealthCheck(h, listener.id);
    const health = Object.fromEntries(
      (await members(h, listener.id)).map((member) => [member.server_name, member.health_status]),
    );
    // ecs-app-01 listens on 8080, not on the backend port 80.
    expect(health).toEqual({ 'ecs-web-01': 'NORMAL', 'ecs-app-01': 'ABNORMAL' });
    const web = (await members(h, listener.id)).find((member) => member.server_name === 'ecs-web-01')!;
    expect(web).toMatchObject({ server_address: '10.0.1.11', address: '10.0.1.11', listeners: [{ id: listener.id }] });
    expect(web.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('checks the health check port when it has one, and lists every listener of the load balancer with the ECS', async () => {
    const h = harness();
    const first = await listenerOn(h, 'classic-portal', 7080, 80);
    const second = await listenerOn(h, 'classic-portal', 7081, 8080);
    await addHealthCheck(h, second.id, 22);
    await runJob(h, 'POST', `${CLASSIC}/listeners/${first.id}/members`, [entry(h, 'ecs-web-01')]);
    await runJob(h, 'POST', `${CLASSIC}/listeners/${second.id}/members`, [entry(h, 'ecs-web-01')]);
    const [onSecond] = await members(h, second.id);
    expect(onSecond!.health_status).toBe('NORMAL');
    expect(onSecond!.listeners.map((item) => item.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('fails the add job when an ECS is not running and removes the pending rows', async () => {
    const h = harness();
    const listener = await listenerOn(h, 'classic-portal', 7080, 8080);
    const stopped = server(h, 'ecs-app-04');
    const job = await runJob(h, 'POST', `${CLASSIC}/listeners/${listener.id}/members`, [
      entry(h, 'ecs-app-01'),
      entry(h, 'ecs-app-04'),
    ]);
    expect(job).toMatchObject({
      status: 'FAIL',
      job_type: 'addMember',
      error_code: 'ELB.6006',
      fail_reason: `ECS ecs-app-04 (${stopped.id}) is not running (SHUTOFF).`,
    });
    expect(await members(h, listener.id)).toEqual([]);
  });

  it('refuses unknown listeners, unknown or foreign ECSs, wrong addresses, duplicates and the member limit', async () => {
    const h = harness(demoWithQuotas(() => ({ classic_member: 1 })));
    const listener = await listenerOn(h, 'classic-portal', 7080, 80);
    const path = `${CLASSIC}/listeners/${listener.id}/members`;
    const missing = '0123456789abcdef0123456789abcdef';
    await classicRefused(
      h,
      'GET',
      `${CLASSIC}/listeners/${missing}/members`,
      undefined,
      bad('ELB.2011', `Add member listener is not exist. Listener ${missing} does not exist.`),
    );
    await classicRefused(
      h,
      'POST',
      path,
      [{ server_id: missing, address: '10.0.1.11' }],
      bad('ELB.6006', `Query server failed. ECS ${missing} does not exist.`),
    );
    await classicRefused(
      h,
      'POST',
      path,
      [entry(h, 'ecs-staging-01')],
      bad(
        'ELB.1001',
        'Request parameters invalid. ECS ecs-staging-01 is not in the VPC of load balancer classic-portal.',
      ),
    );
    await classicRefused(
      h,
      'POST',
      path,
      [{ ...entry(h, 'ecs-web-01'), address: '10.0.1.12' }],
      bad(
        'ELB.2021',
        'Request parameters error, member address is null. 10.0.1.12 is not the private IP address of ECS ecs-web-01 (10.0.1.11).',
      ),
    );
    await classicRefused(
      h,
      'POST',
      path,
      [{ ...entry(h, 'ecs-web-01'), address: 'ten' }],
      bad('ELB.2021', /^Request parameters error, member address is null\. Invalid 0\[address\]/),
    );
    await classicRefused(h, 'POST', path, [entry(h, 'ecs-web-01'), entry(h, 'ecs-web-02')], {
      status: 403,
      code: 'ELB.2001',
      message: 'Create member failed, the total amount of members exceeds the system setting.',
    });
    await runJob(h, 'POST', path, [entry(h, 'ecs-web-01')]);
    await classicRefused(
      h,
      'POST',
      path,
      [entry(h, 'ecs-web-01')],
      bad('ELB.1001', 'Request parameters invalid. ECS ecs-web-01 is already a backend ECS of this listener.'),
    );
  });

  it('removes backend ECSs with a job: PENDING until it succeeds, then gone; unknown IDs answer ELB.2012', async () => {
    const h = harness();
    const listener = await listenerOn(h, 'classic-portal', 7080, 80);
    await runJob(h, 'POST', `${CLASSIC}/listeners/${listener.id}/members`, [
      entry(h, 'ecs-web-01'),
      entry(h, 'ecs-web-02'),
    ]);
    const [first, second] = await members(h, listener.id);
    const action = `${CLASSIC}/listeners/${listener.id}/members/action`;
    await classicRefused(
      h,
      'POST',
      action,
      { removeMember: [{ id: 'nope' }] },
      bad('ELB.2012', 'This member is not exist. Backend ECS nope does not exist.'),
    );
    await classicOk(h, 'POST', action, { removeMember: [{ id: first!.id }] });
    expect((await members(h, listener.id)).map((member) => member.status)).toEqual(['PENDING', 'ACTIVE']);
    h.clock.advance(3000);
    expect((await members(h, listener.id)).map((member) => member.id)).toEqual([second!.id]);
  });

  it('pages with limit and marker and filters by any documented field', async () => {
    const h = harness();
    const listener = await listenerOn(h, 'classic-portal', 7080, 80);
    const names = ['ecs-web-01', 'ecs-web-02', 'ecs-web-03'];
    await runJob(
      h,
      'POST',
      `${CLASSIC}/listeners/${listener.id}/members`,
      names.map((name) => entry(h, name)),
    );
    const all = await members(h, listener.id);
    expect(all).toHaveLength(3);
    expect(await members(h, listener.id, '?limit=2&marker=0')).toEqual(all.slice(0, 2));
    expect(await members(h, listener.id, `?limit=2&marker=${all[1]!.id}`)).toEqual(all.slice(2));
    expect(await members(h, listener.id, `?server_address=${all[0]!.server_address}`)).toEqual([all[0]]);
    expect(await members(h, listener.id, '?health_status=NORMAL')).toEqual([]);
    await classicRefused(
      h,
      'GET',
      `${CLASSIC}/listeners/${listener.id}/members?limit=x`,
      undefined,
      bad('ELB.1004', 'Query condition is not valid. Invalid limit: must be an integer from 1 to 2000.'),
    );
  });

  it('shows UNAVAILABLE on a stopped load balancer whatever the ECS does', async () => {
    const h = harness();
    const listener = await listenerOn(h, 'classic-intranet', 7080, 80);
    await addHealthCheck(h, listener.id);
    await runJob(h, 'POST', `${CLASSIC}/listeners/${listener.id}/members`, [entry(h, 'ecs-web-01')]);
    expect((await members(h, listener.id)).map((member) => member.health_status)).toEqual(['UNAVAILABLE']);
  });
});
