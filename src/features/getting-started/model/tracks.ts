/**
 * The two guided setups of the Getting Started chapter (FEATURES §2; guide/getting_started/*.rst):
 * the entry level spreads one site over two ECSs; the advanced level adds URL-based forwarding
 * policies. The example values are the guide's, so the console suggests what the guide walks through.
 */
export const tracks = ['entry', 'advanced'] as const;
export type Track = (typeof tracks)[number];

export const isTrack = (value: string | undefined): value is Track =>
  value !== undefined && (tracks as readonly string[]).includes(value);

export type StepId = 'servers' | 'deploy' | 'loadBalancer' | 'listener' | 'members' | 'policies' | 'verify';

/** The advanced level adds forwarding policies just before the verification. */
export const trackSteps: Record<Track, readonly StepId[]> = {
  entry: ['servers', 'deploy', 'loadBalancer', 'listener', 'members', 'verify'],
  advanced: ['servers', 'deploy', 'loadBalancer', 'listener', 'members', 'policies', 'verify'],
};

/** Two ECSs share the load (ECS01 and ECS02 in the guide). */
export const MIN_SERVERS = 2;
/** The advanced level routes two URLs, each to its own group. */
export const MIN_POLICIES = 2;

/** The guide's example: an HTTP listener on port 80 with a new group and an HTTP health check. */
export const example = {
  listenerName: 'listener-HTTP',
  protocol: 'HTTP',
  port: 80,
  groupName: 'server_group-ELB',
  algorithm: 'Weighted round robin',
  healthCheckProtocol: 'HTTP',
  domain: 'www.example.com',
  backendPort: 80,
  policies: [
    { name: 'forwarding_policy-ELB01', path: '/ELB01/', group: 'server_group-ELB01', server: 'ECS01' },
    { name: 'forwarding_policy-ELB02', path: '/ELB02/', group: 'server_group-ELB02', server: 'ECS02' },
  ],
} as const;
