/**
 * The classic Create Load Balancer form (FEATURES §3.3 [classic]; creating_a_load_balancer.rst).
 * The form holds what the operator picks; `toClassicCreateRequest` turns it into the API body, and the
 * form is valid exactly when that body passes the contract's `createClassicLoadBalancerRequest`
 * (its field rules and its External/Internal rules), so every rule is written once, in the contract.
 * Only what the body cannot say is checked here: an existing EIP must be picked, and a private IP
 * must lie in the chosen subnet.
 */
import { z } from 'zod';
import { cidrContains, isIpv4 } from '../../../../contract/common';
import {
  classicLoadBalancerTypes,
  createClassicLoadBalancerRequest,
  type CreateClassicLoadBalancerRequest,
} from '../../../../contract/elb-classic/load-balancers';

const classicCreateFormShape = z.object({
  name: z.string(),
  description: z.string(),
  type: z.enum(classicLoadBalancerTypes),
  vpcId: z.string(),
  /** External: a new EIP with this bandwidth, or an existing unbound EIP. */
  eipMode: z.enum(['new', 'existing']),
  bandwidth: z.number().nullable(),
  /** The address of the existing EIP (the API names it by address, `vip_address`). */
  existingEip: z.string(),
  /** Internal only. */
  subnetId: z.string(),
  /** The subnet's CIDR, kept so a private IP can be checked against it. */
  subnetCidr: z.string(),
  securityGroupId: z.string(),
  ipMode: z.enum(['auto', 'manual']),
  vipAddress: z.string(),
  /** '' lets the service choose. */
  az: z.string(),
  adminStateUp: z.boolean(),
});

export type ClassicCreateForm = z.infer<typeof classicCreateFormShape>;
type FormField = keyof ClassicCreateForm;

export const emptyClassicCreateForm = (): ClassicCreateForm => ({
  name: '',
  description: '',
  type: 'External',
  vpcId: '',
  eipMode: 'new',
  bandwidth: 10,
  existingEip: '',
  subnetId: '',
  subnetCidr: '',
  securityGroupId: '',
  ipMode: 'auto',
  vipAddress: '',
  az: '',
  adminStateUp: true,
});

/** The body of POST /v1.0/{project_id}/elbaas/loadbalancers for these values; fields the type does not use are left out. */
export function toClassicCreateRequest(form: ClassicCreateForm, projectId: string): CreateClassicLoadBalancerRequest {
  const common = {
    name: form.name,
    ...(form.description ? { description: form.description } : {}),
    vpc_id: form.vpcId,
    type: form.type,
    admin_state_up: form.adminStateUp,
  };
  if (form.type === 'External') {
    if (form.eipMode === 'existing')
      return { ...common, ...(form.existingEip ? { vip_address: form.existingEip } : {}) };
    return { ...common, ...(form.bandwidth === null ? {} : { bandwidth: form.bandwidth }) };
  }
  return {
    ...common,
    vip_subnet_id: form.subnetId,
    security_group_id: form.securityGroupId.trim(),
    tenantId: projectId,
    ...(form.ipMode === 'manual' ? { vip_address: form.vipAddress.trim() } : {}),
    ...(form.az ? { az: form.az } : {}),
  };
}

/** Which form field shows a problem the contract finds in a body field. */
function formFieldOf(path: PropertyKey | undefined, type: ClassicCreateForm['type']): FormField | undefined {
  const fields: Partial<Record<string, FormField>> = {
    name: 'name',
    description: 'description',
    vpc_id: 'vpcId',
    type: 'type',
    bandwidth: 'bandwidth',
    admin_state_up: 'adminStateUp',
    vip_subnet_id: 'subnetId',
    security_group_id: 'securityGroupId',
    az: 'az',
    vip_address: type === 'External' ? 'existingEip' : 'vipAddress',
  };
  return fields[String(path)];
}

/** The form schema for one project (an Internal body names the project as `tenantId`). */
export function classicCreateForm(projectId: string) {
  return classicCreateFormShape.superRefine((form, ctx) => {
    const reported = new Set<string>();
    const issue = (field: FormField | undefined, message: string) => {
      const path = field ?? 'type';
      if (reported.has(path)) return;
      reported.add(path);
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (form.type === 'External' && form.eipMode === 'existing' && !form.existingEip) {
      issue('existingEip', 'Select an EIP that is not bound to another resource.');
    }
    const manualIp = form.type === 'Internal' && form.ipMode === 'manual' ? form.vipAddress.trim() : '';
    if (manualIp && form.subnetCidr && isIpv4(manualIp) && !cidrContains(form.subnetCidr, manualIp)) {
      issue('vipAddress', 'The private IP address must be inside the selected subnet.');
    }
    const body = createClassicLoadBalancerRequest.safeParse(toClassicCreateRequest(form, projectId));
    body.error?.issues.forEach((found) => {
      const field = formFieldOf(found.path[0], form.type);
      // With no EIP picked yet the body asks for a bandwidth, a field that is not on screen.
      if (field === 'bandwidth' && form.eipMode === 'existing') return;
      issue(field, found.message);
    });
  });
}
