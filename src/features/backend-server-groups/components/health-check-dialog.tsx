/**
 * Configure Health Check (FEATURES §6.1): creates the group's health check when it has none,
 * else updates it with the protocol locked (C5); switching it off deletes it, after the
 * guide's warning (§6.2). Shows the call before it is sent.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { HealthCheckFields } from '../../../components/elb/health-check-fields';
import {
  defaultHealthCheckForm,
  healthCheckFormSchema,
  healthMonitorToForm,
  type HealthCheckFormValues,
} from '../../../components/elb/health-check-form';
import { ErrorAlert } from '../../../components/error-alert';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { healthCheckCall, healthCheckChange, useConfigureHealthCheck } from '../api/configure-health-check';
import { IntervalNote, SecurityGroupNote, UdpHealthCheckNote } from './help-notes';

const FIELDS = [
  'enabled',
  'type',
  'domain_name',
  'monitor_port',
  'delay',
  'timeout',
  'max_retries',
  'url_path',
] as const;

/** The values as typed, for the request preview. */
function useHealthCheckValues(control: Control<HealthCheckFormValues>): HealthCheckFormValues {
  const [enabled, type, domain_name, monitor_port, delay, timeout, max_retries, url_path] = useWatch({
    control,
    name: FIELDS,
  });
  return { enabled, type, domain_name, monitor_port, delay, timeout, max_retries, url_path };
}

export function HealthCheckDialog({
  pool,
  monitor,
  onClose,
}: {
  pool: Pool;
  monitor: HealthMonitor | null;
  onClose(): void;
}) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const notify = useNotify();
  const schema = useMemo(() => healthCheckFormSchema(pool.protocol), [pool.protocol]);
  const form = useZodForm(schema, {
    defaultValues: monitor ? healthMonitorToForm(monitor) : defaultHealthCheckForm(pool.protocol),
  });
  const values = useHealthCheckValues(form.control);
  const configure = useConfigureHealthCheck(pool.id, monitor);
  const planned = healthCheckCall(pool.id, monitor, values);
  const submit = form.handleSubmit((submitted) => {
    const change = healthCheckChange(monitor, submitted);
    configure.mutate(submitted, {
      onSuccess: () => {
        if (change !== 'none') notify.success(t(`healthCheck.done.${change}`, { name: pool.name || pool.id }));
        onClose();
      },
    });
  });
  return (
    <Dialog open onClose={configure.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('healthCheck.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <HealthCheckFields form={form} poolProtocol={pool.protocol} lockType={monitor !== null} />
          {values.enabled ? (
            <>
              {pool.protocol === 'UDP' ? <UdpHealthCheckNote /> : null}
              <IntervalNote />
              <SecurityGroupNote udp={pool.protocol === 'UDP'} />
            </>
          ) : null}
          {configure.error ? <ErrorAlert error={configure.error} /> : null}
          {planned ? (
            <ApiRequestPanel
              requests={[
                { title: t(`healthCheck.call.${healthCheckChange(monitor, values)}`), ...describeCall(planned) },
              ]}
            />
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={configure.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={configure.isPending}>
            {t('common:actions.ok')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
