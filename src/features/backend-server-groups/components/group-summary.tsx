/**
 * A group's basic information (guide screenshot of the group pane): name, backend protocol,
 * algorithm, sticky session, the health check with Configure and Disable, and description.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ActionButton } from '../../../components/action-button';
import { CopyButton } from '../../../components/copy-button';
import { DetailList } from '../../../components/detail-list';
import { healthCheckActions, type HealthCheckDialogKind } from '../model/group-actions';
import { AlgorithmStickyHelp } from './algorithm-help';

export function stickySummary(t: TFunction, pool: Pool): string {
  const sticky = pool.session_persistence;
  if (!sticky) return t('groups:sticky.off');
  const type = t(`elb:pool.stickyTypes.${sticky.type}`);
  if (sticky.type === 'APP_COOKIE') return t('groups:sticky.cookie', { type, cookie: sticky.cookie_name ?? '' });
  return t('groups:sticky.duration', { type, minutes: sticky.persistence_timeout ?? '' });
}

export function healthCheckSummary(t: TFunction, monitor: HealthMonitor | null | undefined): string {
  if (monitor === undefined) return t('common:loading');
  if (monitor === null) return t('groups:healthCheck.none');
  const parts = [
    t(`elb:healthCheck.types.${monitor.type}`),
    monitor.monitor_port === null
      ? t('groups:healthCheck.backendPort')
      : t('groups:healthCheck.port', { port: monitor.monitor_port }),
    ...(monitor.type === 'HTTP' ? [t('groups:healthCheck.path', { path: monitor.url_path })] : []),
    ...(monitor.type === 'HTTP' && monitor.domain_name
      ? [t('groups:healthCheck.domain', { domain: monitor.domain_name })]
      : []),
    t('groups:healthCheck.timing', { delay: monitor.delay, timeout: monitor.timeout, retries: monitor.max_retries }),
  ];
  return parts.join(' · ');
}

export function GroupSummary({
  lb,
  pool,
  monitor,
  onHealthCheck,
}: {
  lb: LoadBalancer;
  pool: Pool;
  monitor: HealthMonitor | null | undefined;
  onHealthCheck(kind: HealthCheckDialogKind): void;
}) {
  const { t } = useTranslation('groups');
  const actions = healthCheckActions({ t, lb, open: onHealthCheck });
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Typography variant="h2">{t('panel.basicInfo')}</Typography>
      <DetailList
        items={[
          { label: t('fields.name'), value: pool.name || pool.id },
          {
            label: t('fields.id'),
            value: (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <Typography sx={{ overflowWrap: 'anywhere' }}>{pool.id}</Typography>
                <CopyButton value={pool.id} label={t('fields.copyId')} />
              </Box>
            ),
          },
          { label: t('fields.protocol'), value: pool.protocol },
          { label: t('fields.algorithm'), value: t(`elb:pool.algorithms.${pool.lb_algorithm}`) },
          { label: t('fields.sticky'), term: 'stickySession', value: stickySummary(t, pool) },
          {
            label: t('fields.healthCheck'),
            term: 'healthCheck',
            value: (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography>{healthCheckSummary(t, monitor)}</Typography>
                <Box sx={{ display: 'flex', gap: 0.5 }}>
                  <ActionButton act={actions.configure} item={pool} size="small" />
                  <ActionButton act={actions.disable} item={pool} size="small" />
                </Box>
              </Box>
            ),
          },
          { label: t('fields.description'), value: pool.description },
        ]}
      />
      <AlgorithmStickyHelp />
    </Paper>
  );
}
