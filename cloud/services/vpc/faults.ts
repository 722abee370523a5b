/** VPC API faults (`{ code, message }` bodies). */
import { ApiFault } from '../../http/fault';

export const vpcFaults = {
  invalid: (message: string) => new ApiFault(400, 'VPC.0002', message),
  notFound: (resource: string, id: string) => new ApiFault(404, 'VPC.0202', `The ${resource} ${id} does not exist.`),
  portNotFound: (id: string) => new ApiFault(404, 'VPC.0306', `Port ${id} does not exist.`),
  portHasEip: (id: string) => new ApiFault(409, 'VPC.0307', `Port ${id} is already bound to an EIP.`),
  eipBound: (id: string) => new ApiFault(409, 'VPC.0308', `EIP ${id} is bound to a port; unbind it first.`),
  eipBusy: (id: string, status: string) =>
    new ApiFault(409, 'VPC.0309', `EIP ${id} is ${status} and cannot be changed now.`),
  addressInUse: (address: string) => new ApiFault(409, 'VPC.0311', `The IP address ${address} is already in use.`),
  quota: () => new ApiFault(409, 'VPC.0310', 'Quota exceeded for resources: publicip.'),
} as const;
