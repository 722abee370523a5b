import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../contract/elb-v2/members';
import { testListener, testLoadBalancer } from '../../../testing/elb-fixtures';
import { backend, ecs, forwardTo } from './fixtures';
import { setupProgress, type SetupFacts, type SetupStep } from './setup-progress';

const EIP = '80.158.10.50';
const httpListener = testListener('HTTP', { name: 'listener-HTTP', default_pool_id: 'pool-default' });
const twoBackends = [backend('m1', '10.0.1.11'), backend('m2', '10.0.1.12')];

/** An entry-level setup with every step done; each test breaks one thing. */
function doneFacts(extra: Partial<SetupFacts> = {}): SetupFacts {
  return {
    track: 'entry',
    servers: [ecs('ECS01', '10.0.1.11'), ecs('ECS02', '10.0.1.12')],
    deployConfirmed: true,
    loadBalancer: testLoadBalancer({ name: 'elb-01' }),
    vpcId: 'vpc-1',
    eipAddress: EIP,
    listeners: [httpListener],
    policies: [],
    membersByPool: new Map([['pool-default', twoBackends]]),
    ...extra,
  };
}

const advancedFacts = (extra: Partial<SetupFacts> = {}) =>
  doneFacts({
    track: 'advanced',
    policies: [forwardTo('policy-1', '/ELB01/', 'pool-1'), forwardTo('policy-2', '/ELB02/', 'pool-2')],
    membersByPool: new Map<string, Member[]>([
      ['pool-default', twoBackends],
      ['pool-1', [backend('m3', '10.0.1.11')]],
      ['pool-2', [backend('m4', '10.0.1.12')]],
    ]),
    ...extra,
  });

function stepOf(facts: SetupFacts, id: SetupStep['id']): SetupStep {
  const found = setupProgress(facts).steps.find((step) => step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const summary = (step: SetupStep) => [step.done, step.variant];

describe('guided setup progress, from live data', () => {
  it('has the entry steps in order, and the policies before the verification on the advanced level', () => {
    expect(setupProgress(doneFacts()).steps.map((step) => step.id)).toEqual([
      'servers',
      'deploy',
      'loadBalancer',
      'listener',
      'members',
      'verify',
    ]);
    expect(
      setupProgress(advancedFacts())
        .steps.map((step) => step.id)
        .slice(-2),
    ).toEqual(['policies', 'verify']);
  });

  it('is complete when every step is done, with the URLs to open', () => {
    const progress = setupProgress(doneFacts());
    expect(progress.current).toBeUndefined();
    expect(progress.doneCount).toBe(6);
    expect(progress.urls).toEqual([`http://${EIP}/`, 'http://www.example.com/']);
    expect(progress.hostsLine).toBe(`${EIP} www.example.com`);
    expect(progress.backends.map((item) => item.name)).toEqual(['ECS01', 'ECS02']);
  });

  it('needs two running ECSs, in the load balancer VPC once one is chosen', () => {
    const stopped = ecs('ECS02', '10.0.1.12', { status: 'SHUTOFF' });
    expect(summary(stepOf(doneFacts({ servers: [ecs('ECS01', '10.0.1.11'), stopped] }), 'servers'))).toEqual([
      false,
      'fewVpc',
    ]);
    const elsewhere = ecs('ECS02', '10.0.1.12', { metadata: { os_type: 'Linux', vpc_id: 'vpc-2' } });
    expect(stepOf(doneFacts({ servers: [ecs('ECS01', '10.0.1.11'), elsewhere] }), 'servers').params.count).toBe(1);
    expect(summary(stepOf(doneFacts({ vpcId: undefined, loadBalancer: undefined }), 'servers'))).toEqual([
      true,
      'enoughAccount',
    ]);
  });

  it('takes the deployment on the user’s word', () => {
    expect(summary(stepOf(doneFacts({ deployConfirmed: false }), 'deploy'))).toEqual([false, 'unconfirmed']);
    expect(summary(stepOf(doneFacts(), 'deploy'))).toEqual([true, 'confirmed']);
  });

  it('needs a chosen, active load balancer with an EIP', () => {
    expect(summary(stepOf(doneFacts({ loadBalancer: undefined }), 'loadBalancer'))).toEqual([false, 'choose']);
    expect(summary(stepOf(doneFacts({ loadBalancer: null }), 'loadBalancer'))).toEqual([false, 'deleted']);
    const pending = testLoadBalancer({ provisioning_status: 'PENDING_CREATE' });
    expect(summary(stepOf(doneFacts({ loadBalancer: pending }), 'loadBalancer'))).toEqual([false, 'provisioning']);
    expect(summary(stepOf(doneFacts({ eipAddress: undefined }), 'loadBalancer'))).toEqual([false, 'noEip']);
    expect(stepOf(doneFacts(), 'loadBalancer')).toMatchObject({ done: true, params: { name: 'elb-01', eip: EIP } });
  });

  it('needs an HTTP listener on port 80 with a backend server group', () => {
    expect(summary(stepOf(doneFacts({ loadBalancer: undefined }), 'listener'))).toEqual([false, 'needsLoadBalancer']);
    const other = [testListener('HTTP', { protocol_port: 8080, default_pool_id: 'pool-default' })];
    expect(summary(stepOf(doneFacts({ listeners: other }), 'listener'))).toEqual([false, 'missing']);
    const noGroup = [{ ...httpListener, default_pool_id: null }];
    expect(summary(stepOf(doneFacts({ listeners: noGroup }), 'listener'))).toEqual([false, 'noGroup']);
    expect(summary(stepOf(doneFacts(), 'listener'))).toEqual([true, 'ready']);
  });

  it('needs two backend servers in the listener’s group', () => {
    expect(summary(stepOf(doneFacts({ listeners: [] }), 'members'))).toEqual([false, 'needsListener']);
    const one = new Map([['pool-default', twoBackends.slice(0, 1)]]);
    expect(stepOf(doneFacts({ membersByPool: one }), 'members')).toMatchObject({ done: false, params: { count: 1 } });
    expect(summary(stepOf(doneFacts(), 'members'))).toEqual([true, 'ready']);
  });

  it('needs two forwarding policies, each to its own group with a server (advanced level)', () => {
    const [first, second] = advancedFacts().policies;
    expect(summary(stepOf(advancedFacts({ listeners: [] }), 'policies'))).toEqual([false, 'needsListener']);
    expect(summary(stepOf(advancedFacts({ policies: [first!] }), 'policies'))).toEqual([false, 'missing']);
    const empty = new Map([
      ['pool-default', twoBackends],
      ['pool-1', twoBackends.slice(0, 1)],
    ]);
    expect(stepOf(advancedFacts({ membersByPool: empty }), 'policies')).toMatchObject({
      done: false,
      variant: 'emptyGroup',
      params: { name: 'policy-2' },
    });
    const shared = [first!, { ...second!, redirect_pool_id: 'pool-1' }];
    expect(summary(stepOf(advancedFacts({ policies: shared }), 'policies'))).toEqual([false, 'sharedGroup']);
    const redirect = { ...second!, action: 'REDIRECT_TO_LISTENER' as const, redirect_pool_id: null };
    expect(summary(stepOf(advancedFacts({ policies: [first!, redirect] }), 'policies'))).toEqual([false, 'missing']);
    expect(summary(stepOf(advancedFacts(), 'policies'))).toEqual([true, 'ready']);
  });

  it('verifies once everything before is done and every backend server is healthy', () => {
    expect(stepOf(doneFacts({ deployConfirmed: false }), 'verify')).toMatchObject({
      done: false,
      variant: 'notReady',
      params: { count: 1 },
    });
    const sick = new Map([
      ['pool-default', [twoBackends[0]!, backend('m2', '10.0.1.12', { operating_status: 'OFFLINE' })]],
    ]);
    expect(stepOf(doneFacts({ membersByPool: sick }), 'verify')).toMatchObject({
      done: false,
      variant: 'unhealthy',
      params: { names: 'ECS02' },
    });
    const unchecked = new Map([
      ['pool-default', twoBackends.map((item) => ({ ...item, operating_status: 'NO_MONITOR' as const }))],
    ]);
    expect(summary(stepOf(doneFacts({ membersByPool: unchecked }), 'verify'))).toEqual([false, 'unchecked']);
    expect(summary(stepOf(doneFacts(), 'verify'))).toEqual([true, 'ready']);
  });

  it('verifies the policies’ URLs and servers on the advanced level', () => {
    const progress = setupProgress(advancedFacts());
    expect(progress.current).toBeUndefined();
    expect(progress.urls).toEqual([
      `http://${EIP}/`,
      'http://www.example.com/',
      'http://www.example.com/ELB01/',
      'http://www.example.com/ELB02/',
    ]);
    expect(progress.backends).toHaveLength(4);
  });

  it('has nothing to open before the load balancer has an EIP', () => {
    const progress = setupProgress(doneFacts({ eipAddress: undefined }));
    expect(progress.urls).toEqual([]);
    expect(progress.hostsLine).toBeUndefined();
    expect(progress.current).toBe('loadBalancer');
  });
});
