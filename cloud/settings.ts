/** Knobs of one cloud instance that are not part of its stored state. */
export interface CloudSettings {
  /** How long a write leaves a load balancer PENDING_* (0 in most unit tests). */
  provisioningDelayMs: number;
  /** How long a classic job (api/elb/classic-v1.0/querying_the_job_status.rst) stays RUNNING. */
  classicJobMs: number;
  region: string;
  /** Token every request must carry in X-Auth-Token; undefined accepts any non-empty token. */
  token?: string;
  /** The user CTS records as the operator of every write. */
  user: { id: string; name: string; domain: { id: string; name: string } };
  sourceIp: string;
}

export const defaultSettings: CloudSettings = {
  provisioningDelayMs: 1200,
  classicJobMs: 3000,
  region: 'eu-de',
  user: {
    id: '0c5f3e2a9b7d4e1f8a6b2c3d4e5f6a7b',
    name: 'ops-admin',
    domain: { id: 'd41d8cd98f00b204e9800998ecf8427e', name: 'acme-ops' },
  },
  sourceIp: '203.0.113.24',
};
