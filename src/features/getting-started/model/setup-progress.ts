/**
 * Where a guided setup stands, read from the live resources of the chosen load balancer, never
 * from clicks: a step is done when the account shows what the guide's step creates
 * (guide/getting_started/using_load_balancers_entry_level.rst and …_advanced_level.rst).
 * Only "application deployed" is the user's word: nothing the console can read shows it.
 */
import { primaryIpv4, type Server } from '../../../../contract/ecs/servers';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Member, MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import { example, MIN_POLICIES, MIN_SERVERS, trackSteps, type StepId, type Track } from './tracks';

export interface SetupFacts {
  track: Track;
  servers: readonly Server[];
  deployConfirmed: boolean;
  /** undefined: none chosen yet; null: the chosen one no longer exists. */
  loadBalancer: LoadBalancer | null | undefined;
  /** The VPC of the load balancer's subnet: backend ECSs come from there. */
  vpcId?: string;
  eipAddress?: string;
  listeners: readonly Listener[];
  /** The HTTP listener's forwarding policies, with their rules. */
  policies: readonly L7Policy[];
  /** Backend servers by group ID: the listener's default group and the policies' groups. */
  membersByPool: ReadonlyMap<string, readonly Member[]>;
}

export interface SetupStep {
  id: StepId;
  done: boolean;
  /** Which wording applies (`steps.<id>.status.<variant>` in the translations). */
  variant: string;
  params: Record<string, string | number>;
}

export interface BackendHealth {
  id: string;
  name: string;
  address: string;
  port: number;
  status: MemberOperatingStatus;
}

export interface SetupProgress {
  steps: SetupStep[];
  /** The first step not done yet; undefined once every step is done. */
  current: StepId | undefined;
  doneCount: number;
  /** The guide's HTTP/80 listener, once it exists. */
  listener?: Listener;
  /** The backend servers the verification sends requests to. */
  backends: BackendHealth[];
  /** The load balancer's EIP, once it has one. */
  eip?: string;
  /** What to open in a browser: the EIP address, then the domain's URLs (hosts-file mapping). */
  urls: string[];
  hostsLine?: string;
}

const step = (id: StepId, done: boolean, variant: string, params: SetupStep['params'] = {}): SetupStep => ({
  id,
  done,
  variant,
  params,
});

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A few names are enough to recognise the servers; the count says how many there are. */
const someNames = (names: readonly string[]) => {
  const sorted = [...names].sort(byName.compare);
  return sorted.slice(0, 3).join(', ') + (sorted.length > 3 ? ', …' : '');
};

function serversStep({ servers, vpcId }: SetupFacts): SetupStep {
  const running = servers.filter(
    (server) => server.status === 'ACTIVE' && (vpcId === undefined || server.metadata.vpc_id === vpcId),
  );
  const scope = vpcId === undefined ? 'Account' : 'Vpc';
  const done = running.length >= MIN_SERVERS;
  return step('servers', done, `${done ? 'enough' : 'few'}${scope}`, {
    count: running.length,
    names: someNames(running.map((server) => server.name)),
    min: MIN_SERVERS,
  });
}

function loadBalancerStep({ loadBalancer, eipAddress }: SetupFacts): SetupStep {
  if (loadBalancer === undefined) return step('loadBalancer', false, 'choose');
  if (loadBalancer === null) return step('loadBalancer', false, 'deleted');
  const name = loadBalancer.name || loadBalancer.id;
  if (loadBalancer.provisioning_status !== 'ACTIVE')
    return step('loadBalancer', false, 'provisioning', { name, status: loadBalancer.provisioning_status });
  if (!eipAddress) return step('loadBalancer', false, 'noEip', { name });
  return step('loadBalancer', true, 'ready', { name, eip: eipAddress });
}

/** The guide's listener: HTTP on port 80. */
export const guideListener = (listeners: readonly Listener[]): Listener | undefined =>
  listeners.find((listener) => listener.protocol === example.protocol && listener.protocol_port === example.port);

function listenerStep(facts: SetupFacts, listener: Listener | undefined): SetupStep {
  if (!facts.loadBalancer) return step('listener', false, 'needsLoadBalancer');
  if (!listener) return step('listener', false, 'missing');
  const name = listener.name || listener.id;
  if (!listener.default_pool_id) return step('listener', false, 'noGroup', { name });
  return step('listener', true, 'ready', { name });
}

function membersStep(facts: SetupFacts, listener: Listener | undefined): SetupStep {
  const poolId = listener?.default_pool_id;
  if (!poolId) return step('members', false, 'needsListener');
  const count = facts.membersByPool.get(poolId)?.length ?? 0;
  return step('members', count >= MIN_SERVERS, count >= MIN_SERVERS ? 'ready' : 'few', { count, min: MIN_SERVERS });
}

const forwardingPolicies = (policies: readonly L7Policy[]) =>
  policies.filter((policy) => policy.action === 'REDIRECT_TO_POOL' && policy.redirect_pool_id);

function policiesStep(facts: SetupFacts, listener: Listener | undefined): SetupStep {
  if (!listener) return step('policies', false, 'needsListener');
  const forwarding = forwardingPolicies(facts.policies);
  if (forwarding.length < MIN_POLICIES)
    return step('policies', false, 'missing', { count: forwarding.length, min: MIN_POLICIES });
  const empty = forwarding.find((policy) => !facts.membersByPool.get(policy.redirect_pool_id ?? '')?.length);
  if (empty) return step('policies', false, 'emptyGroup', { name: empty.name || empty.id });
  const groups = new Set(forwarding.map((policy) => policy.redirect_pool_id));
  if (groups.size < MIN_POLICIES) return step('policies', false, 'sharedGroup', { min: MIN_POLICIES });
  return step('policies', true, 'ready', { count: forwarding.length });
}

/** The groups a verification request can reach: the default group, and on the advanced level the policies'. */
function verifiedPools(facts: SetupFacts, listener: Listener | undefined): string[] {
  const pools = listener?.default_pool_id ? [listener.default_pool_id] : [];
  if (facts.track === 'advanced')
    pools.push(...forwardingPolicies(facts.policies).map((policy) => policy.redirect_pool_id ?? ''));
  return [...new Set(pools)];
}

function backendsOf(facts: SetupFacts, listener: Listener | undefined): BackendHealth[] {
  const serverByAddress = new Map(facts.servers.map((server) => [primaryIpv4(server), server.name]));
  const backends = verifiedPools(facts, listener).flatMap((poolId) =>
    (facts.membersByPool.get(poolId) ?? []).map((member) => ({
      id: member.id,
      name: serverByAddress.get(member.address) ?? (member.name || member.address),
      address: member.address,
      port: member.protocol_port,
      status: member.operating_status,
    })),
  );
  return backends.sort((a, b) => byName.compare(a.name, b.name));
}

function verifyStep(before: readonly SetupStep[], backends: readonly BackendHealth[]): SetupStep {
  const open = before.filter((earlier) => !earlier.done).length;
  if (open > 0) return step('verify', false, 'notReady', { count: open });
  const unhealthy = backends.filter((backend) => backend.status !== 'ONLINE' && backend.status !== 'NO_MONITOR');
  if (unhealthy.length > 0)
    return step('verify', false, 'unhealthy', { names: someNames(unhealthy.map((backend) => backend.name)) });
  if (backends.some((backend) => backend.status === 'NO_MONITOR')) return step('verify', false, 'unchecked');
  return step('verify', true, 'ready');
}

/** Where a policy's requests go: its exact domain (mapped in the hosts file), else the EIP itself. */
function policyUrl(policy: L7Policy, eipAddress: string): string | undefined {
  const rules = policy.rules;
  const path = rules.find((rule) => rule.type === 'PATH' && rule.compare_type !== 'REGEX')?.value;
  if (!path) return undefined;
  const host = rules.find((rule) => rule.type === 'HOST_NAME' && rule.compare_type === 'EQUAL_TO')?.value;
  return `http://${host ?? eipAddress}${path}`;
}

function verifyTargets(facts: SetupFacts): Pick<SetupProgress, 'eip' | 'urls' | 'hostsLine'> {
  const eip = facts.eipAddress;
  if (!eip) return { urls: [] };
  const urls = [`http://${eip}/`, `http://${example.domain}/`];
  if (facts.track === 'advanced')
    urls.push(...forwardingPolicies(facts.policies).flatMap((policy) => policyUrl(policy, eip) ?? []));
  return { eip, urls: [...new Set(urls)], hostsLine: `${eip} ${example.domain}` };
}

export function setupProgress(facts: SetupFacts): SetupProgress {
  const listener = facts.loadBalancer ? guideListener(facts.listeners) : undefined;
  const backends = backendsOf(facts, listener);
  const before: Record<Exclude<StepId, 'verify'>, () => SetupStep> = {
    servers: () => serversStep(facts),
    deploy: () => step('deploy', facts.deployConfirmed, facts.deployConfirmed ? 'confirmed' : 'unconfirmed'),
    loadBalancer: () => loadBalancerStep(facts),
    listener: () => listenerStep(facts, listener),
    members: () => membersStep(facts, listener),
    policies: () => policiesStep(facts, listener),
  };
  const earlier = trackSteps[facts.track].flatMap((id) => (id === 'verify' ? [] : [before[id]()]));
  const steps = [...earlier, verifyStep(earlier, backends)];
  return {
    steps,
    current: steps.find((candidate) => !candidate.done)?.id,
    doneCount: steps.filter((candidate) => candidate.done).length,
    listener,
    backends,
    ...verifyTargets(facts),
  };
}
