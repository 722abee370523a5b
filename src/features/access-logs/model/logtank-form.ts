/**
 * The Configure Access Log dialog (guide/access_logging.rst: toggle Enable, select Log Group and Log
 * Stream, OK). The IDs follow the contract's rules when logging is on; what OK does follows from the
 * stored logtank: create, move to another stream, delete, or nothing.
 */
import { z } from 'zod';
import { logtankFields, type Logtank } from '../../../../contract/elb-v3/logtanks';

export const logtankForm = z
  .object({ enabled: z.boolean(), log_group_id: z.string(), log_topic_id: z.string() })
  .superRefine((form, ctx) => {
    if (!form.enabled) return;
    for (const key of ['log_group_id', 'log_topic_id'] as const) {
      const result = logtankFields[key].safeParse(form[key]);
      if (!result.success) ctx.addIssue({ code: 'custom', path: [key], message: result.error.issues[0]!.message });
    }
  });
export type LogtankForm = z.infer<typeof logtankForm>;

export const formOf = (logtank: Logtank | null): LogtankForm => ({
  enabled: true,
  log_group_id: logtank?.log_group_id ?? '',
  log_topic_id: logtank?.log_topic_id ?? '',
});

export type LogtankChange =
  | { kind: 'create'; log_group_id: string; log_topic_id: string }
  | { kind: 'update'; id: string; log_group_id: string; log_topic_id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'none' };

export function changeOf(form: LogtankForm, logtank: Logtank | null): LogtankChange {
  if (!form.enabled) return logtank ? { kind: 'delete', id: logtank.id } : { kind: 'none' };
  const target = { log_group_id: form.log_group_id, log_topic_id: form.log_topic_id };
  if (!logtank) return { kind: 'create', ...target };
  const same = logtank.log_group_id === target.log_group_id && logtank.log_topic_id === target.log_topic_id;
  return same ? { kind: 'none' } : { kind: 'update', id: logtank.id, ...target };
}

/**
 * Gap 8 assumption: the LTS console of the region (Open Telekom Cloud, as the eu-de/eu-nl regions
 * suggest), at the stream's Real-Time Logs when one is given.
 */
export function ltsConsoleUrl(region: string, target?: { groupId: string; streamId: string }): string {
  const base = `https://console.${region}.otc.t-systems.com/lts/?region=${encodeURIComponent(region)}`;
  return target
    ? `${base}#/cts/logEventsLeftMenu/events?groupId=${encodeURIComponent(target.groupId)}&topicId=${encodeURIComponent(target.streamId)}`
    : `${base}#/cts/manager/groups`;
}
