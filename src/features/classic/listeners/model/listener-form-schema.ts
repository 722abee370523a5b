/**
 * The Add / Modify Listener form's schemas: they build the body the values stand for and let the
 * contract judge it (`createClassicListenerRequestFor`, `updateClassicListenerRequestFor`), so every
 * rule and its message is the contract's, shown on the field the rule names.
 */
import { z } from 'zod';
import type { ClassicSslCiphers, ClassicSslProtocols } from '../../../../../contract/elb-classic/listener-ciphers';
import {
  classicListenerIssues,
  type ClassicBackendProtocol,
  type ClassicLbAlgorithm,
  type ClassicListenerProtocol,
} from '../../../../../contract/elb-classic/listener-rules';
import {
  createClassicListenerRequestFor,
  updateClassicListenerRequestFor,
  type ClassicListener,
  type CreateClassicListenerRequest,
  type UpdateClassicListenerRequest,
} from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancerType } from '../../../../../contract/elb-classic/load-balancers';
import { createListenerDraft, updateListenerDraft, type ClassicListenerFormValues } from './listener-form';

const formShape = z.object({
  name: z.string(),
  description: z.string(),
  protocol: z.custom<ClassicListenerProtocol>((value) => typeof value === 'string'),
  port: z.number().nullable(),
  backend_protocol: z.custom<ClassicBackendProtocol>((value) => typeof value === 'string'),
  backend_port: z.number().nullable(),
  lb_algorithm: z.custom<ClassicLbAlgorithm>((value) => typeof value === 'string'),
  session_sticky: z.boolean(),
  cookie_timeout: z.number().nullable(),
  tcp_timeout: z.number().nullable(),
  tcp_draining: z.boolean(),
  tcp_draining_timeout: z.number().nullable(),
  udp_timeout: z.number().nullable(),
  certificate_id: z.string(),
  certificates: z.array(z.string()),
  ssl_protocols: z.custom<ClassicSslProtocols>((value) => typeof value === 'string'),
  ssl_ciphers: z.custom<ClassicSslCiphers>((value) => typeof value === 'string'),
});

/** A contract issue's field, as the form names it (the cookie type is implied by the switch). */
function formField(path: readonly PropertyKey[]): keyof ClassicListenerFormValues | undefined {
  const key = path[0] === 'sticky_session_type' ? 'session_sticky' : path[0];
  return typeof key === 'string' && key in formShape.shape ? (key as keyof ClassicListenerFormValues) : undefined;
}

function reportIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  ctx: z.RefinementCtx,
): void {
  const reported = new Set<string>();
  for (const issue of issues) {
    const field = formField(issue.path);
    const key = `${field}:${issue.message}`;
    if (field === undefined || reported.has(key)) continue;
    reported.add(key);
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
}

export function addListenerFormSchema(loadBalancerId: string, lbType: ClassicLoadBalancerType) {
  const request = createClassicListenerRequestFor(lbType);
  return formShape.superRefine((values, ctx) => {
    const draft = createListenerDraft(values, loadBalancerId, lbType);
    const result = request.safeParse(draft);
    if (result.success) return;
    // Zod skips the combination rules while a field is invalid: run them anyway, so every broken rule shows at once.
    const rules = classicListenerIssues(draft, { lbType }).map((issue) => ({ ...issue, path: [issue.path] }));
    reportIssues([...result.error.issues, ...rules], ctx);
  });
}

/** An empty draft ("nothing changed") is not an error of any field: the dialog says so. */
export function modifyListenerFormSchema(current: ClassicListener, lbType: ClassicLoadBalancerType) {
  const request = updateClassicListenerRequestFor(current, lbType);
  return formShape.superRefine((values, ctx) => {
    const draft = updateListenerDraft(values, current, lbType);
    if (Object.keys(draft).length === 0) return;
    const result = request.safeParse(draft);
    if (!result.success) reportIssues(result.error.issues, ctx);
  });
}

/** The checked create body (call once the form schema passed). */
export function toCreateListenerRequest(
  values: ClassicListenerFormValues,
  loadBalancerId: string,
  lbType: ClassicLoadBalancerType,
): CreateClassicListenerRequest {
  return createClassicListenerRequestFor(lbType).parse(createListenerDraft(values, loadBalancerId, lbType));
}

/** The checked modify body, or undefined when nothing changed. */
export function toUpdateListenerRequest(
  values: ClassicListenerFormValues,
  current: ClassicListener,
  lbType: ClassicLoadBalancerType,
): UpdateClassicListenerRequest | undefined {
  const draft = updateListenerDraft(values, current, lbType);
  if (Object.keys(draft).length === 0) return undefined;
  return updateClassicListenerRequestFor(current, lbType).parse(draft);
}
