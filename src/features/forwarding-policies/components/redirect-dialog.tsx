/** Create / Modify Redirect (FEATURES §4.8.3): Name, Redirected To (HTTPS listeners of this load balancer), Description. */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { listenerProtocolLabels, type Listener } from '../../../../contract/elb-v2/listeners';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useSaveRedirect } from '../api/save-redirect';
import { redirectFormSchema, redirectToForm } from '../model/redirect-form';

export function RedirectDialog({
  listener,
  redirect,
  targets,
  defaultName,
  onClose,
}: {
  listener: Listener;
  /** The redirect to modify; undefined to create one. */
  redirect?: L7Policy;
  targets: readonly Listener[];
  defaultName: string;
  onClose(): void;
}) {
  const { t } = useTranslation('policies');
  const notify = useNotify();
  const save = useSaveRedirect(listener.id, redirect?.id);
  const form = useZodForm(redirectFormSchema, {
    defaultValues: redirectToForm(redirect, defaultName),
  });
  const submit = form.handleSubmit((values) => {
    const name = values.name.trim() || t('unnamed');
    save.mutate(values, {
      onSuccess: () => {
        notify.success(t(redirect ? 'redirects.dialog.modified' : 'redirects.dialog.created', { name }));
        onClose();
      },
    });
  });
  return (
    <ConfirmDialog
      open
      title={
        redirect
          ? t('redirects.dialog.modifyTitle', { name: redirect.name || redirect.id })
          : t('redirects.dialog.createTitle')
      }
      confirmLabel={t('common:actions.ok')}
      busy={save.isPending}
      error={save.error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('redirects.dialog.intro', { listener: listener.name || listener.id })}
      </Typography>
      <FormTextField
        control={form.control}
        name="name"
        label={t('redirects.dialog.name')}
        helperText={t('dialog.nameHelp')}
      />
      <FormSelect
        control={form.control}
        name="redirect_listener_id"
        label={t('redirects.dialog.target')}
        required
        helperText={t('redirects.dialog.targetHelp')}
        options={targets.map((target) => ({
          value: target.id,
          label: `${target.name || target.id} (${listenerProtocolLabels[target.protocol]}/${target.protocol_port})`,
        }))}
      />
      <FormTextField
        control={form.control}
        name="description"
        label={t('redirects.dialog.description')}
        helperText={t('dialog.descriptionHelp')}
        multiline
        minRows={2}
      />
    </ConfirmDialog>
  );
}
