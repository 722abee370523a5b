/**
 * Configure Health Check of a classic listener (FEATURES §6.1 [classic]): creates the listener's
 * health check, or modifies it. The modify API takes HTTP or TCP only, so a UDP check keeps UDP.
 */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  classicHealthCheckModifiableProtocols,
  classicHealthCheckProtocolsFor,
  type ClassicHealthCheck,
} from '../../../../../contract/elb-classic/health-checks';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancer } from '../../../../../contract/elb-classic/load-balancers';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useZodForm } from '../../../../components/form/use-zod-form';
import { useNotify } from '../../../../components/notifications';
import { useCreateHealthCheck, useModifyHealthCheck } from '../api/listener-mutations';
import {
  defaultHealthCheckForm,
  healthCheckFormSchema,
  healthCheckToForm,
  toCreateHealthCheckRequest,
  toUpdateHealthCheckRequest,
} from '../model/health-check-form';
import { HealthCheckFields } from './health-check-fields';

export function HealthCheckDialog({
  loadBalancer,
  listener,
  existing,
  onClose,
}: {
  loadBalancer: ClassicLoadBalancer;
  listener: ClassicListener;
  existing?: ClassicHealthCheck;
  onClose(): void;
}) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const lbType = loadBalancer.type;
  const create = useCreateHealthCheck();
  const modify = useModifyHealthCheck(existing?.id ?? '');
  const save = existing ? modify : create;
  const form = useZodForm(healthCheckFormSchema(lbType, existing), {
    defaultValues: existing ? healthCheckToForm(existing) : defaultHealthCheckForm(lbType, listener.protocol),
  });
  const udp = existing?.healthcheck_protocol === 'UDP';
  const protocols =
    existing && !udp
      ? classicHealthCheckModifiableProtocols
      : classicHealthCheckProtocolsFor(lbType, listener.protocol);
  const done = () => {
    notify.success(t('healthCheck.saved', { name: listener.name }));
    onClose();
  };
  const submit = form.handleSubmit((values) => {
    if (existing) modify.mutate(toUpdateHealthCheckRequest(values), { onSuccess: done });
    else create.mutate(toCreateHealthCheckRequest(values, listener.id, lbType), { onSuccess: done });
  });
  return (
    <ConfirmDialog
      open
      title={t('healthCheck.dialogTitle', { name: listener.name })}
      confirmLabel={t('common:actions.ok')}
      busy={save.isPending}
      error={save.error}
      onConfirm={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Typography variant="body2" color="text.secondary">
        {t('healthCheck.intro')}
      </Typography>
      <HealthCheckFields
        form={form}
        protocols={udp ? ['UDP'] : protocols}
        protocolLocked={udp ? t('healthCheck.form.udpFixed') : undefined}
      />
    </ConfirmDialog>
  );
}
