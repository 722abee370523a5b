/**
 * Add / Modify Forwarding Policy (FEATURES §4.8.1): the policy's fields and its backend server group,
 * existing or created here. Validation is the contract's; a failed call shows its code and message and
 * keeps everything typed.
 */
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { poolProtocolFor } from '../../../../contract/elb-v2/pool-protocols';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { defaultHealthCheckForm, healthCheckFormSchema } from '../../../components/elb/health-check-form';
import { defaultPoolForm, poolFormSchema } from '../../../components/elb/pool-form';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useCreatePolicy } from '../api/create-policy';
import type { LbResources } from '../api/use-lb-resources';
import { useUpdatePolicy } from '../api/update-policy';
import { policyGroupChoices } from '../model/group-choices';
import { defaultPolicyForm, policyFormSchema, policyToForm } from '../model/policy-form';
import { PolicyRuleFields } from './policy-rule-fields';
import { TargetGroupFields } from './target-group-fields';

export function PolicyDialog({
  lb,
  listener,
  policy,
  policies,
  resources,
  onClose,
  onSaved,
}: {
  lb: LoadBalancer;
  listener: Listener;
  /** The policy to modify; undefined to add one. */
  policy?: L7Policy;
  /** The listener's forwarding policies. */
  policies: readonly L7Policy[];
  resources: LbResources;
  onClose(): void;
  /** With the ID of the policy added or modified. */
  onSaved(policyId: string): void;
}) {
  const { t } = useTranslation('policies');
  const notify = useNotify();
  const protocol = poolProtocolFor(listener.protocol);
  const choices = policyGroupChoices(resources.pools, listener);
  const number = policies.length + 1;
  const form = useZodForm(policyFormSchema, {
    defaultValues: policy
      ? policyToForm(policy)
      : defaultPolicyForm(`forwarding_policy-${number}`, choices.length > 0 ? 'existing' : 'new'),
  });
  const poolForm = useZodForm(poolFormSchema, {
    defaultValues: defaultPoolForm(protocol, `server_group-policy-${number}`),
  });
  const hcForm = useZodForm(healthCheckFormSchema(protocol), { defaultValues: defaultHealthCheckForm(protocol) });
  const create = useCreatePolicy(lb.id, listener);
  const update = useUpdatePolicy(lb.id, policy?.id ?? '');
  const { mutation, createdGroup } = policy ? update : create;

  const submit = async () => {
    const newGroup = form.getValues('target') === 'new' && createdGroup === undefined;
    const checks = await Promise.all([
      form.trigger(),
      newGroup ? poolForm.trigger() : true,
      newGroup ? hcForm.trigger() : true,
    ]);
    if (!checks.every(Boolean)) return;
    const values = form.getValues();
    const name = values.name.trim() || t('unnamed');
    mutation.mutate(
      { values, group: { pool: poolForm.getValues(), healthCheck: hcForm.getValues() } },
      {
        onSuccess: (saved) => {
          notify.success(policy ? t('dialog.modified', { name }) : t('dialog.added', { name }));
          onSaved(saved.id);
          onClose();
        },
      },
    );
  };
  return (
    <ConfirmDialog
      open
      title={policy ? t('dialog.modifyTitle', { name: policy.name || policy.id }) : t('dialog.addTitle')}
      confirmLabel={t('common:actions.ok')}
      busy={mutation.isPending}
      error={mutation.error}
      onConfirm={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <PolicyRuleFields form={form} others={policies.filter((other) => other.id !== policy?.id)} />
      <TargetGroupFields
        form={form}
        poolForm={poolForm}
        hcForm={hcForm}
        choices={choices}
        createdGroup={createdGroup}
      />
    </ConfirmDialog>
  );
}
