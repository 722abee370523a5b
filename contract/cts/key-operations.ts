/**
 * ELB operations recorded by CTS (FEATURES §11.1, C16; guide/auditing/key_operations_recorded_by_cts.rst).
 * Trace names are spelled as documented, including `createl7rule` and `updatPool`.
 */

export const ELB_SERVICE_TYPE = 'ELB';

export type ElbTraceResourceType =
  'logtank' | 'certificate' | 'healthmonitor' | 'l7policy' | 'l7rule' | 'listener' | 'loadbalancer' | 'member' | 'pool';

export interface KeyOperation {
  /** The guide's wording of the action. */
  action: string;
  resource_type: ElbTraceResourceType;
  trace_name: string;
}

function op(action: string, resource_type: ElbTraceResourceType, trace_name: string): KeyOperation {
  return { action, resource_type, trace_name };
}

/** The guide's table, row by row, in its order. */
export const elbKeyOperations: readonly KeyOperation[] = [
  op('Configuring access logs', 'logtank', 'createLogtank'),
  op('Deleting access logs', 'logtank', 'deleteLogtank'),
  op('Creating a certificate', 'certificate', 'createCertificate'),
  op('Modifying a certificate', 'certificate', 'updateCertificate'),
  op('Deleting a certificate', 'certificate', 'deleteCertificate'),
  op('Creating a health check', 'healthmonitor', 'createHealthMonitor'),
  op('Modifying a health check', 'healthmonitor', 'updateHealthMonitor'),
  op('Deleting a health check', 'healthmonitor', 'deleteHealthMonitor'),
  op('Adding a forwarding policy', 'l7policy', 'createL7policy'),
  op('Modifying a forwarding policy', 'l7policy', 'updateL7policy'),
  op('Deleting a forwarding policy', 'l7policy', 'deleteL7policy'),
  op('Adding a forwarding rule', 'l7rule', 'createl7rule'),
  op('Modifying a forwarding rule', 'l7rule', 'updateL7rule'),
  op('Deleting a forwarding rule', 'l7rule', 'deleteL7rule'),
  op('Adding a listener', 'listener', 'createListener'),
  op('Modifying a listener', 'listener', 'updateListener'),
  op('Deleting a listener', 'listener', 'deleteListener'),
  op('Creating a load balancer', 'loadbalancer', 'createLoadbalancer'),
  op('Modifying a load balancer', 'loadbalancer', 'updateLoadbalancer'),
  op('Deleting a load balancer', 'loadbalancer', 'deleteLoadbalancer'),
  op('Adding a backend server', 'member', 'createMember'),
  op('Modifying a backend server', 'member', 'updateMember'),
  op('Removing a backend server', 'member', 'batchUpdateMember'),
  op('Creating a backend server group', 'pool', 'createPool'),
  op('Modifying a backend server group', 'pool', 'updatPool'),
  op('Deleting a backend server group', 'pool', 'deletePool'),
];

/** Resource types in the table's order, each once (the Resource Type filter). */
export const elbTraceResourceTypes: readonly ElbTraceResourceType[] = [
  ...new Set(elbKeyOperations.map((item) => item.resource_type)),
];

/** Documented trace names in the table's order (the Trace name filter). */
export const elbTraceNames: readonly string[] = elbKeyOperations.map((item) => item.trace_name);

export function traceNamesFor(resourceType: ElbTraceResourceType): string[] {
  return elbKeyOperations.filter((item) => item.resource_type === resourceType).map((item) => item.trace_name);
}

/**
 * C16: the guide prints `updatPool` and `createl7rule`; the naming pattern suggests `updatePool`
 * and `createL7rule`. Lower-cased, every accepted spelling maps to one key.
 */
const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  updatpool: 'updatepool',
};

/** A case-insensitive key under which both spellings of a trace name coincide. */
export function canonicalTraceName(name: string): string {
  const lower = name.trim().toLowerCase();
  return SPELLING_VARIANTS[lower] ?? lower;
}

/**
 * True when a trace name matches a filter: exact match ignoring case, with the documented and the
 * regular spelling accepted for each other (updatPool ≡ updatePool, createl7rule ≡ createL7rule).
 * A blank filter matches every name.
 */
export function traceNameMatches(filter: string, name: string): boolean {
  if (filter.trim() === '') return true;
  return canonicalTraceName(filter) === canonicalTraceName(name);
}

/** The guide's action wording for a trace name, if it is a key operation. */
export function findKeyOperation(traceName: string): KeyOperation | undefined {
  if (traceName.trim() === '') return undefined;
  return elbKeyOperations.find((item) => traceNameMatches(traceName, item.trace_name));
}
