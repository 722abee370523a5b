/**
 * Health check fields: protocol per the pool's combinations, domain and path for HTTP,
 * port, interval, timeout, retries; shows when a server will be marked healthy or
 * unhealthy with the values typed (FEATURES §6.1), and the timeout advice.
 */
import Box from '@mui/material/Box';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { healthCheckWindow, timeoutAdvice } from '../../../contract/elb-v2/health-monitors';
import { healthCheckTypesFor, type PoolProtocol } from '../../../contract/elb-v2/pool-protocols';
import { FormSelect } from '../form/form-select';
import { FormSwitch } from '../form/form-switch';
import { FormTextField } from '../form/form-text-field';
import type { HealthCheckFormValues } from './health-check-form';
import { HealthCheckTiming } from './health-check-timing';

export type HealthCheckForm = UseFormReturn<HealthCheckFormValues, unknown, HealthCheckFormValues>;

const inRange = (value: number | null, max: number) =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= max;

export function HealthCheckFields({
  form,
  poolProtocol,
  lockType,
}: {
  form: HealthCheckForm;
  poolProtocol: PoolProtocol;
  lockType?: boolean;
}) {
  const { t } = useTranslation('elb');
  const [enabled, type, delay, timeout, retries] = useWatch({
    control: form.control,
    name: ['enabled', 'type', 'delay', 'timeout', 'max_retries'],
  });
  const advice = timeoutAdvice({ delay: delay ?? undefined, timeout: timeout ?? undefined });
  const window =
    inRange(delay, 50) && inRange(timeout, 50) && inRange(retries, 10)
      ? healthCheckWindow({ delay: delay!, timeout: timeout!, max_retries: retries! })
      : undefined;
  return (
    <>
      <FormSwitch
        control={form.control}
        name="enabled"
        label={t('healthCheck.enable')}
        helperText={enabled ? t('healthCheck.enabledHelp') : t('healthCheck.disabledWarning')}
      />
      {enabled ? (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <FormSelect
            control={form.control}
            name="type"
            label={t('healthCheck.protocol')}
            disabled={lockType}
            helperText={lockType ? t('healthCheck.protocolLocked') : t('healthCheck.protocolHelp')}
            options={healthCheckTypesFor(poolProtocol).map((value) => ({
              value,
              label: t(`healthCheck.types.${value}`),
            }))}
          />
          <FormTextField
            control={form.control}
            name="monitor_port"
            numeric
            label={t('healthCheck.port')}
            helperText={t('healthCheck.portHelp')}
          />
          {type === 'HTTP' ? (
            <>
              <FormTextField
                control={form.control}
                name="domain_name"
                label={t('healthCheck.domain')}
                helperText={t('healthCheck.domainHelp')}
              />
              <FormTextField
                control={form.control}
                name="url_path"
                label={t('healthCheck.path')}
                required
                helperText={t('healthCheck.pathHelp')}
              />
            </>
          ) : null}
          <FormTextField
            control={form.control}
            name="delay"
            numeric
            label={t('healthCheck.interval')}
            required
            helperText={t('healthCheck.intervalHelp')}
          />
          <FormTextField
            control={form.control}
            name="timeout"
            numeric
            label={t('healthCheck.timeout')}
            required
            helperText={t('healthCheck.timeoutHelp')}
          />
          <FormTextField
            control={form.control}
            name="max_retries"
            numeric
            label={t('healthCheck.retries')}
            required
            helperText={t('healthCheck.retriesHelp')}
          />
          <HealthCheckTiming
            advice={advice}
            window={
              window
                ? t('healthCheck.window', {
                    healthy: window.healthyAfterSeconds,
                    unhealthy: window.unhealthyAfterSeconds,
                  })
                : undefined
            }
          />
        </Box>
      ) : null}
    </>
  );
}
