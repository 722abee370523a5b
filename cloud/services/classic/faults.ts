/**
 * Documented classic faults (api/elb/appendix/error_codes.rst), named by what went wrong. The classic
 * family renders them as `{ error: { code, message } }`; the documented message leads, the detail follows.
 */
import { ApiFault } from '../../http/fault';

const badRequest = (code: string, documented: string, detail?: string) =>
  new ApiFault(400, code, detail ? `${documented} ${detail}` : documented);

export const classicFaults = {
  notFound: (id: string) => new ApiFault(404, 'ELB.1002', `Find lb failed: load balancer ${id} does not exist.`),
  invalid: (detail: string) => badRequest('ELB.1001', 'Request parameters invalid.', detail),
  updateInvalid: (detail: string) => badRequest('ELB.1005', 'Update request paramters error.', detail),
  name: (detail: string) => badRequest('ELB.1021', 'Request parameters error, name invalid.', detail),
  updateName: (detail: string) => badRequest('ELB.1035', 'Update request parameters error, name is not valid.', detail),
  description: (detail: string) =>
    badRequest('ELB.1031', 'Request parameters error, lb len description too long.', detail),
  updateDescription: (detail: string) =>
    badRequest('ELB.1045', 'Update request parameters error, description too long.', detail),
  type: (detail: string) => badRequest('ELB.1041', 'Request parameters error, lb type is not valid.', detail),
  bandwidth: (detail: string) => badRequest('ELB.1051', 'Request parameters error, lb bandwidth is not valid.', detail),
  noVipNorSubnet: (detail: string) =>
    badRequest('ELB.1061', 'Request parameters error, lb vip_address and vip_subnet_id are nil.', detail),
  vipAddress: (detail: string) =>
    badRequest('ELB.1071', 'Request parameters error, lb vip_address is not valid.', detail),
  vpc: (detail: string) => badRequest('ELB.1081', 'Request parameters error, lb vpc_id is empty.', detail),
  vipInUse: (detail: string) => badRequest('ELB.1101', 'Vip address is exist.', detail),
  queryVpc: (detail: string) => badRequest('ELB.8103', 'Query VPC error.', detail),
  querySubnet: (detail: string) => badRequest('ELB.8203', 'Query subnet error.', detail),
  /** Frozen, still being created, failed or being deleted: error_codes.rst "Lb can not be updated." */
  notWritable: (detail: string) => badRequest('ELB.1015', 'Lb can not be updated.', detail),
  hasMembers: (detail: string) => badRequest('ELB.1018', 'There is at least one member under the lb.', detail),
  lbQuota: () => new ApiFault(403, 'ELB.1091', 'Lb number larger than quota.'),
  listenerNotFound: (id: string) =>
    badRequest('ELB.2011', 'Add member listener is not exist.', `Listener ${id} does not exist.`),
  memberNotFound: (id: string) =>
    badRequest('ELB.2012', 'This member is not exist.', `Backend ECS ${id} does not exist.`),
  memberAddress: (detail: string) =>
    badRequest('ELB.2021', 'Request parameters error, member address is null.', detail),
  memberQuota: () =>
    new ApiFault(403, 'ELB.2001', 'Create member failed, the total amount of members exceeds the system setting.'),
  queryServer: (detail: string) => badRequest('ELB.6006', 'Query server failed.', detail),
  queryCondition: (detail: string) => badRequest('ELB.1004', 'Query condition is not valid.', detail),
  /** querying_the_job_status.rst documents no job error: 404 with the generic "could not be found" code. */
  jobNotFound: (id: string) => new ApiFault(404, 'ELB.8904', `Job ${id} could not be found.`),
} as const;
