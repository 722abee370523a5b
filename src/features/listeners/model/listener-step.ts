/**
 * Step 1 of Add Listener (guide: adding_a_listener.rst, Table 1): name, frontend protocol
 * and port, access control, description, tags. The port is checked live against the load
 * balancer's listeners with the contract's port-space rule (ELB.6200).
 */
import { z } from 'zod';
import { port } from '../../../../contract/common';
import {
  listenerPortConflict,
  listenerPortConflictMessage,
  type ListenerPortUse,
} from '../../../../contract/elb-v2/listener-ports';
import { l7PolicyIssues } from '../../../../contract/elb-v2/l7-policies';
import { listenerFields, listenerProtocolIssues, type ListenerProtocol } from '../../../../contract/elb-v2/listeners';
import { MAX_TAGS_PER_RESOURCE, tagList, type Tag } from '../../../../contract/elb-v2/tags';
import { parseWhitelist } from '../../../../contract/elb-v2/whitelists';

export interface ListenerStepValues {
  name: string;
  protocol: ListenerProtocol;
  protocol_port: number | null;
  description: string;
  accessControl: boolean;
  whitelist: string;
  /** HTTP only: send every request to an HTTPS listener of the same load balancer instead of a group. */
  redirect: boolean;
  redirectListenerId: string;
  tags: Tag[];
}

/** Only HTTP listeners can be redirected (adding_a_forwarding_policy.rst): the switch counts for HTTP alone. */
export const redirects = (values: Pick<ListenerStepValues, 'redirect' | 'protocol'>): boolean =>
  values.redirect && values.protocol === 'HTTP';

/** Ports an HTTP listener usually takes, in the order the wizard proposes them. */
const USUAL_HTTP_PORTS = [80, 8080, 8000, 8081, 8888];

export const defaultListenerStep = (existing: readonly ListenerPortUse[] = []): ListenerStepValues => ({
  name: '',
  protocol: 'HTTP',
  protocol_port:
    USUAL_HTTP_PORTS.find(
      (candidate) => !listenerPortConflict(existing, { protocol: 'HTTP', protocol_port: candidate }),
    ) ?? null,
  description: '',
  accessControl: false,
  whitelist: '',
  redirect: false,
  redirectListenerId: '',
  tags: [],
});

/** The rules of step 1, given the listeners the load balancer already has. */
export function listenerStepSchema(existing: readonly ListenerPortUse[]) {
  return z
    .object({
      name: listenerFields.name.min(1, 'Enter a name.'),
      protocol: listenerFields.protocol,
      protocol_port: z.number().nullable(),
      description: listenerFields.description,
      accessControl: z.boolean(),
      whitelist: z.string(),
      redirect: z.boolean(),
      redirectListenerId: z.string(),
      tags: tagList(MAX_TAGS_PER_RESOURCE),
    })
    .superRefine((values, ctx) => {
      const portCheck = port.safeParse(values.protocol_port);
      if (!portCheck.success) {
        ctx.addIssue({ code: 'custom', path: ['protocol_port'], message: portCheck.error.issues[0]!.message });
        return;
      }
      const candidate = { protocol: values.protocol, protocol_port: portCheck.data };
      // UDP 4789: the contract's own rule. The HTTPS settings have their own form (tls-settings.ts).
      for (const issue of listenerProtocolIssues(candidate)) {
        if (issue.path[0] === 'protocol_port' || issue.path[0] === 'protocol') {
          ctx.addIssue({ code: 'custom', path: [issue.path[0]], message: issue.message });
        }
      }
      const conflict = listenerPortConflict(existing, candidate);
      if (conflict)
        ctx.addIssue({ code: 'custom', path: ['protocol_port'], message: listenerPortConflictMessage(conflict) });
      if (redirects(values)) {
        // The contract's rule: a redirect names the HTTPS listener it sends requests to.
        for (const issue of l7PolicyIssues({
          action: 'REDIRECT_TO_LISTENER',
          redirect_listener_id: values.redirectListenerId,
        })) {
          ctx.addIssue({ code: 'custom', path: ['redirectListenerId'], message: issue.message });
        }
      }
      if (values.accessControl) {
        const parsed = parseWhitelist(values.whitelist);
        if (parsed.issues.length > 0)
          ctx.addIssue({ code: 'custom', path: ['whitelist'], message: parsed.issues[0]!.message });
      }
    });
}
