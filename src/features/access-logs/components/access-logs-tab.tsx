/**
 * The Access Logs tab of a load balancer (FEATURES §9; guide/access_logging.rst): what is logged
 * and where, the prerequisites in LTS, Configure Access Log, Modify, Disable, the "View in LTS
 * (Real-Time Logs)" link and the in-console viewer. Only HTTP/HTTPS requests are logged: a load
 * balancer with only TCP/UDP listeners may still be configured, and the tab says why nothing shows.
 */
import OpenInNew from '@mui/icons-material/OpenInNew';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Logtank } from '../../../../contract/elb-v3/logtanks';
import { call } from '../../../api/api-call';
import { logtanksApi } from '../../../api/clients/elb-logtanks';
import { accessLogQueries, invalidateAccessLogs } from '../../../api/queries/access-logs';
import { listenerQueries } from '../../../api/queries/listeners';
import { apiSession } from '../../../api/session';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DetailList } from '../../../components/detail-list';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/notifications';
import { StatusChip } from '../../../components/status-chip';
import { ltsConsoleUrl } from '../model/logtank-form';
import { ConfigureAccessLogDialog } from './configure-access-log-dialog';
import { LogViewer } from './log-viewer';

const LAYER7 = new Set(['HTTP', 'TERMINATED_HTTPS']);

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
    >
      {children}
      <OpenInNew fontSize="inherit" aria-hidden />
    </Link>
  );
}

function Prerequisites() {
  const { t } = useTranslation('accessLogs');
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
      <Typography variant="h3" component="h2">
        {t('prerequisites.title')}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}>
        <li>{t('prerequisites.step1')}</li>
        <li>{t('prerequisites.step2')}</li>
        <li>{t('prerequisites.step3')}</li>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('prerequisites.inline')}
      </Typography>
      <Box>
        <ExternalLink href={ltsConsoleUrl(apiSession().region)}>{t('prerequisites.ltsLink')}</ExternalLink>
      </Box>
    </Paper>
  );
}

function DisableDialog({
  lb,
  logtank,
  streamName,
  onClose,
}: {
  lb: LoadBalancer;
  logtank: Logtank;
  streamName: string;
  onClose(): void;
}) {
  const { t } = useTranslation('accessLogs');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const name = lb.name || lb.id;
  const disable = useMutation({
    mutationFn: () => call(logtanksApi.remove(logtank.id)),
    onSuccess: async () => {
      await invalidateAccessLogs(queryClient);
      notify.success(t('dialog.disabled', { name }));
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open
      danger
      title={t('disable.title')}
      confirmLabel={t('disable.confirm')}
      busy={disable.isPending}
      error={disable.error}
      onConfirm={() => disable.mutate()}
      onClose={onClose}
    >
      <Typography>{t('disable.body', { name, stream: streamName })}</Typography>
    </ConfirmDialog>
  );
}

export function AccessLogsTab({ loadBalancer: lb }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('accessLogs');
  const [dialog, setDialog] = useState<'configure' | 'disable'>();
  const logtank = useQuery(accessLogQueries.logtank(lb.id));
  const listenerList = useQuery(listenerQueries.byLoadBalancers([lb.id]));
  const groups = useQuery(accessLogQueries.groups());
  const current = logtank.data ?? null;
  const streams = useQuery(accessLogQueries.streams(current?.log_group_id ?? ''));
  const listeners = listenerList.data?.listeners ?? [];
  const layer7 = listeners.filter((listener) => LAYER7.has(listener.protocol));
  const groupName = groups.data?.find((group) => group.log_group_id === current?.log_group_id)?.log_group_name;
  const streamName = streams.data?.find((stream) => stream.log_stream_id === current?.log_topic_id)?.log_stream_name;

  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 2 }}>
      <Typography color="text.secondary">{t('intro')}</Typography>
      {listenerList.data && layer7.length === 0 ? (
        <Alert severity={listeners.length === 0 ? 'info' : 'warning'}>
          {listeners.length === 0 ? (
            t('layer4.noListeners')
          ) : (
            <>
              <AlertTitle>{t('layer4.title')}</AlertTitle>
              {t('layer4.body')}
            </>
          )}
        </Alert>
      ) : null}
      {logtank.error ? <ErrorAlert error={logtank.error} onRetry={() => void logtank.refetch()} /> : null}
      {logtank.isPending ? <Skeleton variant="rounded" height={120} /> : null}
      {logtank.data === null ? (
        <>
          <Prerequisites />
          <Box>
            <Button variant="contained" onClick={() => setDialog('configure')}>
              {t('actions.configure')}
            </Button>
          </Box>
        </>
      ) : null}
      {current ? (
        <>
          <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
            <DetailList
              items={[
                { label: t('status.label'), value: <StatusChip tone="ok" label={t('status.enabled')} /> },
                { label: t('status.group'), value: groupName ?? current.log_group_id },
                { label: t('status.stream'), value: streamName ?? current.log_topic_id },
                { label: t('status.format'), value: t('status.formatValue') },
              ]}
            />
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <Button variant="outlined" onClick={() => setDialog('configure')}>
                {t('actions.modify')}
              </Button>
              <Button variant="outlined" color="error" onClick={() => setDialog('disable')}>
                {t('actions.disable')}
              </Button>
              <ExternalLink
                href={ltsConsoleUrl(apiSession().region, {
                  groupId: current.log_group_id,
                  streamId: current.log_topic_id,
                })}
              >
                {t('actions.viewInLts')}
              </ExternalLink>
            </Box>
          </Paper>
          <LogViewer
            key={current.log_topic_id}
            logtank={current}
            listeners={layer7.map((listener) => ({
              id: listener.id,
              label: `${listener.name || listener.id} (${listener.protocol === 'TERMINATED_HTTPS' ? 'HTTPS' : listener.protocol}/${listener.protocol_port})`,
            }))}
          />
        </>
      ) : null}
      {dialog === 'configure' && logtank.data !== undefined ? (
        <ConfigureAccessLogDialog lb={lb} logtank={current} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog === 'disable' && current ? (
        <DisableDialog
          lb={lb}
          logtank={current}
          streamName={streamName ?? current.log_topic_id}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </Box>
  );
}
