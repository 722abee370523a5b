/** VPC v1: VPC and subnet pickers, elastic IPs. */
import { publicIpPaths } from '../../../contract/vpc/vpcs';
import type {
  AssignPublicIpRequest,
  PublicIpListResponse,
  PublicIpResponse,
  UpdatePublicIpRequest,
} from '../../../contract/vpc/publicips';
import { vpcPaths, type SubnetListResponse, type VpcListResponse } from '../../../contract/vpc/vpcs';
import { defineCall } from '../api-call';

export const vpcApi = {
  vpcs: () => defineCall<VpcListResponse>({ family: 'vpc', path: vpcPaths.vpcs, query: { limit: 2000 } }),
  subnets: (vpcId?: string) =>
    defineCall<SubnetListResponse>({ family: 'vpc', path: vpcPaths.subnets, query: { vpc_id: vpcId, limit: 2000 } }),
};

export const publicIpsApi = {
  list: () => defineCall<PublicIpListResponse>({ family: 'vpc', path: publicIpPaths.list, query: { limit: 2000 } }),
  assign: (body: AssignPublicIpRequest) =>
    defineCall<PublicIpResponse>({ family: 'vpc', method: 'POST', path: publicIpPaths.list, body }),
  update: (id: string, body: UpdatePublicIpRequest) =>
    defineCall<PublicIpResponse>({
      family: 'vpc',
      method: 'PUT',
      path: publicIpPaths.item,
      params: { publicip_id: id },
      body,
    }),
  release: (id: string) =>
    defineCall<undefined>({ family: 'vpc', method: 'DELETE', path: publicIpPaths.item, params: { publicip_id: id } }),
};
