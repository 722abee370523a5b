/**
 * The Create Load Balancer form (guide: creating_a_load_balancer.rst; FEATURES §3.3),
 * built from the contract's field rules, and its pure translation into API requests.
 */
import { z } from 'zod';
import { ipv4Address, isIpv4, cidrContains } from '../../../../contract/common';
import { loadBalancerFields, type CreateLoadBalancerRequest } from '../../../../contract/elb-v2/load-balancers';
import { MAX_TAGS_AT_LB_CREATION, tagList, type Tag } from '../../../../contract/elb-v2/tags';
import { DEFAULT_PUBLICIP_TYPE, publicIpFields, type AssignPublicIpRequest } from '../../../../contract/vpc/publicips';

export const createLoadBalancerForm = z
  .object({
    name: loadBalancerFields.name.min(1, 'Enter a name.'),
    description: loadBalancerFields.description,
    vpcId: z.string().min(1, 'Select a VPC.'),
    subnetId: loadBalancerFields.vip_subnet_id,
    /** The subnet's CIDR, kept so the private IP can be checked against it. */
    subnetCidr: z.string(),
    ipMode: z.enum(['auto', 'manual']),
    vipAddress: z.string(),
    network: z.enum(['public', 'private']),
    eipMode: z.enum(['new', 'existing']),
    eipType: z.string(),
    bandwidthSize: z.number().nullable(),
    bandwidthName: z.string(),
    existingEipId: z.string(),
    tags: tagList(MAX_TAGS_AT_LB_CREATION),
  })
  .superRefine((form, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (form.ipMode === 'manual') {
      const parsed = ipv4Address.safeParse(form.vipAddress);
      if (!parsed.success) issue('vipAddress', parsed.error.issues[0]!.message);
      else if (form.subnetCidr && isIpv4(form.vipAddress) && !cidrContains(form.subnetCidr, form.vipAddress)) {
        issue('vipAddress', 'The private IP address must be inside the selected subnet.');
      }
    }
    if (form.network !== 'public') return;
    if (form.eipMode === 'existing') {
      if (!form.existingEipId) issue('existingEipId', 'Select an EIP that is not bound to another resource.');
      return;
    }
    const size = publicIpFields.bandwidthSize.safeParse(form.bandwidthSize);
    if (!size.success) issue('bandwidthSize', size.error.issues[0]!.message);
    const name = publicIpFields.bandwidthName.safeParse(form.bandwidthName);
    if (!name.success) issue('bandwidthName', name.error.issues[0]!.message);
    if (!form.eipType) issue('eipType', 'Select an EIP type.');
  });

export type CreateLoadBalancerForm = z.input<typeof createLoadBalancerForm>;

export const emptyCreateForm = (): CreateLoadBalancerForm => ({
  name: '',
  description: '',
  vpcId: '',
  subnetId: '',
  subnetCidr: '',
  ipMode: 'auto',
  vipAddress: '',
  network: 'public',
  eipMode: 'new',
  eipType: DEFAULT_PUBLICIP_TYPE,
  bandwidthSize: 10,
  bandwidthName: 'bandwidth-elb',
  existingEipId: '',
  tags: [],
});

/** The requests a submitted form turns into, in the order they are sent. */
export interface CreateRequests {
  loadBalancer: CreateLoadBalancerRequest;
  /** A new EIP to assign, then bind. */
  newEip?: AssignPublicIpRequest;
  /** An existing EIP to bind. */
  existingEipId?: string;
  tags: Tag[];
}

export function toCreateRequests(form: CreateLoadBalancerForm, projectId: string): CreateRequests {
  const loadBalancer: CreateLoadBalancerRequest = {
    loadbalancer: {
      name: form.name.trim(),
      ...(form.description ? { description: form.description } : {}),
      vip_subnet_id: form.subnetId,
      ...(form.ipMode === 'manual' ? { vip_address: form.vipAddress.trim() } : {}),
      tenant_id: projectId,
    },
  };
  const publicNew = form.network === 'public' && form.eipMode === 'new';
  return {
    loadBalancer,
    ...(publicNew
      ? {
          newEip: {
            publicip: { type: form.eipType, ip_version: 4 },
            bandwidth: { name: form.bandwidthName, size: form.bandwidthSize ?? 0, share_type: 'PER' },
          },
        }
      : {}),
    ...(form.network === 'public' && form.eipMode === 'existing' ? { existingEipId: form.existingEipId } : {}),
    tags: form.tags,
  };
}

export type CreateLoadBalancerValues = z.output<typeof createLoadBalancerForm>;
