/** A classic load balancer's basic information (api/elb/classic-v1.0/load_balancer/querying_details_of_a_load_balancer.rst). */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { networkQueries } from '../../../api/queries/networks';
import { DetailList } from '../../../components/detail-list';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import { classicLoadBalancerQuery } from '../api/list-classic-load-balancers';
import { classicDisplayStatus, classicStatusTone } from '../model/classic-status';

const classicTime = (value: string) => formatDateTime(`${value.replace(' ', 'T')}Z`);

export default function ClassicLoadBalancerPage() {
  const { t } = useTranslation('lb');
  const { loadBalancerId = '' } = useParams();
  const query = useQuery(classicLoadBalancerQuery(loadBalancerId));
  const vpcs = useQuery(networkQueries.vpcs());
  const crumbs = [{ label: t('list.title'), to: '/load-balancers?type=classic' }];
  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <>
        <PageHeader title={t('classic.detail.notFound')} crumbs={[...crumbs, { label: loadBalancerId }]} />
        <Box sx={{ px: 3 }}>
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </Box>
      </>
    );
  }
  const lb = query.data;
  const status = classicDisplayStatus(lb);
  const vpc = vpcs.data?.vpcs.find((item) => item.id === lb.vpc_id);
  return (
    <>
      <PageHeader
        title={lb.name}
        crumbs={[...crumbs, { label: lb.name }]}
        status={<StatusChip tone={classicStatusTone[status]} label={t(`classic.status.${status}`)} />}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1000 }}>
        {status === 'frozen' ? <Alert severity="warning">{t('classic.detail.frozenNote')}</Alert> : null}
        <Alert severity="info">{t('classic.readOnly')}</Alert>
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <DetailList
            items={[
              { label: t('columns.name'), value: lb.name },
              { label: t('columns.id'), value: lb.id },
              { label: t('columns.type'), value: `${t('type.classic')} · ${t(`classic.network.${lb.type}`)}` },
              { label: t('columns.address'), value: lb.vip_address },
              {
                label: t('columns.bandwidth'),
                value: lb.bandwidth === null ? '—' : t('mbits', { value: lb.bandwidth }),
              },
              { label: t('columns.vpc'), value: vpc ? `${vpc.name} (${vpc.cidr})` : lb.vpc_id },
              { label: t('classic.detail.securityGroup'), value: lb.security_group_id ?? '—' },
              { label: t('columns.description'), value: lb.description ?? '' },
              { label: t('columns.created'), value: classicTime(lb.create_time) },
              { label: t('detail.updated'), value: classicTime(lb.update_time) },
            ]}
          />
        </Paper>
      </Box>
    </>
  );
}
