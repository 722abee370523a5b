/**
 * The Health Check section of a classic listener (FEATURES §6.1–6.2 [classic]): its settings and
 * time window, Configure (create or modify) and Disable (delete, after the warning of §6.2).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { DetailList } from '../../../../components/detail-list';
import { ErrorAlert } from '../../../../components/error-alert';
import { PageLoading } from '../../../../components/page-loading';
import { useNotify } from '../../../../components/notifications';
import { classicQueries } from '../../api/classic-queries';
import { useDeleteHealthCheck } from '../api/listener-mutations';
import { classicHealthCheckWindow, healthCheckToForm } from '../model/health-check-form';

import { HealthCheckDialog } from './health-check-dialog';
import type { ListenerSectionProps } from '../components/listener-section-props';
import { formatClassicTime } from '../../../../lib/format-classic-time';

export function HealthCheckPanel({ loadBalancer, listener, writesBlocked }: ListenerSectionProps) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const [dialog, setDialog] = useState<'configure' | 'disable'>();
  const id = listener.healthcheck_id;
  const query = useQuery({ ...classicQueries.healthCheck(id ?? ''), enabled: id !== null });
  const remove = useDeleteHealthCheck();
  // Loading and errors show below the buttons: returning early would unmount an open dialog and, since its
  // state is kept, show it again once a new health check has loaded.
  const loading = id !== null && query.isPending;
  const check = id !== null ? query.data : undefined;
  const window = check ? classicHealthCheckWindow(healthCheckToForm(check)) : undefined;
  const seconds = (value: number) => t('healthCheck.seconds', { count: value });
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="outlined"
          onClick={() => setDialog('configure')}
          disabled={writesBlocked !== undefined || loading}
        >
          {check ? t('healthCheck.modify') : t('healthCheck.configure')}
        </Button>
        {check ? (
          <Button
            variant="outlined"
            color="error"
            onClick={() => setDialog('disable')}
            disabled={writesBlocked !== undefined}
          >
            {t('healthCheck.disableAction')}
          </Button>
        ) : null}
        {writesBlocked ? (
          <Typography variant="body2" color="text.secondary">
            {writesBlocked}
          </Typography>
        ) : null}
      </Box>
      {loading ? <PageLoading /> : null}
      {id !== null && query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {check ? (
        <>
          <DetailList
            items={[
              { label: t('healthCheck.fields.protocol'), value: check.healthcheck_protocol },
              ...(check.healthcheck_protocol === 'HTTP'
                ? [{ label: t('healthCheck.fields.path'), value: check.healthcheck_uri }]
                : []),
              { label: t('healthCheck.fields.port'), value: String(check.healthcheck_connect_port) },
              { label: t('healthCheck.fields.healthyThreshold'), value: String(check.healthy_threshold) },
              { label: t('healthCheck.fields.unhealthyThreshold'), value: String(check.unhealthy_threshold) },
              { label: t('healthCheck.fields.interval'), value: seconds(check.healthcheck_interval) },
              { label: t('healthCheck.fields.timeout'), value: seconds(check.healthcheck_timeout) },
              { label: t('healthCheck.fields.updated'), value: formatClassicTime(check.update_time) },
            ]}
          />
          {window ? (
            <Typography variant="body2" color="text.secondary">
              {t('healthCheck.window', {
                healthy: window.healthyAfterSeconds,
                unhealthy: window.unhealthyAfterSeconds,
                healthyChecks: check.healthy_threshold,
                unhealthyChecks: check.unhealthy_threshold,
              })}
            </Typography>
          ) : null}
        </>
      ) : (
        <Alert severity="warning">{t('healthCheck.none')}</Alert>
      )}
      {dialog === 'configure' ? (
        <HealthCheckDialog
          loadBalancer={loadBalancer}
          listener={listener}
          existing={check}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog === 'disable' && check ? (
        <ConfirmDialog
          open
          title={t('healthCheck.disableTitle', { name: listener.name })}
          confirmLabel={t('healthCheck.disable')}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(check.id, {
              onSuccess: () => {
                notify.success(t('healthCheck.disabled', { name: listener.name }));
                setDialog(undefined);
              },
            })
          }
          onClose={() => setDialog(undefined)}
        >
          <Alert severity="warning">{t('healthCheck.disableWarning')}</Alert>
          <Typography variant="body2">{t('healthCheck.disableAfter')}</Typography>
        </ConfirmDialog>
      ) : null}
    </Box>
  );
}
