/**
 * Classic health check settings (FEATURES §6.1 [classic]): protocol, path (HTTP only), port,
 * healthy and unhealthy thresholds, interval and timeout, and when a server is marked healthy or
 * unhealthy with the values typed.
 */
import Box from '@mui/material/Box';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { timeoutAdvice } from '../../../../../contract/elb-v2/health-monitors';
import type { ClassicHealthCheckProtocol } from '../../../../../contract/elb-classic/health-checks';
import { HealthCheckTiming } from '../../../../components/elb/health-check-timing';
import { FormSelect } from '../../../../components/form/form-select';
import { FormTextField } from '../../../../components/form/form-text-field';
import { classicHealthCheckWindow, type ClassicHealthCheckFormValues } from '../model/health-check-form';

export type HealthCheckForm = UseFormReturn<ClassicHealthCheckFormValues, unknown, ClassicHealthCheckFormValues>;

/** The number fields, by the key of their label and help text; the port may stay blank. */
const NUMBER_FIELDS = [
  { name: 'healthcheck_connect_port', key: 'port', required: false },
  { name: 'healthy_threshold', key: 'healthyThreshold', required: true },
  { name: 'unhealthy_threshold', key: 'unhealthyThreshold', required: true },
  { name: 'healthcheck_interval', key: 'interval', required: true },
  { name: 'healthcheck_timeout', key: 'timeout', required: true },
] as const satisfies readonly { name: keyof ClassicHealthCheckFormValues; key: string; required: boolean }[];

export function HealthCheckFields({
  form,
  protocols,
  protocolLocked,
}: {
  form: HealthCheckForm;
  protocols: readonly ClassicHealthCheckProtocol[];
  /** Why the protocol cannot change, if it cannot. */
  protocolLocked?: string;
}) {
  const { t } = useTranslation('classic');
  const { control } = form;
  const values = useWatch({ control }) as ClassicHealthCheckFormValues;
  const window = classicHealthCheckWindow(values);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <FormSelect
        control={control}
        name="healthcheck_protocol"
        label={t('healthCheck.fields.protocol')}
        disabled={protocolLocked !== undefined}
        helperText={protocolLocked ?? t('healthCheck.form.protocolHelp')}
        options={protocols.map((value) => ({ value, label: value }))}
      />
      {values.healthcheck_protocol === 'HTTP' ? (
        <FormTextField
          control={control}
          name="healthcheck_uri"
          required
          label={t('healthCheck.fields.path')}
          helperText={t('healthCheck.form.pathHelp')}
        />
      ) : null}
      {NUMBER_FIELDS.map(({ name, key, required }) => (
        <FormTextField
          key={name}
          control={control}
          name={name}
          numeric
          required={required}
          label={t(`healthCheck.fields.${key}`)}
          helperText={t(`healthCheck.form.${key}Help`)}
        />
      ))}
      <HealthCheckTiming
        advice={timeoutAdvice({
          delay: values.healthcheck_interval ?? undefined,
          timeout: values.healthcheck_timeout ?? undefined,
        })}
        window={
          window
            ? t('healthCheck.window', {
                healthy: window.healthyAfterSeconds,
                unhealthy: window.unhealthyAfterSeconds,
                healthyChecks: values.healthy_threshold,
                unhealthyChecks: values.unhealthy_threshold,
              })
            : undefined
        }
      />
    </Box>
  );
}
