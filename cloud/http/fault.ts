/**
 * An API error the service answers with. Each API family has its own error body
 * (contract/common.ts); the router renders a fault in the family of the route.
 */
export type ErrorFamily = 'elb' | 'classic' | 'vpc' | 'ces' | 'cts' | 'lts';

export class ApiFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFault';
  }
}

export function renderFault(fault: ApiFault, family: ErrorFamily, requestId: string): unknown {
  switch (family) {
    case 'elb':
    case 'cts':
      return { error_code: fault.code, error_msg: fault.message, request_id: requestId };
    case 'classic':
    case 'ces':
      return { error: { code: fault.code, message: fault.message } };
    case 'vpc':
      return { code: fault.code, message: fault.message };
    case 'lts':
      return { error_code: fault.code, error_msg: fault.message };
  }
}

// Documented ELB faults (api/elb/appendix/error_codes.rst), named by what went wrong.
export const elbFaults = {
  emptyBody: (resource: string) => new ApiFault(400, 'ELB.0002', `${resource} is null, request is invalid.`),
  invalid: (message: string) => new ApiFault(400, 'ELB.9805', message),
  /** v3 APIs: "Invalid input parameters" (ELB.8902), the code the v3 service answers for a bad body. */
  invalidInput: (message: string) => new ApiFault(400, 'ELB.8902', message),
  /** A body that is valid on its own but does not fit the stored resources it refers to. */
  invalidParameter: (message: string) => new ApiFault(400, 'ELB.9899', message),
  portInUse: (message: string) => new ApiFault(400, 'ELB.6200', message),
  notFound: (resource: string, id: string) => new ApiFault(404, 'ELB.8904', `${resource} ${id} could not be found.`),
  conflict: (message: string) => new ApiFault(409, 'ELB.8907', message),
  quota: (resource: string) => new ApiFault(409, 'ELB.8905', `Quota exceeded for resources: ['${resource}'].`),
  lbQuota: () => new ApiFault(403, 'ELB.1091', 'Lb number larger than quota.'),
  listenerQuota: () => new ApiFault(403, 'ELB.6091', 'Request lb has more than user listener quota.'),
  memberQuota: () =>
    new ApiFault(403, 'ELB.2001', 'Create member failed, the total amount of members exceeds the system setting.'),
  vipInUse: () => new ApiFault(400, 'ELB.1101', 'Vip address is exist.'),
  tenantMismatch: () => new ApiFault(400, 'ELB.9808', 'Tenant_id in token mismatches with tenant_id in url.'),
  unauthenticated: () => new ApiFault(401, 'ELB.1102', 'Token is error, Authentication required.'),
  immutable: (resource: string, id: string, status: string) =>
    new ApiFault(409, 'ELB.8907', `${resource} ${id} is immutable and cannot be updated while it is ${status}.`),
} as const;

/**
 * Cloud Eye faults. The reference only says "See Error Codes"; the codes are Cloud Eye's published ones:
 * ces.0001 empty body, ces.0013 bad URL parameter, ces.0014 bad body, ces.0016 no such resource.
 */
export const cesFaults = {
  emptyBody: () => new ApiFault(400, 'ces.0001', 'The content must be specified.'),
  invalidQuery: (message: string) => new ApiFault(400, 'ces.0013', message),
  invalidBody: (message: string) => new ApiFault(400, 'ces.0014', message),
  notFound: (message: string) => new ApiFault(404, 'ces.0016', message),
} as const;

/** A path's project_id that is not the caller's project, in each family's own words. */
export function projectMismatch(family: ErrorFamily): ApiFault {
  switch (family) {
    case 'vpc':
      return new ApiFault(400, 'VPC.0003', 'The project ID in the URL does not match the token.');
    case 'cts':
      return new ApiFault(400, 'CTS.0001', 'The project ID in the URL does not match the token.');
    case 'ces':
      return new ApiFault(400, 'ces.0014', 'The project ID in the URL does not match the token.');
    case 'lts':
      return new ApiFault(400, 'LTS.0003', 'The project ID in the URL does not match the token.');
    default:
      return elbFaults.tenantMismatch();
  }
}
