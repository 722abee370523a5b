/**
 * The Listeners tab of a classic load balancer (FEATURES §4, §5.4, §6.1): the listeners with their
 * settings, health check and backend ECS count; the selected one's Summary, Health Check and
 * Backend ECSs below. The selection is in the URL (`?listener=`), so a reload keeps it.
 */
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ClassicHealthCheck } from '../../../../../contract/elb-classic/health-checks';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancer } from '../../../../../contract/elb-classic/load-balancers';
import { findClassicQuota, isClassicQuotaExhausted } from '../../../../../contract/elb-classic/quotas';
import { ResourceTable } from '../../../../components/resource-table';
import { classicQueries } from '../../api/classic-queries';
import { classicLbBlockedReason } from '../../detail/classic-lb-actions';
import { useLbJobRunning } from '../../detail/use-lb-job-running';
import { listenerColumns } from './listener-columns';
import { ListenerDialog } from './listener-dialog';
import { ListenerPane } from './listener-pane';

const byPort = (a: ClassicListener, b: ClassicListener) => a.port - b.port || a.protocol.localeCompare(b.protocol);

export function ClassicListenersTab({ loadBalancer }: { loadBalancer: ClassicLoadBalancer }) {
  const { t } = useTranslation('classic');
  const [search, setSearch] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const query = useQuery(classicQueries.listeners(loadBalancer.id));
  const quotas = useQuery(classicQueries.quotas());
  const jobRunning = useLbJobRunning();
  const listeners = [...(query.data ?? [])].sort(byPort);
  const checks = useQueries({
    queries: listeners.flatMap((listener) =>
      listener.healthcheck_id ? [classicQueries.healthCheck(listener.healthcheck_id)] : [],
    ),
  });
  const checkOf = (listener: ClassicListener): ClassicHealthCheck | undefined =>
    checks.find((check) => check.data?.listener_id === listener.id)?.data;
  const selected = listeners.find((listener) => listener.id === search.get('listener')) ?? listeners[0];
  const select = (id: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('listener', id);
        next.delete('section');
        return next;
      },
      { replace: true },
    );

  const quota = quotas.data ? findClassicQuota(quotas.data, 'listener') : undefined;
  // The API leaves the listener quota's `used` empty: the console counts them (FEATURES §0.4).
  const quotaFull = quota !== undefined && query.data !== undefined && isClassicQuotaExhausted(quota, listeners.length);
  const blocked = classicLbBlockedReason(t, loadBalancer, jobRunning(loadBalancer));
  const addBlocked = blocked ?? (quotaFull ? t('listeners.quotaFull') : undefined);

  const columns = listenerColumns(t, select, checkOf);

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          startIcon={<Add />}
          onClick={() => setAdding(true)}
          disabled={addBlocked !== undefined}
        >
          {t('listeners.add.action')}
        </Button>
        {quota && query.data ? (
          <Typography variant="body2" color="text.secondary">
            {t('listeners.quota', { used: listeners.length, quota: quota.quota })}
          </Typography>
        ) : null}
        {addBlocked ? (
          <Typography variant="body2" color="text.secondary">
            {addBlocked}
          </Typography>
        ) : null}
      </Box>
      <ResourceTable
        label={t('listeners.tableLabel')}
        columns={columns}
        rows={query.data ? listeners : undefined}
        rowKey={(row) => row.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={t('listeners.empty')}
        highlighted={(row) => row.id === selected?.id}
        dense
      />
      {selected ? (
        <ListenerPane key={selected.id} loadBalancer={loadBalancer} listener={selected} writesBlocked={blocked} />
      ) : null}
      {adding ? (
        <ListenerDialog
          loadBalancer={loadBalancer}
          onClose={() => setAdding(false)}
          onAdded={(listener) => select(listener.id)}
        />
      ) : null}
    </Box>
  );
}
