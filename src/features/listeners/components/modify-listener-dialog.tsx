/**
 * Modify Listener (guide: modifying_or_deleting_a_listener.rst): name, description, the
 * default backend server group (v2.0) and the advanced settings (v3, only when changed).
 * The frontend protocol and port cannot change.
 */
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import { listenerFields } from '../../../../contract/elb-v2/listeners';
import { call } from '../../../api/api-call';
import { listenersApi } from '../../../api/clients/elb-children';
import { listenersV3Api } from '../../../api/clients/elb-listeners-v3';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { certificateQueries } from '../../../api/queries/certificates';
import { poolQueries } from '../../../api/queries/pools';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { advancedSchema, advancedUpdate, advancedValues, type AdvancedValues } from '../model/advanced-settings';
import { compatibleGroups } from '../model/group-step';
import { tlsSettingsBody, tlsSettingsOf, tlsSettingsSchema, type TlsSettingsValues } from '../model/tls-settings';
import { AdvancedSettingsFields } from './advanced-settings-fields';
import { TlsSettingsFields } from './tls-settings-fields';
import type { ListenerDialogProps } from './listener-dialog-props';

const schema = z.object({
  name: listenerFields.name.min(1, 'Enter a name.'),
  description: listenerFields.description,
  default_pool_id: z.string(),
});

export function ModifyListenerDialog({ loadBalancer, listener, onClose }: ListenerDialogProps) {
  const { t } = useTranslation('listeners');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancer.id));
  const current = advancedValues(listener);
  const advancedForm = useZodForm(advancedSchema(listener.protocol), { defaultValues: current });
  const https = listener.protocol === 'TERMINATED_HTTPS';
  const certificates = useQuery({ ...certificateQueries.list(), enabled: https });
  const tlsForm = useZodForm(tlsSettingsSchema(certificates.data ?? []), { defaultValues: tlsSettingsOf(listener) });
  const tlsPolicy = useWatch({ control: tlsForm.control, name: 'tlsPolicy' });
  const form = useZodForm(schema, {
    defaultValues: {
      name: listener.name,
      description: listener.description,
      default_pool_id: listener.default_pool_id ?? '',
    },
  });
  const save = useMutation({
    mutationFn: async ({
      values,
      advanced,
      tls,
    }: {
      values: z.output<typeof schema>;
      advanced: AdvancedValues;
      tls: TlsSettingsValues;
    }) => {
      await call(
        listenersApi.update(listener.id, {
          listener: {
            name: values.name,
            description: values.description,
            default_pool_id: values.default_pool_id || null,
            ...(https ? tlsSettingsBody(tls) : {}),
          },
        }),
      );
      const changed = advancedUpdate(listener.protocol, advanced, current);
      if (changed) await call(listenersV3Api.update(listener.id, { listener: changed }));
    },
    onSuccess: async () => {
      await invalidateElbTree(queryClient);
      notify.success(t('modify.done', { name: form.getValues('name') }));
      onClose();
    },
  });
  const currentPool = pools.data?.find((pool) => pool.id === listener.default_pool_id);
  const choices = [...(currentPool ? [currentPool] : []), ...compatibleGroups(pools.data ?? [], listener.protocol)];
  const submit = async () => {
    const checks = await Promise.all([form.trigger(), advancedForm.trigger(), https ? tlsForm.trigger() : true]);
    if (checks.every(Boolean)) {
      save.mutate({ values: form.getValues(), advanced: advancedForm.getValues(), tls: tlsForm.getValues() });
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('modify.title', { name: listener.name || listener.id })}
      confirmLabel={t('common:actions.ok')}
      busy={save.isPending}
      error={save.error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {t('modify.fixed', { frontend: `${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port}` })}
      </Typography>
      <FormTextField control={form.control} name="name" label={t('fields.name')} required />
      <FormTextField control={form.control} name="description" label={t('fields.description')} multiline minRows={2} />
      <FormSelect
        control={form.control}
        name="default_pool_id"
        label={t('fields.defaultGroup')}
        helperText={t('modify.groupHelp')}
        options={[
          { value: '', label: t('modify.noGroup') },
          ...choices.map((pool) => ({ value: pool.id, label: pool.name || pool.id })),
        ]}
      />
      {https ? (
        <TlsSettingsFields form={tlsForm} policyChanged={tlsPolicy !== tlsSettingsOf(listener).tlsPolicy} />
      ) : null}
      <AdvancedSettingsFields form={advancedForm} protocol={listener.protocol} />
    </ConfirmDialog>
  );
}
